/**
 * Field positions of the CODA records read here, from Febelfin's "Standard CODA 2.6" (128-character
 * records, version code 2). Positions are 1-based and inclusive, as the standard writes them; the
 * table is written out in docs/bank-statements.md.
 */
import { parseIsoDate, type IsoDate } from '../calendar';

/** Characters `from`..`to` (1-based, inclusive) of a record. */
export function field(record: string, from: number, to: number): string {
  return record.slice(from - 1, to);
}

/**
 * A CODA amount: 15 digits with 3 decimals (thousandths of the currency unit), in cents; undefined when
 * not digits or when the thousandths digit is not 0 (a euro statement never books a fraction of a cent).
 */
export function codaAmountCents(digits: string): number | undefined {
  if (!/^\d{15}$/.test(digits)) return undefined;
  if (!digits.endsWith('0')) return undefined;
  return Number(digits.slice(0, 14));
}

/** DDMMYY as an ISO date in 2000–2099 (CODA has no century); undefined when not a calendar date. */
export function codaDate(ddmmyy: string): IsoDate | undefined {
  if (!/^\d{6}$/.test(ddmmyy)) return undefined;
  return parseIsoDate(`20${ddmmyy.slice(4, 6)}-${ddmmyy.slice(2, 4)}-${ddmmyy.slice(0, 2)}`);
}

export type CodaAccount = { iban: string; currency: string };

/**
 * The account of records 1 and 8 (their positions `start`..`start + 36`). Structure 2 (Belgian IBAN) and
 * 3 (foreign IBAN): the IBAN in the first 34 positions, the currency in the last 3. The older
 * structures 0 and 1 (national account numbers) are not read: banks send IBANs in CODA 2.
 */
export function codaAccount(structure: string, zone: string): CodaAccount | undefined {
  if (structure !== '2' && structure !== '3') return undefined;
  const iban = zone.slice(0, 34).trim();
  const currency = zone.slice(34, 37);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban) || !/^[A-Z]{3}$/.test(currency)) return undefined;
  return { iban, currency };
}

/** Sign digit of CODA: 0 credit, 1 debit. */
export function codaSign(digit: string): 'credit' | 'debit' | undefined {
  if (digit === '0') return 'credit';
  if (digit === '1') return 'debit';
  return undefined;
}
