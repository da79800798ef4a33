import { describe, expect, test } from 'vitest';
import { toIsoDate } from '../../../shared/domain/calendar';
import { cents } from '../../../shared/domain/money';
import { computeSurcharges } from '../../../shared/domain/surcharge/compute';
import type { Claim, Payment, SurchargeReport } from '../../../shared/domain/surcharge/types';
import { STANDARD_SURCHARGES } from '../../../shared/rules/common';

const q1: Claim = { id: '2026-Q1', kind: 'contribution', principal: cents(87_171), dueDate: toIsoDate('2026-03-31') };
const q2: Claim = { id: '2026-Q2', kind: 'contribution', principal: cents(87_171), dueDate: toIsoDate('2026-06-30') };

function report(claims: readonly Claim[], payments: readonly Payment[], at: string): SurchargeReport {
  const outcome = computeSurcharges({ claims, payments, at: toIsoDate(at), rates: STANDARD_SURCHARGES });
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.value;
}

const pay = (date: string, amount: number, claimId?: string): Payment => ({
  date: toIsoDate(date),
  amount: cents(amount),
  ...(claimId === undefined ? {} : { claimId }),
});
const summary = (result: SurchargeReport) =>
  result.surcharges.map((surcharge) => [surcharge.date, surcharge.kind, surcharge.base, surcharge.amount]);

describe('surcharges on personal contributions (AR 19/12/1967 art. 44 §1)', () => {
  test('3 % of the unpaid principal at the end of the due quarter and of each following quarter', () => {
    const result = report([q1], [], '2026-11-26');
    // 871.71 × 3 % = 26.1513 → 26.15
    expect(summary(result)).toEqual([
      ['2026-03-31', 'quarterly', 87_171, 2_615],
      ['2026-06-30', 'quarterly', 87_171, 2_615],
      ['2026-09-30', 'quarterly', 87_171, 2_615],
    ]);
    expect(result.totals).toEqual({
      principalOpen: 87_171,
      surchargesCharged: 7_845,
      surchargesOpen: 7_845,
      totalOpen: 95_016,
      credit: 0,
    });
    expect(result.explanation[0]?.messageKey).toBe('explanation.surcharge.allocationOrder');
  });

  test('the one-off 7 % on 1 January for a contribution first claimed the year before, on top of the 3 % of 31 December', () => {
    const result = report([q1], [], '2027-01-01');
    expect(summary(result).slice(-2)).toEqual([
      ['2026-12-31', 'quarterly', 87_171, 2_615],
      ['2027-01-01', 'year-end', 87_171, 6_102],
    ]);
    expect(summary(report([q1], [], '2026-12-31')).at(-1)?.[1]).toBe('quarterly');
  });

  test('a payment credited on the due date is in time; one day later costs one surcharge', () => {
    expect(report([q1], [pay('2026-03-31', 87_171)], '2026-11-26').surcharges).toEqual([]);
    expect(summary(report([q1], [pay('2026-04-01', 87_171)], '2026-11-26'))).toEqual([
      ['2026-03-31', 'quarterly', 87_171, 2_615],
    ]);
  });

  test('a partial payment lowers the base from the day it is credited', () => {
    const result = report([q1], [pay('2026-05-15', 50_000)], '2026-11-26');
    // 371.71 × 3 % = 11.1513 → 11.15
    expect(summary(result)).toEqual([
      ['2026-03-31', 'quarterly', 87_171, 2_615],
      ['2026-06-30', 'quarterly', 37_171, 1_115],
      ['2026-09-30', 'quarterly', 37_171, 1_115],
    ]);
  });

  test('never a surcharge on a surcharge: once the principal is paid, the unpaid surcharge costs nothing more', () => {
    const result = report([q1], [pay('2026-05-01', 87_171)], '2027-06-30');
    expect(summary(result)).toEqual([['2026-03-31', 'quarterly', 87_171, 2_615]]);
    expect(result.totals.surchargesOpen).toBe(2_615);
  });

  test('a claim first claimed late (a past quarter) gets its 7 % at the end of the year it was claimed in', () => {
    const late: Claim = {
      id: '2025-Q3',
      kind: 'contribution',
      principal: cents(10_000),
      dueDate: toIsoDate('2025-09-30'),
      claimedOn: toIsoDate('2026-02-01'),
    };
    const kinds = report([late], [], '2027-01-01').surcharges.map((surcharge) => `${surcharge.date} ${surcharge.kind}`);
    expect(kinds).not.toContain('2026-01-01 year-end');
    expect(kinds).toContain('2027-01-01 year-end');
    const early: Claim = { ...late, id: 'regularisation', claimedOn: toIsoDate('2025-06-01') };
    expect(report([early], [], '2026-01-01').surcharges.map((surcharge) => surcharge.kind)).toContain('year-end');
  });
});

