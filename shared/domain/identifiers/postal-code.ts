import postalCodeData from '../../data/postal-codes.json';

/**
 * Belgian postcodes and the places bpost accepts for them (one entry per bpost locality, plus the
 * municipality itself when bpost only names it as the municipality of the postcode's localities).
 * Source and transformation: shared/data/README.md.
 */
export type Municipality = {
  postalCode: string;
  /** Official name: Dutch in Flanders, French in Wallonia, German in the German-speaking
   * municipalities, 'French / Dutch' in the Brussels-Capital Region when the two differ. */
  name: string;
  /** Name in bpost's French list (equal to `name` unless bpost gives a French form). */
  nameFr?: string;
  /** Name in bpost's Dutch list (equal to `name` unless bpost gives a Dutch form). */
  nameNl?: string;
  /** Only in the nine German-speaking municipalities. */
  nameDe?: string;
  /** ISO 3166-2:BE code ('BE-VAN', 'BE-WLG', …; 'BE-BRU' for the Brussels-Capital Region). Absent for
   * the postcodes bpost reserves for one organisation (parliaments, broadcasters, sorting centres). */
  province?: string;
};

export type ProvinceCode = keyof typeof provinceNames;

/** Names of the ISO 3166-2:BE codes used in `Municipality.province`, for display. */
export const provinceNames = {
  'BE-BRU': {
    fr: 'Région de Bruxelles-Capitale',
    nl: 'Brussels Hoofdstedelijk Gewest',
    de: 'Region Brüssel-Hauptstadt',
  },
  'BE-VAN': { fr: 'Anvers', nl: 'Antwerpen', de: 'Antwerpen' },
  'BE-VBR': { fr: 'Brabant flamand', nl: 'Vlaams-Brabant', de: 'Flämisch-Brabant' },
  'BE-VLI': { fr: 'Limbourg', nl: 'Limburg', de: 'Limburg' },
  'BE-VOV': { fr: 'Flandre-Orientale', nl: 'Oost-Vlaanderen', de: 'Ostflandern' },
  'BE-VWV': { fr: 'Flandre-Occidentale', nl: 'West-Vlaanderen', de: 'Westflandern' },
  'BE-WBR': { fr: 'Brabant wallon', nl: 'Waals-Brabant', de: 'Wallonisch-Brabant' },
  'BE-WHT': { fr: 'Hainaut', nl: 'Henegouwen', de: 'Hennegau' },
  'BE-WLG': { fr: 'Liège', nl: 'Luik', de: 'Lüttich' },
  'BE-WLX': { fr: 'Luxembourg', nl: 'Luxemburg', de: 'Luxemburg' },
  'BE-WNA': { fr: 'Namur', nl: 'Namen', de: 'Namur' },
} as const satisfies Record<string, { fr: string; nl: string; de: string }>;

// The JSON leaves nameFr/nameNl out when they equal `name`; callers get them filled in.
const municipalities: readonly Municipality[] = Object.freeze(
  postalCodeData.municipalities.map((entry: Municipality) =>
    Object.freeze({ ...entry, nameFr: entry.nameFr ?? entry.name, nameNl: entry.nameNl ?? entry.name }),
  ),
);

const byPostalCode = new Map<string, Municipality[]>();
for (const municipality of municipalities) {
  const list = byPostalCode.get(municipality.postalCode);
  if (list) list.push(municipality);
  else byPostalCode.set(municipality.postalCode, [municipality]);
}
for (const list of byPostalCode.values()) Object.freeze(list);
const NONE: readonly Municipality[] = Object.freeze([]);

/** Places bpost accepts for a postcode, in bpost's order; empty for an unknown code. */
export function municipalitiesFor(postalCode: string): readonly Municipality[] {
  return byPostalCode.get(postalCode.trim()) ?? NONE;
}

/** Every entry, sorted by postcode. */
export function allPostalCodes(): readonly Municipality[] {
  return municipalities;
}

/** True for a 4-digit postcode that bpost's list contains (including organisation postcodes). */
export function isBelgianPostalCode(code: string): boolean {
  return byPostalCode.has(code.trim());
}
