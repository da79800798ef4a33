import { describe, expect, test } from 'vitest';
import { isInvalidInput, runCli, runCliJson, writeCaseFile } from './run-cli';

const CASE_FILE = {
  contributions: [
    { id: '2026-Q1', principal: '871.71', dueDate: '2026-03-31' },
    { id: '2026-Q2', principalCents: 87_171, dueDate: '2026-06-30', description: 'provisional Q2' },
    { id: '2026-Q4', principal: '871.71', dueDate: '2026-12-31', claimedOn: '2026-10-05' },
  ],
  payments: [{ date: '2026-05-15', amount: '500', claimId: '2026-Q1' }],
  history: { brokenPlans: ['2025-02-01'], hasJudicialProcedure: false, hasActivePlan: false },
};

describe.concurrent('guichet surcharges', { timeout: 120_000 }, () => {
  test('lists the surcharges with their dates, and the totals', async () => {
    const run = await runCli(['surcharges', '--file', writeCaseFile(CASE_FILE), '--at', '2026-11-26']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2026-03-31 +2026-Q1 +quarterly +871,71 € +3 % +26,15 €/);
    expect(run.stdout).toMatch(/2026-06-30 +2026-Q1 +quarterly +371,71 € +3 % +11,15 €/);
    expect(run.stdout).toContain('total open 2 215,88 €');
    expect(run.stdout).toContain('explanation.surcharge.allocationOrder');
  });

  test('--json: surcharges, allocations, balances and totals in cents', async () => {
    const run = await runCliJson(['surcharges', '--file', writeCaseFile(CASE_FILE), '--at', '2026-11-26']);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({
      command: 'surcharges',
      at: '2026-11-26',
      surcharges: expect.arrayContaining([
        {
          claimId: '2026-Q2',
          kind: 'quarterly',
          date: '2026-09-30',
          base: { cents: 87_171, formatted: '871,71 €' },
          ratePpm: 30_000,
          amount: { cents: 2_615, formatted: '26,15 €' },
        },
      ]),
      allocations: [
        {
          paymentIndex: 0,
          paymentDate: '2026-05-15',
          target: 'principal',
          claimId: '2026-Q1',
          surchargeDate: null,
          amount: { cents: 50_000 },
        },
      ],
      totals: {
        principalOpen: { cents: 37_171 + 87_171 + 87_171 },
        surchargesCharged: { cents: 2_615 + 1_115 + 1_115 + 2_615 + 2_615 },
      },
    });
  });

  test.each([
    [['surcharges', '--at', '2026-11-26'], '--file is required'],
    [['surcharges', '--file', '/nonexistent/debts.json', '--at', '2026-11-26'], 'cannot read'],
    [['surcharges', '--file', 'CASE', '--at', '2026-13-01'], 'not a date'],
    [['surcharges', '--file', 'CASE'], '--at is required'],
    [['surcharges', '--file', 'CASE', '--at', '2028-01-01'], 'no rule table covers 2028-01-01'],
    [['surcharges', '--file', 'BROKEN', '--at', '2026-11-26'], 'not valid JSON'],
    [['surcharges', '--file', 'BADDATE', '--at', '2026-11-26'], 'contributions[0].dueDate: must be a date'],
    [['surcharges', '--file', 'BADAMOUNT', '--at', '2026-11-26'], 'payments[0].amount: must be an amount'],
    [['surcharges', '--file', 'DUPLICATE', '--at', '2026-11-26'], 'duplicate claim id'],
  ])('%j → exit 2: %s', async (args, message) => {
    const files: Record<string, string> = {
      CASE: writeCaseFile(CASE_FILE),
      BROKEN: writeCaseFile('{ "contributions": ['),
      BADDATE: writeCaseFile({ contributions: [{ id: 'a', principal: '1', dueDate: '31/03/2026' }] }),
      BADAMOUNT: writeCaseFile({
        contributions: [{ id: 'a', principal: '1', dueDate: '2026-03-31' }],
        payments: [{ date: '2026-04-01', amount: 12 }],
      }),
      DUPLICATE: writeCaseFile({
        contributions: [
          { id: 'a', principal: '1', dueDate: '2026-03-31' },
          { id: 'a', principal: '1', dueDate: '2026-03-31' },
        ],
      }),
    };
    const run = await runCli(args.map((arg) => files[arg] ?? arg));
    expect(isInvalidInput(run), run.stderr).toBe(true);
    expect(run.stderr).toContain(message);
  });
});

describe.concurrent('guichet plan', { timeout: 120_000 }, () => {
  test('--months: advance, equal instalments, the last adjusted; running surcharges; missed-instalment rule', async () => {
    const run = await runCliJson([
      'plan',
      '--file',
      writeCaseFile(CASE_FILE),
      '--start',
      '2026-12-01',
      '--at',
      '2026-11-26',
      '--months',
      '10',
    ]);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({
      command: 'plan',
      debt: {
        principal: { cents: 37_171 + 87_171 },
        surcharges: { cents: 2_615 + 1_115 + 1_115 + 2_615 + 2_615 },
        total: { cents: 134_417 },
      },
      total: { cents: 134_417 },
      months: 10,
      endDate: '2027-10-01',
      isEligible: true,
      instalments: expect.arrayContaining([
        { number: 0, kind: 'advance', dueDate: '2026-12-01', amount: { cents: 44_806, formatted: '448,06 €' } },
        { number: 10, kind: 'instalment', dueDate: '2027-10-01', amount: { cents: 8_962, formatted: '89,62 €' } },
      ]),
      onMissedInstalment: { toleratedMisses: 0, graceDays: 0, messageKey: 'explanation.plan.missed.lapsesAtFirstMiss' },
    });
  });

  test('--instalment in human output, and the refusal reasons of the policy', async () => {
    const run = await runCli([
      'plan',
      '--file',
      writeCaseFile(CASE_FILE),
      '--start',
      '2026-12-01',
      '--instalment',
      '50',
      '--tolerated-misses',
      '1',
      '--grace-days',
      '5',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('NOT eligible under the fund policy: explanation.plan.refused.durationExceedsMaximum');
    expect(run.stdout).toContain('Surcharges still charged during the plan:');
    expect(run.stdout).toContain('explanation.plan.missed.lapsesAfterTolerance');
  });

  test.each([
    [['plan', '--file', 'CASE', '--start', '2026-12-01'], 'give either --months or --instalment'],
    [['plan', '--file', 'CASE', '--start', '2026-12-01', '--months', '10', '--instalment', '250'], 'not both'],
    [['plan', '--file', 'CASE', '--start', '2026-12-01', '--months', '0'], 'whole number from 1 to 120'],
    [['plan', '--file', 'CASE', '--start', '2026-12-01', '--instalment', '0'], 'more than 0'],
    [['plan', '--file', 'CASE', '--months', '10'], '--start is required'],
    [['plan', '--file', 'CASE', '--start', '2026-12-01', '--at', '2026-12-02', '--months', '10'], 'start before at'],
    [
      ['plan', '--file', 'CASE', '--start', '2026-12-01', '--months', '10', '--advance', '99999'],
      'advance covers debt',
    ],
  ])('%j → exit 2: %s', async (args, message) => {
    const caseFile = writeCaseFile(CASE_FILE);
    const run = await runCli(args.map((arg) => (arg === 'CASE' ? caseFile : arg)));
    expect(isInvalidInput(run), run.stderr).toBe(true);
    expect(run.stderr).toContain(message);
  });
});
