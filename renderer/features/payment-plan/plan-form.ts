/**
 * The terms of a plan as typed (months, or an instalment in euros; an optional advance and start
 * date) and their conversion to the contract's request. Pure: the screen recomputes the preview on
 * every change, and a field that does not parse yet is reported under it.
 */
import { parseIsoDate } from '../../../shared/domain/calendar';
import { parseEuros } from '../../../shared/domain/money';
import type { PlanTermsDto } from '../../../shared/contract/channels/payment-plan';

export type PlanForm = {
  contributionIds: string[];
  termsKind: 'months' | 'instalment';
  months: string;
  instalment: string;
  advance: string;
  start: string;
};

export type PlanFormErrors = Partial<Record<'contributionIds' | 'months' | 'instalment' | 'advance' | 'start', string>>;

export type PlanRequestBody = { contributionIds: string[]; terms: PlanTermsDto; start?: string; advanceCents?: number };

export function emptyPlanForm(start: string): PlanForm {
  return { contributionIds: [], termsKind: 'months', months: '10', instalment: '', advance: '', start };
}

export function parsePlanForm(
  form: PlanForm,
): { ok: true; body: PlanRequestBody } | { ok: false; errors: PlanFormErrors } {
  const errors: PlanFormErrors = {};
  if (form.contributionIds.length === 0) errors.contributionIds = 'validation.plan.noDebtSelected';
  let terms: PlanTermsDto | null = null;
  if (form.termsKind === 'months') {
    const months = Number(form.months.trim());
    if (!/^\d+$/.test(form.months.trim()) || months < 1 || months > 60) errors.months = 'validation.plan.months';
    else terms = { kind: 'months', months };
  } else {
    const amount = parseEuros(form.instalment);
    if (amount === undefined || amount <= 0) errors.instalment = 'validation.plan.instalmentPositive';
    else terms = { kind: 'instalment', amountCents: amount };
  }
  const advance = form.advance.trim() === '' ? undefined : parseEuros(form.advance);
  if (form.advance.trim() !== '' && (advance === undefined || advance < 0))
    errors.advance = 'paymentPlan.errors.amount';
  const start = form.start.trim() === '' ? undefined : parseIsoDate(form.start.trim());
  if (form.start.trim() !== '' && start === undefined) errors.start = 'validation.isoDate';
  if (Object.keys(errors).length > 0 || terms === null) return { ok: false, errors };
  return {
    ok: true,
    body: {
      contributionIds: form.contributionIds,
      terms,
      ...(start === undefined ? {} : { start }),
      ...(advance === undefined ? {} : { advanceCents: advance }),
    },
  };
}
