import { lettersToDigits, mod97, padDigits } from './mod97';
import { fail, succeed, type ParseResult } from './result';

/**
 * ISO 11649 structured creditor reference: 'RF' + 2 check digits + a reference of 1 to 21
 * alphanumerics. With 'RF' and the check digits moved to the end and letters read as digits
 * (A = 10 … Z = 35), the whole is ≡ 1 (mod 97) (ISO 7064 MOD 97-10), exactly like an IBAN.
 */

const MAX_LENGTH = 25;

/**
 * Builds the electronic form ('RF18539007547034') of a reference; spaces are ignored and letters
 * uppercased. A Belgian OGM's 12 digits give its RF equivalent ('010806817183' → 'RF61010806817183').
 * Throws a RangeError when the reference is not 1 to 21 alphanumerics.
 */
export function makeRfReference(reference: string): string {
  const compact = reference.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z0-9]{1,21}$/.test(compact)) {
    throw new RangeError(`makeRfReference needs 1 to 21 letters or digits, got '${reference}'`);
  }
  const check = 98 - mod97(lettersToDigits(`${compact}RF00`));
  return `RF${padDigits(check, 2)}${compact}`;
}

/** Accepts the paper form with spaces ('RF18 5390 0754 7034'); returns the electronic form. */
export function parseRfReference(input: string): ParseResult<string> {
  const compact = input.replace(/\s/g, '').toUpperCase();
  if (compact === '') return fail('rfReference', 'empty');
  if (compact.length > MAX_LENGTH) return fail('rfReference', 'too-long');
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(compact)) return fail('rfReference', 'format');
  if (mod97(lettersToDigits(`${compact.slice(4)}${compact.slice(0, 4)}`)) !== 1) return fail('rfReference', 'checksum');
  return succeed(compact);
}
