/**
 * A payment received at the counter: split over the open contributions in the rules' allocation
 * order (allocateCounterPayment), one payment row per contribution paid plus one for what goes to
 * surcharges or credit, and its receipt queued in "to print": all in one transaction, each row with
 * its outbox record and audit line.
 */
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import { GuichetError } from '../../../shared/contract/errors';
import { toIsoDate } from '../../../shared/domain/calendar';
import { parseStructuredCommunication } from '../../../shared/domain/identifiers/structured-communication';
import { cents } from '../../../shared/domain/money';
import {
  allocateCounterPayment,
  type CounterAllocationLine,
  type OpenContribution,
} from '../../../shared/domain/surcharge/counter-payment';
import { readContributions, readPayments, readSurcharges } from '../../../db/repositories/case-file-ledger-read';
import { findContributionByCommunication } from '../../../db/repositories/case-file-owner-read';
import { insertRow } from '../../../db/repositories/case-file-repo';
import type { ServiceContext } from '../service-context';
import { loadOwner, ownerColumnsOf } from './owner';

type Sqlite = ServiceContext['db']['$client'];

/** The digits of a typed structured communication, or null when none was typed; refused when malformed. */
function communicationDigits(typed: string | null): string | null {
  if (typed === null || typed.trim() === '') return null;
  const parsed = parseStructuredCommunication(typed);
  if (!parsed.ok)
    throw new GuichetError('validation', 'errors.validation', {
      issues: [{ path: 'structuredCommunication', messageKey: parsed.error.messageKey }],
    });
  return parsed.value;
}

/** What the ledger still expects: open principal per contribution, and surcharges not yet covered. */
function openLedger(sqlite: Sqlite, ref: CaseFileRef): { open: OpenContribution[]; surchargesOpen: number } {
  const payments = readPayments(sqlite, ref);
  const paid = new Map<string, number>();
  let unallocated = 0;
  for (const payment of payments)
    if (payment.contributionId === null) unallocated += payment.amountCents;
    else paid.set(payment.contributionId, (paid.get(payment.contributionId) ?? 0) + payment.amountCents);
  const open = readContributions(sqlite, ref)
    .filter((row) => row.status === 'open')
    .map((row) => ({
      id: row.id,
      dueDate: toIsoDate(row.dueDate),
      openCents: cents(Math.max(0, row.amountCents + row.feeCents - (paid.get(row.id) ?? 0))),
    }));
  const surcharges = readSurcharges(sqlite, ref).reduce((sum, row) => sum + (row.isWaived ? 0 : row.amountCents), 0);
  return { open, surchargesOpen: Math.max(0, surcharges - unallocated) };
}

/** Surcharges and credit are both settled on the account as a whole: one row carries them. */
function rowsOf(lines: readonly CounterAllocationLine[]): { contributionId: string | null; amountCents: number }[] {
  const principal = lines.filter((line) => line.contributionId !== null);
  const rest = lines.filter((line) => line.contributionId === null).reduce((sum, line) => sum + line.amount, 0);
  return [
    ...principal.map((line) => ({ contributionId: line.contributionId, amountCents: line.amount as number })),
    ...(rest > 0 ? [{ contributionId: null, amountCents: rest }] : []),
  ];
}

export function recordCounterPayment(
  context: ServiceContext,
  { date, amountCents, structuredCommunication, ...ref }: ParsedInput<'payment.record'>,
): ChannelOutput<'payment.record'> {
  const { db, recorder } = context;
  const sqlite = db.$client;
  const owner = loadOwner(sqlite, ref);
  const digits = communicationDigits(structuredCommunication);
  // The structured communication designates the contribution (the fund issues one per claim).
  const designated = digits === null ? undefined : findContributionByCommunication(sqlite, owner, digits);
  const { open, surchargesOpen } = openLedger(sqlite, ref);
  const allocation = allocateCounterPayment(open, cents(surchargesOpen), {
    date: toIsoDate(date),
    amount: cents(amountCents),
    designatedId: designated?.id ?? null,
  });
  const { parts, receiptQueueId } = db.transaction((tx) => {
    const written = rowsOf(allocation.lines).map((part) =>
      insertRow(tx, recorder, 'payment', {
        ...ownerColumnsOf(owner),
        date,
        amountCents: part.amountCents,
        structuredCommunication: digits,
        contributionId: part.contributionId,
        paymentPlanId: null,
      }),
    );
    const receipt = insertRow(tx, recorder, 'letter', {
      ...ownerColumnsOf(owner),
      kind: 'payment-receipt',
      language: owner.language,
      status: 'queued',
      sourceEntity: 'payment',
      sourceId: written[0]!.id,
      issuedAt: null,
      payload: { paymentIds: written.map((row) => row.id) },
    });
    return { parts: written, receiptQueueId: receipt.id };
  });
  const partRows = parts.map((row) => ({
    id: row.id,
    date: row.date,
    amountCents: row.amountCents,
    structuredCommunication: row.structuredCommunication,
    contributionId: row.contributionId,
    allocationLabel: null,
  }));
  return { ...partRows[0]!, amountCents, contributionId: designated?.id ?? null, parts: partRows, receiptQueueId };
}
