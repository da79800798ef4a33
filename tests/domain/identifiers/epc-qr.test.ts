import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cents } from '../../../shared/domain/money';
import { buildEpcPayload, parseEpcPayload } from '../../../shared/domain/identifiers/epc-qr';
import { makeBelgianIban } from '../../../shared/domain/identifiers/iban';
import { makeRfReference } from '../../../shared/domain/identifiers/rf-reference';
import { makeStructuredCommunication } from '../../../shared/domain/identifiers/structured-communication';

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

// EPC069-12 v2.1 (9 February 2012) example 1, as reproduced by the segno test suite
// (tests/test_helpers_epcqr.py, test_reference_002): 96 bytes in UTF-8.
const EXAMPLE_1 = [
  'BCD',
  '002',
  '1',
  'SCT',
  'BHBLDEHHXXX',
  'Franz Mustermänn',
  'DE71110220330123456789',
  'EUR12.3',
  'GDDS',
  'RF18539007547034',
].join('\n');

// EPC069-12 v2.1 example 2 (segno test_text_002) written in UTF-8 instead of ISO-8859-1: the 'ç' takes
// one more byte, so 104 bytes instead of the example's 103.
const EXAMPLE_2 = [
  'BCD',
  '002',
  '1',
  'SCT',
  '',
  "François D'Alsace S.A.",
  'FR1420041010050500013M02606',
  'EUR12.3',
  '',
  '',
  'Client:Marie Louise La Lune',
].join('\n');

const FUND = { name: 'Caisse Guichet', iban: 'BE48 3200 7018 4927', amount: cents(89042) };

describe('buildEpcPayload: published examples', () => {
  it('reproduces EPC069-12 example 1 byte for byte', () => {
    const built = buildEpcPayload({
      bic: 'BHBLDEHHXXX',
      name: 'Franz Mustermänn',
      iban: 'DE71110220330123456789',
      amount: cents(1230),
      purpose: 'GDDS',
      structuredCommunication: 'RF18539007547034',
    });
    expect(built).toEqual({ ok: true, value: EXAMPLE_1 });
    expect(utf8Bytes(EXAMPLE_1)).toBe(96);
  });

  it('reproduces EPC069-12 example 2 in UTF-8', () => {
    const built = buildEpcPayload({
      name: "François D'Alsace S.A.",
      iban: 'FR14 2004 1010 0505 0001 3M02 606',
      amount: cents(1230),
      remittanceText: 'Client:Marie Louise La Lune',
    });
    expect(built).toEqual({ ok: true, value: EXAMPLE_2 });
    expect(utf8Bytes(EXAMPLE_2)).toBe(104);
  });
});

