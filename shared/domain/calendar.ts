/**
 * Calendar dates as ISO `yyyy-mm-dd` strings and calendar quarters. Pure integer arithmetic: no
 * `Date`, no time zone, no clock. "Today" always comes in as a parameter.
 */
declare const isoDateBrand: unique symbol;
export type IsoDate = string & { readonly [isoDateBrand]: 'IsoDate' };

export type QuarterIndex = 1 | 2 | 3 | 4;
export type Quarter = { readonly year: number; readonly index: QuarterIndex };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Returns the date when `input` is a real calendar date between 1900 and 2999, else undefined. */
export function parseIsoDate(input: string): IsoDate | undefined {
  const match = ISO_DATE.exec(input);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return input as IsoDate;
}

/** For constants written in code and rule tables: a wrong literal is a programming error. */
export function toIsoDate(input: string): IsoDate {
  const date = parseIsoDate(input);
  if (date === undefined) throw new RangeError(`Not a calendar date: ${input}`);
  return date;
}

export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return toIsoDate(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
}

export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** ISO strings of the same width sort like the dates they name. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  let { year, month, day } = dateParts(date);
  day += days;
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  while (day < 1) {
    month -= 1;
    if (month < 1) {
      month = 12;
      year -= 1;
    }
    day += daysInMonth(year, month);
  }
  return isoDateOf(year, month, day);
}

/** Same day `months` later; a day that does not exist there becomes the last day of that month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const monthOrdinal = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthOrdinal / 12);
  const targetMonth = (monthOrdinal % 12) + 1;
  return isoDateOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = dateParts(date);
  return isoDateOf(year, month, daysInMonth(year, month));
}

export function isEndOfMonth(date: IsoDate): boolean {
  return endOfMonth(date) === date;
}

export function quarterOf(date: IsoDate): Quarter {
  const { year, month } = dateParts(date);
  return { year, index: (Math.floor((month - 1) / 3) + 1) as QuarterIndex };
}

/** A running number of quarters, so that quarters can be compared and counted. */
export function quarterOrdinal(quarter: Quarter): number {
  return quarter.year * 4 + (quarter.index - 1);
}

export function quarterFromOrdinal(ordinal: number): Quarter {
  return { year: Math.floor(ordinal / 4), index: ((ordinal % 4) + 1) as QuarterIndex };
}

export function addQuarters(quarter: Quarter, count: number): Quarter {
  return quarterFromOrdinal(quarterOrdinal(quarter) + count);
}

export function quarterStart(quarter: Quarter): IsoDate {
  return isoDateOf(quarter.year, (quarter.index - 1) * 3 + 1, 1);
}

export function quarterEnd(quarter: Quarter): IsoDate {
  return endOfMonth(isoDateOf(quarter.year, quarter.index * 3, 1));
}

export function isQuarterEnd(date: IsoDate): boolean {
  return quarterEnd(quarterOf(date)) === date;
}

export function quarterLabel(quarter: Quarter): string {
  return `${quarter.year}-Q${quarter.index}`;
}

export function quartersOfYear(year: number): Quarter[] {
  return ([1, 2, 3, 4] as const).map((index) => ({ year, index }));
}
