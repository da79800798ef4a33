/**
 * Formatting at the edge: dates and money shown the Belgian way in the interface language.
 * Domain values stay as they are (IsoDate strings, integer cents); only here do they become text.
 */
import type { Language } from '../../shared/contract/app-contract';
import { languages } from '../../shared/contract/fixed-lists';
import type { Cents } from '../../shared/domain/money';

const locales = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE' } as const satisfies Record<Language, string>;
export type BelgianLocale = (typeof locales)[Language];

/** Narrows i18next's free-form language string to one we support, French when unknown. */
export function asLanguage(value: string | undefined): Language {
  return languages.find((language) => language === value) ?? 'fr';
}

export function localeOf(language: Language): BelgianLocale {
  return locales[language];
}

export type DateStyle = 'numeric' | 'long';

const dateFormats: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  // Four-digit years: "30/07/85" is ambiguous for people born before 1930 or after 2000.
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' },
  long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
};

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormatter(language: Language, style: DateStyle): Intl.DateTimeFormat {
  const key = `date:${language}:${style}`;
  let formatter = cache.get(key);
  if (!(formatter instanceof Intl.DateTimeFormat)) {
    formatter = new Intl.DateTimeFormat(localeOf(language), dateFormats[style]);
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * An IsoDate ("1985-07-30") is a calendar day, not an instant: it is read and printed in UTC so
 * that no time zone can move it to the day before.
 */
export function formatDate(isoDate: string, language: Language, style: DateStyle = 'numeric'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return Number.isNaN(date.getTime()) ? isoDate : dateFormatter(language, style).format(date);
}

function moneyFormatter(language: Language): Intl.NumberFormat {
  const key = `money:${language}`;
  let formatter = cache.get(key);
  if (!(formatter instanceof Intl.NumberFormat)) {
    formatter = new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR' });
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * Cents are turned into a decimal string by integer arithmetic, never divided as a float, so
 * 1_000_000_000_01 cents prints exactly.
 */
export function formatMoney(amount: Cents, language: Language): string {
  const sign = amount < 0 ? '-' : '';
  const absolute = Math.abs(amount);
  const euros = Math.trunc(absolute / 100);
  const rest = absolute - euros * 100;
  const decimal = `${sign}${euros}.${String(rest).padStart(2, '0')}`;
  return moneyFormatter(language).format(decimal as `${number}`);
}

/** A country code ("BE") as a name in the interface language. */
export function formatCountry(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([localeOf(language)], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
