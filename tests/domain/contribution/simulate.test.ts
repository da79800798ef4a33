import { describe, expect, test } from 'vitest';
import { toIsoDate } from '../../../shared/domain/calendar';
import { simulateContribution } from '../../../shared/domain/contribution/simulate';
import type { ContributionRequest, ContributionResult } from '../../../shared/domain/contribution/types';
import type { DomainError } from '../../../shared/domain/explanation';
import { cents, ppm } from '../../../shared/domain/money';
import { rulesForYear } from '../../../shared/rules/index';
import type { YearRules } from '../../../shared/rules/types';

function rules(year: number): YearRules {
  const found = rulesForYear(year);
  if (found === undefined) throw new Error(`no rules for ${year}`);
  return found;
}

function simulate(request: ContributionRequest): ContributionResult {
  const outcome = simulateContribution(request, rules(request.year));
  if (!outcome.ok) throw new Error(`unexpected refusal ${outcome.error.code}`);
  return outcome.value;
}

function refusal(request: ContributionRequest, rulesYear = request.year): DomainError {
  const outcome = simulateContribution(request, rules(rulesYear));
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.error;
}

const messageKeys = (result: ContributionResult): string[] => result.explanation.map((line) => line.messageKey);
const amounts = (result: ContributionResult, schedule: 'definitive' | 'provisional' = 'definitive'): number[] =>
  (result[schedule]?.quarters ?? []).map((quarter) => quarter.contribution);

describe('part years', () => {
  test('a start on 1 April 2026 counts Q2–Q4 and converts the income to a full year (45,000 × 4/3)', () => {
    const result = simulate({
      year: 2026,
      category: 'main',
      income: cents(4_500_000),
      affiliation: { start: toIsoDate('2026-04-01') },
    });
    expect(result.definitive.quarters.map((quarter) => quarter.quarter)).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
    expect(result.definitive.annualIncome).toBe(6_000_000);
    // 60,000 × 20.50 % / 4 = 3,075.00
    expect(amounts(result)).toEqual([307_500, 307_500, 307_500]);
    expect(result.definitive.totals.contribution).toBe(922_500);
    expect(messageKeys(result)).toContain('explanation.contribution.annualised');
  });

  test('a started quarter is due in full, up to the quarter of the end date', () => {
    const result = simulate({
      year: 2026,
      category: 'main',
      income: cents(0),
      affiliation: { start: toIsoDate('2026-03-31'), end: toIsoDate('2026-04-01') },
    });
    expect(result.definitive.quarters.map((quarter) => quarter.quarter)).toEqual(['2026-Q1', '2026-Q2']);
    expect(amounts(result)).toEqual([89_042, 89_042]);
  });

  test('refuses a year in which the person is not subject', () => {
    expect(
      refusal({ year: 2026, category: 'main', income: cents(0), affiliation: { start: toIsoDate('2027-01-01') } }).code,
    ).toBe('not-subject-in-year');
    expect(
      refusal({ year: 2026, category: 'main', income: cents(0), affiliation: { end: toIsoDate('2025-12-31') } }).code,
    ).toBe('not-subject-in-year');
  });

  test('a loss counts as no income', () => {
    const result = simulate({ year: 2025, category: 'complementary', income: cents(-100_000) });
    expect(amounts(result)).toEqual([0, 0, 0, 0]);
    expect(messageKeys(result)).toContain('explanation.contribution.lossCountsAsZero');
  });
});

