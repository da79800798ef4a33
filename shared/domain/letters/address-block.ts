/**
 * The recipient's address as it must appear in the envelope window. The fund mails A4 letters folded
 * in three in right-window C5/6 (114 × 229 mm) or DL (110 × 220 mm) envelopes (sizes of ISO 269); the
 * window's address zone on the sheet is 85 × 40 mm, 50 mm from the top edge (electron/letters/templates
 * layout.ts places it). The block starts 3 mm inside the zone on each side, so a line may be at most
 * 79 mm wide at the 10 pt the letters print it in, and the block has at most six lines, the limit of
 * bpost's addressing rules and of the UPU's S42 address standard. The country, abroad only, is the last
 * line, in capitals, in the letter's language (UPU Convention regulations, art. RL 122: country name in
 * capitals in the language of the country of origin).
 */
import type { Language } from '../../contract/schemas';
import { isMeasurable, textWidth } from './text-width';

const POINTS_PER_MM = 72 / 25.4;

/** The window's printable width and the font size the address is printed in. */
export const ADDRESS_WINDOW = { widthPoints: 79 * POINTS_PER_MM, fontSize: 10, maxLines: 6 } as const;

export type AddressBlockInput = {
  name: string;
  attention?: string;
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166 alpha-2; 'BE' prints no country line. */
  country: string;
};

export type AddressBlockProblem = 'line-too-wide' | 'unknown-country' | 'unprintable';

export type AddressBlockResult =
  { ok: true; lines: readonly string[] } | { ok: false; problem: AddressBlockProblem; line?: string };

/**
 * Country names in capitals, per language, for the countries the fund's affiliates live in; a code not
 * listed is refused (never printed as an ISO code).
 */
export const countryNames: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  NL: { fr: 'PAYS-BAS', nl: 'NEDERLAND', de: 'NIEDERLANDE' },
  FR: { fr: 'FRANCE', nl: 'FRANKRIJK', de: 'FRANKREICH' },
  DE: { fr: 'ALLEMAGNE', nl: 'DUITSLAND', de: 'DEUTSCHLAND' },
  LU: { fr: 'LUXEMBOURG', nl: 'LUXEMBURG', de: 'LUXEMBURG' },
  GB: { fr: 'ROYAUME-UNI', nl: 'VERENIGD KONINKRIJK', de: 'VEREINIGTES KÖNIGREICH' },
  ES: { fr: 'ESPAGNE', nl: 'SPANJE', de: 'SPANIEN' },
  IT: { fr: 'ITALIE', nl: 'ITALIË', de: 'ITALIEN' },
  PT: { fr: 'PORTUGAL', nl: 'PORTUGAL', de: 'PORTUGAL' },
  CH: { fr: 'SUISSE', nl: 'ZWITSERLAND', de: 'SCHWEIZ' },
  AT: { fr: 'AUTRICHE', nl: 'OOSTENRIJK', de: 'ÖSTERREICH' },
  PL: { fr: 'POLOGNE', nl: 'POLEN', de: 'POLEN' },
  RO: { fr: 'ROUMANIE', nl: 'ROEMENIË', de: 'RUMÄNIEN' },
  IE: { fr: 'IRLANDE', nl: 'IERLAND', de: 'IRLAND' },
  DK: { fr: 'DANEMARK', nl: 'DENEMARKEN', de: 'DÄNEMARK' },
  SE: { fr: 'SUÈDE', nl: 'ZWEDEN', de: 'SCHWEDEN' },
  GR: { fr: 'GRÈCE', nl: 'GRIEKENLAND', de: 'GRIECHENLAND' },
  MA: { fr: 'MAROC', nl: 'MAROKKO', de: 'MAROKKO' },
  TR: { fr: 'TURQUIE', nl: 'TURKIJE', de: 'TÜRKEI' },
  US: { fr: 'ÉTATS-UNIS', nl: 'VERENIGDE STATEN', de: 'VEREINIGTE STAATEN' },
};

/**
 * Abbreviations tried, in order, on a line that is too wide: the street types and salutations bpost
 * accepts in their short form. Whole words only, so a name is never cut.
 */
const abbreviations: readonly (readonly [RegExp, string])[] = [
  [/\bAvenue\b/g, 'Av.'],
  [/\bBoulevard\b/g, 'Bd'],
  [/\bChaussée\b/g, 'Chée'],
  [/\bPlace\b/g, 'Pl.'],
  [/\bSquare\b/g, 'Sq.'],
  [/\bSteenweg\b/g, 'Stwg.'],
  [/(\p{L})steenweg\b/gu, '$1stwg.'],
  [/(\p{L})straße\b/gu, '$1str.'],
  [/\bStraße\b/g, 'Str.'],
  [/\bMadame\b/g, 'Mme'],
  [/\bMonsieur\b/g, 'M.'],
  [/\bMevrouw\b/g, 'Mevr.'],
  [/\bDe heer\b/g, 'Dhr.'],
];

/** One line: spaces collapsed, no control characters (a NUL or a line break would break the block). */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function fits(line: string): boolean {
  return textWidth(line, ADDRESS_WINDOW.fontSize) <= ADDRESS_WINDOW.widthPoints;
}

/** The line as is, or abbreviated until it fits; undefined when even the shortest form is too wide. */
export function fitAddressLine(line: string): string | undefined {
  let current = clean(line);
  for (const [pattern, short] of abbreviations) {
    if (fits(current)) return current;
    current = current.replace(pattern, short);
  }
  return fits(current) ? current : undefined;
}

/** The window block's lines, or why the letter cannot be printed for this address. */
export function fitAddressBlock(input: AddressBlockInput, language: Language): AddressBlockResult {
  const country = input.country.trim().toUpperCase();
  let countryLine: string | undefined;
  if (country !== 'BE') {
    countryLine = countryNames[country]?.[language];
    if (countryLine === undefined) return { ok: false, problem: 'unknown-country', line: country };
  }
  const attention = input.attention === undefined ? '' : clean(input.attention);
  // Five lines at most (name, attention, street, postcode and city, country): within the window's six.
  const raw = [
    input.name,
    ...(attention === '' ? [] : [attention]),
    input.street,
    `${clean(input.postalCode)} ${clean(input.city)}`,
    ...(countryLine === undefined ? [] : [countryLine]),
  ].map(clean);
  const lines: string[] = [];
  for (const line of raw) {
    if (line === '' || !isMeasurable(line)) return { ok: false, problem: 'unprintable', line };
    const fitted = fitAddressLine(line);
    if (fitted === undefined) return { ok: false, problem: 'line-too-wide', line };
    lines.push(fitted);
  }
  return { ok: true, lines };
}
