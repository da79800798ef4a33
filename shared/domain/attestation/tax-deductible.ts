/**
 * What the tax certificate states: the amounts paid to the fund in a calendar year, split by what
 * they paid, and the part deductible as professional expenses.
 *
 * Sources: CIR 92 art. 52, 7° (social contributions paid under the social-security legislation are
 * professional expenses; pointer of docs/belgian-rules.md §10, primary text not re-read here);
 * [FUND] Xerius, "Attestation fiscale" (xerius.be): deductible = amounts paid in the year that are
 * directly linked to the self-employed status (contributions, management and reminder fees) minus
 * the contributions refunded that year; surcharges, procedural indemnity, legal costs and legal
 * interest are not deductible. Unconfirmed: the exclusion's own legal basis (penalties, CIR 92
 * art. 53) and whether a refund is subtracted in the year it is received (the funds' practice).
 */
import { cents, type Cents } from '../money';

/** What a euro paid to (or refunded by) the fund was for. */
export type PaidNature = 'contribution' | 'management-fees' | 'surcharge' | 'legal-costs' | 'refund' | 'unallocated';

/** One amount of the ledger: a payment's share of what it paid, or a refund (amount positive). */
export type PaidItem = { date: string; amount: Cents; nature: PaidNature };

export type TaxDeductible = {
  year: number;
  contributions: Cents;
  managementFees: Cents;
  refunds: Cents;
  /** contributions + management fees − refunds (negative when the year's refunds exceed its payments). */
  deductible: Cents;
  /** Paid in the year, stated but not deductible. */
  surcharges: Cents;
  legalCosts: Cents;
  /** Paid beyond every debt it was allocated to: kept or refunded later, not deductible in the year. */
  unallocated: Cents;
};

/** The tax certificate's figures for `year` (items dated in that calendar year only). */
export function taxDeductible(items: readonly PaidItem[], year: number): TaxDeductible {
  const totals: Record<PaidNature, number> = {
    contribution: 0,
    'management-fees': 0,
    surcharge: 0,
    'legal-costs': 0,
    refund: 0,
    unallocated: 0,
  };
  for (const item of items) if (item.date.startsWith(`${year}-`)) totals[item.nature] += item.amount;
  return {
    year,
    contributions: cents(totals.contribution),
    managementFees: cents(totals['management-fees']),
    refunds: cents(totals.refund),
    deductible: cents(totals.contribution + totals['management-fees'] - totals.refund),
    surcharges: cents(totals.surcharge),
    legalCosts: cents(totals['legal-costs']),
    unallocated: cents(totals.unallocated),
  };
}
