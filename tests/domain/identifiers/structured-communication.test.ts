import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatStructuredCommunication,
  makeStructuredCommunication,
  parseStructuredCommunication,
} from '../../../shared/domain/identifiers/structured-communication';

describe('parseStructuredCommunication: published examples', () => {
  // python-stdnum stdnum/be/ogm_vcs.py doctests (commit 5d4ad17), citing the Febelfin banking standards.
  it.each([
    ['+++010/8068/17183+++', '010806817183'],
    ['***010/8068/17183***', '010806817183'],
    ['010/8068/17183', '010806817183'],
    [' +++ 010 / 8068 / 17183 +++ ', '010806817183'],
    // Example of the specification of this module (1234567890 mod 97 = 2).
    ['+++123/4567/89002+++', '123456789002'],
  ])('reads %j', (input, digits) => {
    expect(parseStructuredCommunication(input)).toEqual({ ok: true, value: digits });
  });

  it('rejects 010/8068/17180 on its check digits (python-stdnum doctest)', () => {
    expect(parseStructuredCommunication('010/8068/17180')).toEqual({
      ok: false,
      error: { code: 'checksum', messageKey: 'identifiers.structuredCommunication.checksum' },
    });
  });

  it.each([
    ['', 'empty'],
    ['+++ / / +++', 'empty'],
    ['+++010/8068/1718A+++', 'format'],
    ['010/8068/1718', 'format'],
    ['010/8068/171830', 'too-long'],
  ])('rejects %j with %s', (input, code) => {
    expect(parseStructuredCommunication(input)).toEqual({
      ok: false,
      error: { code, messageKey: `identifiers.structuredCommunication.${code}` },
    });
  });
});

describe('makeStructuredCommunication', () => {
  it('computes the Febelfin check digits (python-stdnum: 0108068171 → 83)', () => {
    expect(makeStructuredCommunication('0108068171')).toBe('+++010/8068/17183+++');
    expect(makeStructuredCommunication('1234567890')).toBe('+++123/4567/89002+++');
  });

  it('left-pads short references and writes 97 for a remainder of 0', () => {
    expect(makeStructuredCommunication('97')).toBe('+++000/0000/09797+++');
  });

  it.each(['', '12345678901', '12a', '-1'])('refuses %j', (reference) => {
    expect(() => makeStructuredCommunication(reference)).toThrow(RangeError);
  });

  it('formats 12 digits and returns other input unchanged', () => {
    expect(formatStructuredCommunication('010806817183')).toBe('+++010/8068/17183+++');
    expect(formatStructuredCommunication('0108068171')).toBe('0108068171');
  });
});

describe('structured communication properties', () => {
  const reference = fc.stringMatching(/^\d{1,10}$/);

  it('parses every generated communication back to its 12 digits', () => {
    fc.assert(
      fc.property(reference, (value) => {
        const formatted = makeStructuredCommunication(value);
        const parsed = parseStructuredCommunication(formatted);
        expect(parsed).toEqual({ ok: true, value: expect.stringMatching(/^\d{12}$/) });
        expect(parsed.ok && parsed.value.slice(0, 10)).toBe(value.padStart(10, '0'));
        expect(parsed.ok && formatStructuredCommunication(parsed.value)).toBe(formatted);
      }),
    );
  });

  it('rejects a single changed digit', () => {
    fc.assert(
      fc.property(
        reference,
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        (value, position, shift) => {
          const digits = makeStructuredCommunication(value).replace(/\D/g, '');
          const changed = `${digits.slice(0, position)}${(Number(digits[position]) + shift) % 10}${digits.slice(position + 1)}`;
          expect(parseStructuredCommunication(changed).ok).toBe(false);
        },
      ),
    );
  });
});
