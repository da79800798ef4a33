import { describe, expect, it } from 'vitest';
import type { IsoDate, QuarterIndex } from '../../../shared/domain/calendar';
import { cents, ppm } from '../../../shared/domain/money';
import type { Cents } from '../../../shared/domain/money';
import { recomputeSituation } from '../../../shared/domain/situation/recompute';
import type { ClaimedQuarter, ContributionChange, CurrentAffiliation } from '../../../shared/domain/situation/types';
import { rulesForYear } from '../../../shared/rules';
import { MANAGEMENT_FEE_CAP } from '../../../shared/rules/management-fees';

const date = (value: string) => value as IsoDate;
/** Liantis' fee, 3.95 %: the published 2026 amounts with fees are Liantis'. */
const LIANTIS = { rate: ppm(39_500), cap: MANAGEMENT_FEE_CAP.value };
const starterMain: CurrentAffiliation = {
  category: 'main',
  startDate: date('2025-01-01'),
  endDate: null,
  isPrimoStarter: false,
  currentSince: date('2025-01-01'),
};

function claimed2026(contribution: number, fee: number): ClaimedQuarter[] {
  return ([1, 2, 3, 4] as QuarterIndex[]).map((quarter) => ({
    id: `q${quarter}`,
    isExempted: false,
    year: 2026,
    quarter,
    contribution: cents(contribution),
    fee: cents(fee),
    dueDate: date(`2026-0${quarter * 3}-28`),
  }));
}

function run(change: ContributionChange, affiliation = starterMain, incomes: { year: number; amount: Cents }[] = []) {
  const outcome = recomputeSituation({
    change,
    affiliation,
    claimed: affiliation.endDate === null ? claimed2026(89_042, 3_517) : [],
    facts: { incomes: incomes.map((row) => ({ ...row, source: 'tax-authority' as const })), requested: new Map() },
    today: date('2026-04-15'),
    fees: LIANTIS,
    rulesForYear,
  });
  if (!outcome.ok) throw new Error(outcome.error.messageKey);
  return outcome.value;
}

