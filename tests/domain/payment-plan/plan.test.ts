import { describe, expect, test } from 'vitest';
import { toIsoDate } from '../../../shared/domain/calendar';
import { cents } from '../../../shared/domain/money';
import { assessPlan } from '../../../shared/domain/payment-plan/compliance';
import { draftPaymentPlan } from '../../../shared/domain/payment-plan/plan';
import { defaultPlanPolicy } from '../../../shared/domain/payment-plan/policy';
import type { PaymentPlan, PlanRequest } from '../../../shared/domain/payment-plan/types';
import type { Claim, Payment } from '../../../shared/domain/surcharge/types';
import { STANDARD_SURCHARGES } from '../../../shared/rules/common';

const q1: Claim = { id: '2026-Q1', kind: 'contribution', principal: cents(87_171), dueDate: toIsoDate('2026-03-31') };
const q2: Claim = { id: '2026-Q2', kind: 'contribution', principal: cents(87_171), dueDate: toIsoDate('2026-06-30') };
const q4: Claim = { id: '2026-Q4', kind: 'contribution', principal: cents(87_171), dueDate: toIsoDate('2026-12-31') };
const pay = (date: string, amount: number, claimId?: string): Payment => ({
  date: toIsoDate(date),
  amount: cents(amount),
  ...(claimId === undefined ? {} : { claimId }),
});

function request(overrides: Partial<PlanRequest> = {}): PlanRequest {
  return {
    claims: [q1, q2, q4],
    payments: [],
    at: toIsoDate('2026-11-26'),
    start: toIsoDate('2026-12-01'),
    terms: { kind: 'months', months: 10 },
    history: { brokenPlans: [], hasJudicialProcedure: false, hasActivePlan: false },
    policy: defaultPlanPolicy(),
    rates: STANDARD_SURCHARGES,
    ...overrides,
  };
}

function plan(overrides: Partial<PlanRequest> = {}): PaymentPlan {
  const outcome = draftPaymentPlan(request(overrides));
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.value;
}

const refusalKeys = (drafted: PaymentPlan) => drafted.refusals.map((line) => line.messageKey);

describe('drafting a plan', () => {
  test('takes only the debts already due, with their surcharges, and splits them exactly', () => {
    const drafted = plan();
    // Q1: 3 × 26.15, Q2: 2 × 26.15; Q4 (due 31/12) is not in the plan.
    expect(drafted.debt).toEqual({ principal: 174_342, surcharges: 13_075, total: 187_417 });
    // advance ⌈1,874.17 / 3⌉ = 624.73; 1,249.44 over 10 months: 9 × 124.94 + 124.98
    expect(drafted.instalments.map((instalment) => [instalment.kind, instalment.dueDate, instalment.amount])).toEqual([
      ['advance', '2026-12-01', 62_473],
      ['instalment', '2027-01-01', 12_494],
      ['instalment', '2027-02-01', 12_494],
      ['instalment', '2027-03-01', 12_494],
      ['instalment', '2027-04-01', 12_494],
      ['instalment', '2027-05-01', 12_494],
      ['instalment', '2027-06-01', 12_494],
      ['instalment', '2027-07-01', 12_494],
      ['instalment', '2027-08-01', 12_494],
      ['instalment', '2027-09-01', 12_494],
      ['instalment', '2027-10-01', 12_498],
    ]);
    expect(drafted.total).toBe(drafted.debt.total);
    expect([drafted.months, drafted.endDate, drafted.isEligible]).toEqual([10, '2027-10-01', true]);
    expect(drafted.explanation.map((line) => line.messageKey)).toContain('explanation.plan.eligible');
  });

  test('with an instalment amount, the last instalment takes what is left', () => {
    const drafted = plan({ terms: { kind: 'instalment', amount: cents(25_000) } });
    expect(drafted.instalments.map((instalment) => instalment.amount)).toEqual([
      62_473, 25_000, 25_000, 25_000, 25_000, 24_944,
    ]);
    expect(drafted.total).toBe(187_417);
  });

  test('lists the surcharges that keep running while the plan is respected', () => {
    const drafted = plan();
    expect(drafted.runningSurcharges.items.length).toBeGreaterThan(0);
    expect(drafted.runningSurcharges.items.every((surcharge) => surcharge.date > '2026-11-26')).toBe(true);
    // After the advance, Q1 keeps 246.98 unpaid: 3 % on 31/12 = 7.41 and 7 % on 1/1 = 17.29.
    expect(
      drafted.runningSurcharges.items
        .slice(0, 2)
        .map((surcharge) => [surcharge.claimId, surcharge.date, surcharge.amount]),
    ).toEqual([
      ['2026-Q1', '2026-12-31', 741],
      ['2026-Q2', '2026-12-31', 2_615],
    ]);
    expect(drafted.runningSurcharges.total).toBe(
      drafted.runningSurcharges.items.reduce((sum, item) => sum + item.amount, 0),
    );
  });

  test('a larger advance is allowed; payments designated to a claim outside the plan are left out', () => {
    const drafted = plan({ advance: cents(100_000), payments: [pay('2026-11-01', 50_000, '2026-Q4')] });
    expect(drafted.instalments[0]?.amount).toBe(100_000);
    expect(drafted.debt.total).toBe(187_417);
  });

  test('says what a missed instalment does', () => {
    expect(plan().onMissedInstalment).toEqual({
      toleratedMisses: 0,
      graceDays: 0,
      messageKey: 'explanation.plan.missed.lapsesAtFirstMiss',
    });
    const lenient = plan({ policy: defaultPlanPolicy({ missedInstalment: { toleratedMisses: 1, graceDays: 10 } }) });
    expect(lenient.onMissedInstalment.messageKey).toBe('explanation.plan.missed.lapsesAfterTolerance');
  });
});

