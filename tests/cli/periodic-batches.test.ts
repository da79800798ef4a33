/**
 * `guichet letters batch --profile DIR --kind due-notice|tax-certificate|company-notice|company-reminder`
 * through the bundled CLI: each kind counts the same letters as the batch screen's source, prints how
 * many case files each reason puts in or leaves out (no personal data), runs with its PDF and manifest,
 * and refuses a missing period before creating anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore } from '../../electron/services/app-core';
import { applyDatabaseKey } from '../../db/profile-encryption';
import { profileKeyOf } from '../fixtures/profile-key';
import { caseFileBatchSource } from '../../electron/services/letters/formal-notice-batch-source';
import { previewBatch, type BatchCriteria } from '../../electron/letters/batch/letter-source';
import { demoFund } from '../../electron/letters/fund-identity';
import { dateParts } from '../../shared/domain/calendar';
import { fundDay } from '../../shared/domain/fund-day';
import { ensureWorkerBundle } from '../../electron/letters/render/worker-bundle';
import { tempDir } from '../fixtures/temp-db';
import { runCli } from './run-cli';

let profile: { dir: string; cleanup(): void };
let output: { dir: string; cleanup(): void };
const today = fundDay(new Date());
const { year, month } = dateParts(today);
const quarter = `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
let branch = '';
const expected: Record<string, number> = {};

function communication(base: number): string {
  const reference = String(base).padStart(10, '0');
  const check = Number(BigInt(reference) % 97n) || 97;
  return `${reference}${String(check).padStart(2, '0')}`;
}

beforeAll(async () => {
  assets.env.GUICHET_LETTERS_WORKER = await ensureWorkerBundle();
  profile = tempDir();
  output = tempDir();
  const core = openAppCore({ profileDir: profile.dir, host: 'browser', demoPersons: 400 });
  const sqlite = core.db.$client;
  branch = sqlite
    .prepare<[], { code: string }>(
      `SELECT b.code FROM companies c JOIN branches b ON b.id = c.branch_id GROUP BY b.code ORDER BY COUNT(*) DESC, b.code LIMIT 1`,
    )
    .get()!.code;
  // This year's company contribution, due on 1 January so that it is late whatever day the test runs.
  const companies = sqlite
    .prepare<[string], { id: string; affiliationId: string }>(
      `SELECT c.id, a.id AS affiliationId FROM companies c JOIN branches b ON b.id = c.branch_id AND b.code = ?
       JOIN affiliations a ON a.company_id = c.id ORDER BY c.enterprise_number`,
    )
    .all(branch);
  const insert = sqlite.prepare(
    `INSERT INTO contributions (id, created_at, updated_at, row_version, company_id, affiliation_id, year, quarter, kind, amount_cents, fee_cents, due_date, status, structured_communication)
     VALUES (?, ?, ?, 1, ?, ?, ?, NULL, 'company', 34750, 0, ?, 'open', ?)`,
  );
  companies.forEach((company, index) =>
    insert.run(
      `cli-company-${index}`,
      `${year}-01-01T09:00:00.000Z`,
      `${year}-01-01T09:00:00.000Z`,
      company.id,
      company.affiliationId,
      year,
      `${year}-01-01`,
      communication(910_000_000 + index),
    ),
  );
  const source = caseFileBatchSource(sqlite, {
    today: () => today,
    advisorName: () => 'back-office',
    fund: () => demoFund(),
  });
  const criteria: Record<string, BatchCriteria> = {
    'due-notice': { kind: 'due-notice', quarter, branchCode: branch },
    'tax-certificate': { kind: 'tax-certificate', year: year - 1, branchCode: branch },
    'company-notice': { kind: 'company-notice', year, branchCode: branch },
    'company-reminder': { kind: 'company-reminder', year, daysAfterDue: 0, branchCode: branch },
  };
  for (const [kind, value] of Object.entries(criteria)) expected[kind] = previewBatch(source, value).count;
  core.close();
}, 120_000);
afterAll(() => {
  profile.cleanup();
  output.cleanup();
});

/**
 * The bundle sits in out/test-cli: the letterhead and fonts are the repository's and the render
 * worker is prebuilt, as the packaged app's are its resources and its shipped worker.
 */
