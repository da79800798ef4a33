import { cents, type Cents } from '../money';
import { parseIban } from './iban';
import { fail, succeed, type ParseResult } from './result';
import { parseRfReference } from './rf-reference';
import { formatStructuredCommunication, parseStructuredCommunication } from './structured-communication';

/**
 * EPC QR code payload ("GiroCode"), European Payments Council EPC069-12 "Quick Response Code:
 * Guidelines to Enable Data Capture for the Initiation of a SEPA Credit Transfer" (v2.1 / v3.0).
 * We always write version 002 (BIC optional inside the EEA), character set 1 (UTF-8) and
 * identification SCT, with lines separated by LF and trailing empty lines left out.
 *
 * Line  1 BCD · 2 version · 3 character set · 4 SCT · 5 BIC · 6 beneficiary name (≤ 70) · 7 IBAN ·
 * 8 'EUR' + amount · 9 purpose code · 10 structured remittance (≤ 35) · 11 unstructured remittance
 * (≤ 140, exclusive with line 10) · 12 beneficiary-to-originator information.
 */
export type EpcPayment = {
  bic?: string;
  name: string;
  iban: string;
  amount: Cents;
  /** A Belgian OGM/VCS (written '+++123/4567/89002+++') or an ISO 11649 'RF' reference. */
  structuredCommunication?: string;
  remittanceText?: string;
};

const MAX_PAYLOAD_BYTES = 331;
const MAX_NAME = 70;
const MAX_REMITTANCE_TEXT = 140;
const MAX_AMOUNT_CENTS = 99_999_999_999;
const BIC_PATTERN = /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/**
 * Builds the payload for a transfer to the fund. The amount must be 0.01 to 999,999,999.99 EUR and is
 * written with at most two decimals and no trailing zero ('EUR12.3'), as in the EPC069-12 examples.
 * A Belgian OGM goes to line 10 in its '+++…+++' form (Belgian bank apps' exact expectation is not
 * confirmed; see docs/belgian-rules.md § 8.5). The payload may not exceed 331 bytes in UTF-8.
 */
export function buildEpcPayload(input: EpcPayment & { purpose?: string }): ParseResult<string> {
  const bic = input.bic?.trim().toUpperCase() ?? '';
  if (bic !== '' && !BIC_PATTERN.test(bic)) return fail('epcQr', 'format');
  const name = input.name.trim();
  if (name === '') return fail('epcQr', 'empty');
  if (characterCount(name) > MAX_NAME) return fail('epcQr', 'too-long');
  const iban = parseIban(input.iban);
  if (!iban.ok) return iban;
  if (input.amount < 1 || input.amount > MAX_AMOUNT_CENTS) return fail('epcQr', 'format');
  const purpose = input.purpose?.trim().toUpperCase() ?? '';
  if (purpose !== '' && !/^[A-Z]{4}$/.test(purpose)) return fail('epcQr', 'format');
  const reference = input.structuredCommunication?.trim() ?? '';
  const text = input.remittanceText?.trim() ?? '';
  if (reference !== '' && text !== '') return fail('epcQr', 'format');
  if (characterCount(text) > MAX_REMITTANCE_TEXT) return fail('epcQr', 'too-long');
  const structured = reference === '' ? '' : writeStructuredReference(reference);
  if (structured === undefined) return fail('epcQr', 'format');
  if (/[\r\n]/.test(`${name}${text}`)) return fail('epcQr', 'format');

  const lines = [
    'BCD',
    '002',
    '1',
    'SCT',
    bic,
    name,
    iban.value.iban,
    formatAmount(input.amount),
    purpose,
    structured,
    text,
  ];
  while (lines.at(-1) === '') lines.pop();
  const payload = lines.join('\n');
  if (utf8ByteLength(payload) > MAX_PAYLOAD_BYTES) return fail('epcQr', 'too-long');
  return succeed(payload);
}

/**
 * Reads a payload back (for tests and for checking a scanned code): versions 001 and 002, LF or CRLF
 * line endings (never mixed), an amount in EUR, and line 10 holding either a Belgian OGM (returned as
 * its 12 digits) or an RF reference (returned in electronic form).
 */
export function parseEpcPayload(payload: string): ParseResult<EpcPayment> {
  if (payload.trim() === '') return fail('epcQr', 'empty');
  if (utf8ByteLength(payload) > MAX_PAYLOAD_BYTES) return fail('epcQr', 'too-long');
  const separator = payload.includes('\r\n') ? '\r\n' : '\n';
  const lines = payload.split(separator);
  if (lines.some((line) => line.includes('\r') || line.includes('\n')) || lines.length > 12)
    return fail('epcQr', 'format');
  const field = (index: number): string => lines[index] ?? '';
  const version = field(1);
  const bic = field(4);
  const name = field(5);
  const reference = field(9);
  const text = field(10);
  if (field(0) !== 'BCD' || (version !== '001' && version !== '002') || !/^[1-8]$/.test(field(2))) {
    return fail('epcQr', 'format');
  }
  if (field(3) !== 'SCT' || (bic === '' ? version === '001' : !BIC_PATTERN.test(bic))) return fail('epcQr', 'format');
  if (name === '') return fail('epcQr', 'empty');
  const iban = parseIban(field(6));
  if (!iban.ok) return iban;
  const amount = readAmount(field(7));
  if (amount === undefined || (reference !== '' && text !== '')) return fail('epcQr', 'format');
  const structuredCommunication = reference === '' ? undefined : readStructuredReference(reference);
  if (structuredCommunication === null) return fail('epcQr', 'format');
  return succeed({
    ...(bic === '' ? {} : { bic }),
    name,
    iban: iban.value.iban,
    amount,
    ...(structuredCommunication === undefined ? {} : { structuredCommunication }),
    ...(text === '' ? {} : { remittanceText: text }),
  });
}

function writeStructuredReference(reference: string): string | undefined {
  const ogm = parseStructuredCommunication(reference);
  if (ogm.ok) return formatStructuredCommunication(ogm.value);
  const rf = parseRfReference(reference);
  return rf.ok ? rf.value : undefined;
}

function readStructuredReference(reference: string): string | null {
  const ogm = parseStructuredCommunication(reference);
  if (ogm.ok) return ogm.value;
  const rf = parseRfReference(reference);
  return rf.ok ? rf.value : null;
}

function formatAmount(amount: Cents): string {
  const euros = Math.floor(amount / 100);
  const fraction = String(amount % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction === '' ? `EUR${euros}` : `EUR${euros}.${fraction}`;
}

function readAmount(line: string): Cents | undefined {
  const match = /^EUR(\d{1,9})(?:\.(\d{1,2}))?$/.exec(line);
  if (!match) return undefined;
  const value = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return value === 0 ? undefined : cents(value);
}

/**
 * UTF-8 length without TextEncoder (not in the shared lib). String iteration yields code points: a
 * surrogate pair (2 UTF-16 units) takes 4 bytes, and a lone surrogate is written as U+FFFD (3 bytes).
 */
function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const unit = character.charCodeAt(0);
    bytes += character.length === 2 ? 4 : unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
  }
  return bytes;
}

/** EPC069-12 limits count characters, not UTF-16 units. */
function characterCount(text: string): number {
  return [...text].length;
}
