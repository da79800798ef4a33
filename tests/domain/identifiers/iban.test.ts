import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { belgianBankCodes, formatIban, makeBelgianIban, parseIban } from '../../../shared/domain/identifiers/iban';

describe('parseIban: published examples', () => {
  // python-stdnum stdnum/be/iban.py doctests (commit 201960c); bank codes from the NBB list shipped in
  // shared/data/bank-codes.json (119-124 Beobank, 300-399 ING).
  it('reads BE32 123-4567890-02 (old BBAN separators) as a Beobank account', () => {
    expect(parseIban('BE32 123-4567890-02')).toEqual({
      ok: true,
      value: { iban: 'BE32123456789002', country: 'BE', bankCode: '123', bic: 'CTBKBEBX', bankName: 'Beobank' },
    });
  });

  it('finds the BIC of BE 48 3200 7018 4927 (ING)', () => {
    expect(parseIban('BE 48 3200 7018 4927')).toMatchObject({ ok: true, value: { bankCode: '320', bic: 'BBRUBEBB' } });
  });

  it('rejects BE41091811735141 on its national check digits', () => {
    expect(parseIban('BE41091811735141')).toEqual({
      ok: false,
      error: { code: 'checksum', messageKey: 'identifiers.iban.checksum' },
    });
  });

  it('rejects BE83138811735115, whose bank code 138 is not assigned', () => {
    expect(parseIban('BE83138811735115')).toEqual({
      ok: false,
      error: { code: 'unknown-bank', messageKey: 'identifiers.iban.unknown-bank' },
    });
  });

  it('rejects the textbook example BE68539007547034: bank code 539 is not assigned (docs/belgian-rules.md § 8.3)', () => {
    expect(parseIban('BE68 5390 0754 7034')).toMatchObject({ ok: false, error: { code: 'unknown-bank' } });
  });

  // Foreign IBANs get the ISO 13616 checks only: GR from the python-stdnum doctest, DE and FR from the
  // EPC069-12 v2.1 examples 1 and 2.
  it.each([
    ['GR16 0110 1050 0000 1054 7023 795', 'GR1601101050000010547023795', 'GR'],
    ['DE71110220330123456789', 'DE71110220330123456789', 'DE'],
    ['fr14 2004 1010 0505 0001 3m02 606', 'FR1420041010050500013M02606', 'FR'],
  ])('accepts the foreign IBAN %s', (input, iban, country) => {
    expect(parseIban(input)).toEqual({
      ok: true,
      value: { iban, country, bankCode: undefined, bic: undefined, bankName: undefined },
    });
  });

  it('leaves the BIC undefined when the NBB lists none for the bank code', () => {
    // 102: Centre d'Echange et de Compensation, no BIC in the NBB list.
    expect(parseIban(makeBelgianIban('102', 1))).toMatchObject({
      ok: true,
      value: { bankCode: '102', bic: undefined, bankName: "Centre d'Echange et de Compensation (C.E.C.)" },
    });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['BE4832007018492', 'format'],
    ['BE48320070184927X', 'format'],
    ['BEXX320070184927', 'format'],
    ['B148320070184927', 'format'],
    ['BE49 3200 7018 4927', 'checksum'],
    [`DE${'1'.repeat(33)}`, 'too-long'],
  ])('rejects %j with %s', (input, code) => {
    expect(parseIban(input)).toEqual({ ok: false, error: { code, messageKey: `identifiers.iban.${code}` } });
  });
});

describe('formatIban', () => {
  it('groups by 4 (ISO 13616 paper format)', () => {
    expect(formatIban('BE48320070184927')).toBe('BE48 3200 7018 4927');
    expect(formatIban('fr1420041010050500013m02606')).toBe('FR14 2004 1010 0505 0001 3M02 606');
    expect(formatIban('BE48 3200 7018 4927')).toBe('BE48 3200 7018 4927');
  });
});

describe('makeBelgianIban', () => {
  it('rebuilds the published ING example', () => {
    expect(makeBelgianIban('320', 701849)).toBe('BE48320070184927');
    expect(makeBelgianIban('123', 4567890)).toBe('BE32123456789002');
  });

  it('writes 97 as national check digits when the first 10 digits are a multiple of 97', () => {
    expect(makeBelgianIban('000', 97).slice(-2)).toBe('97');
  });

  it.each([
    ['32', 1],
    ['3200', 1],
    ['320', -1],
    ['320', 10_000_000],
    ['320', 1.5],
  ])('refuses bank code %j with account %s', (bankCode, account) => {
    expect(() => makeBelgianIban(bankCode, account)).toThrow(RangeError);
  });
});

describe('belgianBankCodes', () => {
  it('holds the NBB ranges in ascending, non-overlapping order', () => {
    const ranges = belgianBankCodes();
    expect(ranges.length).toBe(194);
    ranges.forEach((range, index) => {
      expect(range.from <= range.to).toBe(true);
      if (index > 0) expect((ranges[index - 1]?.to ?? '') < range.from).toBe(true);
      expect(range.bic === '' || /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(range.bic)).toBe(true);
    });
  });

  // Examples quoted in docs/belgian-rules.md § 8.3 (NBB list of 01/01/2026).
  it.each([
    ['000', 'GEBABEBB'],
    ['049', 'GEBABEBB'],
    ['050', 'GKCCBEBB'],
    ['310', 'BBRUBEBB'],
    ['735', 'KREDBEBB'],
    ['760', 'AXABBE22'],
  ])('maps bank code %s to %s', (code, bic) => {
    expect(belgianBankCodes().find((range) => range.from <= code && code <= range.to)?.bic).toBe(bic);
  });
});

describe('IBAN properties', () => {
  const assigned = fc.constantFrom(...belgianBankCodes()).chain((range) =>
    fc.record({
      range: fc.constant(range),
      bankCode: fc
        .integer({ min: Number(range.from), max: Number(range.to) })
        .map((code) => String(code).padStart(3, '0')),
      account: fc.integer({ min: 0, max: 9_999_999 }),
    }),
  );

  it('parses every generated Belgian IBAN back with its bank', () => {
    fc.assert(
      fc.property(assigned, ({ range, bankCode, account }) => {
        const iban = makeBelgianIban(bankCode, account);
        expect(parseIban(formatIban(iban))).toEqual({
          ok: true,
          value: { iban, country: 'BE', bankCode, bic: range.bic === '' ? undefined : range.bic, bankName: range.name },
        });
      }),
    );
  });

  it('rejects a single changed digit', () => {
    fc.assert(
      fc.property(
        assigned,
        fc.integer({ min: 2, max: 15 }),
        fc.integer({ min: 1, max: 9 }),
        (generated, position, shift) => {
          const iban = makeBelgianIban(generated.bankCode, generated.account);
          const changed = `${iban.slice(0, position)}${(Number(iban[position]) + shift) % 10}${iban.slice(position + 1)}`;
          expect(parseIban(changed).ok).toBe(false);
        },
      ),
    );
  });
});
