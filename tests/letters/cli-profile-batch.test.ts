/**
 * The nightly job: `guichet letters batch --profile DIR …` runs the same reminder batch as the batch
 * screen, from a profile's case files, headless. Its count equals the screen's preview, and the run
 * gives one merged PDF and a manifest with one row per letter, each case file once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLettersCommand } from '../../electron/cli/commands/letters';
import { fundDay } from '../../shared/domain/fund-day';
import { openAppCore } from '../../electron/services/app-core';
import { reminderBatchSource } from '../../electron/services/letters/reminder-batch-source';
import { previewBatch } from '../../electron/letters/batch/letter-source';
import { tempDir } from '../fixtures/temp-db';

let profile: { dir: string; cleanup(): void };
let output: { dir: string; cleanup(): void };
let expected: { count: number; totalCents: number };
const criteria = { kind: 'reminder' as const, quarter: '2026-Q3', branchCode: 'BXL', daysAfterDue: 0 };

beforeAll(() => {
  profile = tempDir();
  output = tempDir();
  // A stand-alone profile with the demo data and its ledger history, as `npm start -- --no-head-office` makes.
  const core = openAppCore({ profileDir: profile.dir, host: 'browser', demoPersons: 600 });
  expected = previewBatch(
    reminderBatchSource(core.db.$client, { today: () => fundDay(new Date()), advisorName: () => 'x' }),
    criteria,
  );
  core.close();
}, 120_000);
afterAll(() => {
  profile.cleanup();
  output.cleanup();
});

function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  return runLettersCommand(args, { out: (line) => out.push(line), err: (line) => err.push(line) }).then((code) => ({
    code,
    out,
    err,
  }));
}

describe('letters batch --profile', () => {
  it('counts like the batch screen, then issues each reminder once in one PDF and its manifest', async () => {
    expect(expected.count).toBeGreaterThan(0);
    const args = [
      'batch',
      '--profile',
      profile.dir,
      '--quarter',
      criteria.quarter,
      '--branch',
      criteria.branchCode,
      '--days-after-due',
      '0',
      '--out',
      output.dir,
      '--workers',
      '1',
    ];
    const dry = await run([...args, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out[0]).toMatch(new RegExp(`^${expected.count} letters, total `));

    const done = await run(args);
    expect(done.code, done.err.join('\n')).toBe(0);
    const manifestLine = done.out.find((line) => line.endsWith(`(${expected.count} letters)`));
    expect(manifestLine).toBeDefined();
    const rows = readFileSync((manifestLine as string).replace(/ \(\d+ letters\)$/, ''), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    expect(rows).toHaveLength(expected.count);
    expect(new Set(rows.map((row) => row.split(',')[1])).size).toBe(expected.count);
  }, 180_000);

  it('refuses incomplete criteria with exit code 2 and writes nothing', async () => {
    const refused = await run([
      'batch',
      '--profile',
      profile.dir,
      '--quarter',
      '2026-Q3',
      '--out',
      join(output.dir, 'none'),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.out).toEqual([]);
    expect(refused.err).toEqual([
      'guichet letters: with --profile: --quarter YYYY-Qn and --branch CODE are required for reminders, --branch CODE for formal notices',
    ]);
    expect(existsSync(join(output.dir, 'none'))).toBe(false);
  });
});
