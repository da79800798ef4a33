import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNiss, makeNiss, parseNiss } from '../../../shared/domain/identifiers/niss';

/** Independent oracle (BigInt, written from the IT000 rule): 9 digits + check digits for a century. */
function withCheckDigits(nineDigits: string, century: 1900 | 2000): string {
  const checked = BigInt(century === 2000 ? `2${nineDigits}` : nineDigits);
  return `${nineDigits}${String(97n - (checked % 97n)).padStart(2, '0')}`;
}

describe('parseNiss: published examples', () => {
  // python-stdnum stdnum/be/nn.py doctests (commit 0674ef6), re-checked in docs/belgian-rules.md § 8.1.
  it.each([
    ['85.07.30-033 28', '85073003328', '1985-07-30', 'M'],
    ['85 07 30 033 28', '85073003328', '1985-07-30', 'M'],
    // Born in 2017: the check digits are computed over '2' + the first 9 digits.
    ['17 07 30 033 84', '17073003384', '2017-07-30', 'M'],
  ])('reads %s as a national number', (input, niss, birthDate, sex) => {
    expect(parseNiss(input)).toEqual({ ok: true, value: { niss, birthDate, sex, isBis: false } });
  });

  // python-stdnum stdnum/be/bis.py doctests (commit 152d4c5): month + 40, sex known.
  it.each([
    ['98.47.28-997.65', '98472899765', '1998-07-28'],
    ['01 49 07 001 85', '01490700185', '2001-09-07'],
  ])('reads %s as a BIS number with the sex known', (input, niss, birthDate) => {
    expect(parseNiss(input)).toEqual({ ok: true, value: { niss, birthDate, sex: 'M', isBis: true } });
  });

  it('rejects 12345678901 on its check digits (python-stdnum nn.py doctest)', () => {
    expect(parseNiss('12345678901')).toEqual({
      ok: false,
      error: { code: 'checksum', messageKey: 'identifiers.niss.checksum' },
    });
  });

  it('formats as on the eID card (python-stdnum nn.py doctest)', () => {
    expect(formatNiss('85073003328')).toBe('85.07.30-033.28');
    expect(formatNiss('85 07 30 033 28')).toBe('85.07.30-033.28');
  });
});

describe('parseNiss: special cases of the IT000 instruction', () => {
  it('accepts an unknown month or day and leaves the birth date undefined', () => {
    const unknownMonth = parseNiss(withCheckDigits('850000124', 1900));
    expect(unknownMonth).toEqual({ ok: true, value: expect.objectContaining({ birthDate: undefined, sex: 'F' }) });
    const unknownDay = parseNiss(withCheckDigits('850700033', 1900));
    expect(unknownDay).toEqual({ ok: true, value: expect.objectContaining({ birthDate: undefined, sex: 'M' }) });
  });

  it('accepts the fictitious date 000001 used when the whole birth date is unknown', () => {
    expect(parseNiss(withCheckDigits('000001001', 2000))).toEqual({
      ok: true,
      value: { niss: withCheckDigits('000001001', 2000), birthDate: undefined, sex: 'M', isBis: false },
    });
  });

  it('leaves the sex undefined for a BIS number issued with the sex unknown (month + 20)', () => {
    expect(parseNiss(withCheckDigits('752712002', 1900))).toEqual({
      ok: true,
      value: { niss: withCheckDigits('752712002', 1900), birthDate: '1975-07-12', sex: undefined, isBis: true },
    });
  });

  it('reads a woman from an even serial', () => {
    expect(parseNiss(withCheckDigits('900228998', 1900))).toEqual({
      ok: true,
      value: expect.objectContaining({ birthDate: '1990-02-28', sex: 'F' }),
    });
  });

  it.each([
    ['a 13th month', withCheckDigits('851301001', 1900)],
    ['a BIS month above 52', withCheckDigits('855301001', 1900)],
    ['30 February', withCheckDigits('850230001', 1900)],
    ['29 February in a common year', withCheckDigits('010229001', 2000)],
    ['31 April', withCheckDigits('850431001', 1900)],
  ])('rejects %s as a date error', (_label, niss) => {
    expect(parseNiss(niss)).toEqual({ ok: false, error: { code: 'date', messageKey: 'identifiers.niss.date' } });
  });

  it('accepts 29 February in leap years, including 2000', () => {
    expect(parseNiss(withCheckDigits('000229001', 2000))).toMatchObject({
      ok: true,
      value: { birthDate: '2000-02-29' },
    });
    expect(parseNiss(withCheckDigits('960229001', 1900))).toMatchObject({
      ok: true,
      value: { birthDate: '1996-02-29' },
    });
  });

  it('rejects 29 February 1900, not a leap year', () => {
    expect(parseNiss(withCheckDigits('000229001', 1900))).toMatchObject({ ok: false, error: { code: 'date' } });
  });

  it.each([
    ['', 'empty'],
    [' . - ', 'empty'],
    ['8507300332', 'format'],
    ['850730033288', 'format'],
    ['85O73003328', 'format'],
  ])('rejects %j with %s', (input, code) => {
    expect(parseNiss(input)).toEqual({ ok: false, error: { code, messageKey: `identifiers.niss.${code}` } });
  });

  it('returns other input unchanged from formatNiss', () => {
    expect(formatNiss('12345')).toBe('12345');
  });
});

