/**
 * `guichet letters batch --profile DIR --kind formal-notice --branch CODE`: the nightly job counts the
 * same formal notices as the batch screen (the debtors the recovery path has brought to one), and
 * refuses without a branch.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLettersCommand } from '../../electron/cli/commands/letters';
import { openAppCore } from '../../electron/services/app-core';
import { formalNoticeCandidates } from '../../electron/services/letters/formal-notice-batch-source';
import { addDays, toIsoDate } from '../../shared/domain/calendar';
import { fundDay } from '../../shared/domain/fund-day';
import { tempDir } from '../fixtures/temp-db';

let profile: { dir: string; cleanup(): void };
let output: { dir: string; cleanup(): void };
let expectedCount = 0;

beforeAll(() => {
  profile = tempDir();
  output = tempDir();
  const core = openAppCore({ profileDir: profile.dir, host: 'browser', demoPersons: 600 });
  const sqlite = core.db.$client;
  const today = toIsoDate(fundDay(new Date()));
  // The fund's letter history: a reminder and an account statement, each after its delay, to old debtors.
  const debtors = sqlite
    .prepare<[string], { niss: string; oldestDue: string }>(
      `SELECT p.niss, MIN(c.due_date) AS oldestDue FROM persons p JOIN branches b ON b.id = p.branch_id AND b.code = 'NAM'
       JOIN contributions c ON c.person_id = p.id AND c.status = 'open'
         AND c.amount_cents + c.fee_cents > (SELECT COALESCE(SUM(y.amount_cents), 0) FROM payments y WHERE y.person_id = p.id AND y.contribution_id = c.id)
       GROUP BY p.id HAVING MIN(c.due_date) <= ? ORDER BY p.niss LIMIT 10`,
    )
    .all(addDays(today, -130));
  const insert = sqlite.prepare(
    `INSERT INTO issued_letters (id, kind, case_reference, language, input, pdf_sha256, pdf_file, first_page, last_page, advisor_name, issued_at)
     VALUES (?, ?, ?, 'fr', '{}', '', '', 1, 1, 'History', ?)`,
  );
  for (const { niss, oldestDue } of debtors) {
    insert.run(`${niss}-r`, 'reminder', niss, `${addDays(toIsoDate(oldestDue), 35)}T09:00:00.000Z`);
    insert.run(`${niss}-s`, 'account-statement', niss, `${addDays(toIsoDate(oldestDue), 70)}T09:00:00.000Z`);
  }
  expectedCount = formalNoticeCandidates(sqlite, today, 'NAM').length;
  core.close();
}, 120_000);
afterAll(() => {
  profile.cleanup();
  output.cleanup();
});

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runLettersCommand(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('letters batch --profile --kind formal-notice', () => {
  it('counts the debtors the recovery path has brought to a formal notice', async () => {
    expect(expectedCount).toBeGreaterThan(0);
    const counted = await run(
      [
        'batch',
        '--profile',
        profile.dir,
        '--kind',
        'formal-notice',
        '--branch',
        'NAM',
        '--out',
        join(output.dir, 'fn'),
      ].concat('--dry-run'),
    );
    expect(counted.code).toBe(0);
    expect(counted.out[0]).toMatch(new RegExp(`^${expectedCount} letters, total `));
  });

  it('refuses without a branch, writing nothing', async () => {
    const refused = await run([
      'batch',
      '--profile',
      profile.dir,
      '--kind',
      'formal-notice',
      '--out',
      join(output.dir, 'x'),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual(['guichet letters: with --profile --kind formal-notice: --branch CODE is required']);
    expect(existsSync(join(output.dir, 'x'))).toBe(false);
  });
});
