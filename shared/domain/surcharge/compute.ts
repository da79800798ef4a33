import { PAYMENT_ALLOCATION_ORDER, SURCHARGE_ROUNDING } from '../../rules/procedures';
import type { RuleValue, SurchargeRules } from '../../rules/types';
import { addDays, dateParts, endOfMonth, addMonths, isQuarterEnd } from '../calendar';
import type { IsoDate } from '../calendar';
import { explain, failure, success } from '../explanation';
import type { ExplanationLine, Outcome } from '../explanation';
import { addCents, applyRate, ZERO_CENTS } from '../money';
import type { Cents, Ppm } from '../money';
import { allocatePayment } from './ledger';
import type { ClaimState } from './ledger';
import type { Allocation, Claim, Payment, SurchargeKind, SurchargeReport } from './types';

export type SurchargeInput = {
  readonly claims: readonly Claim[];
  readonly payments: readonly Payment[];
  /** The date the report is made on; payments and surcharges after it are ignored. */
  readonly at: IsoDate;
  readonly rates: SurchargeRules;
};

/**
 * Replays a contribution history up to `at` and returns the surcharges owed with their dates
 * (AR 19/12/1967 art. 44 §1):
 * - 3 % of the principal still unpaid at the end of the quarter the claim falls due in, and again
 *   at the end of each following quarter while it stays unpaid;
 * - a one-off 7 % on 1 January on the principal still unpaid on 31 December of the year the claim
 *   was first claimed in (a claim first claimed before it falls due counts from its due date);
 * - never on surcharges; a partial payment lowers the base from the day it is credited.
 * A company contribution instead costs 1 % of its unpaid principal per calendar month of delay, up
 * to and including the month of payment (law of 30 March 1994, unconfirmed).
 * Payments are allocated in the order of PAYMENT_ALLOCATION_ORDER; a payment credited on a quarter's
 * last day is in time.
 */
export function computeSurcharges(input: SurchargeInput): Outcome<SurchargeReport> {
  const refusal = validate(input);
  return refusal ?? success(replaySurcharges(input));
}

/** The replay itself, for an input already validated by computeSurcharges. */
export function replaySurcharges(input: SurchargeInput): SurchargeReport {
  const states: ClaimState[] = input.claims.map((claim, order) => ({
    claim,
    order,
    principalOpen: claim.principal,
    surcharges: [],
  }));
  const lines: ExplanationLine[] = [
    explain('surcharge.allocation-order', 'explanation.surcharge.allocationOrder', {}, PAYMENT_ALLOCATION_ORDER),
    explain('surcharge.rounding', 'explanation.surcharge.rounding', {}, SURCHARGE_ROUNDING),
  ];
  const allocations: Allocation[] = [];
  const payments = input.payments
    .map((payment, index) => ({ payment, index }))
    .filter(({ payment }) => payment.date <= input.at)
    .sort((a, b) => (a.payment.date < b.payment.date ? -1 : a.payment.date > b.payment.date ? 1 : a.index - b.index));
  let credit = ZERO_CENTS;
  for (const day of eventDays(
    input,
    payments.map(({ payment }) => payment.date),
  )) {
    for (const { payment, index } of payments.filter(({ payment }) => payment.date === day)) {
      credit = addCents(credit, allocatePayment(payment, index, states, allocations, lines));
    }
    assessEndOfDay(day, input, states, lines);
  }
  return report(input.at, states, allocations, credit, lines);
}

/** Every day on which something happens: payments, and each month end (where assessments fall). */
function eventDays(input: SurchargeInput, paymentDays: readonly IsoDate[]): IsoDate[] {
  const firstDue = input.claims.map((claim) => claim.dueDate).reduce((a, b) => (a < b ? a : b));
  const days = new Set<IsoDate>(paymentDays);
  for (let monthEnd = endOfMonth(firstDue); monthEnd <= input.at; monthEnd = endOfMonth(addMonths(monthEnd, 1))) {
    days.add(monthEnd);
  }
  return [...days].sort();
}

