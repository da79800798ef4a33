/**
 * Follows docs/how-to/add-a-rule-year.md steps 1 and 2 on a temporary copy of shared/rules (and the
 * shared/domain it imports), with a fake 2027 copied from 2026: the new year is served, the next one
 * is still refused, and the real tables are left alone.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toIsoDate } from '../../shared/domain/calendar';
import * as realRules from '../../shared/rules/index';

const repositoryRoot = join(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'guichet-rule-year-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function replaceAll(text: string, pairs: readonly (readonly [string, string])[]): string {
  return pairs.reduce((result, [from, to]) => {
    if (!result.includes(from)) throw new Error(`the how-to's step no longer applies: "${from}" not found`);
    return result.split(from).join(to);
  }, text);
}

/** Step 1: copy the last year's file and move it to 2027. Step 2: list it in ALL_YEAR_RULES. */
function addFakeYear(rulesFolder: string): void {
  const lastYear = readFileSync(join(rulesFolder, '2026.ts'), 'utf8');
  writeFileSync(
    join(rulesFolder, '2027.ts'),
    replaceAll(lastYear, [
      ['RULES_2026', 'RULES_2027'],
      ['year: 2026,', 'year: 2027,'],
      ["toIsoDate('2026-01-01')", "toIsoDate('2027-01-01')"],
      ["toIsoDate('2026-12-31')", "toIsoDate('2027-12-31')"],
    ]),
  );
  const index = readFileSync(join(rulesFolder, 'index.ts'), 'utf8');
  writeFileSync(
    join(rulesFolder, 'index.ts'),
    replaceAll(index, [
      [
        "import { RULES_2026 } from './2026';",
        "import { RULES_2026 } from './2026';\nimport { RULES_2027 } from './2027';",
      ],
      ['RULES_2025, RULES_2026]', 'RULES_2025, RULES_2026, RULES_2027]'],
    ]),
  );
}

describe('the how-to "add a rule year", followed on a copy', () => {
  it('serves 2027 once its file is listed, and still refuses 2028', async () => {
    for (const folder of ['rules', 'domain']) {
      cpSync(join(repositoryRoot, 'shared', folder), join(copy, 'shared', folder), { recursive: true });
    }
    addFakeYear(join(copy, 'shared/rules'));
    const rules = (await import(join(copy, 'shared/rules/index.ts'))) as typeof realRules;

    expect(rules.ALL_YEAR_RULES.map((year) => year.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(rules.rulesFor(toIsoDate('2027-06-30'))?.year).toBe(2027);
    expect(rules.lookupRulesFor(toIsoDate('2027-12-31'))).toMatchObject({ ok: true, value: { year: 2027 } });
    expect(rules.rulesForYear(2027)?.company.dueDate.value).toBe('2027-12-31');
    expect(rules.lookupRulesFor(toIsoDate('2028-01-01'))).toEqual({
      ok: false,
      error: { code: 'rules-year-missing', messageKey: 'errors.rules.yearMissing', params: { year: 2028 } },
    });
    // The real tables did not change.
    expect(realRules.lookupRulesForYear(2027).ok).toBe(false);
  });

  it('names in the how-to the files the steps touch and the tests to run', () => {
    const howTo = readFileSync(join(repositoryRoot, 'docs/how-to/add-a-rule-year.md'), 'utf8');
    for (const name of [
      'shared/rules/2027.ts',
      'shared/rules/index.ts',
      'ALL_YEAR_RULES',
      'tests/domain/rules.test.ts',
      'tests/domain/contribution/published-figures.ts',
      'errors.rules.yearMissing',
    ]) {
      expect(howTo, name).toContain(name);
    }
  });
});
