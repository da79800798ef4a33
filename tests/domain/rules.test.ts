import { describe, expect, test } from 'vitest';
import { addDays, toIsoDate } from '../../shared/domain/calendar';
import { applyFraction } from '../../shared/domain/money';
import { BASE_AMOUNT_KEYS, BASE_AMOUNTS } from '../../shared/rules/base-amounts';
import { MANAGEMENT_FEE_CAP, OBSERVED_FUND_FEES } from '../../shared/rules/management-fees';
import { ALL_YEAR_RULES, lookupRulesFor, lookupRulesForYear, rulesFor, rulesForYear } from '../../shared/rules/index';
import { PLAN_POLICY_RULES } from '../../shared/rules/payment-plan-policy';
import { PAYMENT_ALLOCATION_ORDER, PROCEDURES, SURCHARGE_ROUNDING } from '../../shared/rules/procedures';
import type { RuleValue } from '../../shared/rules/types';

function isRuleValue(node: unknown): node is RuleValue<unknown> {
  return typeof node === 'object' && node !== null && 'value' in node && 'source' in node && 'confidence' in node;
}

/** Every rule value in a tree of rule data, with its path. */
function ruleValues(node: unknown, path: string): [string, RuleValue<unknown>][] {
  if (isRuleValue(node)) return [[path, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, child]) => ruleValues(child, `${path}.${key}`));
}

const ALL_RULE_DATA = {
  years: ALL_YEAR_RULES,
  base: BASE_AMOUNTS,
  cap: MANAGEMENT_FEE_CAP,
  fees: OBSERVED_FUND_FEES,
  plan: PLAN_POLICY_RULES,
  procedures: PROCEDURES,
  allocation: PAYMENT_ALLOCATION_ORDER,
  rounding: SURCHARGE_ROUNDING,
};

describe('rule tables', () => {
  test('cover every date from the first to the last year of the tables, with the rules of that year', () => {
    const first = ALL_YEAR_RULES[0]!;
    const last = ALL_YEAR_RULES.at(-1)!;
    expect(first.validFrom).toBe('2024-01-01');
    for (let date = first.validFrom; date <= last.validUntil; date = addDays(date, 1)) {
      expect(rulesFor(date)?.year, date).toBe(Number(date.slice(0, 4)));
    }
    expect(rulesForYear(2025)?.validFrom).toBe('2025-01-01');
  });

  test('refuse a year without a table with a typed error naming it, instead of borrowing a neighbour', () => {
    const after = addDays(ALL_YEAR_RULES.at(-1)!.validUntil, 1);
    const before = addDays(ALL_YEAR_RULES[0]!.validFrom, -1);
    for (const date of [after, before]) {
      const year = Number(date.slice(0, 4));
      expect(rulesFor(date)).toBeUndefined();
      const refusal = {
        ok: false,
        error: { code: 'rules-year-missing', messageKey: 'errors.rules.yearMissing', params: { year } },
      };
      expect(lookupRulesFor(date)).toEqual(refusal);
      expect(lookupRulesForYear(year)).toEqual(refusal);
    }
    expect(lookupRulesFor(toIsoDate('2026-12-31'))).toEqual({ ok: true, value: rulesForYear(2026) });
  });

  test('give every value a source and a confidence label', () => {
    const values = ruleValues(ALL_RULE_DATA, 'rules');
    expect(values.length).toBeGreaterThan(80);
    for (const [path, rule] of values) {
      expect(rule.source.trim().length, path).toBeGreaterThan(10);
      expect(['official', 'fund', 'third-party', 'derived'], path).toContain(rule.confidence);
      expect(typeof rule.isConfirmed, path).toBe('boolean');
    }
  });

  test('mark as unconfirmed what only third parties or our derivation support', () => {
    for (const [path, rule] of ruleValues(ALL_RULE_DATA, 'rules')) {
      if (rule.confidence === 'third-party') expect(rule.isConfirmed, path).toBe(false);
      if (rule.value === null) expect(rule.isConfirmed, path).toBe(false);
    }
    // The values the research could not confirm carry the mark the UI shows.
    expect(rulesForYear(2026)?.mainMinimumIncome.isConfirmed).toBe(false);
    expect(rulesForYear(2025)?.revaluationFraction.isConfirmed).toBe(false);
    expect(rulesForYear(2025)?.primoStarterFirstQuarterReduction.isConfirmed).toBe(false);
    expect(MANAGEMENT_FEE_CAP.isConfirmed).toBe(false);
    expect(rulesForYear(2024)?.indexationFraction.confidence).toBe('official');
  });

  test.each(ALL_YEAR_RULES.map((rules) => [rules.year, rules] as const))(
    '%i: every indexed amount is its base amount × the year fraction, rounded half-up',
    (_year, rules) => {
      const fraction = rules.indexationFraction.value;
      for (const key of BASE_AMOUNT_KEYS) {
        expect(applyFraction(BASE_AMOUNTS.value[key], fraction, 'half-up'), key).toBe(rules[key].value);
      }
    },
  );

  test.each(ALL_YEAR_RULES.map((rules) => [rules.year, rules] as const))(
    '%i: the student lower threshold is half the main minimum income',
    (_year, rules) => {
      expect(rules.studentLowerThreshold.value * 2).toBe(rules.mainMinimumIncome.value);
    },
  );

  test('the 2024 revaluation fraction is the official 656.54/553.21 (AR 17 December 2023)', () => {
    expect(rulesForYear(2024)?.revaluationFraction.value).toEqual({ numerator: 65_654, denominator: 55_321 });
  });

  test('observed fund fees stay under the cap', () => {
    for (const fee of OBSERVED_FUND_FEES) expect(fee.rate.value).toBeLessThanOrEqual(MANAGEMENT_FEE_CAP.value);
  });
});
