import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../shared/domain/calendar';
import type { ContributionCategory } from '../../../shared/domain/contribution/types';
import type { ExplanationLine } from '../../../shared/domain/explanation';
import { intakeConsequences } from '../../../shared/domain/intake/consequences';
import type { ConsequenceRequest } from '../../../shared/domain/intake/consequences';
import { ppm } from '../../../shared/domain/money';
import { rulesForYear } from '../../../shared/rules/index';
import { PROCEDURES } from '../../../shared/rules/procedures';
import type { RuleValue, YearRules } from '../../../shared/rules/types';

function rules2026(): YearRules {
  const rules = rulesForYear(2026);
  if (rules === undefined) throw new Error('the 2026 rules are missing');
  return rules;
}
const RULES = rules2026();
const TODAY = toIsoDate('2026-11-26');

function request(change: Partial<ConsequenceRequest> = {}): ConsequenceRequest {
  return {
    category: 'main',
    startDate: toIsoDate('2026-10-01'),
    isPrimoStarter: false,
    estimatedIncome: null,
    today: TODAY,
    ...change,
  };
}

function line(lines: readonly ExplanationLine[], ruleKey: string): ExplanationLine | undefined {
  return lines.find((candidate) => candidate.ruleKey === ruleKey);
}

describe('intakeConsequences with the 2026 rules', () => {
  it('explains the three starter years from the first quarter of activity (AR 38 art. 11 §3)', () => {
    const starter = line(intakeConsequences(request({ startDate: toIsoDate('2026-05-10') }), RULES), 'intake.starter');
    expect(starter).toEqual({
      ruleKey: 'intake.starter',
      messageKey: 'explanation.intake.starterYears',
      params: { fromYear: 2026, toYear: 2028, firstQuarter: '2026-Q2' },
      source: {
        citation: PROCEDURES.starterProvisional.source,
        confidence: PROCEDURES.starterProvisional.confidence,
        isConfirmed: PROCEDURES.starterProvisional.isConfirmed,
      },
    });
  });

  it.each<[ContributionCategory, string, string, Record<string, number>, RuleValue<unknown>]>([
    [
      'main',
      'intake.main-minimum',
      'explanation.intake.mainMinimum',
      { minimumIncomeCents: RULES.mainMinimumIncome.value },
      RULES.mainMinimumIncome,
    ],
    [
      'complementary',
      'intake.complementary-floor',
      'explanation.intake.complementaryFloor',
      { floorCents: RULES.complementaryFloor.value },
      RULES.complementaryFloor,
    ],
    [
      'student',
      'intake.student-thresholds',
      'explanation.intake.studentThresholds',
      { lowerCents: RULES.studentLowerThreshold.value, complementaryFloorCents: RULES.complementaryFloor.value },
      RULES.studentLowerThreshold,
    ],
    [
      'helping-spouse',
      'intake.helping-spouse',
      'explanation.intake.helpingSpouseMinimum',
      { minimumIncomeCents: RULES.helpingSpouseMinimumIncome.value },
      RULES.helpingSpouseMinimumIncome,
    ],
    [
      'active-pensioner',
      'intake.pensioner-floor',
      'explanation.intake.pensionerFloor',
      { floorCents: RULES.pensionerFloor.value },
      RULES.pensionerFloor,
    ],
    [
      'pension-age',
      'intake.pensioner-floor',
      'explanation.intake.pensionerFloor',
      { floorCents: RULES.pensionerFloor.value },
      RULES.pensionerFloor,
    ],
  ])(
    '%s: states the category threshold with its source, then the first year provisional contributions',
    (category, ruleKey, messageKey, params, rule) => {
      const lines = intakeConsequences(request({ category }), RULES);
      expect(lines.map((candidate) => candidate.ruleKey)).toEqual(['intake.starter', ruleKey, 'intake.first-year']);
      expect(lines[1]).toEqual({
        ruleKey,
        messageKey,
        params,
        source: { citation: rule.source, confidence: rule.confidence, isConfirmed: rule.isConfirmed },
      });
    },
  );

  it('gives the 2026 amounts the threshold lines cite (main minimum 17,374.08; complementary floor 1,922.16)', () => {
    expect(line(intakeConsequences(request(), RULES), 'intake.main-minimum')?.params).toEqual({
      minimumIncomeCents: 1_737_408,
    });
    expect(
      line(intakeConsequences(request({ category: 'complementary' }), RULES), 'intake.complementary-floor')?.params,
    ).toEqual({ floorCents: 192_216 });
  });

  it('main, starting in Q4 2026: one provisional quarter of 890.42 due by the end of March 2027', () => {
    // 890.42 per quarter is the 2026 minimum main contribution of the source cited by mainMinimumIncome.
    expect(line(intakeConsequences(request(), RULES), 'intake.first-year')).toEqual({
      ruleKey: 'intake.first-year',
      messageKey: 'explanation.intake.firstYearProvisional',
      params: {
        year: 2026,
        count: 1,
        firstQuarterTotalCents: 89_042,
        firstDueDate: '2027-03-31',
        yearTotalCents: 89_042,
      },
      source: {
        citation: PROCEDURES.starterProvisional.source,
        confidence: PROCEDURES.starterProvisional.confidence,
        isConfirmed: PROCEDURES.starterProvisional.isConfirmed,
      },
    });
  });

  it('includes the management fees asked for: 3.95 % on the main minimum gives 925.59 a quarter', () => {
    const lines = intakeConsequences(request({ fees: { rate: ppm(39_500), cap: ppm(45_000) } }), RULES);
    expect(line(lines, 'intake.first-year')?.params).toMatchObject({
      count: 1,
      firstQuarterTotalCents: 92_559,
      yearTotalCents: 92_559,
    });
  });

  it('counts every quarter left in the start year, and uses the estimate the person gives', () => {
    const onMinimum = line(
      intakeConsequences(request({ startDate: toIsoDate('2026-09-01'), today: toIsoDate('2026-08-20') }), RULES),
      'intake.first-year',
    );
    expect(onMinimum?.params).toMatchObject({ count: 2, firstQuarterTotalCents: 89_042, yearTotalCents: 178_084 });
    const onEstimate = line(
      intakeConsequences(
        request({ startDate: toIsoDate('2026-09-01'), today: toIsoDate('2026-08-20'), estimatedIncome: 8_000_000 }),
        RULES,
      ),
      'intake.first-year',
    );
    expect(onEstimate?.params['count']).toBe(2);
    expect(onEstimate?.params['firstQuarterTotalCents']).toBeGreaterThan(89_042);
  });

  it('main primo-starter: adds the primo-starter floor and first-quarter reduction', () => {
    const lines = intakeConsequences(request({ isPrimoStarter: true }), RULES);
    expect(line(lines, 'intake.primo-starter')).toEqual({
      ruleKey: 'intake.primo-starter',
      messageKey: 'explanation.intake.primoStarter',
      params: {
        floorCents: RULES.primoStarterFloor.value,
        reductionCents: RULES.primoStarterFirstQuarterReduction.value,
      },
      source: {
        citation: RULES.primoStarterFloor.source,
        confidence: RULES.primoStarterFloor.confidence,
        isConfirmed: RULES.primoStarterFloor.isConfirmed,
      },
    });
    expect(line(lines, 'intake.first-year')).toBeDefined();
  });

  it('says nothing of the primo-starter regime when it is not asked for', () => {
    expect(line(intakeConsequences(request(), RULES), 'intake.primo-starter')).toBeUndefined();
  });

  it('warns of a late affiliation when the start is more than three months back (AR 38 art. 10)', () => {
    const lines = intakeConsequences(request({ startDate: toIsoDate('2026-08-25') }), RULES);
    expect(line(lines, 'intake.late-affiliation')).toEqual({
      ruleKey: 'intake.late-affiliation',
      messageKey: 'explanation.intake.lateAffiliation',
      params: { startDate: '2026-08-25', today: '2026-11-26' },
      source: null,
    });
    expect(
      line(intakeConsequences(request({ startDate: toIsoDate('2026-08-26') }), RULES), 'intake.late-affiliation'),
    ).toBeUndefined();
  });

  it('gives no first-year line when the contributions cannot be simulated', () => {
    // Primo-starter outside main activity is refused by the simulation (the intake check reports it).
    const refused = intakeConsequences(request({ category: 'complementary', isPrimoStarter: true }), RULES);
    expect(refused.map((candidate) => candidate.ruleKey)).toEqual(['intake.starter', 'intake.complementary-floor']);
    // A start in 2027 while only the 2026 rules are at hand: not subject in 2026.
    const nextYear = intakeConsequences(request({ startDate: toIsoDate('2027-02-01') }), RULES);
    expect(nextYear.map((candidate) => candidate.ruleKey)).toEqual(['intake.starter', 'intake.main-minimum']);
    expect(nextYear[0]?.params).toEqual({ fromYear: 2027, toYear: 2029, firstQuarter: '2027-Q1' });
  });
});
