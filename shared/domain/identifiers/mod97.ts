/**
 * ISO 7064 MOD 97-10 arithmetic shared by the Belgian identifiers (NISS, enterprise number, OGM/VCS,
 * the BBAN national check) and by ISO 13616 (IBAN) and ISO 11649 (RF creditor reference).
 * Works digit by digit on strings, so numbers longer than Number.MAX_SAFE_INTEGER (an IBAN turned
 * into digits has up to 68 of them) stay exact without BigInt.
 */

/** Remainder of a non-empty string of decimal digits divided by 97. */
export function mod97(digits: string): number {
  let remainder = 0;
  for (const character of digits) {
    remainder = (remainder * 10 + Number(character)) % 97;
  }
  return remainder;
}

/**
 * Rewrites an uppercase alphanumeric string as digits, letters becoming two digits (A = 10 … Z = 35),
 * as ISO 13616 and ISO 11649 require before the MOD 97-10 check.
 */
export function lettersToDigits(alphanumeric: string): string {
  let digits = '';
  for (const character of alphanumeric) {
    digits += character >= 'A' && character <= 'Z' ? String(character.charCodeAt(0) - 55) : character;
  }
  return digits;
}

/** Left-pads a non-negative integer with zeros to `width` digits. */
export function padDigits(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
