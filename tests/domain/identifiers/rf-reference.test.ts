import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRfReference, parseRfReference } from '../../../shared/domain/identifiers/rf-reference';

describe('parseRfReference: published examples', () => {
  // python-stdnum stdnum/iso11649.py doctests (commit 152d4c5); RF18 5390 0754 7034 is the ISO 11649 example.
  it.each([
    ['RF18 5390 0754 7034', 'RF18539007547034'],
    ['RF18 5390 0754 70Y', 'RF185390075470Y'],
    ['rf18539007547034', 'RF18539007547034'],
  ])('reads %j', (input, reference) => {
    expect(parseRfReference(input)).toEqual({ ok: true, value: reference });
  });

  it('rejects RF17 5390 0754 7034 on its check digits (python-stdnum doctest)', () => {
    expect(parseRfReference('RF17 5390 0754 7034')).toEqual({
      ok: false,
      error: { code: 'checksum', messageKey: 'identifiers.rfReference.checksum' },
    });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['XX18539007547034', 'format'],
    ['RF18', 'format'],
    ['RF1X539007547034', 'format'],
    ['RF18-5390-0754-7034', 'format'],
    [`RF18${'1'.repeat(22)}`, 'too-long'],
  ])('rejects %j with %s', (input, code) => {
    expect(parseRfReference(input)).toEqual({
      ok: false,
      error: { code, messageKey: `identifiers.rfReference.${code}` },
    });
  });
});

describe('makeRfReference', () => {
  it('computes the ISO 11649 check digits', () => {
    expect(makeRfReference('539007547034')).toBe('RF18539007547034');
    expect(makeRfReference('5390 0754 70y')).toBe('RF185390075470Y');
  });

  it('turns the digits of a Belgian OGM into its RF equivalent (docs/belgian-rules.md § 8.5)', () => {
    expect(makeRfReference('010806817183')).toBe('RF61010806817183');
  });

  it.each(['', '1'.repeat(22), '12-3'])('refuses %j', (reference) => {
    expect(() => makeRfReference(reference)).toThrow(RangeError);
  });
});

describe('RF reference properties', () => {
  const reference = fc.stringMatching(/^[A-Z0-9]{1,21}$/);

  it('parses every generated reference back', () => {
    fc.assert(
      fc.property(reference, (value) => {
        const rf = makeRfReference(value);
        expect(rf.slice(4)).toBe(value);
        expect(parseRfReference(rf)).toEqual({ ok: true, value: rf });
      }),
    );
  });

  it('rejects a single changed digit', () => {
    fc.assert(
      fc.property(reference, fc.nat(), fc.integer({ min: 1, max: 9 }), (value, pick, shift) => {
        const rf = makeRfReference(value);
        const digitPositions = [...rf].flatMap((character, index) =>
          index >= 2 && /\d/.test(character) ? [index] : [],
        );
        const position = digitPositions[pick % digitPositions.length] ?? 2;
        const changed = `${rf.slice(0, position)}${(Number(rf[position]) + shift) % 10}${rf.slice(position + 1)}`;
        expect(parseRfReference(changed).ok).toBe(false);
      }),
    );
  });
});
