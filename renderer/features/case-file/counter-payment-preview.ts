/**
 * The allocation a payment would get, computed in the screen with the same pure function the service
 * applies when it is recorded (allocateCounterPayment), from what the case-file view already shows.
 */
import type { CaseFileDetail } from '../../../shared/contract/channels/case-file-detail';
import { parseIsoDate, toIsoDate } from '../../../shared/domain/calendar';
import { parseStructuredCommunication } from '../../../shared/domain/identifiers/structured-communication';
import { cents, parseEuros } from '../../../shared/domain/money';
import { allocateCounterPayment, type CounterAllocationLine } from '../../../shared/domain/surcharge/counter-payment';

export type CounterPaymentForm = { amount: string; date: string; communication: string };

export type CounterPaymentDraft =
  | { ok: true; amountCents: number; date: string; communication: string | null; lines: CounterAllocationLine[] }
  | { ok: false; error: 'amount' | 'date' };

export function draftCounterPayment(detail: CaseFileDetail, form: CounterPaymentForm): CounterPaymentDraft {
  const amount = parseEuros(form.amount);
  if (amount === undefined || amount <= 0) return { ok: false, error: 'amount' };
  const date = parseIsoDate(form.date);
  if (date === undefined) return { ok: false, error: 'date' };
  const typed = form.communication.trim();
  const parsed = typed === '' ? null : parseStructuredCommunication(typed);
  const digits = parsed !== null && parsed.ok ? parsed.value : null;
  const designated =
    digits === null ? undefined : detail.contributions.find((row) => row.structuredCommunication === digits);
  const open = detail.contributions
    .filter((row) => row.status !== 'exempted')
    .map((row) => ({ id: row.id, dueDate: toIsoDate(row.dueDate), openCents: cents(row.openCents) }));
  const unallocated = detail.payments
    .filter((payment) => payment.contributionId === null)
    .reduce((sum, payment) => sum + payment.amountCents, 0);
  const surchargesOpen = cents(Math.max(0, detail.balance.surchargesOpenCents - unallocated));
  const { lines } = allocateCounterPayment(open, surchargesOpen, {
    date,
    amount,
    designatedId: designated?.id ?? null,
  });
  return { ok: true, amountCents: amount, date, communication: typed === '' ? null : typed, lines };
}
