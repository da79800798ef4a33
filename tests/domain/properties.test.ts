import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, toIsoDate } from '../../shared/domain/calendar';
import { simulateContribution } from '../../shared/domain/contribution/simulate';
import { CONTRIBUTION_CATEGORIES } from '../../shared/domain/contribution/types';
import type { ContributionCategory } from '../../shared/domain/contribution/types';
import { cents } from '../../shared/domain/money';
import type { Cents } from '../../shared/domain/money';
import { buildInstalments, minimumAdvance } from '../../shared/domain/payment-plan/schedule';
import { computeSurcharges } from '../../shared/domain/surcharge/compute';
import type { Claim, Payment } from '../../shared/domain/surcharge/types';
import { STANDARD_SURCHARGES } from '../../shared/rules/common';
import { ALL_YEAR_RULES } from '../../shared/rules/index';

const yearRules = fc.constantFrom(...ALL_YEAR_RULES);
const category = fc.constantFrom<ContributionCategory>(...CONTRIBUTION_CATEGORIES);
const income = fc.integer({ min: 0, max: 25_000_000 }).map(cents);

function annualTotal(year: number, who: ContributionCategory, amount: Cents, isPrimoStarter: boolean): number {
  const rules = ALL_YEAR_RULES.find((candidate) => candidate.year === year)!;
  const outcome = simulateContribution(
    { year, category: who, income: amount, isPrimoStarter: isPrimoStarter && who === 'main' },
    rules,
  );
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.value.definitive.totals.contribution;
}

describe('contributions (property)', () => {
  test('never decrease when the income grows, in every year and category', () => {
    fc.assert(
      fc.property(yearRules, category, fc.boolean(), income, income, (rules, who, isPrimo, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(annualTotal(rules.year, who, low, isPrimo)).toBeLessThanOrEqual(
          annualTotal(rules.year, who, high, isPrimo),
        );
      }),
      { numRuns: 300 },
    );
  });

  test('stop growing at the ceiling', () => {
    fc.assert(
      fc.property(yearRules, category, fc.integer({ min: 0, max: 50_000_000 }), (rules, who, extra) => {
        const atCeiling = annualTotal(rules.year, who, rules.ceiling.value, false);
        expect(annualTotal(rules.year, who, cents(rules.ceiling.value + extra), false)).toBe(atCeiling);
      }),
    );
  });
});

describe('payment-plan schedules (property)', () => {
  const total = fc.integer({ min: 2, max: 10_000_000 }).map(cents);

  test('add up to the debt exactly, with the policy advance and equal instalments but the last', () => {
    fc.assert(
      fc.property(total, fc.integer({ min: 1, max: 36 }), (debt, months) => {
        const advance = minimumAdvance(debt, { numerator: 1, denominator: 3 });
        const instalments = buildInstalments(debt, advance, toIsoDate('2026-12-01'), { kind: 'months', months });
        expect(instalments.reduce((sum, instalment) => sum + instalment.amount, 0)).toBe(debt);
        expect(instalments).toHaveLength(months + 1);
        expect(advance * 3).toBeGreaterThanOrEqual(debt);
        const regular = instalments.slice(1, -1).map((instalment) => instalment.amount);
        expect(new Set(regular).size).toBeLessThanOrEqual(1);
        const last = instalments.at(-1)!.amount;
        expect(last).toBeGreaterThanOrEqual(regular[0] ?? 0);
        expect(last - (regular[0] ?? last)).toBeLessThan(months);
      }),
    );
  });

  test('with an instalment amount, never exceed it and still add up exactly', () => {
    fc.assert(
      fc.property(total, fc.integer({ min: 1, max: 1_000_000 }), (debt, amount) => {
        const advance = minimumAdvance(debt, { numerator: 1, denominator: 3 });
        fc.pre(advance < debt && Math.ceil((debt - advance) / amount) <= 240);
        const instalments = buildInstalments(debt, advance, toIsoDate('2026-12-01'), {
          kind: 'instalment',
          amount: cents(amount),
        });
        expect(instalments.reduce((sum, instalment) => sum + instalment.amount, 0)).toBe(debt);
        for (const instalment of instalments.slice(1)) {
          expect(instalment.amount).toBeGreaterThan(0);
          expect(instalment.amount).toBeLessThanOrEqual(amount);
        }
      }),
    );
  });
});

describe('surcharges (property)', () => {
  const quarterEnds = ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31', '2026-06-30'].map(
    toIsoDate,
  );
  const claims = fc
    .array(fc.record({ principal: fc.integer({ min: 1, max: 500_000 }), due: fc.constantFrom(...quarterEnds) }), {
      minLength: 1,
      maxLength: 4,
    })
    .map((drafts) =>
      drafts.map((draft, index): Claim => ({
        id: `c${index}`,
        kind: 'contribution',
        principal: cents(draft.principal),
        dueDate: draft.due,
      })),
    );
  const payments = fc.array(
    fc
      .record({ offset: fc.integer({ min: 0, max: 800 }), amount: fc.integer({ min: 1, max: 300_000 }) })
      .map(({ offset, amount }): Payment => ({
        date: addDays(toIsoDate('2025-01-01'), offset),
        amount: cents(amount),
      })),
    { maxLength: 6 },
  );
  const at = toIsoDate('2027-03-31');

  function run(history: readonly Claim[], paid: readonly Payment[]) {
    const outcome = computeSurcharges({ claims: history, payments: paid, at, rates: STANDARD_SURCHARGES });
    if (!outcome.ok) throw new Error(outcome.error.code);
    return outcome.value;
  }

  test('are never charged on a surcharge: the base is unpaid principal, and stops once the principal is paid', () => {
    fc.assert(
      fc.property(claims, payments, (history, paid) => {
        const result = run(history, paid);
        for (const surcharge of result.surcharges) {
          const claim = history.find((candidate) => candidate.id === surcharge.claimId)!;
          expect(surcharge.base).toBeGreaterThan(0);
          expect(surcharge.base).toBeLessThanOrEqual(claim.principal);
          const paidOff = result.allocations
            .filter((allocation) => allocation.claimId === claim.id && allocation.target === 'principal')
            .reduce<{ sum: number; date: string | null }>(
              (state, allocation) => ({
                sum: state.sum + allocation.amount,
                date: state.sum + allocation.amount >= claim.principal ? (state.date ?? allocation.paymentDate) : null,
              }),
              { sum: 0, date: null },
            ).date;
          if (paidOff !== null) expect(surcharge.date <= paidOff).toBe(true);
        }
      }),
    );
  });

  test('a further payment never increases the surcharges', () => {
    fc.assert(
      fc.property(claims, payments, payments, (history, paid, extra) => {
        const before = run(history, paid).totals.surchargesCharged;
        expect(run(history, [...paid, ...extra]).totals.surchargesCharged).toBeLessThanOrEqual(before);
      }),
    );
  });
});
