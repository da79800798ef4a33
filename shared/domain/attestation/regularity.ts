/**
 * What the regularity attestation states on a date: either the affiliate is in order with their
 * contributions ("en ordre de cotisations"), or the amounts still open. A contribution counts once
 * its due date is on or before that date and it is not exempted or cancelled; its open amount is
 * amount + management fees − the payments booked to it up to that date; surcharges not waived count
 * in full from their own date (the ledger books no payment to a surcharge apart from its contribution).
 */
import { cents, type Cents } from '../money';

export type RegularityContribution = {
  id: string;
  year: number;
  quarter: number | null;
  amountCents: number;
  feeCents: number;
  dueDate: string;
  isOpen: boolean;
};
export type RegularitySurcharge = { contributionId: string; date: string; amountCents: number; isWaived: boolean };
export type RegularityPayment = { date: string; amountCents: number; contributionId: string | null };

export type OpenPeriod = { year: number; quarter: number | null; amount: Cents; surcharges: Cents };
export type Regularity = { asOf: string; isInOrder: boolean; open: OpenPeriod[]; totalOpen: Cents };

export function regularityAsOf(
  asOf: string,
  contributions: readonly RegularityContribution[],
  surcharges: readonly RegularitySurcharge[],
  payments: readonly RegularityPayment[],
): Regularity {
  const paid = new Map<string, number>();
  for (const payment of payments)
    if (payment.contributionId !== null && payment.date <= asOf)
      paid.set(payment.contributionId, (paid.get(payment.contributionId) ?? 0) + payment.amountCents);
  const open: OpenPeriod[] = [];
  for (const row of contributions) {
    if (!row.isOpen || row.dueDate > asOf) continue;
    const due = row.amountCents + row.feeCents;
    const surchargesCents = surcharges
      .filter((s) => s.contributionId === row.id && !s.isWaived && s.date <= asOf)
      .reduce((sum, s) => sum + s.amountCents, 0);
    const paidCents = paid.get(row.id) ?? 0;
    // Paid beyond amount and fees goes to the surcharges.
    const amount = Math.max(0, due - paidCents);
    const surchargesOpen = Math.max(0, surchargesCents - Math.max(0, paidCents - due));
    if (amount + surchargesOpen > 0)
      open.push({ year: row.year, quarter: row.quarter, amount: cents(amount), surcharges: cents(surchargesOpen) });
  }
  open.sort((a, b) => a.year - b.year || (a.quarter ?? 5) - (b.quarter ?? 5));
  const totalOpen = cents(open.reduce((sum, period) => sum + period.amount + period.surcharges, 0));
  return { asOf, isInOrder: totalOpen === 0, open, totalOpen };
}
