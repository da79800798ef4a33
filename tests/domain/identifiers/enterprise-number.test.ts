import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatBelgianVat,
  formatEnterpriseNumber,
  makeEnterpriseNumber,
  parseEnterpriseNumber,
} from '../../../shared/domain/identifiers/enterprise-number';

describe('parseEnterpriseNumber: published examples', () => {
  // python-stdnum stdnum/be/vat.py doctests (commit 0e857fb): 'BE' prefix, '(0)', old 9-digit form.
  it.each([
    ['BE403019261', '0403019261'],
    ['(0)403019261', '0403019261'],
    ['BE 428759497', '0428759497'],
    ['BE 0403.019.261', '0403019261'],
    ['be0403-019-261', '0403019261'],
    // Example of docs/belgian-rules.md § 8.2 (0123.456.7 + 49): a number starting with 0 and 1 digits.
    ['0123.456.749', '0123456749'],
  ])('reads %s as %s', (input, digits) => {
    expect(parseEnterpriseNumber(input)).toEqual({ ok: true, value: digits });
  });

  it('rejects BE431150351 on its check digits (python-stdnum vat.py doctest)', () => {
    expect(parseEnterpriseNumber('BE431150351')).toEqual({
      ok: false,
      error: { code: 'checksum', messageKey: 'identifiers.enterpriseNumber.checksum' },
    });
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    // First digit must be 0 or 1, whatever the check digits say.
    ['2403019261', 'format'],
    ['04030192612', 'format'],
    ['04030192', 'format'],
    ['NL0403019261', 'format'],
  ])('rejects %j with %s', (input, code) => {
    expect(parseEnterpriseNumber(input)).toEqual({
      ok: false,
      error: { code, messageKey: `identifiers.enterpriseNumber.${code}` },
    });
  });
});

describe('formatting', () => {
  it('writes the KBO/BCE presentation and the VAT number', () => {
    expect(formatEnterpriseNumber('0403019261')).toBe('0403.019.261');
    expect(formatEnterpriseNumber('403019261')).toBe('0403.019.261');
    expect(formatBelgianVat('0403019261')).toBe('BE0403019261');
    expect(formatBelgianVat('403019261')).toBe('BE0403019261');
  });

  it('returns other input unchanged', () => {
    expect(formatEnterpriseNumber('12-34')).toBe('12-34');
  });
});

describe('makeEnterpriseNumber', () => {
  it('computes 97 − (first 8 digits mod 97)', () => {
    expect(makeEnterpriseNumber(1234567)).toBe('0123456749');
    expect(makeEnterpriseNumber(4030192)).toBe('0403019261');
  });

  it('writes 97 when the first 8 digits are a multiple of 97', () => {
    expect(makeEnterpriseNumber(97 * 1000)).toBe('0009700097');
  });

  it.each([-1, 20_000_000, 1.5])('refuses %s', (base) => {
    expect(() => makeEnterpriseNumber(base)).toThrow(RangeError);
  });
});

describe('enterprise number properties', () => {
  const base = fc.integer({ min: 0, max: 19_999_999 });

  it('parses every generated number back, in every presentation', () => {
    fc.assert(
      fc.property(base, (value) => {
        const digits = makeEnterpriseNumber(value);
        expect(parseEnterpriseNumber(digits)).toEqual({ ok: true, value: digits });
        expect(parseEnterpriseNumber(formatEnterpriseNumber(digits))).toEqual({ ok: true, value: digits });
        expect(parseEnterpriseNumber(formatBelgianVat(digits))).toEqual({ ok: true, value: digits });
      }),
    );
  });

  it('rejects a single changed digit', () => {
    fc.assert(
      fc.property(base, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (value, position, shift) => {
        const digits = makeEnterpriseNumber(value);
        const changed = `${digits.slice(0, position)}${(Number(digits[position]) + shift) % 10}${digits.slice(position + 1)}`;
        expect(parseEnterpriseNumber(changed).ok).toBe(false);
      }),
    );
  });
});
