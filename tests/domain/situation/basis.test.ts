import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/calendar';
import { cents } from '../../../shared/domain/money';
import { provisionalBasisFor } from '../../../shared/domain/situation/basis';
import type { BasisFacts, KnownIncome } from '../../../shared/domain/situation/basis';

const started2025 = '2025-03-01' as IsoDate;
const facts = (incomes: KnownIncome[], requested: [number, number][] = []): BasisFacts => ({
  incomes,
  requested: new Map(requested.map(([year, amount]) => [year, cents(amount)])),
});

describe('the basis of the provisional contributions (AR 38 art. 11 §3 and §4)', () => {
  it('a granted reduction or increase for the year wins over the N-3 income', () => {
    const known = facts([{ year: 2023, amount: cents(3_000_000), source: 'tax-authority' }], [[2026, 1_500_000]]);
    expect(provisionalBasisFor(2026, '2010-01-01' as IsoDate, known)).toEqual({
      kind: 'requested',
      income: 1_500_000,
    });
  });

  it('else the tax administration income of N-3, never an estimate of N-3', () => {
    const known = facts([
      { year: 2023, amount: cents(900_000), source: 'estimate' },
      { year: 2023, amount: cents(1_000_000), source: 'tax-authority' },
    ]);
    expect(provisionalBasisFor(2026, '2010-01-01' as IsoDate, known)).toEqual({
      kind: 'reference-income',
      income: 1_000_000,
      referenceYear: 2023,
    });
  });

  it('in the first three calendar years: the starter base, on the estimate of that very year when there is one', () => {
    const known = facts([
      { year: 2026, amount: cents(2_400_000), source: 'estimate' },
      { year: 2027, amount: cents(2_000_000), source: 'tax-authority' },
    ]);
    expect(provisionalBasisFor(2026, started2025, known)).toEqual({ kind: 'starter', estimate: 2_400_000 });
    // 2027 is still a starter year (2025 + 2); its own tax-authority income is not an estimate.
    expect(provisionalBasisFor(2027, started2025, known)).toEqual({ kind: 'starter' });
  });

  it('after the starter years with no N-3 income known: a nil reference income (the legal minimums)', () => {
    const known = facts([{ year: 2028, amount: cents(2_400_000), source: 'estimate' }]);
    expect(provisionalBasisFor(2028, started2025, known)).toEqual({
      kind: 'reference-income',
      income: 0,
      referenceYear: 2025,
    });
  });
});
