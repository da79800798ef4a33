import { describe, expect, it } from 'vitest';
import { labourCourts } from '../../../shared/data/labour-courts';
import { labourCourtFor } from '../../../shared/domain/letters/labour-court';
import { allPostalCodes } from '../../../shared/domain/identifiers/postal-code';
import { languages } from '../../../shared/contract/schemas';

describe('the labour court of an affiliate is the one of the domicile', () => {
  it('sends a debtor of 5000 Namur to the Liège labour court, Namur division, never to Brussels', () => {
    expect(labourCourtFor({ postalCode: '5000', country: 'BE' }, 'fr')).toMatchObject({
      court: 'liege',
      name: 'Tribunal du travail de Liège, division Namur',
      address: 'Place Saint-Lambert 30/0004, 4000 Liège',
      rule: 'domicile',
    });
    expect(labourCourtFor({ postalCode: '5000', country: 'BE' }, 'nl').name).toBe(
      'Arbeidsrechtbank Luik, afdeling Namen',
    );
    expect(labourCourtFor({ postalCode: '5000', country: 'BE' }, 'de').address).toBe(
      'Place Saint-Lambert 30/0004, 4000 Lüttich',
    );
  });

  it('sends 9000 Gent to the Ghent labour court, and 8000 Brugge to the same court without a division', () => {
    expect(labourCourtFor({ postalCode: '9000', country: 'BE' }, 'nl').name).toBe(
      'Arbeidsrechtbank Gent, afdeling Gent',
    );
    expect(labourCourtFor({ postalCode: '9000', country: 'BE' }, 'fr').address).toBe('Opgeëistenlaan 401, 9000 Gand');
    expect(labourCourtFor({ postalCode: '8000', country: 'BE' }, 'nl').name).toBe('Arbeidsrechtbank Gent');
  });

  it('sends the German-speaking area to the Arbeitsgericht Eupen, in every language', () => {
    for (const postalCode of ['4700', '4720', '4730', '4780', '4790']) {
      expect(labourCourtFor({ postalCode, country: 'BE' }, 'de').name).toBe('Arbeitsgericht Eupen');
      expect(labourCourtFor({ postalCode, country: 'BE' }, 'fr').name).toBe('Tribunal du travail d’Eupen');
    }
    expect(labourCourtFor({ postalCode: '4800', country: 'BE' }, 'de').name).toBe('Arbeitsgericht Lüttich');
  });

  it('picks the Brussels court by the letter’s language in the 19 municipalities and the facility municipalities', () => {
    expect(labourCourtFor({ postalCode: '1000', country: 'BE' }, 'fr')).toMatchObject({
      name: 'Tribunal du travail francophone de Bruxelles',
      address: 'Boulevard de Waterloo 70, 1000 Bruxelles',
      rule: 'brussels-language',
    });
    expect(labourCourtFor({ postalCode: '1000', country: 'BE' }, 'nl')).toMatchObject({
      name: 'Nederlandstalige arbeidsrechtbank Brussel',
      address: 'Waterloolaan 70, 1000 Brussel',
    });
    expect(labourCourtFor({ postalCode: '1000', country: 'BE' }, 'de').name).toBe(
      'Arbeitsgericht Brüssel (französischsprachig)',
    );
    expect(labourCourtFor({ postalCode: '1640', country: 'BE' }, 'fr').court).toBe('brussels-fr');
    // Halle-Vilvoorde outside the facility municipalities: the Dutch-speaking court whatever the language.
    expect(labourCourtFor({ postalCode: '1800', country: 'BE' }, 'fr').court).toBe('brussels-nl');
    expect(labourCourtFor({ postalCode: '3000', country: 'BE' }, 'fr').court).toBe('leuven');
  });

  it('falls back to the fund’s default court only for a domicile abroad or an unknown postcode', () => {
    expect(labourCourtFor({ postalCode: '5000', country: 'FR' }, 'fr')).toMatchObject({
      court: 'brussels-fr',
      rule: 'abroad-default',
    });
    expect(labourCourtFor({ postalCode: '0000', country: 'BE' }, 'nl').rule).toBe('unknown-postcode-default');
    // 1008 (the Chamber of Representatives) is a bpost postcode with no province: no domicile court either.
    expect(labourCourtFor({ postalCode: '1008', country: 'BE' }, 'fr')).toMatchObject({
      court: 'brussels-fr',
      rule: 'unknown-postcode-default',
    });
  });

  it('finds a court by the domicile for every geographic Belgian postcode, in every language', () => {
    const geographic = allPostalCodes().filter((place) => place.province !== undefined);
    for (const place of geographic)
      for (const language of languages) {
        const choice = labourCourtFor({ postalCode: place.postalCode, country: 'BE' }, language);
        expect(choice.rule, place.postalCode).not.toBe('unknown-postcode-default');
        expect(choice.address).toBe(labourCourts[choice.court].address[language]);
      }
  });
});
