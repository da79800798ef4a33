import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addCents,
  applyFraction,
  applyRate,
  cents,
  divideRounded,
  formatEuros,
  formatEurosPlain,
  formatPercent,
  maxCents,
  minCents,
  multiplyDivideRounded,
  parseEuros,
  parsePercent,
  ppm,
  subtractCents,
  ZERO_CENTS,
} from '../../shared/domain/money';

describe('cents', () => {
  test('accepts safe integers and refuses fractions, NaN and unsafe integers', () => {
    expect(cents(-5)).toBe(-5);
    expect(() => cents(1.5)).toThrow(RangeError);
    expect(() => cents(Number.NaN)).toThrow(RangeError);
    expect(() => cents(2 ** 53)).toThrow(RangeError);
  });

  test('adds, subtracts and compares', () => {
    expect(addCents()).toBe(ZERO_CENTS);
    expect(addCents(cents(1), cents(2), cents(3))).toBe(6);
    expect(subtractCents(cents(10), cents(15))).toBe(-5);
    expect(minCents(cents(1), cents(2))).toBe(1);
    expect(minCents(cents(3), cents(2))).toBe(2);
    expect(maxCents(cents(1), cents(2))).toBe(2);
    expect(maxCents(cents(3), cents(2))).toBe(3);
  });
});

describe('divideRounded', () => {
  test.each([
    // numerator, denominator, mode, expected
    [5, 2, 'half-up', 3],
    [-5, 2, 'half-up', -3],
    [5, -2, 'half-up', -3],
    [7, 3, 'half-up', 2],
    [5, 2, 'half-even', 2],
    [7, 2, 'half-even', 4],
    [8, 3, 'half-even', 3],
    [7, 3, 'half-even', 2],
    [7, 2, 'down', 3],
    [-7, 2, 'down', -3],
    [7, 2, 'up', 4],
    [6, 2, 'up', 3],
    [0, -3, 'up', 0],
  ] as const)('%i / %i rounded %s = %i', (numerator, denominator, mode, expected) => {
    expect(divideRounded(numerator, denominator, mode)).toBe(expected);
  });

  test('refuses a zero denominator and non-integers', () => {
    expect(() => divideRounded(1, 0, 'up')).toThrow(RangeError);
    expect(() => divideRounded(1.5, 2, 'up')).toThrow(RangeError);
    expect(() => divideRounded(1, 2.5, 'up')).toThrow(RangeError);
  });

  test('half-up never differs from the exact quotient by more than half a unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (numerator, denominator) => {
        const rounded = divideRounded(numerator, denominator, 'half-up');
        expect(Math.abs(rounded * denominator - numerator) * 2).toBeLessThanOrEqual(denominator);
      }),
    );
  });
});

describe('multiplyDivideRounded and rates', () => {
  test('multiplies before the single rounding, without overflow', () => {
    // 90 000 000 000.00 € × 20.50 % would overflow a double before dividing; BigInt does not.
    expect(multiplyDivideRounded(9_000_000_000_000, 205_000, 1_000_000, 'half-up')).toBe(1_845_000_000_000);
    expect(() => multiplyDivideRounded(1, 1, 0, 'up')).toThrow(RangeError);
    expect(() => multiplyDivideRounded(0.5, 1, 1, 'up')).toThrow(RangeError);
  });

  test('applies a rate in parts per million: 871.71 × 1.0305 = 898.30 (Xerius 2025)', () => {
    expect(applyRate(cents(87_171), ppm(1_030_500), 'half-up')).toBe(89_830);
    expect(applyRate(cents(87_171), ppm(30_000), 'down')).toBe(2_615);
  });

  test('applies an exact fraction: 40 000.00 × 676.50/630.85', () => {
    expect(applyFraction(cents(4_000_000), { numerator: 67_650, denominator: 63_085 }, 'half-up')).toBe(4_289_451);
  });

  test('refuses negative or fractional rates', () => {
    expect(() => ppm(-1)).toThrow(RangeError);
    expect(() => ppm(0.5)).toThrow(RangeError);
  });

  test.each([
    ['3.95', 39_500],
    ['3,95 %', 39_500],
    ['20.5', 205_000],
    ['4', 40_000],
    ['0.0001', 1],
  ])('parses the percentage %s', (input, expected) => {
    expect(parsePercent(input)).toBe(expected);
  });

  test.each(['', 'abc', '-1', '3.12345', '1000'])('refuses the percentage %j', (input) => {
    expect(parsePercent(input)).toBeUndefined();
  });

  test('formats a rate with the decimals it needs', () => {
    expect(formatPercent(ppm(39_500))).toBe('3.95');
    expect(formatPercent(ppm(30_000))).toBe('3');
    expect(formatPercent(ppm(1))).toBe('0.0001');
  });
});

describe('parsing and formatting euros', () => {
  test.each([
    ['1234,56', 123_456],
    ['1 234.5', 123_450],
    ['€ 12', 1_200],
    ['-0,4', -40],
    ['45000', 4_500_000],
  ])('parses %j', (input, expected) => {
    expect(parseEuros(input)).toBe(expected);
  });

  test.each(['', '12,345', 'abc', '1.2.3', '99999999999999999999'])('refuses %j', (input) => {
    expect(parseEuros(input)).toBeUndefined();
  });

  test('formats the Belgian way and as a plain decimal', () => {
    expect(formatEuros(cents(510_305))).toBe('5 103,05 €');
    expect(formatEuros(cents(-40))).toBe('-0,40 €');
    expect(formatEuros(cents(123_456_789))).toBe('1 234 567,89 €');
    expect(formatEurosPlain(cents(510_305))).toBe('5103.05');
    expect(formatEurosPlain(cents(-5))).toBe('-0.05');
  });

  test('parsing the plain format gives the amount back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (value) => {
        expect(parseEuros(formatEurosPlain(cents(value)))).toBe(value);
      }),
    );
  });
});
