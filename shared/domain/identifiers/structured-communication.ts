import { mod97, padDigits } from './mod97';
import { fail, succeed, type ParseResult } from './result';

/**
 * Belgian structured communication (OGM / VCS, gestructureerde mededeling / communication structurée),
 * as defined in the Febelfin banking standards: 10 reference digits followed by 2 check digits equal
 * to the 10 digits mod 97, using 97 when the remainder is 0. Shown as '+++123/4567/89002+++'.
 */

/**
 * Builds the formatted communication for a reference of up to 10 digits (shorter references are
 * left-padded with zeros). Throws a RangeError on anything else: references come from our own
 * numbering, never from a person.
 */
export function makeStructuredCommunication(reference: string): string {
  if (!/^\d{1,10}$/.test(reference)) {
    throw new RangeError(`makeStructuredCommunication needs 1 to 10 digits, got '${reference}'`);
  }
  const digits = reference.padStart(10, '0');
  return formatStructuredCommunication(`${digits}${checkDigits(digits)}`);
}

/**
 * Accepts '+++123/4567/89002+++', '***123/4567/89002***' (accepted by some banks), '123/4567/89002' or
 * the bare 12 digits, with spaces anywhere; returns the 12 digits.
 */
export function parseStructuredCommunication(input: string): ParseResult<string> {
  const digits = input.replace(/[\s+*/.]/g, '');
  if (digits === '') return fail('structuredCommunication', 'empty');
  if (!/^\d+$/.test(digits)) return fail('structuredCommunication', 'format');
  if (digits.length > 12) return fail('structuredCommunication', 'too-long');
  if (digits.length < 12) return fail('structuredCommunication', 'format');
  if (checkDigits(digits.slice(0, 10)) !== digits.slice(10)) return fail('structuredCommunication', 'checksum');
  return succeed(digits);
}

/** '+++123/4567/89002+++' from 12 digits; returns other input unchanged. */
export function formatStructuredCommunication(digits: string): string {
  if (!/^\d{12}$/.test(digits)) return digits;
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}

function checkDigits(firstTen: string): string {
  return padDigits(mod97(firstTen) || 97, 2);
}
