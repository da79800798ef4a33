/**
 * What the provisional contributions of a year are calculated on, from what the case file holds
 * (AR 38 art. 11 §3 and §4): a granted reduction or increase names the income of its year; else the
 * tax administration's income of year N-3 (revalued by the rules); else, in the first three calendar
 * years, the starter base (the legal minimum, or the person's estimate for that year).
 */
import { dateParts } from '../calendar';
import type { IsoDate } from '../calendar';
import type { ProvisionalBasis } from '../contribution/types';
import { cents } from '../money';
import type { Cents } from '../money';

export type KnownIncome = {
  readonly year: number;
  readonly amount: Cents;
  readonly source: 'estimate' | 'tax-authority';
};

export type BasisFacts = {
  readonly incomes: readonly KnownIncome[];
  /** Incomes of granted reduction or increase requests, by contribution year. */
  readonly requested: ReadonlyMap<number, Cents>;
};

export function provisionalBasisFor(year: number, affiliationStart: IsoDate, facts: BasisFacts): ProvisionalBasis {
  const requested = facts.requested.get(year);
  if (requested !== undefined) return { kind: 'requested', income: requested };
  const reference = facts.incomes.find((income) => income.year === year - 3 && income.source === 'tax-authority');
  if (reference !== undefined) return { kind: 'reference-income', income: reference.amount, referenceYear: year - 3 };
  if (year <= dateParts(affiliationStart).year + 2) {
    const estimate = facts.incomes.find((income) => income.year === year && income.source === 'estimate');
    return estimate === undefined ? { kind: 'starter' } : { kind: 'starter', estimate: estimate.amount };
  }
  // No income known for N-3 after the starter years: the legal minimums apply (a nil reference income).
  return { kind: 'reference-income', income: cents(0), referenceYear: year - 3 };
}
