import bankCodeData from '../../data/bank-codes.json';
import { lettersToDigits, mod97, padDigits } from './mod97';
import { fail, succeed, type ParseResult } from './result';

export type IbanInfo = {
  /** Electronic format: uppercase, no spaces. */
  iban: string;
  country: string;
  /** Belgian IBANs only: the 3-digit bank identification code. */
  bankCode: string | undefined;
  bic: string | undefined;
  bankName: string | undefined;
};

export type BelgianBankRange = { from: string; to: string; bic: string; name: string };

const ranges: readonly BelgianBankRange[] = Object.freeze(
  bankCodeData.ranges.map((range: BelgianBankRange) => Object.freeze({ ...range })),
);

/**
 * Validates an IBAN typed with or without spaces (ISO 13616-1): two letters, two check digits, then up
 * to 30 alphanumerics; moved to the end and read as digits (A = 10 … Z = 35) the whole must be
 * ≡ 1 (mod 97) (ISO 7064 MOD 97-10).
 * Belgian IBANs (16 characters) also get the national BBAN check — the first 10 digits mod 97, 97 for
 * a remainder of 0, must equal the last 2 — and their 3-digit bank code must be assigned in the
 * National Bank of Belgium's list; the BIC and bank name come from that list. Other countries get the
 * ISO checks only (no registry of national formats is shipped).
 */
export function parseIban(input: string): ParseResult<IbanInfo> {
  const iban = input.replace(/[\s.-]/g, '').toUpperCase();
  if (iban === '') return fail('iban', 'empty');
  if (iban.length > 34) return fail('iban', 'too-long');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(iban)) return fail('iban', 'format');
  const country = iban.slice(0, 2);
  if (country === 'BE' && !/^BE\d{14}$/.test(iban)) return fail('iban', 'format');
  if (mod97(lettersToDigits(`${iban.slice(4)}${iban.slice(0, 4)}`)) !== 1) return fail('iban', 'checksum');
  if (country !== 'BE') {
    return succeed({ iban, country, bankCode: undefined, bic: undefined, bankName: undefined });
  }
  const bban = iban.slice(4);
  if (nationalCheckDigits(bban.slice(0, 10)) !== bban.slice(10)) return fail('iban', 'checksum');
  const bankCode = bban.slice(0, 3);
  const bank = findBank(bankCode);
  if (!bank) return fail('iban', 'unknown-bank');
  return succeed({ iban, country, bankCode, bic: bank.bic === '' ? undefined : bank.bic, bankName: bank.name });
}

/** Paper format of ISO 13616-1: groups of 4 characters separated by a space. */
export function formatIban(iban: string): string {
  const compact = iban.replace(/\s/g, '').toUpperCase();
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Builds a Belgian IBAN from a 3-digit bank code and a 7-digit account number (the old BBAN
 * 'bbb-aaaaaaa-cc'), computing both the national and the ISO check digits. For the demo-data
 * generator; it does not require the bank code to be assigned. Throws a RangeError on malformed parts.
 */
export function makeBelgianIban(bankCode: string, accountNumber: number): string {
  if (!/^\d{3}$/.test(bankCode)) throw new RangeError(`makeBelgianIban needs a 3-digit bank code, got '${bankCode}'`);
  if (!Number.isInteger(accountNumber) || accountNumber < 0 || accountNumber > 9_999_999) {
    throw new RangeError(`makeBelgianIban needs an account number in 0..9999999, got ${accountNumber}`);
  }
  const firstTen = `${bankCode}${padDigits(accountNumber, 7)}`;
  const bban = `${firstTen}${nationalCheckDigits(firstTen)}`;
  const isoCheck = 98 - mod97(lettersToDigits(`${bban}BE00`));
  return `BE${padDigits(isoCheck, 2)}${bban}`;
}

/** The National Bank of Belgium's grouped list of bank identification codes, ranges in ascending order. */
export function belgianBankCodes(): readonly BelgianBankRange[] {
  return ranges;
}

function nationalCheckDigits(firstTen: string): string {
  return padDigits(mod97(firstTen) || 97, 2);
}

function findBank(bankCode: string): BelgianBankRange | undefined {
  return ranges.find((range) => range.from <= bankCode && bankCode <= range.to);
}
