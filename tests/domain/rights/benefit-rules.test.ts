import { describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';
import { ALL_BENEFIT_RULES, benefitRulesFor, benefitRulesForYear } from '../../../shared/rules/benefits/index';

type Found = { readonly path: string; readonly value: Record<string, unknown> };

/** Every rule value (an object with a source and a confidence) inside `node`. */
function ruleValues(node: unknown, path: string): Found[] {
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if ('source' in record && 'confidence' in record) return [{ path, value: record }];
  return Object.entries(record).flatMap(([key, child]) => ruleValues(child, `${path}.${key}`));
}

describe('benefit rule tables', () => {
  it('cover every day from 2024-01-01 to 2026-12-31 with one table, years in order', () => {
    const first = ALL_BENEFIT_RULES[0];
    expect(first?.validFrom).toBe('2024-01-01');
    ALL_BENEFIT_RULES.forEach((rules, index) => {
      expect(rules.validFrom).toBe(`${rules.year}-01-01`);
      expect(rules.validUntil).toBe(`${rules.year}-12-31`);
      const next = ALL_BENEFIT_RULES[index + 1];
      if (next !== undefined) expect(next.validFrom).toBe(addDays(rules.validUntil, 1));
    });
    for (let date = toIsoDate('2024-01-01'); date <= '2026-12-31'; date = addDays(date, 17))
      expect(benefitRulesFor(date)?.year).toBe(Number(date.slice(0, 4)));
    expect(benefitRulesFor(toIsoDate('2023-12-31'))).toBeUndefined();
    expect(benefitRulesFor(toIsoDate('2027-01-01'))).toBeUndefined();
    expect(benefitRulesForYear(2025)?.year).toBe(2025);
    expect(benefitRulesForYear(2027)).toBeUndefined();
  });

  it('give every value a source, a confidence and a confirmation flag; unconfirmed values say why', () => {
    for (const rules of ALL_BENEFIT_RULES) {
      const values = ruleValues(rules, String(rules.year));
      expect(values.length).toBeGreaterThan(25);
      for (const { path, value } of values) {
        expect(typeof value.source === 'string' && value.source.length > 10, path).toBe(true);
        expect(['official', 'fund', 'third-party', 'derived'], path).toContain(value.confidence);
        expect(typeof value.isConfirmed, path).toBe('boolean');
        if (value.confidence === 'third-party') expect(value.isConfirmed, path).toBe(false);
      }
    }
  });

  it('start each year’s bridging-right amounts on its first day, in date order, inside the year', () => {
    for (const rules of ALL_BENEFIT_RULES) {
      const steps = rules.bridgingRight.monthlyAmounts.map((step) => step.value);
      expect(steps[0]?.from).toBe(rules.validFrom);
      steps.forEach((step, index) => {
        expect(step.from <= rules.validUntil).toBe(true);
        expect(step.withFamilyCharge).toBeGreaterThan(step.withoutFamilyCharge);
        const previous = steps[index - 1];
        if (previous !== undefined) expect(previous.from < step.from).toBe(true);
      });
    }
  });

  it('carry the last amounts found into 2025 and 2026 as unconfirmed, with a note saying so', () => {
    for (const year of [2025, 2026]) {
      const step = benefitRulesForYear(year)?.bridgingRight.monthlyAmounts[0];
      expect(step?.isConfirmed).toBe(false);
      expect(step?.note).toContain('carried over');
    }
  });
});
