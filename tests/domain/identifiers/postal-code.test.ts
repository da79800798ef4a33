import { describe, expect, it } from 'vitest';
import postalCodeData from '../../../shared/data/postal-codes.json';
import {
  allPostalCodes,
  isBelgianPostalCode,
  municipalitiesFor,
  provinceNames,
} from '../../../shared/domain/identifiers/postal-code';

// Expected values come from the bpost postcode lists (zipcodes_num_nl_2025, zipcodes_num_fr) described in
// shared/data/README.md.
describe('municipalitiesFor', () => {
  it('gives the bilingual name in Brussels with the French and Dutch forms', () => {
    expect(municipalitiesFor('1050')).toEqual([
      { postalCode: '1050', name: 'Ixelles / Elsene', nameFr: 'Ixelles', nameNl: 'Elsene', province: 'BE-BRU' },
    ]);
  });

  it('lists a postcode’s localities in bpost order, then the municipality bpost names for them', () => {
    expect(municipalitiesFor('1380').map((place) => place.name)).toEqual([
      'Couture-Saint-Germain',
      'Lasne-Chapelle-Saint-Lambert',
      'Maransart',
      'Ohain',
      'Plancenoit',
      'Lasne',
    ]);
  });

  it('follows the 2025 mergers (Zwijndrecht is now in Beveren-Kruibeke-Zwijndrecht, East Flanders)', () => {
    expect(municipalitiesFor('2070')).toEqual([
      expect.objectContaining({ name: 'Burcht', province: 'BE-VOV' }),
      expect.objectContaining({ name: 'Zwijndrecht', province: 'BE-VOV' }),
      expect.objectContaining({ name: 'Beveren-Kruibeke-Zwijndrecht', province: 'BE-VOV' }),
    ]);
  });

  it('gives German names in the German-speaking municipalities', () => {
    expect(municipalitiesFor('4720')).toEqual([
      {
        postalCode: '4720',
        name: 'Kelmis',
        nameFr: 'La Calamine',
        nameNl: 'Kelmis',
        nameDe: 'Kelmis',
        province: 'BE-WLG',
      },
    ]);
    expect(municipalitiesFor('4760')[0]).toMatchObject({ name: 'Büllingen', nameFr: 'Bullange', nameDe: 'Büllingen' });
  });

  it('keeps the French forms of the municipalities with language facilities', () => {
    expect(municipalitiesFor('1640')[0]).toMatchObject({ name: 'Sint-Genesius-Rode', nameFr: 'Rhode-Saint-Genèse' });
    expect(municipalitiesFor('3790').find((place) => place.name === 'Voeren')).toMatchObject({ nameFr: 'Fourons' });
    expect(municipalitiesFor('7780')).toContainEqual(
      expect.objectContaining({ name: 'Comines-Warneton', nameNl: 'Komen-Waasten', province: 'BE-WHT' }),
    );
  });

  it('restores accents in Walloon names', () => {
    expect(municipalitiesFor('4000').map((place) => place.name)).toContain('Liège');
    expect(municipalitiesFor('7190').map((place) => place.name)).toEqual([
      "Écaussinnes-d'Enghien",
      'Marche-lez-Écaussinnes',
      'Écaussinnes',
    ]);
  });

  it('has no province for a postcode reserved for an organisation', () => {
    expect(municipalitiesFor('1931')).toEqual([
      { postalCode: '1931', name: 'Brucargo', nameFr: 'Brucargo', nameNl: 'Brucargo' },
    ]);
  });

  it('trims the code and returns an empty list for an unknown one', () => {
    expect(municipalitiesFor(' 9992 ').map((place) => place.name)).toEqual(['Middelburg', 'Maldegem']);
    expect(municipalitiesFor('1001')).toEqual([]);
  });
});

describe('isBelgianPostalCode', () => {
  it.each([
    ['1000', true],
    [' 3000 ', true],
    ['9992', true],
    ['0999', false],
    ['1001', false],
    ['9999', false],
    ['10000', false],
    ['', false],
  ])('%j → %s', (code, expected) => {
    expect(isBelgianPostalCode(code)).toBe(expected);
  });
});

describe('the shipped list', () => {
  const entries = allPostalCodes();

  it('has every bpost postcode and locality', () => {
    expect(entries.length).toBe(postalCodeData.municipalities.length);
    expect(new Set(entries.map((entry) => entry.postalCode)).size).toBe(1189);
    expect(entries.filter((entry) => entry.province !== undefined).length).toBeGreaterThan(3300);
  });

  it('is sorted by postcode, with well-formed codes and filled names', () => {
    entries.forEach((entry, index) => {
      expect(entry.postalCode).toMatch(/^[1-9]\d{3}$/);
      if (index > 0) expect((entries[index - 1]?.postalCode ?? '') <= entry.postalCode).toBe(true);
      expect(entry.name.trim()).toBe(entry.name);
      expect(entry.nameFr).toBeTruthy();
      expect(entry.nameNl).toBeTruthy();
      expect(entry.province === undefined || entry.province in provinceNames).toBe(true);
      expect(entry.name).not.toContain('?');
    });
  });

  it('agrees with the province ranges of docs/belgian-rules.md § 8.6, except 2070 moved by the 2025 merger', () => {
    const ranges: [number, number, string][] = [
      [1000, 1299, 'BE-BRU'],
      [1300, 1499, 'BE-WBR'],
      [1500, 1999, 'BE-VBR'],
      [2000, 2999, 'BE-VAN'],
      [3000, 3499, 'BE-VBR'],
      [3500, 3999, 'BE-VLI'],
      [4000, 4999, 'BE-WLG'],
      [5000, 5999, 'BE-WNA'],
      [6000, 6599, 'BE-WHT'],
      [6600, 6999, 'BE-WLX'],
      [7000, 7999, 'BE-WHT'],
      [8000, 8999, 'BE-VWV'],
      [9000, 9999, 'BE-VOV'],
    ];
    const mismatches = entries.filter((entry) => {
      const code = Number(entry.postalCode);
      const expected = ranges.find(([from, to]) => from <= code && code <= to)?.[2];
      return entry.province !== undefined && entry.province !== expected;
    });
    expect([...new Set(mismatches.map((entry) => entry.postalCode))]).toEqual(['2070']);
  });

  it('names every province in French, Dutch and German', () => {
    expect(provinceNames['BE-WLG']).toEqual({ fr: 'Liège', nl: 'Luik', de: 'Lüttich' });
    expect(Object.keys(provinceNames)).toHaveLength(11);
  });
});
