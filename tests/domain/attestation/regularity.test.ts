import { describe, expect, it } from 'vitest';
import { regularityAsOf, type RegularityContribution } from '../../../shared/domain/attestation/regularity';

const quarter = (id: string, q: number, dueDate: string, isOpen = true): RegularityContribution => ({
  id,
  year: 2026,
  quarter: q,
  amountCents: 80_000,
  feeCents: 3_160,
  dueDate,
  isOpen,
});
const contributions = [
  quarter('q1', 1, '2026-03-31'),
  quarter('q2', 2, '2026-06-30'),
  quarter('q3', 3, '2026-09-30', false),
  quarter('q4', 4, '2026-12-31'),
];
const surcharges = [{ contributionId: 'q2', date: '2026-07-01', amountCents: 2_400, isWaived: false }];

describe('regularity attestation: in order on a date, or the open amounts', () => {
  it('in order when everything due on that date is paid; an exempted quarter and a quarter not yet due do not count', () => {
    const payments = [
      { date: '2026-03-20', amountCents: 83_160, contributionId: 'q1' },
      { date: '2026-06-25', amountCents: 83_160, contributionId: 'q2' },
    ];
    const result = regularityAsOf('2026-11-30', contributions, [], payments);
    expect(result).toMatchObject({ isInOrder: true, open: [], totalOpen: 0 });
  });

  it('lists what is open: 831.60 € of Q2 and its 24.00 € surcharge, a partly paid Q1 (831.60 − 500.00 = 331.60 €)', () => {
    const payments = [{ date: '2026-03-20', amountCents: 50_000, contributionId: 'q1' }];
    const result = regularityAsOf('2026-11-30', contributions, surcharges, payments);
    expect(result.isInOrder).toBe(false);
    expect(result.open).toEqual([
      { year: 2026, quarter: 1, amount: 33_160, surcharges: 0 },
      { year: 2026, quarter: 2, amount: 83_160, surcharges: 2_400 },
    ]);
    // 331.60 + 831.60 + 24.00 = 1,187.20 €.
    expect(result.totalOpen).toBe(118_720);
  });

  it('a payment after the date does not count; a surcharge left alone once the quarter is paid still shows', () => {
    const payments = [
      { date: '2026-03-20', amountCents: 83_160, contributionId: 'q1' },
      { date: '2026-08-01', amountCents: 83_160, contributionId: 'q2' },
    ];
    expect(regularityAsOf('2026-07-15', contributions, surcharges, payments).totalOpen).toBe(85_560);
    expect(regularityAsOf('2026-11-30', contributions, surcharges, payments).open).toEqual([
      { year: 2026, quarter: 2, amount: 0, surcharges: 2_400 },
    ]);
  });
});

describe('regularity attestation: the order of the open periods', () => {
  it('by year, and within a year the quarters before the annual contribution (quarter null)', () => {
    const annual = (id: string, year: number): RegularityContribution => ({
      id,
      year,
      quarter: null,
      amountCents: 10_000,
      feeCents: 0,
      dueDate: `${year}-06-30`,
      isOpen: true,
    });
    const rows = [
      annual('a2026', 2026),
      quarter('q2', 2, '2026-06-30'),
      annual('a2025', 2025),
      quarter('q1', 1, '2026-03-31'),
    ];
    const expected = [
      [2025, null],
      [2026, 1],
      [2026, 2],
      [2026, null],
    ];
    // Whatever order the rows come in.
    for (const given of [rows, [...rows].reverse()]) {
      const result = regularityAsOf('2026-11-30', given, [], []);
      expect(result.open.map((period) => [period.year, period.quarter])).toEqual(expected);
      // 100.00 + 831.60 + 831.60 + 100.00 = 1,863.20 €.
      expect(result.totalOpen).toBe(186_320);
    }
  });
});
