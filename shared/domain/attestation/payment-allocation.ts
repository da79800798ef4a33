/**
 * How the ledger's payments split into what they paid, for the tax certificate. A payment booked
 * to a contribution pays, in this order, what is still open of that contribution's amount, then of
 * its management fees, then its surcharges not waived (oldest first); the rest is unallocated. A
 * negative payment is a refund by the fund. A payment booked to no contribution stays unallocated.
 * The order between amount and fees changes only the breakdown: both are deductible alike.
 */
import { cents } from '../money';
import type { PaidItem } from './tax-deductible';

export type LedgerContribution = { id: string; amountCents: number; feeCents: number };
export type LedgerSurcharge = { contributionId: string; date: string; amountCents: number; isWaived: boolean };
export type LedgerPayment = { date: string; amountCents: number; contributionId: string | null };

type Open = { amount: number; fees: number; surcharges: number };

export function allocatePayments(
  contributions: readonly LedgerContribution[],
  surcharges: readonly LedgerSurcharge[],
  payments: readonly LedgerPayment[],
): PaidItem[] {
  const open = new Map<string, Open>(
    contributions.map((row) => [row.id, { amount: row.amountCents, fees: row.feeCents, surcharges: 0 }]),
  );
  for (const surcharge of surcharges) {
    const debt = open.get(surcharge.contributionId);
    if (debt !== undefined && !surcharge.isWaived) debt.surcharges += surcharge.amountCents;
  }
  const items: PaidItem[] = [];
  const ordered = [...payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const payment of ordered) {
    const add = (amount: number, nature: PaidItem['nature']) => {
      if (amount !== 0) items.push({ date: payment.date, amount: cents(amount), nature });
    };
    if (payment.amountCents < 0) {
      add(-payment.amountCents, 'refund');
      continue;
    }
    const debt = payment.contributionId === null ? undefined : open.get(payment.contributionId);
    let rest = payment.amountCents;
    if (debt !== undefined)
      for (const [key, nature] of [
        ['amount', 'contribution'],
        ['fees', 'management-fees'],
        ['surcharges', 'surcharge'],
      ] as const) {
        const paid = Math.min(rest, debt[key]);
        debt[key] -= paid;
        rest -= paid;
        add(paid, nature);
      }
    add(rest, 'unallocated');
  }
  return items;
}
