/**
 * Dates and amounts as the recipient reads them. Month names are spelled out here rather than taken
 * from Intl, so a letter prints the same bytes on every machine whatever ICU data Node was built with.
 */
import type { Cents } from '../../shared/domain/money';
import type { Language } from './letter-data';

const months: Record<Language, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
};

/**
 * "26 novembre 2026", "26 november 2026", "26. November 2026"; "1er" in French as usage wants. The
 * parts are joined by no-break spaces, so a date is never split over two lines of a letter.
 */
export function formatLongDate(iso: string, language: Language): string {
  const [year, month, day] = splitIso(iso);
  const monthName = months[language][month - 1] ?? '';
  const space = '\u00a0';
  if (language === 'de') return `${day}.${space}${monthName}${space}${year}`;
  if (language === 'fr' && day === 1) return `1er${space}${monthName}${space}${year}`;
  return `${day}${space}${monthName}${space}${year}`;
}

/** "26/11/2026" (fr, nl) or "26.11.2026" (de), for tables. */
export function formatShortDate(iso: string, language: Language): string {
  const [year, month, day] = splitIso(iso);
  const separator = language === 'de' ? '.' : '/';
  return [String(day).padStart(2, '0'), String(month).padStart(2, '0'), String(year)].join(separator);
}

/**
 * "1 234,56 €" (fr), "€ 1.234,56" (nl), "1.234,56 €" (de): the Belgian conventions of each language.
 * The French group separator is a no-break space so an amount is never split over two lines.
 * Negative: "-1 234,56 €", "€ -1.234,56", "-1.234,56 €". In Dutch the minus belongs to the number, after
 * the euro sign (Taalunie, taaladvies.net "Euro: – € 12 / € -12", after NBN Z 01-002); "– € 12" would
 * read as a discount. The screens print the same (Intl's nl-BE).
 */
export function formatAmount(amount: Cents, language: Language): string {
  const sign = amount < 0 ? '-' : '';
  const magnitude = Math.abs(amount);
  const whole = Math.floor(magnitude / 100).toString();
  const fraction = (magnitude % 100).toString().padStart(2, '0');
  const group = language === 'fr' ? '\u00a0' : '.';
  const number = `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)},${fraction}`;
  return language === 'nl' ? `€\u00a0${number}` : `${number}\u00a0€`;
}

/**
 * "Q1 2026" in the letter's words: "1er trimestre 2026", "1e kwartaal 2026", "1. Quartal 2026", with
 * no-break spaces like the dates.
 */
export function formatQuarter(year: number, quarter: number, language: Language): string {
  if (language === 'fr') return `${quarter === 1 ? '1er' : `${quarter}e`}\u00a0trimestre\u00a0${year}`;
  if (language === 'nl') return `${quarter}e\u00a0kwartaal\u00a0${year}`;
  return `${quarter}.\u00a0Quartal\u00a0${year}`;
}

function splitIso(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`expected an ISO date YYYY-MM-DD, got '${iso}'`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** "Objet : …" in French (no-break space before the colon), "Betreft: …" in Dutch and German. */
export function colon(language: Language): string {
  return language === 'fr' ? '\u00a0: ' : ': ';
}

/** The word for a letter box in an address line, as bpost prints it in each language ("bte 3", "bus 3", "Bfk. 3"). */
export const boxWord: Readonly<Record<Language, string>> = { fr: 'bte', nl: 'bus', de: 'Bfk.' };