describe('makeNiss', () => {
  it('builds the published examples', () => {
    expect(makeNiss({ birthDate: '1985-07-30', serial: 33 })).toBe('85073003328');
    expect(makeNiss({ birthDate: '2017-07-30', serial: 33 })).toBe('17073003384');
    expect(makeNiss({ birthDate: '1998-07-28', serial: 997, bis: 'sex-known' })).toBe('98472899765');
  });

  it.each([
    [{ birthDate: '1899-12-31', serial: 1 }],
    [{ birthDate: '2100-01-01', serial: 1 }],
    [{ birthDate: '1985-02-30', serial: 1 }],
    [{ birthDate: '1985-13-01', serial: 1 }],
    [{ birthDate: '1985-00-10', serial: 1 }],
    [{ birthDate: '1985-01-00', serial: 1 }],
    [{ birthDate: '30/07/1985', serial: 1 }],
    [{ birthDate: '1985-07-30', serial: 0 }],
    [{ birthDate: '1985-07-30', serial: 999 }],
    [{ birthDate: '1985-07-30', serial: 1.5 }],
  ])('refuses %j', (parts) => {
    expect(() => makeNiss(parts)).toThrow(RangeError);
  });
});

describe('NISS properties', () => {
  const isoDate = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
  const parts = fc.record({
    birthDate: isoDate,
    serial: fc.integer({ min: 1, max: 998 }),
    bis: fc.constantFrom(undefined, 'sex-unknown' as const, 'sex-known' as const),
  });

  it('parses every generated number back to its birth date, sex and kind (both centuries, BIS)', () => {
    fc.assert(
      fc.property(parts, ({ birthDate, serial, bis }) => {
        const niss = makeNiss(bis === undefined ? { birthDate, serial } : { birthDate, serial, bis });
        const sex = bis === 'sex-unknown' ? undefined : serial % 2 === 1 ? 'M' : 'F';
        expect(parseNiss(formatNiss(niss))).toEqual({
          ok: true,
          value: { niss, birthDate, sex, isBis: bis !== undefined },
        });
      }),
    );
  });

  it('shows the one undetectable typo: a second digit changed by 6 reads as the other century', () => {
    const niss = makeNiss({ birthDate: '1986-02-28', serial: 33 });
    const typo = `${niss[0]}0${niss.slice(2)}`;
    expect(parseNiss(typo)).toMatchObject({ ok: true, value: { birthDate: '2080-02-28' } });
  });

  it('rejects a single changed digit, except the known century ambiguity of the second digit', () => {
    // Changing the second digit by 6 moves the first 9 digits by 6·10^7, which is ≡ ±68 (mod 97), the
    // same as the '2' prefix (2,000,000,000 mod 97 = 68): the other century's formula then matches and
    // the number reads as a birth in the other century. The scheme cannot detect that change.
    fc.assert(
      fc.property(
        parts,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (generated, position, shift) => {
          const niss = makeNiss({ birthDate: generated.birthDate, serial: generated.serial });
          const digit = (Number(niss[position]) + shift) % 10;
          const changed = `${niss.slice(0, position)}${digit}${niss.slice(position + 1)}`;
          const result = parseNiss(changed);
          if (result.ok) {
            expect(position).toBe(1);
            expect(Math.abs(digit - Number(niss[1]))).toBe(6);
            const parsedYear = Number(result.value.birthDate?.slice(0, 4));
            const generatedYear = Number(generated.birthDate.slice(0, 4));
            expect(parsedYear >= 2000).not.toBe(generatedYear >= 2000);
          }
        },
      ),
    );
  });
});
