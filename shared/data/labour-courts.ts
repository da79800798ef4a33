/**
 * The labour courts (tribunaux du travail / arbeidsrechtbanken / Arbeitsgerichte) and the area each one
 * serves, as data. Public facts, with their sources:
 *
 * - Competence: Code judiciaire art. 628, 14° — a dispute of a social insured person with the fund goes
 *   to the labour court of the insured's domicile (for a company, its registered office).
 * - Courts and areas: Code judiciaire art. 1 of the annex ("Annexe au Code judiciaire — Limites des
 *   cantons judiciaires, arrondissements et ressorts") as replaced by the loi du 1er décembre 2013
 *   portant réforme des arrondissements judiciaires (in force 1 April 2014), and the loi du 25 décembre
 *   2017 on the judicial cantons: since 2014 the labour court of Antwerp serves the provinces of Antwerp
 *   and Limburg, Ghent East and West Flanders, Liège the provinces of Liège (without the German-speaking
 *   area), Namur and Luxembourg, Eupen the nine German-speaking municipalities, Leuven the arrondissement
 *   of Leuven, the Walloon Brabant court its province, the Hainaut court its province, and Brussels the
 *   arrondissement of Brussels (the 19 municipalities and Halle-Vilvoorde).
 * - Brussels: a French-speaking and a Dutch-speaking labour court (Code judiciaire art. 73 and loi du
 *   15 juin 1935 on the use of languages in judicial matters, art. 4): in the 19 municipalities and the
 *   six municipalities with facilities the court of the insured's language; elsewhere in Halle-Vilvoorde
 *   the Dutch-speaking court. A German-language letter in Brussels names the French-speaking court.
 * - Divisions: the Liège court sits in eight divisions on the former arrondissements (Liège, Verviers,
 *   Huy, Namur, Dinant, Arlon, Marche-en-Famenne, Neufchâteau): ordonnance du 1er avril 2014, règlement
 *   particulier du tribunal du travail de Liège, M.B. 15 septembre 2014, art. 1. A division is printed
 *   only where the postcode names it without doubt (the seat's own postcodes); elsewhere the letter names
 *   the court, the competent body, and the court's seat address.
 * - Addresses: the courts' pages on www.rechtbanken-tribunaux.be (Liège: Place Saint-Lambert 30/0004)
 *   and the list of the nine labour courts' seats (Antwerp Bolivarplaats 20, Nivelles rue Clarisse 115,
 *   Eupen Klötzerbahn 27, Ghent Opgeëistenlaan 401, Leuven Smoldersplein 5, Mons rue de Nimy 70); the
 *   Brussels courts sit at Boulevard de Waterloo 70 / Waterloolaan 70. `isAddressConfirmed` says which
 *   address came from the court's own page; the others must be checked before release.
 *
 * Street names stay in the official language of the place (Brussels is bilingual); city names take the
 * letter's language where the language has its own name for the city (Luik, Lüttich, Gand, Brüssel). The
 * German names of the Brussels courts put the language in brackets, so "beim …" needs no declension.
 */
import type { Language } from '../contract/schemas';

type Localised = Readonly<Record<Language, string>>;

export type LabourCourtId =
  | 'brussels-fr'
  | 'brussels-nl'
  | 'antwerp'
  | 'ghent'
  | 'leuven'
  | 'walloon-brabant'
  | 'hainaut'
  | 'liege'
  | 'eupen';

export type LabourCourtRecord = {
  name: Localised;
  address: Localised;
  /** True when the address was read on the court's own page (www.rechtbanken-tribunaux.be). */
  isAddressConfirmed: boolean;
};

