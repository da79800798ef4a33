/**
 * The verification code printed on every attestation: twelve characters of Crockford's base-32
 * alphabet (no I, L, O, U: nothing to confuse with 1 or 0), grouped by four, the last one a check
 * character (Luhn mod 32). The eleven others are the first 55 bits of the sha256 of the archived
 * letter's id and data, so whoever holds the archive recomputes the code from the record and finds
 * the letter by it; the check character catches any single mistyped character before a look-up.
 * The digest is computed by the caller (shared code has no crypto): see docs/letters.md.
 */
import type { ParseResult } from '../identifiers/result';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE = ALPHABET.length;
const PAYLOAD_LENGTH = 11;
export const VERIFICATION_CODE_LENGTH = PAYLOAD_LENGTH + 1;

/** Luhn mod N (N = 32): every other value from the right doubled, its base-32 digits summed. */
export function checkCharacter(payload: string): string {
  let sum = 0;
  for (let index = payload.length - 1, isDoubled = true; index >= 0; index -= 1, isDoubled = !isDoubled) {
    const value = ALPHABET.indexOf(payload.charAt(index));
    if (value < 0) throw new Error('not a base-32 character');
    const addend = isDoubled ? value * 2 : value;
    sum += Math.floor(addend / BASE) + (addend % BASE);
  }
  return ALPHABET.charAt((BASE - (sum % BASE)) % BASE);
}

/** The code of an archived attestation from the hex sha256 of its id and data. */
export function verificationCodeOf(sha256Hex: string): string {
  if (!/^[0-9a-f]{64}$/i.test(sha256Hex)) throw new Error('expected a sha256 digest in hex');
  // The first 14 hex digits give 56 bits; each character takes the next five of them (55 in all).
  const bits = [...sha256Hex.slice(0, 14)]
    .map((digit) => Number.parseInt(digit, 16).toString(2).padStart(4, '0'))
    .join('');
  let payload = '';
  for (let index = 0; index < PAYLOAD_LENGTH; index += 1)
    payload += ALPHABET.charAt(Number.parseInt(bits.slice(index * 5, index * 5 + 5), 2));
  return formatVerificationCode(payload + checkCharacter(payload));
}

/** "ABCD-EFGH-JKMN": groups of four for reading aloud and typing. */
export function formatVerificationCode(compact: string): string {
  return compact.replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * A typed code, normalised (case, spaces, hyphens, Crockford aliases: I and L read as 1, O read as 0)
 * and checked; the compact form.
 */
export function parseVerificationCode(typed: string): ParseResult<string> {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (compact === '') return failure('empty');
  if (compact.length !== VERIFICATION_CODE_LENGTH || [...compact].some((c) => !ALPHABET.includes(c)))
    return failure('format');
  const payload = compact.slice(0, PAYLOAD_LENGTH);
  if (checkCharacter(payload) !== compact.slice(PAYLOAD_LENGTH)) return failure('checksum');
  return { ok: true, value: compact };
}

function failure(code: 'empty' | 'format' | 'checksum'): ParseResult<string> {
  return { ok: false, error: { code, messageKey: `attestation.verificationCode.${code}` } };
}

export const verificationAlphabet = ALPHABET;
