import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADDRESS_WINDOW, fitAddressBlock, fitAddressLine } from '../../../shared/domain/letters/address-block';
import { textWidth } from '../../../shared/domain/letters/text-width';
import { languages } from '../../../shared/contract/schemas';

const belgian = { postalCode: '5000', city: 'Namur', country: 'BE' };

describe('the address block fits the envelope window', () => {
  it('prints a short Belgian address as is, without a country line', () => {
    expect(fitAddressBlock({ name: 'Madame Anne Dupont', street: 'Rue de Fer 12', ...belgian }, 'fr')).toEqual({
      ok: true,
      lines: ['Madame Anne Dupont', 'Rue de Fer 12', '5000 Namur'],
    });
  });

  it('prints the country in full capitals in the letter’s language, never the ISO code', () => {
    const abroad = {
      name: 'Jan Peeters',
      street: 'Dorpsstraat 1',
      postalCode: '4811 AB',
      city: 'Breda',
      country: 'nl',
    };
    expect(fitAddressBlock(abroad, 'fr')).toMatchObject({ ok: true, lines: expect.arrayContaining(['PAYS-BAS']) });
    expect(fitAddressBlock(abroad, 'nl')).toMatchObject({ ok: true, lines: expect.arrayContaining(['NEDERLAND']) });
    expect(fitAddressBlock(abroad, 'de')).toMatchObject({ ok: true, lines: expect.arrayContaining(['NIEDERLANDE']) });
    expect(fitAddressBlock({ ...abroad, country: 'ZZ' }, 'fr')).toEqual({
      ok: false,
      problem: 'unknown-country',
      line: 'ZZ',
    });
  });

  it('abbreviates a street type when the line is too wide, and refuses what no rule can shorten', () => {
    const long = 'Avenue du Commandant-de-Gerlache-de-Gomery 12';
    expect(textWidth(long, ADDRESS_WINDOW.fontSize)).toBeGreaterThan(ADDRESS_WINDOW.widthPoints);
    expect(fitAddressLine(long)).toBe('Av. du Commandant-de-Gerlache-de-Gomery 12');
    expect(fitAddressBlock({ name: 'W'.repeat(40), street: 'Rue 1', ...belgian }, 'fr')).toMatchObject({
      ok: false,
      problem: 'line-too-wide',
    });
  });

  it('tries the abbreviations in turn, the last one ("De heer") included', () => {
    const name = 'De heer Jan-Willem Van den Broecke-Vermeulen Jr';
    expect(textWidth(name, ADDRESS_WINDOW.fontSize)).toBeGreaterThan(ADDRESS_WINDOW.widthPoints);
    expect(fitAddressLine(name)).toBe('Dhr. Jan-Willem Van den Broecke-Vermeulen Jr');
    expect(
      fitAddressBlock({ name, street: 'Kerkstraat 1', postalCode: '9000', city: 'Gent', country: 'BE' }, 'nl'),
    ).toEqual({
      ok: true,
      lines: ['Dhr. Jan-Willem Van den Broecke-Vermeulen Jr', 'Kerkstraat 1', '9000 Gent'],
    });
  });

  it('prints the five lines of the fullest address (attention line and country) within the window’s six', () => {
    const input = {
      name: 'Jan Peeters',
      attention: 'p/a Marie Peeters',
      street: 'Dorpsstraat 1',
      postalCode: '4811 AB',
      city: 'Breda',
      country: 'NL',
    };
    const result = fitAddressBlock(input, 'nl');
    expect(result).toEqual({
      ok: true,
      lines: ['Jan Peeters', 'p/a Marie Peeters', 'Dorpsstraat 1', '4811 AB Breda', 'NEDERLAND'],
    });
  });

  it('refuses a line with a control character instead of printing it', () => {
    expect(fitAddressBlock({ name: 'Anne\u0000Dupont', street: 'Rue 1', ...belgian }, 'fr')).toMatchObject({
      ok: false,
      problem: 'unprintable',
    });
  });

  it('never gives more than 6 lines nor a line wider than the window, whatever the input', () => {
    const field = fc.string({
      maxLength: 80,
      unit: fc.constantFrom(...'aàbcdeéèfghiïjklmnoöpqrstuüvwxyzAWM -.’/\u0000\n0123456789'),
    });
    fc.assert(
      fc.property(
        fc.record({
          name: field,
          attention: fc.option(field, { nil: undefined }),
          street: field,
          postalCode: fc.stringMatching(/^[0-9]{4}$/),
          city: field,
          country: fc.constantFrom('BE', 'NL', 'FR', 'DE', 'LU', 'XX', 'be'),
        }),
        fc.constantFrom(...languages),
        (input, language) => {
          const result = fitAddressBlock(input, language);
          if (!result.ok) return;
          expect(result.lines.length).toBeLessThanOrEqual(ADDRESS_WINDOW.maxLines);
          for (const line of result.lines) {
            expect(textWidth(line, ADDRESS_WINDOW.fontSize)).toBeLessThanOrEqual(ADDRESS_WINDOW.widthPoints);
            expect(line).not.toMatch(/[\u0000-\u001f]/);
            expect(line).not.toBe('');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