export const labourCourts: Readonly<Record<LabourCourtId, LabourCourtRecord>> = {
  'brussels-fr': {
    name: {
      fr: 'Tribunal du travail francophone de Bruxelles',
      nl: 'Franstalige arbeidsrechtbank Brussel',
      de: 'Arbeitsgericht Brüssel (französischsprachig)',
    },
    address: {
      fr: 'Boulevard de Waterloo 70, 1000 Bruxelles',
      nl: 'Waterloolaan 70, 1000 Brussel',
      de: 'Boulevard de Waterloo 70, 1000 Brüssel',
    },
    isAddressConfirmed: false,
  },
  'brussels-nl': {
    name: {
      fr: 'Tribunal du travail néerlandophone de Bruxelles',
      nl: 'Nederlandstalige arbeidsrechtbank Brussel',
      de: 'Arbeitsgericht Brüssel (niederländischsprachig)',
    },
    address: {
      fr: 'Boulevard de Waterloo 70, 1000 Bruxelles',
      nl: 'Waterloolaan 70, 1000 Brussel',
      de: 'Waterloolaan 70, 1000 Brüssel',
    },
    isAddressConfirmed: false,
  },
  antwerp: {
    name: { fr: 'Tribunal du travail d’Anvers', nl: 'Arbeidsrechtbank Antwerpen', de: 'Arbeitsgericht Antwerpen' },
    address: {
      fr: 'Bolivarplaats 20, 2000 Anvers',
      nl: 'Bolivarplaats 20, 2000 Antwerpen',
      de: 'Bolivarplaats 20, 2000 Antwerpen',
    },
    isAddressConfirmed: false,
  },
  ghent: {
    name: { fr: 'Tribunal du travail de Gand', nl: 'Arbeidsrechtbank Gent', de: 'Arbeitsgericht Gent' },
    address: {
      fr: 'Opgeëistenlaan 401, 9000 Gand',
      nl: 'Opgeëistenlaan 401, 9000 Gent',
      de: 'Opgeëistenlaan 401, 9000 Gent',
    },
    isAddressConfirmed: false,
  },
  leuven: {
    name: { fr: 'Tribunal du travail de Louvain', nl: 'Arbeidsrechtbank Leuven', de: 'Arbeitsgericht Löwen' },
    address: {
      fr: 'Ferdinand Smoldersplein 5, 3000 Louvain',
      nl: 'Ferdinand Smoldersplein 5, 3000 Leuven',
      de: 'Ferdinand Smoldersplein 5, 3000 Löwen',
    },
    isAddressConfirmed: false,
  },
  'walloon-brabant': {
    name: {
      fr: 'Tribunal du travail du Brabant wallon',
      nl: 'Arbeidsrechtbank Waals-Brabant',
      de: 'Arbeitsgericht Wallonisch-Brabant',
    },
    address: {
      fr: 'Rue Clarisse 115, 1400 Nivelles',
      nl: 'Rue Clarisse 115, 1400 Nijvel',
      de: 'Rue Clarisse 115, 1400 Nivelles',
    },
    isAddressConfirmed: false,
  },
  hainaut: {
    name: { fr: 'Tribunal du travail du Hainaut', nl: 'Arbeidsrechtbank Henegouwen', de: 'Arbeitsgericht Hennegau' },
    address: { fr: 'Rue de Nimy 70, 7000 Mons', nl: 'Rue de Nimy 70, 7000 Bergen', de: 'Rue de Nimy 70, 7000 Mons' },
    isAddressConfirmed: false,
  },
  liege: {
    name: { fr: 'Tribunal du travail de Liège', nl: 'Arbeidsrechtbank Luik', de: 'Arbeitsgericht Lüttich' },
    address: {
      fr: 'Place Saint-Lambert 30/0004, 4000 Liège',
      nl: 'Place Saint-Lambert 30/0004, 4000 Luik',
      de: 'Place Saint-Lambert 30/0004, 4000 Lüttich',
    },
    isAddressConfirmed: true,
  },
  eupen: {
    name: { fr: 'Tribunal du travail d’Eupen', nl: 'Arbeidsrechtbank Eupen', de: 'Arbeitsgericht Eupen' },
    address: {
      fr: 'Klötzerbahn 27, 4700 Eupen',
      nl: 'Klötzerbahn 27, 4700 Eupen',
      de: 'Klötzerbahn 27, 4700 Eupen',
    },
    isAddressConfirmed: false,
  },
};

/** Which court serves a province (ISO 3166-2:BE), before the Brussels, Halle-Vilvoorde and Eupen rules. */
export const courtOfProvince: Readonly<Record<string, LabourCourtId>> = {
  'BE-VAN': 'antwerp',
  'BE-VLI': 'antwerp',
  'BE-VOV': 'ghent',
  'BE-VWV': 'ghent',
  'BE-WBR': 'walloon-brabant',
  'BE-WHT': 'hainaut',
  'BE-WLG': 'liege',
  'BE-WNA': 'liege',
  'BE-WLX': 'liege',
};

/** The six municipalities with language facilities around Brussels (loi du 2 août 1963, art. 7). */
export const facilityPostalCodes: readonly string[] = ['1620', '1630', '1640', '1780', '1950', '1970'];

/** Divisions named on the letter, by the postcodes of the division's seat (see the header). */
export const divisionsByPostalCode: Readonly<Record<string, { court: LabourCourtId; division: Localised }>> = {
  ...Object.fromEntries(
    ['5000', '5001', '5002', '5003', '5004', '5020', '5021', '5022', '5024', '5100', '5101'].map((code) => [
      code,
      { court: 'liege' as const, division: { fr: 'division Namur', nl: 'afdeling Namen', de: 'Abteilung Namur' } },
    ]),
  ),
  ...Object.fromEntries(
    ['4000', '4020', '4030', '4031', '4032'].map((code) => [
      code,
      { court: 'liege' as const, division: { fr: 'division Liège', nl: 'afdeling Luik', de: 'Abteilung Lüttich' } },
    ]),
  ),
  ...Object.fromEntries(
    ['9000', '9030', '9031', '9032', '9040', '9041', '9042', '9050', '9051', '9052'].map((code) => [
      code,
      { court: 'ghent' as const, division: { fr: 'division Gand', nl: 'afdeling Gent', de: 'Abteilung Gent' } },
    ]),
  ),
};