describe('buildEpcPayload: Belgian payments', () => {
  it('writes a Belgian OGM in its +++…+++ form on line 10 and drops the empty trailing line', () => {
    const built = buildEpcPayload({ ...FUND, structuredCommunication: '010806817183' });
    expect(built).toEqual({
      ok: true,
      value: 'BCD\n002\n1\nSCT\n\nCaisse Guichet\nBE48320070184927\nEUR890.42\n\n+++010/8068/17183+++',
    });
  });

  it('ends after the amount when there is no remittance, and uppercases BIC and purpose', () => {
    expect(buildEpcPayload({ ...FUND, bic: ' bbrubebb ' })).toEqual({
      ok: true,
      value: 'BCD\n002\n1\nSCT\nBBRUBEBB\nCaisse Guichet\nBE48320070184927\nEUR890.42',
    });
    expect(buildEpcPayload({ ...FUND, purpose: 'gdds' })).toMatchObject({
      ok: true,
      value: expect.stringMatching(/\nGDDS$/),
    });
  });

  it.each([
    [100_000, 'EUR1000'],
    [500, 'EUR5'],
    [5, 'EUR0.05'],
    [1234, 'EUR12.34'],
    [99_999_999_999, 'EUR999999999.99'],
  ])('writes %s cents as %s', (amount, line) => {
    const built = buildEpcPayload({ ...FUND, amount: cents(amount) });
    expect(built.ok && built.value.split('\n')[7]).toBe(line);
  });

  it('counts bytes, not characters, against the 331-byte limit', () => {
    const fourByteName = '😃'.repeat(70);
    expect(buildEpcPayload({ ...FUND, name: fourByteName })).toMatchObject({ ok: true });
    expect(buildEpcPayload({ ...FUND, name: fourByteName, remittanceText: '€'.repeat(20) })).toEqual({
      ok: false,
      error: { code: 'too-long', messageKey: 'identifiers.epcQr.too-long' },
    });
  });

  it.each([
    ['a BIC of the wrong length', { bic: 'BHBLDE' }, 'format'],
    ['an empty name', { name: '  ' }, 'empty'],
    ['a name over 70 characters', { name: 'a'.repeat(71) }, 'too-long'],
    ['a name with a line break', { name: 'Caisse\nGuichet' }, 'format'],
    ['a zero amount', { amount: cents(0) }, 'format'],
    ['an amount above 999,999,999.99', { amount: cents(100_000_000_000) }, 'format'],
    ['a purpose that is not 4 letters', { purpose: 'GDD' }, 'format'],
    [
      'both a structured and an unstructured remittance',
      { structuredCommunication: '010806817183', remittanceText: 'x' },
      'format',
    ],
    ['a remittance text over 140 characters', { remittanceText: 'x'.repeat(141) }, 'too-long'],
    ['a remittance text with a line break', { remittanceText: 'a\r\nb' }, 'format'],
    ['a structured reference that is neither OGM nor RF', { structuredCommunication: 'INVOICE 12' }, 'format'],
  ])('rejects %s', (_label, change, code) => {
    expect(buildEpcPayload({ ...FUND, ...change })).toEqual({
      ok: false,
      error: { code, messageKey: `identifiers.epcQr.${code}` },
    });
  });

  it('passes on the IBAN error unchanged', () => {
    expect(buildEpcPayload({ ...FUND, iban: 'BE49 3200 7018 4927' })).toEqual({
      ok: false,
      error: { code: 'checksum', messageKey: 'identifiers.iban.checksum' },
    });
  });
});

