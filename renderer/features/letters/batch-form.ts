/** The batch screen's form: what the back office types, and the criteria the services accept. */
import { dateParts } from '../../../shared/domain/calendar';
import { fundDay } from '../../../shared/domain/fund-day';
import {
  batchKindFields,
  batchKindNames,
  type BatchCriteriaDto,
  type BatchKindName,
} from '../../../shared/contract/channels/letters';

export type BatchForm = {
  kind: BatchKindName;
  quarter: string;
  year: string;
  daysAfterDue: string;
  branchCode: string;
};

/** The last quarter whose due date has passed (in Brussels' calendar): the usual choice for a reminder run. */
export function previousQuarter(now: Date): string {
  const { year, month } = dateParts(fundDay(now));
  const quarter = Math.floor((month - 1) / 3) + 1;
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/** The quarter under way (in Brussels' calendar): the usual choice for a due-notice run. */
export function currentQuarter(now: Date): string {
  const { year, month } = dateParts(fundDay(now));
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Tax certificates are for the year just ended; company notices and reminders for the year under way. */
export function defaultYear(kind: BatchKindName, now: Date): string {
  const { year } = dateParts(fundDay(now));
  return String(kind === 'tax-certificate' ? year - 1 : year);
}

export function emptyBatchForm(today: Date, branchCode: string): BatchForm {
  return {
    kind: 'reminder',
    quarter: previousQuarter(today),
    year: defaultYear('reminder', today),
    daysAfterDue: '30',
    branchCode,
  };
}

/** The form once another kind is chosen: the period fields take that kind's usual values. */
export function withKind(form: BatchForm, kind: BatchKindName, now: Date): BatchForm {
  return {
    ...form,
    kind,
    quarter: kind === 'due-notice' ? currentQuarter(now) : previousQuarter(now),
    year: defaultYear(kind, now),
  };
}

function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/**
 * A quarter as the label asks for it in each language: 2026-T2 (trimestre), 2026-K2 (kwartaal) or
 * 2026-Q2 (Quartal, and the code the services use), in any case, with '-', '/', a space or nothing
 * between year and quarter, and also the reading order "T2 2026". Returns the services' form
 * ('2026-Q2'), or null when the text is not a quarter.
 */
export function canonicalQuarter(text: string): string | null {
  const compact = text.trim().toUpperCase();
  const yearFirst = /^(\d{4})\s*[-/ ]?\s*[TKQ]([1-4])$/.exec(compact);
  if (yearFirst) return `${yearFirst[1]}-Q${yearFirst[2]}`;
  const quarterFirst = /^[TKQ]([1-4])\s*[-/ ]?\s*(\d{4})$/.exec(compact);
  if (quarterFirst) return `${quarterFirst[2]}-Q${quarterFirst[1]}`;
  return null;
}

/** The form as the channel's input, with the fields its kind uses; the services validate it (and say what is wrong, translated). */
export function batchCriteria(form: BatchForm): BatchCriteriaDto {
  const fields: readonly string[] = batchKindFields[form.kind];
  return {
    kind: form.kind,
    branchCode: form.branchCode.trim().toUpperCase(),
    // Not a quarter: sent as typed, and the services' validation names the field.
    ...(fields.includes('quarter')
      ? { quarter: canonicalQuarter(form.quarter) ?? form.quarter.trim().toUpperCase() }
      : {}),
    ...(fields.includes('year') ? { year: numberOf(form.year) } : {}),
    ...(fields.includes('daysAfterDue') ? { daysAfterDue: numberOf(form.daysAfterDue) } : {}),
  };
}

/** The kind chosen in the form's list (anything unknown falls back to reminders). */
export function batchKindOf(value: string): BatchKindName {
  return (batchKindNames as readonly string[]).includes(value) ? (value as BatchKindName) : 'reminder';
}
