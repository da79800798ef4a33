import { mod97, padDigits } from './mod97';
import { fail, succeed, type ParseResult } from './result';

/**
 * Belgian national register number (NISS / INSZ / rijksregisternummer) and BIS number.
 *
 * Structure (National Register instruction IT000 "Rijksregisternummer"; BIS numbers: Crossroads Bank
 * for Social Security, KSZ/BCSS): YYMMDD + a 3-digit daily serial (odd for men, even for women) + 2
 * check digits equal to 97 − (the first 9 digits mod 97). For people born in 2000 or later the check
 * is computed over "2" followed by the 9 digits, which is also how the century is recovered.
 * BIS numbers add 20 (sex unknown when issued) or 40 (sex known) to the month.
 */
export type NissInfo = {
  /** 11 digits, no separators. */
  niss: string;
  /** ISO yyyy-mm-dd; undefined when the month or day is 00 (unknown, or the day's serials ran out). */
  birthDate: string | undefined;
  /** From the serial's parity; undefined for BIS numbers issued with the sex unknown (month + 20). */
  sex: 'M' | 'F' | undefined;
  isBis: boolean;
};

const SEPARATORS = /[\s./-]/g;
const BIS_SEX_UNKNOWN = 20;
const BIS_SEX_KNOWN = 40;

/**
 * Validates a NISS or BIS number typed with or without spaces, dots and dashes
 * ('85.07.30-033.28', '85 07 30 033 28', '85073003328').
 * Both checksum formulas are tried; they can never both match because 2,000,000,000 mod 97 = 68.
 * A month of 00 (or 20/40 for BIS) or a day of 00 means the birth date is not known: the number is
 * valid and `birthDate` is undefined. Any other impossible date (13th month, 30 February) is a `date`
 * error.
 */
export function parseNiss(input: string): ParseResult<NissInfo> {
  const niss = input.replace(SEPARATORS, '');
  if (niss === '') return fail('niss', 'empty');
  if (!/^\d{11}$/.test(niss)) return fail('niss', 'format');

  const body = niss.slice(0, 9);
  const checkDigits = Number(niss.slice(9));
  let century: number;
  if (97 - mod97(body) === checkDigits) century = 1900;
  else if (97 - mod97(`2${body}`) === checkDigits) century = 2000;
  else return fail('niss', 'checksum');

  const encodedMonth = Number(niss.slice(2, 4));
  const bisOffset =
    encodedMonth >= BIS_SEX_KNOWN ? BIS_SEX_KNOWN : encodedMonth >= BIS_SEX_UNKNOWN ? BIS_SEX_UNKNOWN : 0;
  const month = encodedMonth - bisOffset;
  const day = Number(niss.slice(4, 6));
  const year = century + Number(niss.slice(0, 2));
  if (month > 12) return fail('niss', 'date');

  let birthDate: string | undefined;
  if (month !== 0 && day !== 0) {
    if (day > daysInMonth(year, month)) return fail('niss', 'date');
    birthDate = `${year}-${padDigits(month, 2)}-${padDigits(day, 2)}`;
  }
  const serialIsOdd = Number(niss.slice(6, 9)) % 2 === 1;
  const sex = bisOffset === BIS_SEX_UNKNOWN ? undefined : serialIsOdd ? 'M' : 'F';
  return succeed({ niss, birthDate, sex, isBis: bisOffset !== 0 });
}

/** Presentation used on Belgian eID cards and social-security documents: '85.07.30-033.28'. */
export function formatNiss(niss: string): string {
  const digits = niss.replace(SEPARATORS, '');
  if (!/^\d{11}$/.test(digits)) return niss;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`;
}

/**
 * Builds a NISS (or BIS number) with valid check digits, for the demo-data generator and tests.
 * Uses the same rules as `parseNiss`. Throws a RangeError on a birth date outside 1900–2099 or a
 * serial outside 1..998: those are programming errors, not user input.
 */
export function makeNiss(parts: { birthDate: string; serial: number; bis?: 'sex-unknown' | 'sex-known' }): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(parts.birthDate);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`makeNiss needs an ISO birth date between 1900 and 2099, got '${parts.birthDate}'`);
  }
  if (!Number.isInteger(parts.serial) || parts.serial < 1 || parts.serial > 998) {
    throw new RangeError(`makeNiss needs a serial in 1..998, got ${parts.serial}`);
  }
  const bisOffset = parts.bis === 'sex-unknown' ? BIS_SEX_UNKNOWN : parts.bis === 'sex-known' ? BIS_SEX_KNOWN : 0;
  const body = `${padDigits(year % 100, 2)}${padDigits(month + bisOffset, 2)}${padDigits(day, 2)}${padDigits(parts.serial, 3)}`;
  const checked = year >= 2000 ? `2${body}` : body;
  return `${body}${padDigits(97 - mod97(checked), 2)}`;
}

/** Gregorian month lengths; written out rather than asking `Date` so the core stays clock-free. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
