/** The report command line: what it refuses, with exit code 2 and nothing written. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../shared/domain/calendar';
import { parseReportArgs, ReportUsageError } from '../../server/reports/report-command';

const today = '2026-12-06' as IsoDate;

describe('report command line', () => {
  it.each([
    [[]],
    [['nonsense', '--format', 'csv']],
    [['debts']],
    [['debts', '--format', 'pdf']],
    [['debts', '--format', 'xlsx']],
    [['debts', '--format', 'csv', '--from', '2026-02-30']],
    [['debts', '--format', 'csv', '--from', '2026-06-01', '--to', '2026-05-01']],
    [['debts', '--format', 'csv', '--to', '1960-01-01']],
    [['debts', '--format', 'csv', '--branch', ' ']],
    [['debts', 'affiliates', '--format', 'csv']],
    [['debts', '--format', 'csv', '--unknown']],
    [['--list', 'debts']],
  ])('refuses %j with the usage', (args) => {
    expect(() => parseReportArgs(args, today)).toThrow(ReportUsageError);
  });

  it('reads the period, defaulting to the year up to today', () => {
    expect(parseReportArgs(['contributions', '--format', 'json'], today)).toEqual({
      kind: 'run',
      name: 'contributions',
      format: 'json',
      from: '2026-01-01',
      to: today,
      branch: undefined,
      out: undefined,
    });
    expect(parseReportArgs(['affiliates', '--format', 'csv', '--to', '2025-06-30', '--branch', 'NAM'], today)).toEqual(
      expect.objectContaining({ from: '2025-01-01', to: '2025-06-30', branch: 'NAM' }),
    );
    expect(parseReportArgs(['--list'], today)).toEqual({ kind: 'list' });
  });

  it('exits 2 on a bad argument, without opening a database', () => {
    const run = spawnSync('npx', ['tsx', 'server/main.ts', 'report', 'nonsense', '--format', 'csv'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown report "nonsense"');
    expect(run.stdout).toBe('');
    const list = spawnSync('npx', ['tsx', 'server/main.ts', 'report', '--list'], { encoding: 'utf8' });
    expect(list.status).toBe(0);
    for (const name of ['affiliates', 'starters-cessations', 'contributions', 'debts', 'recovery', 'requests'])
      expect(list.stdout).toContain(`${name} (`);
  }, 60_000);
});
