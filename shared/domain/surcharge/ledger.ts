import { PAYMENT_ALLOCATION_ORDER } from '../../rules/procedures';
import type { IsoDate } from '../calendar';
import { explain } from '../explanation';
import type { ExplanationLine } from '../explanation';
import { cents, minCents, subtractCents } from '../money';
import type { Cents } from '../money';
import type { Allocation, AllocationTarget, Claim, Payment, Surcharge } from './types';

/** The running state of one claim while the history is replayed. */
export type ClaimState = {
  readonly claim: Claim;
  readonly order: number;
  principalOpen: Cents;
  readonly surcharges: { readonly surcharge: Surcharge; open: Cents }[];
};

type Bucket = {
  take: (amount: Cents) => void;
  open: () => Cents;
  target: AllocationTarget;
  claimId: string;
  surchargeDate: IsoDate | null;
};

/**
 * Allocates one payment in the documented order (PAYMENT_ALLOCATION_ORDER): the designated claim,
 * due principal oldest first, principal not yet due, surcharges oldest first, then credit.
 * Returns the credit left over.
 */
export function allocatePayment(
  payment: Payment,
  paymentIndex: number,
  states: readonly ClaimState[],
  allocations: Allocation[],
  lines: ExplanationLine[],
): Cents {
  let remaining = payment.amount;
  const byDue = [...states].sort((a, b) =>
    a.claim.dueDate < b.claim.dueDate ? -1 : a.claim.dueDate > b.claim.dueDate ? 1 : a.order - b.order,
  );
  const designated = states.filter((state) => state.claim.id === payment.claimId);
  const buckets: Bucket[] = [
    ...designated.flatMap((state) => [principalBucket(state), ...surchargeBuckets([state])]),
    ...byDue.filter((state) => state.claim.dueDate <= payment.date).map(principalBucket),
    ...byDue.filter((state) => state.claim.dueDate > payment.date).map(principalBucket),
    ...surchargeBuckets(states),
  ];
  for (const bucket of buckets) {
    const amount = minCents(remaining, bucket.open());
    if (amount <= 0) continue;
    bucket.take(amount);
    remaining = subtractCents(remaining, amount);
    record(allocations, lines, payment, paymentIndex, bucket.target, bucket.claimId, bucket.surchargeDate, amount);
  }
  if (remaining > 0) record(allocations, lines, payment, paymentIndex, 'credit', null, null, remaining);
  return remaining;
}

function principalBucket(state: ClaimState): Bucket {
  return {
    take: (amount) => {
      state.principalOpen = subtractCents(state.principalOpen, amount);
    },
    open: () => state.principalOpen,
    target: 'principal',
    claimId: state.claim.id,
    surchargeDate: null,
  };
}

function surchargeBuckets(states: readonly ClaimState[]): Bucket[] {
  return states
    .flatMap((state) => state.surcharges.map((entry) => ({ state, entry })))
    .sort((a, b) =>
      a.entry.surcharge.date < b.entry.surcharge.date
        ? -1
        : a.entry.surcharge.date > b.entry.surcharge.date
          ? 1
          : a.state.order - b.state.order,
    )
    .map(({ state, entry }) => ({
      take: (amount: Cents) => {
        entry.open = subtractCents(entry.open, amount);
      },
      open: () => entry.open,
      target: 'surcharge' as const,
      claimId: state.claim.id,
      surchargeDate: entry.surcharge.date,
    }));
}

function record(
  allocations: Allocation[],
  lines: ExplanationLine[],
  payment: Payment,
  paymentIndex: number,
  target: AllocationTarget,
  claimId: string | null,
  surchargeDate: IsoDate | null,
  amount: Cents,
): void {
  allocations.push({ paymentIndex, paymentDate: payment.date, target, claimId, surchargeDate, amount: cents(amount) });
  lines.push(
    explain(
      `surcharge.allocation.${target}`,
      'explanation.surcharge.paymentAllocated',
      { paymentDate: payment.date, target, claimId: claimId ?? '', amountCents: amount },
      PAYMENT_ALLOCATION_ORDER,
    ),
  );
}
