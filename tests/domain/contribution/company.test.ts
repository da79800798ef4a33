import { describe, expect, test } from 'vitest';
import { companyContribution } from '../../../shared/domain/contribution/company';
import type { CompanyRequest } from '../../../shared/domain/contribution/company';
import { cents } from '../../../shared/domain/money';
import { rulesForYear } from '../../../shared/rules/index';

function run(request: CompanyRequest, rulesYear = request.year) {
  return companyContribution(request, rulesForYear(rulesYear)!);
}

describe('annual company contribution', () => {
  test.each([
    // year, balance sheet, expected size, expected amount, source
    [2024, 83_199_083, 'small', 38_734, 'Liantis 2024: ≤ 831,990.83 → 387.34'],
    [2024, 83_199_084, 'large', 96_752, 'Liantis 2024: > 831,990.83 → 967.52'],
    [2025, 85_860_572, 'small', 39_973, 'adeconsultants.webwin.be 2025: ≤ 858,605.72 → 399.73'],
    [2025, 90_000_000, 'large', 99_847, 'adeconsultants.webwin.be 2025: 998.47'],
  ] as const)('%i, balance sheet %i cents → %s %i (%s)', (year, balanceSheet, size, amount, _source) => {
    const outcome = run({ year, balanceSheetTotal: cents(balanceSheet), isInFirstTwoYears: false });
    expect(outcome).toMatchObject({ ok: true, value: { size, amount, dueDate: `${year}-12-31` } });
  });

  test('a new company pays the small amount in its first two years, whatever its balance sheet', () => {
    const outcome = run({ year: 2026, isInFirstTwoYears: true });
    expect(outcome).toMatchObject({ ok: true, value: { size: 'small', amount: 40_930 } });
    if (outcome.ok) expect(outcome.value.explanation[0]?.source?.isConfirmed).toBe(false);
  });

  test('refuses what the rule tables cannot answer, saying which value is missing', () => {
    expect(run({ year: 2026, balanceSheetTotal: cents(1), isInFirstTwoYears: false })).toMatchObject({
      ok: false,
      error: { code: 'rule-value-missing', params: { field: 'balanceSheetThreshold' } },
    });
    expect(run({ year: 2025, isInFirstTwoYears: false })).toMatchObject({
      ok: false,
      error: { code: 'balance-sheet-required' },
    });
    expect(run({ year: 2025, isInFirstTwoYears: true }, 2024)).toMatchObject({
      ok: false,
      error: { code: 'rules-year-mismatch' },
    });
  });

  test('the large amount of 2026 is not known yet', () => {
    const rules = rulesForYear(2026)!;
    const withThreshold = {
      ...rules,
      company: { ...rules.company, balanceSheetThreshold: { ...rules.company.balanceSheetThreshold, value: cents(1) } },
    };
    expect(
      companyContribution({ year: 2026, balanceSheetTotal: cents(2), isInFirstTwoYears: false }, withThreshold),
    ).toMatchObject({
      ok: false,
      error: { code: 'rule-value-missing', params: { field: 'largeAmount' } },
    });
    const withoutSmall = {
      ...rules,
      company: { ...rules.company, smallAmount: { ...rules.company.smallAmount, value: null } },
    };
    expect(companyContribution({ year: 2026, isInFirstTwoYears: true }, withoutSmall)).toMatchObject({
      ok: false,
      error: { code: 'rule-value-missing', params: { field: 'smallAmount' } },
    });
  });
});
