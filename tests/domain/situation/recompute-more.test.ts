import { describe, expect, it } from 'vitest';
import type { IsoDate, QuarterIndex } from '../../../shared/domain/calendar';
import { simulateContribution } from '../../../shared/domain/contribution/simulate';
import { cents, ppm } from '../../../shared/domain/money';
import { recomputeSituation } from '../../../shared/domain/situation/recompute';
import type { ClaimedQuarter, SituationInput } from '../../../shared/domain/situation/types';
import { rulesForYear } from '../../../shared/rules';
import { MANAGEMENT_FEE_CAP } from '../../../shared/rules/management-fees';

const date = (value: string) => value as IsoDate;
/** Liantis' fee, 3.95 %. */
const LIANTIS = { rate: ppm(39_500), cap: MANAGEMENT_FEE_CAP.value };
const quarters = [1, 2, 3, 4] as QuarterIndex[];

function claimed(year: number, contribution: number, fee: number, indexes = quarters): ClaimedQuarter[] {
  return indexes.map((quarter) => ({
    id: `${year}-q${quarter}`,
    isExempted: false,
    year,
    quarter,
    contribution: cents(contribution),
    fee: cents(fee),
    dueDate: date(`${year}-0${quarter * 3}-28`),
  }));
}

const base: SituationInput = {
  change: { kind: 'category', category: 'complementary', effectiveDate: date('2026-07-01') },
  affiliation: {
    category: 'main',
    startDate: date('2010-01-01'),
    endDate: null,
    isPrimoStarter: false,
    currentSince: date('2010-01-01'),
  },
  claimed: [],
  facts: { incomes: [], requested: new Map() },
  today: date('2026-04-15'),
  fees: LIANTIS,
  rulesForYear,
};

describe('a granted reduction or increase (provisional-basis change)', () => {
  it('re-prices only the quarters of its year on the requested income: 20,000.00 × 20.50 % ÷ 4 = 1,025.00 + 40.49 fees (3.95 %)', () => {
    const outcome = recomputeSituation({
      ...base,
      change: { kind: 'provisional-basis', year: 2025, effectiveDate: date('2025-01-01') },
      affiliation: { ...base.affiliation, startDate: date('2024-01-01'), currentSince: date('2024-01-01') },
      claimed: [...claimed(2025, 89_042, 3_517), ...claimed(2026, 89_042, 3_517)],
      facts: { incomes: [], requested: new Map([[2025, cents(2_000_000)]]) },
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.effectiveFrom).toBe('2025-01-01');
    expect(outcome.value.quarters.map((row) => [row.quarter, row.action, row.claimedId])).toEqual([
      ['2025-Q1', 'replace', '2025-q1'],
      ['2025-Q2', 'replace', '2025-q2'],
      ['2025-Q3', 'replace', '2025-q3'],
      ['2025-Q4', 'replace', '2025-q4'],
    ]);
    expect(outcome.value.quarters[0]?.after).toMatchObject({ contribution: 102_500, fee: 4_049, total: 106_549 });
    expect(outcome.value.explanation[0]).toMatchObject({
      messageKey: 'situation.explanation.provisionalBasis',
      params: { year: 2025 },
    });
  });

  it('for a year the affiliation does not cover (it began later) it re-prices nothing', () => {
    const outcome = recomputeSituation({
      ...base,
      change: { kind: 'provisional-basis', year: 2025, effectiveDate: date('2025-01-01') },
      affiliation: { ...base.affiliation, startDate: date('2026-01-01'), currentSince: date('2026-01-01') },
      claimed: claimed(2026, 89_042, 3_517),
      facts: { incomes: [], requested: new Map([[2025, cents(2_000_000)]]) },
    });
    expect(outcome).toMatchObject({ ok: true, value: { quarters: [], totalDifference: 0 } });
  });
});

describe('what a change leaves alone or refuses', () => {
  it('a claimed year without rules (2027) is listed and left as it is', () => {
    const outcome = recomputeSituation({
      ...base,
      claimed: [...claimed(2026, 89_042, 3_517), ...claimed(2027, 89_042, 3_517, [1])],
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.yearsWithoutRules).toEqual([2027]);
    expect(outcome.value.quarters.map((row) => row.quarter)).toEqual(['2026-Q3', '2026-Q4']);
  });

  it('a cessation in 2025 cancels every quarter claimed for 2026 (the affiliation ended on 2025-06-30)', () => {
    const outcome = recomputeSituation({
      ...base,
      change: { kind: 'cessation', reason: 'cessation', effectiveDate: date('2025-05-15') },
      affiliation: { ...base.affiliation, startDate: date('2024-01-01'), currentSince: date('2024-01-01') },
      claimed: claimed(2026, 89_042, 3_517),
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.endDate).toBe('2025-06-30');
    expect(outcome.value.quarters.map((row) => [row.quarter, row.action, row.difference])).toEqual([
      ['2026-Q1', 'cancel', -92_559],
      ['2026-Q2', 'cancel', -92_559],
      ['2026-Q3', 'cancel', -92_559],
      ['2026-Q4', 'cancel', -92_559],
    ]);
    expect(outcome.value.totalDifference).toBe(-370_236);
  });

  it('a quarter already claimed at the new amount is kept (main → complementary above the main minimum, AR 38 art. 12 §2)', () => {
    const incomes = [{ year: 2023, amount: cents(3_000_000), source: 'tax-authority' as const }];
    const main = simulateContribution(
      {
        year: 2026,
        category: 'main',
        income: cents(3_000_000),
        affiliation: { start: date('2010-01-01') },
        provisional: { kind: 'reference-income', income: cents(3_000_000), referenceYear: 2023 },
        fees: LIANTIS,
      },
      rulesForYear(2026)!,
    );
    const q3 = main.ok ? main.value.provisional?.quarters[2] : undefined;
    expect(q3?.contribution).toBe(164_876);
    const outcome = recomputeSituation({
      ...base,
      facts: { incomes, requested: new Map() },
      claimed: claimed(2026, q3?.contribution ?? 0, q3?.fee ?? 0, [3]),
    });
    expect(outcome).toMatchObject({
      ok: true,
      value: { quarters: [{ quarter: '2026-Q3', action: 'keep', difference: 0 }], totalDifference: 0 },
    });
  });

  it('refuses a change of an affiliation that has ended, naming its end date', () => {
    const outcome = recomputeSituation({
      ...base,
      affiliation: { ...base.affiliation, endDate: date('2025-12-31') },
    });
    expect(outcome).toMatchObject({
      ok: false,
      error: {
        code: 'already-ceased',
        messageKey: 'situation.errors.alreadyCeased',
        params: { endDate: '2025-12-31' },
      },
    });
  });

  it('passes on the rules engine refusal: a fee rate above the legal cap', () => {
    const outcome = recomputeSituation({
      ...base,
      claimed: claimed(2026, 89_042, 3_517),
      fees: { rate: ppm(MANAGEMENT_FEE_CAP.value + 1), cap: MANAGEMENT_FEE_CAP.value },
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'fee-rate-above-cap' } });
  });
});
