/**
 * How a payment received at the counter is spread over the case file's open contributions, in the
 * order of PAYMENT_ALLOCATION_ORDER (Old Civil Code art. 1253 and 1256): the designated contribution,
 * then due principal oldest first, then principal not yet due; what is left pays the open
 * surcharges, and the rest is a credit. The same function previews the allocation before the
 * advisor confirms and splits the payment when it is recorded, so both always agree.
 */
import { PAYMENT_ALLOCATION_ORDER } from '../../rules/procedures';
import type { IsoDate } from '../calendar';
import { explain, type ExplanationLine } from '../explanation';
import { cents, minCents, subtractCents, type Cents } from '../money';
import { allocatePayment, type ClaimState } from './ledger';
import type { Allocation } from './types';

/** What is still open of one contribution: its principal and fees less what was paid against it. */
export type OpenContribution = { id: string; dueDate: IsoDate; openCents: Cents };

export type CounterPayment = { date: IsoDate; amount: Cents; designatedId: string | null };

export type CounterAllocationLine = {
  target: 'principal' | 'surcharge' | 'credit';
  /** The contribution paid; null for surcharges (settled on the account as a whole) and credit. */
  contributionId: string | null;
  amount: Cents;
};

export type CounterAllocation = { lines: CounterAllocationLine[]; explanation: ExplanationLine[] };

/**
 * Surcharges are kept per account, not per contribution, so they come after every principal: paying
 * principal first also stops new surcharges (AR 19/12/1967 art. 44).
 */
export function allocateCounterPayment(
  open: readonly OpenContribution[],
  surchargesOpen: Cents,
  payment: CounterPayment,
): CounterAllocation {
  const states: ClaimState[] = open
    .filter((row) => row.openCents > 0)
    .map((row, order) => ({
      claim: { id: row.id, kind: 'contribution', principal: row.openCents, dueDate: row.dueDate },
      order,
      principalOpen: row.openCents,
      surcharges: [],
    }));
  const allocations: Allocation[] = [];
  const explanation: ExplanationLine[] = [];
  const left = allocatePayment(
    { date: payment.date, amount: payment.amount, ...(payment.designatedId ? { claimId: payment.designatedId } : {}) },
    0,
    states,
    allocations,
    explanation,
  );
  const lines: CounterAllocationLine[] = allocations
    .filter((allocation) => allocation.target === 'principal')
    .map((allocation) => ({ target: 'principal', contributionId: allocation.claimId, amount: allocation.amount }));
  const toSurcharges = minCents(left, cents(Math.max(0, surchargesOpen)));
  const credit = subtractCents(left, toSurcharges);
  if (toSurcharges > 0) lines.push({ target: 'surcharge', contributionId: null, amount: toSurcharges });
  if (credit > 0) lines.push({ target: 'credit', contributionId: null, amount: credit });
  return {
    lines,
    explanation: [
      ...explanation.filter((line) => line.ruleKey === 'surcharge.allocation.principal'),
      ...lines
        .filter((line) => line.target !== 'principal')
        .map((line) =>
          explain(
            `surcharge.allocation.${line.target}`,
            'explanation.surcharge.paymentAllocated',
            { paymentDate: payment.date, target: line.target, claimId: '', amountCents: line.amount },
            PAYMENT_ALLOCATION_ORDER,
          ),
        ),
    ],
  };
}