describe('payment allocation order', () => {
  test('due principal first, then principal not yet due, then surcharges, then credit', () => {
    const result = report([q2, q1], [pay('2026-05-01', 100_000)], '2026-05-01');
    expect(result.allocations.map((allocation) => [allocation.target, allocation.claimId, allocation.amount])).toEqual([
      ['principal', '2026-Q1', 87_171],
      ['principal', '2026-Q2', 12_829],
    ]);
    const overpaid = report([q1], [pay('2026-05-01', 100_000)], '2026-05-01');
    expect(overpaid.allocations.map((allocation) => [allocation.target, allocation.amount])).toEqual([
      ['principal', 87_171],
      ['surcharge', 2_615],
      ['credit', 10_214],
    ]);
    expect(overpaid.totals.credit).toBe(10_214);
    expect(overpaid.allocations[1]?.surchargeDate).toBe('2026-03-31');
  });

  test('a designated payment goes to its claim first (principal, then its surcharges)', () => {
    const result = report([q1, q2], [pay('2026-07-15', 90_000, '2026-Q2')], '2026-07-15');
    expect(result.allocations.map((allocation) => [allocation.target, allocation.claimId, allocation.amount])).toEqual([
      ['principal', '2026-Q2', 87_171],
      ['surcharge', '2026-Q2', 2_615],
      ['principal', '2026-Q1', 214],
    ]);
  });

  test('same due date: the order of the file; several surcharges: oldest first, then file order', () => {
    const twin: Claim = { ...q1, id: 'twin' };
    const result = report(
      [q1, twin, q2],
      [pay('2026-07-01', 174_342), pay('2026-07-02', 5_300), pay('2026-08-01', 1)],
      '2026-08-01',
    );
    expect(
      result.allocations.map((allocation) => [
        allocation.paymentIndex,
        allocation.target,
        allocation.claimId,
        allocation.surchargeDate,
        allocation.amount,
      ]),
    ).toEqual([
      [0, 'principal', '2026-Q1', null, 87_171],
      [0, 'principal', 'twin', null, 87_171],
      [1, 'principal', '2026-Q2', null, 5_300],
      [2, 'principal', '2026-Q2', null, 1],
    ]);
    const surchargesFirst = report([q1, twin], [pay('2026-07-01', 174_342), pay('2026-07-01', 10_460)], '2026-07-01');
    expect(
      surchargesFirst.allocations.slice(2).map((allocation) => [allocation.claimId, allocation.surchargeDate]),
    ).toEqual([
      ['2026-Q1', '2026-03-31'],
      ['twin', '2026-03-31'],
      ['2026-Q1', '2026-06-30'],
      ['twin', '2026-06-30'],
    ]);
  });

  test('replays payments in date order whatever their order in the file', () => {
    const result = report([q1], [pay('2026-08-01', 20_000), pay('2026-05-15', 50_000)], '2026-11-26');
    expect(result.allocations.map((allocation) => [allocation.paymentIndex, allocation.paymentDate])).toEqual([
      [1, '2026-05-15'],
      [0, '2026-08-01'],
    ]);
    expect(summary(result).at(-1)).toEqual(['2026-09-30', 'quarterly', 17_171, 515]);
  });

  test('ignores payments after the report date', () => {
    expect(report([q1], [pay('2026-12-01', 87_171)], '2026-11-26').totals.principalOpen).toBe(87_171);
  });
});

describe('company contribution: 1 % per month of delay, including the month of payment', () => {
  const company: Claim = {
    id: 'company-2025',
    kind: 'company-contribution',
    principal: cents(39_973),
    dueDate: toIsoDate('2025-12-31'),
  };

  test('paid on 15 February: January and February', () => {
    const result = report([company], [pay('2026-02-15', 39_973)], '2026-06-30');
    // 399.73 × 1 % = 3.9973 → 4.00
    expect(summary(result)).toEqual([
      ['2026-01-01', 'company-monthly', 39_973, 400],
      ['2026-02-01', 'company-monthly', 39_973, 400],
    ]);
  });

  test('unpaid: one per started month up to the report date, and no 3 % or 7 %', () => {
    expect(report([company], [], '2026-03-01').surcharges.map((surcharge) => surcharge.date)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
    expect(report([company], [], '2026-02-28').surcharges.map((surcharge) => surcharge.date)).toEqual([
      '2026-01-01',
      '2026-02-01',
    ]);
  });
});

describe('refusals', () => {
  test.each([
    [[], [], 'no-claims'],
    [[q1, q1], [], 'duplicate-claim-id'],
    [[{ ...q1, principal: cents(0) }], [], 'non-positive-principal'],
    [[q1], [pay('2026-01-01', 0)], 'non-positive-payment'],
    [[q1], [pay('2026-01-01', 1, 'nope')], 'unknown-claim'],
  ] as const)('%#: %s', (claims, payments, code) => {
    const outcome = computeSurcharges({ claims, payments, at: toIsoDate('2026-11-26'), rates: STANDARD_SURCHARGES });
    expect(outcome).toMatchObject({ ok: false, error: { code } });
  });
});