describe('provisional contributions and regularisation', () => {
  test('N-3 income × the revaluation fraction: 40,000 (2023) × 676.50/630.85 = 42,894.51 for 2026, then a supplement', () => {
    const result = simulate({
      year: 2026,
      category: 'main',
      income: cents(4_500_000),
      provisional: { kind: 'reference-income', income: cents(4_000_000), referenceYear: 2023 },
      fees: { rate: ppm(39_500), cap: ppm(42_500) },
    });
    expect(result.provisional?.annualIncome).toBe(4_289_451);
    // 42,894.51 × 20.50 % / 4 = 2,198.343… → 2,198.34; 45,000 × 20.50 % / 4 = 2,306.25
    expect(amounts(result, 'provisional')).toEqual([219_834, 219_834, 219_834, 219_834]);
    expect(amounts(result)).toEqual([230_625, 230_625, 230_625, 230_625]);
    expect(result.regularisation?.kind).toBe('supplement');
    expect(result.regularisation?.difference.contribution).toBe(4 * (230_625 - 219_834));
    expect(result.regularisation?.difference.total).toBe(
      result.definitive.totals.total - (result.provisional?.totals.total ?? 0),
    );
    expect(messageKeys(result)).toEqual(
      expect.arrayContaining([
        'explanation.contribution.provisionalFromReference',
        'explanation.contribution.regularisationSupplement',
      ]),
    );
  });

  test('a refund when the real income is lower, nothing when it is the same', () => {
    const refund = simulate({
      year: 2024,
      category: 'main',
      income: cents(0),
      provisional: { kind: 'requested', income: cents(3_000_000) },
    });
    expect(refund.regularisation?.kind).toBe('refund');
    expect(messageKeys(refund)).toContain('explanation.contribution.regularisationRefund');
    const none = simulate({
      year: 2024,
      category: 'main',
      income: cents(3_000_000),
      provisional: { kind: 'requested', income: cents(3_000_000) },
    });
    expect(none.regularisation?.kind).toBe('none');
    expect(messageKeys(none)).toContain('explanation.contribution.regularisationNone');
  });

  test('a requested reduction below the legal minimum still pays the minimum', () => {
    const result = simulate({
      year: 2025,
      category: 'main',
      income: cents(0),
      provisional: { kind: 'requested', income: cents(500_000) },
    });
    expect(amounts(result, 'provisional')).toEqual([87_171, 87_171, 87_171, 87_171]);
    expect(messageKeys(result)).toEqual(
      expect.arrayContaining([
        'explanation.contribution.provisionalRequested',
        'explanation.contribution.minimumIncomeApplied',
      ]),
    );
  });

  test('a starter may choose an estimate instead of the flat minimum', () => {
    const result = simulate({
      year: 2026,
      category: 'main',
      income: cents(0),
      provisional: { kind: 'starter', estimate: cents(3_000_000) },
    });
    expect(amounts(result, 'provisional')).toEqual([153_750, 153_750, 153_750, 153_750]);
    expect(messageKeys(result)).toContain('explanation.contribution.provisionalStarterEstimate');
  });

  test('a starter affiliated on time pays the first two quarters one quarter later', () => {
    const result = simulate({
      year: 2026,
      category: 'main',
      income: cents(0),
      affiliation: { start: toIsoDate('2026-05-10') },
      provisional: { kind: 'starter' },
    });
    expect(result.provisional?.quarters.map((quarter) => quarter.dueDate)).toEqual([
      '2026-09-30',
      '2026-12-31',
      '2026-12-31',
    ]);
    expect(result.definitive.quarters.map((quarter) => quarter.dueDate)).toEqual([
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
    expect(messageKeys(result)).toContain('explanation.contribution.starterExtraQuarter');
  });

  test('flat starter amounts of the helping spouse and the active pensioner', () => {
    const spouse = simulate({
      year: 2025,
      category: 'helping-spouse',
      income: cents(0),
      provisional: { kind: 'starter' },
    });
    expect(amounts(spouse, 'provisional')[0]).toBe(38_294);
    // dexxter.be (2025): forfaitaire minimumbijdrage 142.53 = 14.70 % × 3,763.51 / 4 = 138.31, × 1.0305
    const pensioner = simulate({
      year: 2025,
      category: 'active-pensioner',
      income: cents(0),
      provisional: { kind: 'starter' },
      fees: { rate: ppm(30_500), cap: ppm(42_500) },
    });
    expect(pensioner.provisional?.quarters[0]?.contribution).toBe(13_831);
    expect(pensioner.provisional?.quarters[0]?.total).toBe(14_253);
  });

  test('a student starter with an estimate follows the student formula', () => {
    const result = simulate({
      year: 2024,
      category: 'student',
      income: cents(0),
      provisional: { kind: 'starter', estimate: cents(1_000_000) },
    });
    // 20.50 % × (10,000 − 8,430.73) / 4 = 80.43
    expect(amounts(result, 'provisional')[0]).toBe(8_043);
  });
});

describe('categories', () => {
  test('student between the thresholds pays 20.50 % on the part above the lower one', () => {
    const result = simulate({ year: 2024, category: 'student', income: cents(1_000_000) });
    expect(amounts(result)[0]).toBe(8_043);
    expect(messageKeys(result)).toContain('explanation.contribution.studentReduced');
    expect(messageKeys(simulate({ year: 2024, category: 'student', income: cents(2_000_000) }))).toContain(
      'explanation.contribution.studentAsMain',
    );
  });

  test('complementary: nothing below the floor, 20.50 % on the whole income from the floor', () => {
    expect(amounts(simulate({ year: 2026, category: 'complementary', income: cents(192_215) }))[0]).toBe(0);
    expect(amounts(simulate({ year: 2026, category: 'complementary', income: cents(192_216) }))[0]).toBe(9_851);
  });

  test('active pensioner: nothing below the floor; 14.70 % / 14.16 % and the ceiling above it', () => {
    expect(amounts(simulate({ year: 2024, category: 'active-pensioner', income: cents(373_088) }))[0]).toBe(0);
    const capped = simulate({ year: 2024, category: 'active-pensioner', income: cents(20_000_000) });
    // (72,810.95 × 14.70 % + 34,489.35 × 14.16 %) / 4 = 3,896.725… → 3,896.73
    expect(amounts(capped)[0]).toBe(389_673);
    expect(messageKeys(capped)).toContain('explanation.contribution.ceilingReached');
  });

  test('pension age without pension: pensioner formula until Q3 2025, main activity from Q4 2025 unless opted out', () => {
    const result = simulate({ year: 2025, category: 'pension-age', income: cents(0) });
    expect(result.definitive.quarters.map((quarter) => quarter.regime)).toEqual([
      'pensioner',
      'pensioner',
      'pensioner',
      'main',
    ]);
    expect(amounts(result)).toEqual([0, 0, 0, 87_171]);
    const optedOut = simulate({ year: 2025, category: 'pension-age', income: cents(0), hasOptedOut: true });
    expect(optedOut.definitive.quarters.map((quarter) => quarter.regime)).toEqual([
      'pensioner',
      'pensioner',
      'pensioner',
      'pensioner',
    ]);
    expect(simulate({ year: 2024, category: 'pension-age', income: cents(0) }).definitive.quarters.at(-1)?.regime).toBe(
      'pensioner',
    );
    expect(simulate({ year: 2026, category: 'pension-age', income: cents(0) }).definitive.quarters[0]?.regime).toBe(
      'main',
    );
  });

  test('primo-starter: 4 quarters from the start, the reduction only in the first and only below the main minimum', () => {
    const spanning = simulate({
      year: 2026,
      category: 'main',
      isPrimoStarter: true,
      income: cents(0),
      affiliation: { start: toIsoDate('2025-10-01') },
    });
    expect(spanning.definitive.quarters.map((quarter) => quarter.regime)).toEqual([
      'primo-starter',
      'primo-starter',
      'primo-starter',
      'main',
    ]);
    expect(amounts(spanning)).toEqual([45_982, 45_982, 45_982, 89_042]);
    const above = simulate({ year: 2026, category: 'main', isPrimoStarter: true, income: cents(2_000_000) });
    expect(amounts(above)).toEqual([102_500, 102_500, 102_500, 102_500]);
    const below = simulate({ year: 2026, category: 'main', isPrimoStarter: true, income: cents(0) });
    expect(amounts(below)).toEqual([45_982 - 11_852, 45_982, 45_982, 45_982]);
    expect(messageKeys(below)).toContain('explanation.contribution.primoFirstQuarterReduction');
  });

  test('explains every step with a message key and, where a rule was used, its source', () => {
    const result = simulate({
      year: 2026,
      category: 'main',
      income: cents(4_500_000),
      fees: { rate: ppm(39_500), cap: ppm(42_500) },
    });
    expect(messageKeys(result).slice(0, 3)).toEqual([
      'explanation.contribution.yearRules',
      'explanation.contribution.fees',
      'explanation.contribution.subjectQuarters',
    ]);
    const slice = result.explanation.find((line) => line.messageKey === 'explanation.contribution.slice');
    expect(slice?.source?.citation).toContain('AR 38 art. 12');
    expect(slice?.params).toMatchObject({
      fromCents: 0,
      toCents: 4_500_000,
      ratePpm: 205_000,
      annualAmountCents: 922_500,
    });
    expect(messageKeys(simulate({ year: 2026, category: 'main', income: cents(0) }))).toContain(
      'explanation.contribution.noFees',
    );
  });
});

describe('refusals', () => {
  test.each([
    [{ year: 2025, category: 'main', income: cents(0) }, 2026, 'rules-year-mismatch'],
    [
      { year: 2025, category: 'complementary', income: cents(0), isPrimoStarter: true },
      2025,
      'primo-starter-main-only',
    ],
    [{ year: 2025, category: 'main', income: cents(0), hasOptedOut: true }, 2025, 'opt-out-pension-age-only'],
    [
      { year: 2025, category: 'main', income: cents(0), fees: { rate: ppm(50_000), cap: ppm(42_500) } },
      2025,
      'fee-rate-above-cap',
    ],
    [
      {
        year: 2026,
        category: 'main',
        income: cents(0),
        provisional: { kind: 'reference-income', income: cents(1), referenceYear: 2022 },
      },
      2026,
      'reference-year-mismatch',
    ],
    [
      {
        year: 2026,
        category: 'main',
        income: cents(0),
        affiliation: { start: toIsoDate('2020-06-01') },
        provisional: { kind: 'starter' },
      },
      2026,
      'not-a-starter',
    ],
    [
      { year: 2026, category: 'main', income: cents(0), provisional: { kind: 'requested', income: cents(-1) } },
      2026,
      'negative-provisional-income',
    ],
    [
      {
        year: 2025,
        category: 'main',
        income: cents(0),
        provisional: { kind: 'reference-income', income: cents(1), referenceYear: 2022 },
      },
      2025,
      'rule-value-missing',
    ],
  ] satisfies [ContributionRequest, number, string][])(
    '%o with the rules of %i is refused: %s',
    (request, rulesYear, code) => {
      expect(refusal(request, rulesYear).code).toBe(code);
    },
  );
});
