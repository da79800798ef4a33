/**
 * The tax certificate's figures, computed by hand. Sources: CIR 92 art. 52, 7° (contributions are
 * professional expenses; belgian-rules.md §10); Xerius "Attestation fiscale" (fees deductible,
 * refunds subtracted, surcharges and legal costs not deductible). Unconfirmed: see tax-deductible.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocatePayments } from '../../../shared/domain/attestation/payment-allocation';
import { taxDeductible, type PaidItem } from '../../../shared/domain/attestation/tax-deductible';
import { cents } from '../../../shared/domain/money';

// Three quarters of 800.00 € with 3.95 % management fees (31.60 €); a 3 % surcharge (24.00 €) on the first,
// a waived one on the third.
const contributions = [
  { id: 'c1', amountCents: 80_000, feeCents: 3_160 },
  { id: 'c2', amountCents: 80_000, feeCents: 3_160 },
  { id: 'c3', amountCents: 80_000, feeCents: 3_160 },
];
const surcharges = [
  { contributionId: 'c1', date: '2025-01-01', amountCents: 2_400, isWaived: false },
  { contributionId: 'c3', date: '2025-07-01', amountCents: 2_400, isWaived: true },
];
const payments = [
  { date: '2024-12-20', amountCents: 50_000, contributionId: 'c1' },
  // 300.00 € left of c1's amount, then its fees, then its surcharge: 300.00 + 31.60 + 24.00 = 355.60 €.
  { date: '2025-01-15', amountCents: 35_560, contributionId: 'c1' },
  { date: '2025-03-28', amountCents: 83_160, contributionId: 'c2' },
  // 68.40 € more than c3 asks (its surcharge is waived): unallocated, then refunded in September.
  { date: '2025-06-30', amountCents: 90_000, contributionId: 'c3' },
  { date: '2025-09-10', amountCents: -6_840, contributionId: null },
  { date: '2026-01-05', amountCents: 10_000, contributionId: null },
];

describe('tax certificate: what is deductible (CIR 92 art. 52, 7°; Xerius attestation fiscale)', () => {
  const items = allocatePayments(contributions, surcharges, payments);

  it('CIR 92 art. 52, 7°: the contributions and management fees paid in 2025 are deductible, refunds of 2025 subtracted', () => {
    const figures = taxDeductible(items, 2025);
    // 300.00 + 800.00 + 800.00 = 1,900.00 € of contributions; 3 × 31.60 = 94.80 € of fees; 68.40 € refunded.
    expect(figures.contributions).toBe(190_000);
    expect(figures.managementFees).toBe(9_480);
    expect(figures.refunds).toBe(6_840);
    // 1,900.00 + 94.80 − 68.40 = 1,926.40 €.
    expect(figures.deductible).toBe(192_640);
  });

  it('Xerius attestation fiscale: the surcharge paid in 2025 is stated but not deductible, a waived one is never paid', () => {
    const figures = taxDeductible(items, 2025);
    expect(figures.surcharges).toBe(2_400);
    expect(figures.unallocated).toBe(6_840);
    expect(figures.deductible).toBe(figures.contributions + figures.managementFees - figures.refunds);
  });

  it('only the calendar year counts: the 500.00 € paid in December 2024 is 2024’s, the 100.00 € of 2026 is 2026’s', () => {
    expect(taxDeductible(items, 2024)).toMatchObject({ contributions: 50_000, managementFees: 0, deductible: 50_000 });
    expect(taxDeductible(items, 2026)).toMatchObject({ deductible: 0, unallocated: 10_000 });
  });

  it('Xerius attestation fiscale: legal costs paid are stated apart and never deductible', () => {
    const withCosts: PaidItem[] = [
      { date: '2025-05-02', amount: cents(25_000), nature: 'contribution' },
      { date: '2025-05-02', amount: cents(15_230), nature: 'legal-costs' },
    ];
    expect(taxDeductible(withCosts, 2025)).toMatchObject({ deductible: 25_000, legalCosts: 15_230 });
  });

  it('a year whose refunds exceed its payments gives a negative deductible amount, not zero', () => {
    const refundOnly: PaidItem[] = [{ date: '2025-11-03', amount: cents(12_000), nature: 'refund' }];
    expect(taxDeductible(refundOnly, 2025).deductible).toBe(-12_000);
  });
});

describe('payment allocation: adversarial ledgers', () => {
  const ledger = fc.record({
    contributions: fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c'),
        amountCents: fc.integer({ min: 0, max: 500_000 }),
        feeCents: fc.integer({ min: 0, max: 20_000 }),
      }),
      { maxLength: 3 },
    ),
    surcharges: fc.array(
      fc.record({
        contributionId: fc.constantFrom('a', 'b', 'c', 'z'),
        date: fc.constantFrom('2025-01-01', '2025-07-01'),
        amountCents: fc.integer({ min: 0, max: 30_000 }),
        isWaived: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    payments: fc.array(
      fc.record({
        date: fc.constantFrom('2024-12-31', '2025-01-01', '2025-06-30', '2025-12-31', '2026-01-01'),
        amountCents: fc.integer({ min: -100_000, max: 600_000 }),
        contributionId: fc.constantFrom('a', 'b', 'c', 'z', null),
      }),
      { maxLength: 8 },
    ),
  });

  it('property: every cent paid in the year is in exactly one line, refunds apart; nothing is negative', () => {
    fc.assert(
      fc.property(ledger, ({ contributions, surcharges, payments }) => {
        const figures = taxDeductible(allocatePayments(contributions, surcharges, payments), 2025);
        const of2025 = payments.filter((payment) => payment.date.startsWith('2025-'));
        const paid = of2025.filter((p) => p.amountCents > 0).reduce((sum, p) => sum + p.amountCents, 0);
        const refunded = of2025.filter((p) => p.amountCents < 0).reduce((sum, p) => sum - p.amountCents, 0);
        const { contributions: c, managementFees: f, surcharges: s, legalCosts: l, unallocated: u } = figures;
        expect(c + f + s + l + u).toBe(paid);
        expect(figures.refunds).toBe(refunded);
        for (const value of [c, f, s, l, u, figures.refunds]) expect(value).toBeGreaterThanOrEqual(0);
        expect(figures.deductible).toBe(c + f - refunded);
      }),
    );
  });
});
