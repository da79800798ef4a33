/**
 * The labour court an affiliate's appeal goes to, named in the letter's language with its address
 * (Charte de l'assuré social art. 14: the competent court and its address, without which the appeal
 * time limit does not run). Competence follows the domicile, or a company's registered office (Code
 * judiciaire art. 628, 14°); the courts, areas and addresses are data: shared/data/labour-courts.ts.
 */
import type { Language } from '../../contract/schemas';
import {
  courtOfProvince,
  divisionsByPostalCode,
  facilityPostalCodes,
  labourCourts,
  type LabourCourtId,
} from '../../data/labour-courts';
import { municipalitiesFor } from '../identifiers/postal-code';

/** How the court was found, so the letter's data (and a reviewer) can tell the rule used. */
export type LabourCourtRule = 'domicile' | 'brussels-language' | 'abroad-default' | 'unknown-postcode-default';

export type LabourCourtChoice = {
  court: LabourCourtId;
  /** "Tribunal du travail de Liège, division Namur" in the letter's language. */
  name: string;
  address: string;
  rule: LabourCourtRule;
};

export type Domicile = { postalCode: string; country: string };

function brusselsCourt(language: Language): LabourCourtId {
  return language === 'nl' ? 'brussels-nl' : 'brussels-fr';
}

/** A postcode bpost does not know (no province), or a province without a court, gets the fund's default. */
function courtOfDomicile(postalCode: string, language: Language): { court: LabourCourtId; rule: LabourCourtRule } {
  const places = municipalitiesFor(postalCode);
  const province = places.find((place) => place.province !== undefined)?.province;
  const isKnown = province !== undefined;
  if (isKnown && places.some((place) => place.nameDe !== undefined)) return { court: 'eupen', rule: 'domicile' };
  if (isKnown && (province === 'BE-BRU' || facilityPostalCodes.includes(postalCode)))
    return { court: brusselsCourt(language), rule: 'brussels-language' };
  if (province === 'BE-VBR') {
    // Halle-Vilvoorde (1500–1999) belongs to the arrondissement of Brussels; 3000–3499 is Leuven.
    return { court: Number(postalCode) < 3000 ? 'brussels-nl' : 'leuven', rule: 'domicile' };
  }
  const court = isKnown ? courtOfProvince[province] : undefined;
  return court === undefined
    ? { court: brusselsCourt(language), rule: 'unknown-postcode-default' }
    : { court, rule: 'domicile' };
}

/**
 * The court of a Belgian domicile. A domicile abroad (or a postcode bpost does not know) gets the
 * fund's default, the Brussels labour court of the letter's language: art. 628, 14° points to the last
 * Belgian domicile or residence, which the case file does not keep, so the letter names the court of
 * the fund's seat: a fund choice, to be confirmed by a lawyer.
 */
export function labourCourtFor(domicile: Domicile, language: Language): LabourCourtChoice {
  const postalCode = domicile.postalCode.trim();
  const isAbroad = domicile.country.trim().toUpperCase() !== 'BE';
  const { court, rule } = isAbroad
    ? { court: brusselsCourt(language), rule: 'abroad-default' as const }
    : courtOfDomicile(postalCode, language);
  const record = labourCourts[court];
  const division = isAbroad ? undefined : divisionsByPostalCode[postalCode];
  const name =
    division !== undefined && division.court === court
      ? `${record.name[language]}, ${division.division[language]}`
      : record.name[language];
  return { court, name, address: record.address[language], rule };
}