describe('a change of situation recomputes the provisional contributions with the rules engine', () => {
  it('main → complementary starter from 2026-Q3: 925.59 → 102.40 per quarter (Liantis 2026: main minimum 925.59, complementary starter 102.40, both incl. 3.95 %)', () => {
    const result = run({ kind: 'category', category: 'complementary', effectiveDate: date('2026-05-10') });
    expect(result.quarters.map((row) => row.quarter)).toEqual(['2026-Q3', '2026-Q4']);
    for (const row of result.quarters) {
      expect(row.before?.total).toBe(92_559);
      expect(row.after?.total).toBe(10_240);
      expect(row.difference).toBe(-82_319);
      expect(row.action).toBe('replace');
    }
    expect(result.totalDifference).toBe(-164_638);
  });

  it('a change on the first day of a quarter applies from that quarter (2026-04-01 → Q2, Q3, Q4)', () => {
    const result = run({ kind: 'category', category: 'complementary', effectiveDate: date('2026-04-01') });
    expect(result.quarters.map((row) => row.quarter)).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
  });

  it('main → complementary on a 2023 income of 10,000.00: 10,000.00 × 676.50/630.85 = 10,723.63; × 20.50 % ÷ 4 = 549.59 + 21.71 fees (hand-computed, tamtam 2026 revaluation)', () => {
    const result = run(
      { kind: 'category', category: 'complementary', effectiveDate: date('2026-07-01') },
      { ...starterMain, startDate: date('2010-01-01') },
      [{ year: 2023, amount: cents(1_000_000) }],
    );
    expect(result.quarters[0]?.after).toMatchObject({ contribution: 54_959, fee: 2_171, total: 57_130 });
    expect(result.quarters[0]?.difference).toBe(57_130 - 92_559);
  });

  it('main → complementary on an income above the main minimum changes nothing (AR 38 art. 12 §2: same contributions as main)', () => {
    const result = run(
      { kind: 'category', category: 'complementary', effectiveDate: date('2026-07-01') },
      { ...starterMain, startDate: date('2010-01-01') },
      [{ year: 2023, amount: cents(3_000_000) }],
    );
    // 30,000.00 × 676.50/630.85 = 32,170.88 → × 20.50 % ÷ 4 = 1,648.76 in either category.
    const q3 = result.quarters[0];
    expect(q3?.after?.contribution).toBe(164_876);
  });

  it('main → helping spouse (maxi-statut) 2026: minimum 7,632.44 → 391.16 per quarter + 15.45 fees (belgian-rules §2.1, derived)', () => {
    const result = run({ kind: 'category', category: 'helping-spouse', effectiveDate: date('2026-10-01') });
    expect(result.quarters).toHaveLength(1);
    expect(result.quarters[0]?.after).toMatchObject({ contribution: 39_116, fee: 1_545 });
  });

  it('bankruptcy on 2026-05-15 ends the affiliation on 2026-06-30; Q3 and Q4 (925.59 each, Liantis 2026) are cancelled', () => {
    const result = run({ kind: 'cessation', reason: 'bankruptcy', effectiveDate: date('2026-05-15') });
    expect(result.endDate).toBe('2026-06-30');
    expect(result.quarters.map((row) => [row.quarter, row.action, row.difference])).toEqual([
      ['2026-Q3', 'cancel', -92_559],
      ['2026-Q4', 'cancel', -92_559],
    ]);
    expect(result.explanation[0]?.messageKey).toBe('situation.explanation.cessation.bankruptcy');
  });

  it('death on the last day of a quarter: that quarter is the last one due', () => {
    const result = run({ kind: 'cessation', reason: 'death', effectiveDate: date('2026-09-30') });
    expect(result.endDate).toBe('2026-09-30');
    expect(result.quarters.map((row) => row.quarter)).toEqual(['2026-Q4']);
  });

  it('resumption as complementary starter on 2026-08-01: Q3 and Q4 added at 102.40 (Liantis 2026), due one quarter later (starter)', () => {
    const result = run(
      { kind: 'resumption', category: 'complementary', effectiveDate: date('2026-08-01') },
      { ...starterMain, endDate: date('2026-03-31') },
    );
    expect(result.startDate).toBe('2026-08-01');
    expect(result.quarters.map((row) => [row.quarter, row.action, row.after?.total, row.after?.dueDate])).toEqual([
      ['2026-Q3', 'add', 10_240, '2026-12-31'],
      ['2026-Q4', 'add', 10_240, '2027-03-31'],
    ]);
  });

  it('refuses what cannot apply: resumption of a running affiliation, cessation before the start, the same category', () => {
    const refused = (change: ContributionChange, affiliation = starterMain) =>
      recomputeSituation({
        change,
        affiliation,
        claimed: [],
        facts: { incomes: [], requested: new Map() },
        today: date('2026-04-15'),
        fees: LIANTIS,
        rulesForYear,
      });
    expect(refused({ kind: 'resumption', category: 'main', effectiveDate: date('2026-05-01') })).toMatchObject({
      ok: false,
      error: { messageKey: 'situation.errors.notCeased' },
    });
    expect(refused({ kind: 'cessation', reason: 'cessation', effectiveDate: date('2024-12-31') })).toMatchObject({
      ok: false,
      error: { messageKey: 'situation.errors.beforeStart' },
    });
    expect(refused({ kind: 'category', category: 'main', effectiveDate: date('2026-05-01') })).toMatchObject({
      ok: false,
      error: { messageKey: 'situation.errors.sameCategory' },
    });
    const sinceQ4 = { ...starterMain, currentSince: date('2026-10-01') };
    expect(refused({ kind: 'cessation', reason: 'death', effectiveDate: date('2026-06-10') }, sinceQ4)).toMatchObject({
      ok: false,
      error: { messageKey: 'situation.errors.beforeCurrentPeriod' },
    });
  });

  it('an exempted quarter is left alone', () => {
    const outcome = recomputeSituation({
      change: { kind: 'cessation', reason: 'cessation', effectiveDate: date('2026-05-15') },
      affiliation: starterMain,
      claimed: claimed2026(89_042, 3_517).map((row) => ({ ...row, isExempted: row.quarter === 3 })),
      facts: { incomes: [], requested: new Map() },
      today: date('2026-04-15'),
      fees: LIANTIS,
      rulesForYear,
    });
    expect(outcome.ok && outcome.value.quarters.map((row) => row.quarter)).toEqual(['2026-Q4']);
  });
});

describe('what a change does not do', () => {
  const base = {
    facts: { incomes: [], requested: new Map() },
    today: date('2026-04-15'),
    fees: LIANTIS,
    rulesForYear,
  };

  it('a category change never claims a quarter that was not claimed before', () => {
    const outcome = recomputeSituation({
      ...base,
      change: { kind: 'category', category: 'helping-spouse', effectiveDate: date('2026-07-01') },
      affiliation: starterMain,
      claimed: claimed2026(89_042, 3_517).filter((row) => row.quarter !== 4),
    });
    expect(outcome.ok && outcome.value.quarters.map((row) => row.quarter)).toEqual(['2026-Q3']);
  });

  it('complementary below the floor (2026: 1,922.16, belgian-rules §2.1): the claim is cancelled, not replaced by zero', () => {
    const outcome = recomputeSituation({
      ...base,
      facts: {
        incomes: [{ year: 2023, amount: cents(100_000), source: 'tax-authority' }],
        requested: new Map(),
      },
      change: { kind: 'category', category: 'complementary', effectiveDate: date('2026-10-01') },
      affiliation: { ...starterMain, startDate: date('2010-01-01') },
      claimed: claimed2026(89_042, 3_517),
    });
    expect(outcome.ok && outcome.value.quarters).toMatchObject([{ quarter: '2026-Q4', action: 'cancel', after: null }]);
  });
});
