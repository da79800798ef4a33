import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  addQuarters,
  compareIsoDates,
  dateParts,
  daysInMonth,
  endOfMonth,
  isEndOfMonth,
  isLeapYear,
  isoDateOf,
  isQuarterEnd,
  minIsoDate,
  parseIsoDate,
  quarterEnd,
  quarterFromOrdinal,
  quarterLabel,
  quarterOf,
  quarterOrdinal,
  quartersOfYear,
  quarterStart,
  toIsoDate,
} from '../../shared/domain/calendar';

describe('IsoDate', () => {
  test('accepts real dates only', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2025-02-29')).toBeUndefined();
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
    expect(parseIsoDate('1900-02-29')).toBeUndefined();
    expect(parseIsoDate('2026-04-31')).toBeUndefined();
    expect(parseIsoDate('2026-13-01')).toBeUndefined();
    expect(parseIsoDate('2026-00-10')).toBeUndefined();
    expect(parseIsoDate('2026-01-00')).toBeUndefined();
    expect(parseIsoDate('1899-12-31')).toBeUndefined();
    expect(parseIsoDate('3000-01-01')).toBeUndefined();
    expect(parseIsoDate('26-1-1')).toBeUndefined();
    expect(() => toIsoDate('2026-02-30')).toThrow(RangeError);
  });

  test('knows leap years and month lengths', () => {
    expect([isLeapYear(2024), isLeapYear(2026), isLeapYear(1900), isLeapYear(2000)]).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect([daysInMonth(2026, 1), daysInMonth(2026, 2), daysInMonth(2024, 2), daysInMonth(2026, 4)]).toEqual([
      31, 28, 29, 30,
    ]);
  });

  test('builds, splits and compares dates', () => {
    const date = isoDateOf(2026, 4, 1);
    expect(date).toBe('2026-04-01');
    expect(dateParts(date)).toEqual({ year: 2026, month: 4, day: 1 });
    expect(compareIsoDates(toIsoDate('2026-01-01'), date)).toBe(-1);
    expect(compareIsoDates(date, toIsoDate('2026-01-01'))).toBe(1);
    expect(compareIsoDates(date, date)).toBe(0);
    expect(minIsoDate(date, toIsoDate('2025-12-31'))).toBe('2025-12-31');
    expect(minIsoDate(toIsoDate('2025-12-31'), date)).toBe('2025-12-31');
  });

  test('adds days across months and years, both ways', () => {
    expect(addDays(toIsoDate('2025-12-31'), 1)).toBe('2026-01-01');
    expect(addDays(toIsoDate('2026-01-01'), -1)).toBe('2025-12-31');
    expect(addDays(toIsoDate('2024-02-28'), 2)).toBe('2024-03-01');
    expect(addDays(toIsoDate('2026-03-01'), -1)).toBe('2026-02-28');
  });

  test('adds months, keeping the day or falling back to the month end', () => {
    expect(addMonths(toIsoDate('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(toIsoDate('2026-12-01'), 1)).toBe('2027-01-01');
    expect(addMonths(toIsoDate('2026-03-15'), -36)).toBe('2023-03-15');
    expect(endOfMonth(toIsoDate('2024-02-10'))).toBe('2024-02-29');
    expect(isEndOfMonth(toIsoDate('2024-02-29'))).toBe(true);
    expect(isEndOfMonth(toIsoDate('2024-02-28'))).toBe(false);
  });

  test('adding then removing days gives the date back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -800, max: 800 }), (offset, days) => {
        const date = addDays(toIsoDate('2020-01-01'), offset);
        expect(addDays(addDays(date, days), -days)).toBe(date);
      }),
    );
  });
});

describe('Quarter', () => {
  test('finds the quarter of a date and its bounds', () => {
    expect(quarterOf(toIsoDate('2026-05-15'))).toEqual({ year: 2026, index: 2 });
    expect(quarterStart({ year: 2026, index: 4 })).toBe('2026-10-01');
    expect(quarterEnd({ year: 2026, index: 1 })).toBe('2026-03-31');
    expect(quarterEnd({ year: 2026, index: 2 })).toBe('2026-06-30');
    expect(isQuarterEnd(toIsoDate('2026-09-30'))).toBe(true);
    expect(isQuarterEnd(toIsoDate('2026-08-31'))).toBe(false);
    expect(quarterLabel({ year: 2026, index: 3 })).toBe('2026-Q3');
    expect(quartersOfYear(2025).map(quarterLabel)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });

  test('counts quarters across years', () => {
    expect(addQuarters({ year: 2025, index: 4 }, 1)).toEqual({ year: 2026, index: 1 });
    expect(addQuarters({ year: 2026, index: 1 }, -1)).toEqual({ year: 2025, index: 4 });
    expect(quarterOrdinal({ year: 2026, index: 1 }) - quarterOrdinal({ year: 2025, index: 2 })).toBe(3);
    expect(quarterFromOrdinal(quarterOrdinal({ year: 2024, index: 3 }))).toEqual({ year: 2024, index: 3 });
  });
});