const assets = { env: { GUICHET_ASSETS_DIR: join(import.meta.dirname, '../../assets'), GUICHET_LETTERS_WORKER: '' } };
const base = (kind: string, out: string) => [
  'letters',
  'batch',
  '--profile',
  profile.dir,
  '--kind',
  kind,
  '--branch',
  branch,
  '--out',
  join(output.dir, out),
];

describe('letters batch --profile, periodic kinds (bundled CLI)', { timeout: 180_000 }, () => {
  it('due-notice --quarter: counts like the batch screen and says why each file is in or out', async () => {
    expect(expected['due-notice']).toBeGreaterThan(0);
    const run = await runCli([...base('due-notice', 'dn'), '--quarter', quarter, '--dry-run'], assets);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${expected['due-notice']} letters, total `));
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^ {2}in +${expected['due-notice']} explanation\\.batch\\.contributionDue$`)),
    );
    expect(existsSync(join(output.dir, 'dn', 'letters-journal.sqlite'))).toBe(false);
  });

  it('tax-certificate --year: counts the payers of the year', async () => {
    expect(expected['tax-certificate']).toBeGreaterThan(0);
    const run = await runCli([...base('tax-certificate', 'tc'), '--year', String(year - 1), '--dry-run'], assets);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${expected['tax-certificate']} letters, total `));
    expect(run.stdout).toContain('explanation.batch.paidInYear');
  });

  it('company-notice --year: runs, writes the PDF and the manifest, archives each notice', async () => {
    expect(expected['company-notice']).toBeGreaterThan(0);
    const run = await runCli([...base('company-notice', 'cn'), '--year', String(year), '--workers', '1'], assets);
    expect(run.code, run.stderr).toBe(0);
    const manifest = /^(\S+\.csv) \((\d+) letters\)$/m.exec(run.stdout);
    expect(Number(manifest?.[2])).toBe(expected['company-notice']);
    expect(readFileSync(manifest![1]!, 'utf8').trim().split('\n')).toHaveLength(expected['company-notice']! + 1);
    const sqlite = new Database(join(profile.dir, 'guichet.sqlite'), { readonly: true });
    applyDatabaseKey(sqlite, profileKeyOf(profile.dir));
    try {
      const issued = sqlite
        .prepare<[], { count: number }>(
          `SELECT COUNT(*) AS count FROM issued_letters WHERE kind = 'company-contribution-notice' AND batch_id IS NOT NULL`,
        )
        .get()!;
      expect(issued.count).toBe(expected['company-notice']);
    } finally {
      sqlite.close();
    }
  });

  it('company-reminder --year --days-after-due: counts the companies still unpaid after the due date', async () => {
    expect(expected['company-reminder']).toBeGreaterThan(0);
    const run = await runCli(
      [...base('company-reminder', 'cr'), '--year', String(year), '--days-after-due', '0', '--dry-run'],
      assets,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${expected['company-reminder']} letters, total `));
    expect(run.stdout).toContain('explanation.batch.unpaidAfterDue');
  });

  it('refuses a missing period or an unknown kind, writing nothing', async () => {
    const noQuarter = await runCli(base('due-notice', 'x1'), assets);
    expect(noQuarter.code).toBe(2);
    expect(noQuarter.stderr.trim()).toBe(
      'guichet letters: with --profile --kind due-notice: --quarter YYYY-Qn and --branch CODE are required',
    );
    const noYear = await runCli(base('tax-certificate', 'x2'), assets);
    expect(noYear.code).toBe(2);
    expect(noYear.stderr.trim()).toBe(
      'guichet letters: with --profile --kind tax-certificate: --year YYYY and --branch CODE are required',
    );
    const unknown = await runCli(base('yearly-poem', 'x3'), assets);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--kind must be one of reminder, account-statement, formal-notice, due-notice');
    for (const folder of ['x1', 'x2', 'x3']) expect(existsSync(join(output.dir, folder))).toBe(false);
  });
});
