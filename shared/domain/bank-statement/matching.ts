/**
 * Which debt each credit of a statement pays. A payer names the debt with its structured
 * communication (the reference printed on the due notice); a credit is matched when that reference
 * is a debt still open and the amount settles it exactly. Everything else goes to the unmatched
 * queue with its reason, for back-office staff to allocate by hand: a partial payment or an
 * overpayment (the surplus is a credit on the account or a refund, which a person decides), a
 * reference nobody issued, a debt with nothing open (paid, exempted, cancelled), or no reference at all. Credits are taken in file
 * order, so a second payment of the same debt in one file sees it already paid.
 */
import type { Cents } from '../money';
import type { StatementMovement } from './movement';

export type DebtOwner = { readonly kind: 'person' | 'company'; readonly id: string };

/** A contribution as head office holds it: what is still open on it, and whose it is. */
export type OpenDebt = {
  readonly contributionId: string;
  /** The 12 digits of its structured communication. */
  readonly structuredCommunication: string;
  readonly owner: DebtOwner;
  readonly openCents: number;
};

export const unmatchedReasons = [
  'no-reference',
  'unknown-reference',
  'nothing-open',
  'partial',
  'overpayment',
] as const;
export type UnmatchedReason = (typeof unmatchedReasons)[number];

export type MovementOutcome =
  | { readonly kind: 'matched'; readonly movement: StatementMovement; readonly debt: OpenDebt }
  | {
      readonly kind: 'unmatched';
      readonly movement: StatementMovement;
      readonly reason: UnmatchedReason;
      /** The debt the reference names, when it names one: the likely allocation, for staff to confirm. */
      readonly debt: OpenDebt | null;
    }
  /** Money going out (bank fees, refunds): not a payment to the fund. */
  | { readonly kind: 'debit'; readonly movement: StatementMovement };

export function matchMovements(
  movements: readonly StatementMovement[],
  debts: ReadonlyMap<string, OpenDebt>,
): MovementOutcome[] {
  const open = new Map<string, number>();
  const openOf = (debt: OpenDebt): number => open.get(debt.contributionId) ?? debt.openCents;
  return movements.map((movement): MovementOutcome => {
    if (movement.sign === 'debit') return { kind: 'debit', movement };
    const reference = movement.structuredCommunication;
    if (reference === null) return { kind: 'unmatched', movement, reason: 'no-reference', debt: null };
    const debt = debts.get(reference);
    if (debt === undefined) return { kind: 'unmatched', movement, reason: 'unknown-reference', debt: null };
    const remaining = openOf(debt);
    const reason = reasonOf(movement.amount, remaining);
    if (reason !== null) return { kind: 'unmatched', movement, reason, debt };
    open.set(debt.contributionId, 0);
    return { kind: 'matched', movement, debt };
  });
}

function reasonOf(amount: Cents, remaining: number): UnmatchedReason | null {
  if (remaining <= 0) return 'nothing-open';
  if (amount < remaining) return 'partial';
  if (amount > remaining) return 'overpayment';
  return null;
}
