import { describe, expect, test } from 'vitest';
import { isInvalidInput, runCli, runCliJson } from './run-cli';

describe.concurrent('guichet rights', { timeout: 120_000 }, () => {
  test('bridging-right prints the full month, the months and the explanation keys with their confidence', async () => {
    const run = await runCli([
      'rights',
      'bridging-right',
      '--year',
      '2024',
      '--case',
      'forced-cessation',
      '--career-quarters',
      '60',
      '--months-granted',
      '6',
      '--family-charge',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Full month: 2 007,06 €');
    expect(run.stdout).toContain('Months for this event: 12 (career maximum 24)');
    expect(run.stdout).toContain('rights.bridgingRight.careerMaximum');
    expect(run.stdout).toContain('UNCONFIRMED');
  });

  test('bridging-right --json: 1,638.26 € a month without family charge (UCM page, carried over to 2026), 12 months, sources', async () => {
    const run = await runCliJson([
      'rights',
      'bridging-right',
      '--year',
      '2026',
      '--case',
      'economic',
      '--career-quarters',
      '12',
    ]);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({
      command: 'rights bridging-right',
      year: 2026,
      case: 'economic',
      monthlyCents: 163_826,
      monthly: { cents: 163_826, formatted: '1 638,26 €' },
      months: 12,
      careerMaximumMonths: 12,
      unconfirmedSources: 2,
      explanation: [
        { messageKey: 'rights.bridgingRight.case.economic', source: { confidence: 'official', isConfirmed: true } },
        { messageKey: 'rights.bridgingRight.amountWithoutFamilyCharge', source: { isConfirmed: false } },
        { messageKey: 'rights.bridgingRight.careerMaximum' },
      ],
    });
  });

  test('maternity prints the vouchers and their period; --json gives the same figures', async () => {
    const text = await runCli(['rights', 'maternity', '--birth-date', '2025-03-14', '--stillbirth']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Service vouchers: 105, usable from 2025-03-15 until 2025-11-14');
    expect(text.stdout).toContain('rights.maternityAid.stillbirth');
    const json = await runCliJson(['rights', 'maternity', '--birth-date', '2026-01-31']);
    expect(json.json).toMatchObject({
      command: 'rights maternity',
      vouchers: 105,
      usableFrom: '2026-02-01',
      usableUntil: '2026-09-30',
      isFundInitiative: true,
    });
  });

  test('refuses bad flags with a clear line and exit code 2', async () => {
    const runs = await Promise.all([
      runCli(['rights']),
      runCli(['rights', 'scan-everything']),
      runCli(['rights', 'bridging-right', '--case', 'bankruptcy', '--career-quarters', '4']),
      runCli(['rights', 'bridging-right', '--year', '2026', '--case', 'holiday', '--career-quarters', '4']),
      runCli(['rights', 'bridging-right', '--year', '2026', '--case', 'bankruptcy']),
      runCli(['rights', 'bridging-right', '--year', '2026', '--case', 'bankruptcy', '--career-quarters', '-3']),
      runCli(['rights', 'bridging-right', '--year', '2031', '--case', 'bankruptcy', '--career-quarters', '4']),
      runCli(['rights', 'maternity']),
      runCli(['rights', 'maternity', '--birth-date', '2025-02-30']),
      runCli(['rights', 'maternity', '--birth-date', '2016-05-01']),
      runCli(['rights', 'maternity', '--birth-date', '2025-05-01', '--twins']),
    ]);
    for (const run of runs) expect(isInvalidInput(run), run.stderr).toBe(true);
    expect(runs[0]?.stderr).toContain('a subcommand is required (one of bridging-right, maternity, scan, check)');
    expect(runs[1]?.stderr).toContain("unknown subcommand 'scan-everything'");
    expect(runs[3]?.stderr).toContain("unknown case 'holiday'");
    expect(runs[6]?.stderr).toContain('errors.rules.yearMissing');
  });

  test('lists the rights subcommands in the help', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toContain('guichet rights bridging-right --year 2026');
    expect(run.stdout).toContain('guichet rights maternity --birth-date');
  });
});
