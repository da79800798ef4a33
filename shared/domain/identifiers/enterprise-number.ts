import { mod97, padDigits } from './mod97';
import { fail, succeed, type ParseResult } from './result';

/**
 * Belgian enterprise number (KBO/BCE, ondernemingsnummer / numéro d'entreprise), which is also the
 * VAT number behind the 'BE' prefix.
 *
 * Rules (Law of 16 January 2003 creating the Crossroads Bank for Enterprises; Royal Decree of
 * 22 June 2009 introducing the numbers starting with 1): 10 digits, the first one 0 or 1, the last two
 * equal to 97 − (first 8 digits mod 97). Numbers issued before 2003 had 9 digits: a leading 0 is added.
 */
export function parseEnterpriseNumber(input: string): ParseResult<string> {
  let compact = input.replace(/[\s./,-]/g, '').toUpperCase();
  if (compact === '') return fail('enterpriseNumber', 'empty');
  if (compact.startsWith('BE')) compact = compact.slice(2);
  if (compact.startsWith('(0)')) compact = `0${compact.slice(3)}`;
  if (/^\d{9}$/.test(compact)) compact = `0${compact}`;
  if (!/^[01]\d{9}$/.test(compact)) return fail('enterpriseNumber', 'format');
  if (checkDigits(compact.slice(0, 8)) !== compact.slice(8)) return fail('enterpriseNumber', 'checksum');
  return succeed(compact);
}

/** Presentation used by the KBO/BCE public search: '0123.456.749'. Returns other input unchanged. */
export function formatEnterpriseNumber(digits: string): string {
  const compact = /^\d{9}$/.test(digits) ? `0${digits}` : digits;
  if (!/^\d{10}$/.test(compact)) return digits;
  return `${compact.slice(0, 4)}.${compact.slice(4, 7)}.${compact.slice(7)}`;
}

/** The VAT number as written on invoices (Belgian VAT Code, art. 50): 'BE0123456749'. */
export function formatBelgianVat(digits: string): string {
  const compact = /^\d{9}$/.test(digits) ? `0${digits}` : digits;
  return `BE${compact}`;
}

/**
 * Builds a valid enterprise number from its first 8 digits given as a number (0 … 19,999,999, so the
 * first digit is 0 or 1). For the demo-data generator; throws a RangeError outside that range.
 */
export function makeEnterpriseNumber(base: number): string {
  if (!Number.isInteger(base) || base < 0 || base > 19_999_999) {
    throw new RangeError(`makeEnterpriseNumber needs an integer in 0..19999999, got ${base}`);
  }
  const firstEight = padDigits(base, 8);
  return `${firstEight}${checkDigits(firstEight)}`;
}

function checkDigits(firstEight: string): string {
  return padDigits(97 - mod97(firstEight), 2);
}
