/**
 * Dates as a Belgian counter types them: day, month, year in that order (dd/mm/yyyy), with a slash,
 * a dot or a dash between the parts and with or without leading zeros. The forms keep ISO dates; this
 * is the one translation between what is typed and what is stored.
 */
import { dateParts, parseIsoDate, type IsoDate } from './calendar';

/** Why a typed text is not a date: not in day/month/year order at all, or no such day in the calendar. */
export type TypedDateProblem = 'format' | 'calendar';

export type TypedDate =
  { kind: 'empty' } | { kind: 'date'; date: IsoDate } | { kind: 'wrong'; problem: TypedDateProblem };

const TYPED_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** Reads a typed day/month/year ("01/04/2026", "1/4/2026", "01.04.2026", "01-04-2026") as an ISO date. */
export function parseTypedDate(text: string): TypedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const match = TYPED_DATE.exec(trimmed);
  if (!match) return { kind: 'wrong', problem: 'format' };
  const day = match[1]!.padStart(2, '0');
  const month = match[3]!.padStart(2, '0');
  const date = parseIsoDate(`${match[4]}-${month}-${day}`);
  return date === undefined ? { kind: 'wrong', problem: 'calendar' } : { kind: 'date', date };
}

/** The dd/mm/yyyy text of an ISO date, as the date field shows it; an empty or unreadable value shows empty. */
export function typedDateText(value: string): string {
  const date = parseIsoDate(value);
  if (date === undefined) return '';
  const { year, month, day } = dateParts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year).padStart(4, '0')}`;
}