describe('the fund policy, with plain-language reasons', () => {
  test.each([
    [
      { history: { brokenPlans: [], hasJudicialProcedure: true, hasActivePlan: false } },
      'explanation.plan.refused.judicialProcedure',
    ],
    [
      {
        history: {
          brokenPlans: [{ brokenOn: toIsoDate('2024-01-15') }, { brokenOn: toIsoDate('2026-02-01') }],
          hasJudicialProcedure: false,
          hasActivePlan: false,
        },
      },
      'explanation.plan.refused.tooManyBrokenPlans',
    ],
    [
      { history: { brokenPlans: [], hasJudicialProcedure: false, hasActivePlan: true } },
      'explanation.plan.refused.activePlan',
    ],
    [{ terms: { kind: 'months', months: 13 } }, 'explanation.plan.refused.durationExceedsMaximum'],
    [{ advance: cents(10_000) }, 'explanation.plan.refused.advanceBelowMinimum'],
  ] satisfies [Partial<PlanRequest>, string][])('%o → %s', (overrides, messageKey) => {
    const drafted = plan(overrides);
    expect(drafted.isEligible).toBe(false);
    expect(refusalKeys(drafted)).toEqual([messageKey]);
  });

  test('broken plans count only within the window of 3 years before the start', () => {
    const old = plan({
      history: {
        brokenPlans: [{ brokenOn: toIsoDate('2023-11-30') }, { brokenOn: toIsoDate('2026-02-01') }],
        hasJudicialProcedure: false,
        hasActivePlan: false,
      },
    });
    expect(old.isEligible).toBe(true);
  });
});

describe('refusals', () => {
  test.each([
    [{ start: toIsoDate('2026-11-01') }, 'start-before-at'],
    [{ terms: { kind: 'months', months: 0 } }, 'invalid-months'],
    [{ terms: { kind: 'months', months: 1.5 } }, 'invalid-months'],
    [{ terms: { kind: 'instalment', amount: cents(0) } }, 'invalid-instalment'],
    [{ claims: [q4] }, 'no-open-debt'],
    [{ claims: [q1], payments: [pay('2026-03-31', 87_171)] }, 'no-open-debt'],
    [{ advance: cents(187_417) }, 'advance-covers-debt'],
    [{ claims: [q1, q1] }, 'duplicate-claim-id'],
  ] satisfies [Partial<PlanRequest>, string][])('%o → %s', (overrides, code) => {
    expect(draftPaymentPlan(request(overrides))).toMatchObject({ ok: false, error: { code } });
  });
});

describe('a missed instalment', () => {
  const drafted = plan();
  const onTime = drafted.instalments.map((instalment) => pay(instalment.dueDate, instalment.amount));

  test('the plan is on track while every instalment is paid by its due date', () => {
    expect(assessPlan(drafted, onTime.slice(0, 3), toIsoDate('2027-02-15'), drafted.onMissedInstalment)).toMatchObject({
      status: 'on-track',
      missedInstalments: [],
      lapsedOn: null,
    });
    expect(assessPlan(drafted, onTime, toIsoDate('2027-10-02'), drafted.onMissedInstalment)).toMatchObject({
      status: 'completed',
    });
  });

  test('by default the plan lapses the day after the first missed instalment', () => {
    const status = assessPlan(drafted, onTime.slice(0, 2), toIsoDate('2027-04-01'), drafted.onMissedInstalment);
    expect(status).toMatchObject({ status: 'lapsed', missedInstalments: [2], lapsedOn: '2027-02-02' });
    expect(status.explanation.map((line) => line.messageKey)).toEqual([
      'explanation.plan.status.missedInstalment',
      'explanation.plan.status.lapsed',
    ]);
  });

  test('a configured tolerance and grace period keep the plan alive for one late instalment', () => {
    const late = [...onTime.slice(0, 2), pay('2027-02-08', 12_494), ...onTime.slice(3, 5)];
    const policy = { toleratedMisses: 1, graceDays: 5 };
    expect(assessPlan(drafted, late, toIsoDate('2027-04-15'), policy)).toMatchObject({
      status: 'on-track',
      missedInstalments: [2],
    });
    expect(assessPlan(drafted, late.slice(0, 3), toIsoDate('2027-04-15'), policy)).toMatchObject({
      status: 'lapsed',
      missedInstalments: [2, 3],
      lapsedOn: '2027-03-07',
    });
  });
});
