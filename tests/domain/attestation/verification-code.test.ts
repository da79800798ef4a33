import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCharacter,
  parseVerificationCode,
  verificationAlphabet,
  verificationCodeOf,
} from '../../../shared/domain/attestation/verification-code';

const digest = fc
  .array(fc.integer({ min: 0, max: 15 }), { minLength: 64, maxLength: 64 })
  .map((nibbles) => nibbles.map((nibble) => nibble.toString(16)).join(''));

describe('verification code of an attestation', () => {
  it('is twelve characters in three groups of four, from the first 55 bits of the digest', () => {
    // Bits 50-54 (the eleventh character) are the hex digits 13-14: "02" = 0000 0010, so bits 50-54 = 00001.
    const code = verificationCodeOf(`000000000000020${'0'.repeat(49)}`);
    expect(code).toMatch(/^0000-0000-001.$/);
    // Hand computation: the rightmost payload value 1 is doubled (2), sum 2, check = (32 - 2) mod 32 = 30 = 'Y'.
    expect(code).toBe('0000-0000-001Y');
    expect(verificationCodeOf('f'.repeat(64))).toMatch(/^ZZZZ-ZZZZ-ZZZ.$/);
  });

  it('reads back what it prints, in lower case, without hyphens, with I, L and O for 1, 1 and 0', () => {
    expect(parseVerificationCode('0000 0000 001y')).toEqual({ ok: true, value: '00000000001Y' });
    expect(parseVerificationCode('OOOO-oooo-ooIy')).toEqual({ ok: true, value: '00000000001Y' });
    expect(parseVerificationCode('')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseVerificationCode('0000-0000-001')).toMatchObject({ ok: false, error: { code: 'format' } });
    expect(parseVerificationCode('0000-0000-001U')).toMatchObject({ ok: false, error: { code: 'format' } });
  });

  it('refuses a digest that is not 64 hex digits, and a payload with a character outside the alphabet', () => {
    expect(() => verificationCodeOf('0'.repeat(63))).toThrow('expected a sha256 digest in hex');
    expect(() => verificationCodeOf(`g${'0'.repeat(63)}`)).toThrow('expected a sha256 digest in hex');
    // 'U' is not in Crockford's alphabet: no check character can be computed for it.
    expect(() => checkCharacter('0000000000U')).toThrow('not a base-32 character');
    // 'Y' (30) doubled is 60 = 1 × 32 + 28, digits summed 1 + 28 = 29, check = 32 − 29 = 3.
    expect(checkCharacter('0000000000Y')).toBe('3');
  });

  it('property: every code it makes parses back to itself', () => {
    fc.assert(
      fc.property(digest, (hex) => {
        const code = verificationCodeOf(hex);
        expect(parseVerificationCode(code)).toEqual({ ok: true, value: code.replace(/-/g, '') });
      }),
    );
  });

  it('property: one mistyped character, anywhere, check character included, is detected', () => {
    fc.assert(
      fc.property(
        digest,
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: verificationAlphabet.length - 1 }),
        (hex, position, shift) => {
          const compact = verificationCodeOf(hex).replace(/-/g, '');
          const original = verificationAlphabet.indexOf(compact.charAt(position));
          const typo = verificationAlphabet.charAt((original + shift) % verificationAlphabet.length);
          const mistyped = compact.slice(0, position) + typo + compact.slice(position + 1);
          expect(mistyped).not.toBe(compact);
          expect(parseVerificationCode(mistyped)).toMatchObject({ ok: false, error: { code: 'checksum' } });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property: arbitrary typed text never throws, and is accepted only with a matching check character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (typed) => {
        const result = parseVerificationCode(typed);
        if (result.ok) expect(checkCharacter(result.value.slice(0, 11))).toBe(result.value.charAt(11));
      }),
    );
  });
});
