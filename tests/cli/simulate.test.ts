import { describe, expect, test } from 'vitest';
import { isInvalidInput, runCli, runCliJson } from './run-cli';

describe.concurrent('guichet simulate', { timeout: 120_000 }, () => {
  test('prints the quarterly amounts, the regularisation and the explanation keys', async () => {
    const run = await runCli([
      'simulate',
      '--year',
      '2026',
      '--category',
      'main',
      '--income',
      '45000',
      '--start',
      '2026-04-01',
      '--fee-rate',
      '3.95',
      '--reference-income',
      '40000',
      '--reference-year',
      '2023',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2026-Q2  main               3 075,00 €   121,46 €    3 196,46 €  2026-06-30');
    expect(run.stdout).toContain('Provisional contributions — annual income 42 894,51 €');
    expect(run.stdout).toContain('Regularisation: supplement 2 629,98 €');
    expect(run.stdout).toContain('UNCONFIRMED');
    expect(run.stdout).toContain('explanation.contribution.annualised');
  });

  test('--json gives cents and formatted amounts, and the explanation with sources', async () => {
    const run = await runCliJson([
      'simulate',
      '--year',
      '2025',
      '--category',
      'main',
      '--income',
      '0',
      '--fee-rate',
      '4.05',
    ]);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({
      command: 'simulate',
      year: 2025,
      category: 'main',
      feeRate: { ppm: 40_500, percent: '4.05' },
      definitive: {
        annualIncome: { cents: 0, formatted: '0,00 €' },
        quarters: expect.arrayContaining([
          {
            quarter: '2025-Q1',
            regime: 'main',
            contribution: { cents: 87_171, formatted: '871,71 €' },
            fee: { cents: 3_530, formatted: '35,30 €' },
            total: { cents: 90_701, formatted: '907,01 €' },
            dueDate: '2025-03-31',
          },
        ]),
        totals: { contribution: { cents: 348_684, formatted: '3 486,84 €' } },
      },
      provisional: null,
      regularisation: null,
      explanation: expect.arrayContaining([
        expect.objectContaining({
          messageKey: 'explanation.contribution.minimumIncomeApplied',
          source: expect.objectContaining({ confidence: 'fund', isConfirmed: true }),
        }),
      ]),
    });
  });

  test('--starter with an estimate', async () => {
    const starter = await runCliJson([
      'simulate',
      '--year',
      '2026',
      '--category',
      'complementary',
      '--income',
      '5000',
      '--starter',
      '--estimate',
      '3000',
    ]);
    expect(starter.json).toMatchObject({ provisional: { annualIncome: { cents: 300_000 } } });
  });

  test('--requested-income (reduction or increase of the provisional base)', async () => {
    const requested = await runCliJson([
      'simulate',
      '--year',
      '2026',
      '--category',
      'main',
      '--income',
      '30000',
      '--requested-income',
      '20000',
    ]);
    expect(requested.json).toMatchObject({
      provisional: { annualIncome: { cents: 2_000_000 } },
      regularisation: { kind: 'supplement' },
    });
  });

  test('--opt-out at pension age keeps the pensioner formula in Q4 2025', async () => {
    const optOut = await runCliJson([
      'simulate',
      '--year',
      '2025',
      '--category',
      'pension-age',
      '--income',
      '0',
      '--opt-out',
      '--end',
      '2025-12-31',
    ]);
    expect(optOut.json).toMatchObject({ definitive: { totals: { contribution: { cents: 0 } } } });
  });

  test('company: large company 2025 paid on 15 February 2026 → two months of 1 % (9.98 each)', async () => {
    const company = await runCliJson([
      'company',
      '--year',
      '2025',
      '--balance-sheet',
      '900000',
      '--paid-on',
      '2026-02-15',
    ]);
    expect(company.json).toMatchObject({
      size: 'large',
      amount: { cents: 99_847 },
      late: { totals: { surchargesCharged: { cents: 2 * 998 } } },
    });
    const human = await runCli(['company', '--year', '2024', '--first-two-years']);
    expect(human.stdout).toContain('Company contribution 2024: small, 387,34 €, due 2024-12-31');
  });

  test.each([
    [['simulate', '--category', 'main', '--income', '1'], '--year is required'],
    [['simulate', '--year', '2023', '--category', 'main', '--income', '1'], 'no rule table for 2023'],
    [['simulate', '--year', 'twenty', '--category', 'main', '--income', '1'], 'whole number'],
    [['simulate', '--year', '2026', '--category', 'boss', '--income', '1'], "unknown category 'boss'"],
    [['simulate', '--year', '2026', '--category', 'main'], '--income is required'],
    [['simulate', '--year', '2026', '--category', 'main', '--income', 'lots'], 'not an amount'],
    [['simulate', '--year', '2026', '--category', 'main', '--income', '1', '--start', '2026-02-30'], 'not a date'],
    [['simulate', '--year', '2026', '--category', 'main', '--income', '1', '--fee-rate', '5'], 'fee rate above cap'],
    [['simulate', '--year', '2026', '--category', 'main', '--income', '1', '--fee-rate', 'x'], 'not a percentage'],
    [['simulate', '--year', '2026', '--category', 'main', '--income', '1', '--reference-income', '1'], 'go together'],
    [
      [
        'simulate',
        '--year',
        '2026',
        '--category',
        'main',
        '--income',
        '1',
        '--reference-income',
        '1',
        '--reference-year',
        '2022',
      ],
      'reference year mismatch',
    ],
    [
      ['simulate', '--year', '2026', '--category', 'starter', '--income', '1', '--requested-income', '1'],
      'choose one provisional basis',
    ],
    [['simulate', '--year', '2026', '--category', 'main', '--income', '1', '--opt-out'], 'opt out pension age only'],
    [['simulate', '--year', '2026', '--category', 'main', '--income', '1', '--bogus'], "Unknown option '--bogus'"],
    [
      [
        'simulate',
        '--year',
        '2025',
        '--category',
        'main',
        '--income',
        '1',
        '--reference-income',
        '1',
        '--reference-year',
        '2022',
      ],
      'field=revaluationFraction',
    ],
    [['company', '--year', '2026', '--balance-sheet', '1'], 'rule value missing'],
    [['company', '--year', '2025'], 'balance sheet required'],
  ])('%j → exit 2: %s', async (args, message) => {
    const run = await runCli(args);
    expect(isInvalidInput(run), run.stderr).toBe(true);
    expect(run.stderr).toContain(message);
  });
});

describe('guichet (no or unknown command)', { timeout: 120_000 }, () => {
  test('--help lists the commands; no command is invalid input; an unknown one too', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('guichet simulate --year 2026');
    expect((await runCli(['simulate', '--help'])).stdout).toContain('Usage: guichet simulate');
    expect((await runCli([])).code).toBe(2);
    expect(isInvalidInput(await runCli(['frobnicate']))).toBe(true);
  });
});

describe('the CLI as npm run cli starts it (through tsx)', { timeout: 120_000 }, () => {
  test('runs from its TypeScript source and gives the same answer as the bundle', async () => {
    const args = ['simulate', '--year', '2026', '--category', 'main', '--income', '0', '--json'];
    const [viaTsx, bundled] = await Promise.all([runCli(args, { viaTsx: true }), runCli(args)]);
    expect(viaTsx.code).toBe(0);
    expect(viaTsx.stdout).toBe(bundled.stdout);
  });
});