describe('parseEpcPayload', () => {
  it('reads EPC069-12 example 1', () => {
    expect(parseEpcPayload(EXAMPLE_1)).toEqual({
      ok: true,
      value: {
        bic: 'BHBLDEHHXXX',
        name: 'Franz Mustermänn',
        iban: 'DE71110220330123456789',
        amount: 1230,
        structuredCommunication: 'RF18539007547034',
      },
    });
  });

  it('reads EPC069-12 example 2, with CRLF line endings too', () => {
    const expected = {
      ok: true,
      value: {
        name: "François D'Alsace S.A.",
        iban: 'FR1420041010050500013M02606',
        amount: 1230,
        remittanceText: 'Client:Marie Louise La Lune',
      },
    };
    expect(parseEpcPayload(EXAMPLE_2)).toEqual(expected);
    expect(parseEpcPayload(EXAMPLE_2.replaceAll('\n', '\r\n'))).toEqual(expected);
  });

  it('returns a Belgian OGM as its 12 digits and reads version 001 with its BIC', () => {
    const payload = 'BCD\n001\n1\nSCT\nBBRUBEBB\nCaisse Guichet\nBE48320070184927\nEUR1000\n\n+++010/8068/17183+++';
    expect(parseEpcPayload(payload)).toEqual({
      ok: true,
      value: {
        bic: 'BBRUBEBB',
        name: 'Caisse Guichet',
        iban: 'BE48320070184927',
        amount: 100_000,
        structuredCommunication: '010806817183',
      },
    });
  });

  const valid = 'BCD\n002\n1\nSCT\n\nCaisse Guichet\nBE48320070184927\nEUR890.42';
  it.each([
    ['an empty payload', '  ', 'empty'],
    ['a payload over 331 bytes', `${valid}\n\n\n${'é'.repeat(140)}`, 'too-long'],
    ['mixed line endings', valid.replace('\n', '\r\n'), 'format'],
    ['a lone carriage return', valid.replace('SCT', 'S\rCT'), 'format'],
    ['more than 12 lines', `${valid}\n\n\nx\ny\nz`, 'format'],
    ['another service tag', valid.replace('BCD', 'XYZ'), 'format'],
    ['an unknown version', valid.replace('002', '003'), 'format'],
    ['an unknown character set', valid.replace('\n1\n', '\n9\n'), 'format'],
    ['a payload cut after the service tag', 'BCD', 'format'],
    ['another identification', valid.replace('SCT', 'INST'), 'format'],
    ['version 001 without a BIC', valid.replace('002', '001'), 'format'],
    ['a malformed BIC', valid.replace('SCT\n', 'SCT\nBBRU\n'), 'format'],
    ['a payload without a name', 'BCD\n002\n1\nSCT', 'empty'],
    ['an amount in another currency', valid.replace('EUR', 'USD'), 'format'],
    ['a zero amount', valid.replace('EUR890.42', 'EUR0.00'), 'format'],
    ['no amount', valid.replace('EUR890.42', ''), 'format'],
    ['both remittance lines', `${valid}\n\n+++010/8068/17183+++\ntext`, 'format'],
    ['a structured line that is neither OGM nor RF', `${valid}\n\nINVOICE 12`, 'format'],
  ])('rejects %s', (_label, payload, code) => {
    expect(parseEpcPayload(payload)).toEqual({ ok: false, error: { code, messageKey: `identifiers.epcQr.${code}` } });
  });

  it('passes on the IBAN error unchanged', () => {
    expect(parseEpcPayload(valid.replace('BE48', 'BE49'))).toMatchObject({
      ok: false,
      error: { messageKey: 'identifiers.iban.checksum' },
    });
  });
});

describe('EPC QR properties', () => {
  const remittance = fc.oneof(
    fc.constant({ input: {}, expected: {} }),
    fc.stringMatching(/^\d{1,10}$/).map((reference) => {
      const ogm = makeStructuredCommunication(reference);
      return { input: { structuredCommunication: ogm }, expected: { structuredCommunication: ogm.replace(/\D/g, '') } };
    }),
    fc.stringMatching(/^[A-Z0-9]{1,21}$/).map((reference) => {
      const rf = makeRfReference(reference);
      return { input: { structuredCommunication: rf }, expected: { structuredCommunication: rf } };
    }),
    fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 /:-]{0,99}$/).map((text) => ({
      input: { remittanceText: text },
      expected: { remittanceText: text.trim() },
    })),
  );
  const payment = fc.record({
    // At most 60 Latin-1 letters (2 bytes each) and 100 ASCII characters of remittance keep every
    // payload under 331 bytes, so every generated payment must be accepted.
    name: fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' .-]{0,59}$/),
    account: fc.integer({ min: 0, max: 9_999_999 }),
    amount: fc.integer({ min: 1, max: 99_999_999_999 }),
    remittance,
  });

  it('reads back what it builds, always within 331 bytes', () => {
    fc.assert(
      fc.property(payment, ({ name, account, amount, remittance: { input, expected } }) => {
        const iban = makeBelgianIban('320', account);
        const built = buildEpcPayload({ name, iban, amount: cents(amount), ...input });
        expect(built.ok).toBe(true);
        if (!built.ok) return;
        expect(utf8Bytes(built.value)).toBeLessThanOrEqual(331);
        expect(parseEpcPayload(built.value)).toEqual({
          ok: true,
          value: { name: name.trim(), iban, amount, ...expected },
        });
      }),
    );
  });
});