function assessEndOfDay(
  day: IsoDate,
  input: SurchargeInput,
  states: readonly ClaimState[],
  lines: ExplanationLine[],
): void {
  const nextDay = addDays(day, 1);
  const { month, year } = dateParts(day);
  for (const state of states) {
    const { claim } = state;
    if (claim.dueDate > day || state.principalOpen === 0) continue;
    if (claim.kind === 'company-contribution') {
      if (nextDay <= input.at && endOfMonth(day) === day)
        charge(state, 'company-monthly', nextDay, input.rates.companyMonthlyRate, lines);
      continue;
    }
    if (isQuarterEnd(day)) charge(state, 'quarterly', day, input.rates.quarterlyRate, lines);
    const claimYear = dateParts(
      claim.claimedOn !== undefined && claim.claimedOn > claim.dueDate ? claim.claimedOn : claim.dueDate,
    ).year;
    if (month === 12 && isQuarterEnd(day) && claimYear === year && nextDay <= input.at) {
      charge(state, 'year-end', nextDay, input.rates.yearEndRate, lines);
    }
  }
}

const MESSAGE_KEYS: Record<SurchargeKind, string> = {
  quarterly: 'explanation.surcharge.quarterly',
  'year-end': 'explanation.surcharge.yearEnd',
  'company-monthly': 'explanation.surcharge.companyMonthly',
};

function charge(
  state: ClaimState,
  kind: SurchargeKind,
  date: IsoDate,
  rate: RuleValue<Ppm>,
  lines: ExplanationLine[],
): void {
  const amount = applyRate(state.principalOpen, rate.value, 'half-up');
  state.surcharges.push({
    surcharge: { claimId: state.claim.id, kind, date, base: state.principalOpen, rate: rate.value, amount },
    open: amount,
  });
  lines.push(
    explain(
      `surcharge.${kind}`,
      MESSAGE_KEYS[kind],
      { claimId: state.claim.id, date, baseCents: state.principalOpen, ratePpm: rate.value, amountCents: amount },
      rate,
    ),
  );
}

function report(
  at: IsoDate,
  states: readonly ClaimState[],
  allocations: Allocation[],
  credit: Cents,
  lines: ExplanationLine[],
): SurchargeReport {
  const balances = states.map((state) => ({
    claimId: state.claim.id,
    principal: state.claim.principal,
    principalOpen: state.principalOpen,
    surchargesCharged: addCents(...state.surcharges.map((entry) => entry.surcharge.amount)),
    surchargesOpen: addCents(...state.surcharges.map((entry) => entry.open)),
  }));
  const principalOpen = addCents(...balances.map((balance) => balance.principalOpen));
  const surchargesOpen = addCents(...balances.map((balance) => balance.surchargesOpen));
  return {
    at,
    surcharges: states
      .flatMap((state) => state.surcharges.map((entry) => entry.surcharge))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    allocations,
    balances,
    totals: {
      principalOpen,
      surchargesCharged: addCents(...balances.map((balance) => balance.surchargesCharged)),
      surchargesOpen,
      totalOpen: addCents(principalOpen, surchargesOpen),
      credit,
    },
    explanation: lines,
  };
}

function validate(input: SurchargeInput): Outcome<SurchargeReport> | null {
  if (input.claims.length === 0) return failure('no-claims', 'error.surcharge.noClaims');
  const ids = new Set(input.claims.map((claim) => claim.id));
  if (ids.size !== input.claims.length) return failure('duplicate-claim-id', 'error.surcharge.duplicateClaimId');
  const badClaim = input.claims.find((claim) => claim.principal <= 0);
  if (badClaim !== undefined)
    return failure('non-positive-principal', 'error.surcharge.nonPositivePrincipal', { claimId: badClaim.id });
  if (input.payments.some((payment) => payment.amount <= 0))
    return failure('non-positive-payment', 'error.surcharge.nonPositivePayment');
  const unknownId = input.payments.map((payment) => payment.claimId).find((id) => id !== undefined && !ids.has(id));
  if (unknownId !== undefined) return failure('unknown-claim', 'error.surcharge.unknownClaim', { claimId: unknownId });
  return null;
}
