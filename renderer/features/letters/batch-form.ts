/** The batch screen's form: what the back office types, and the criteria the services accept. */
import { dateParts } from '../../../shared/domain/calendar';
import { fundDay } from '../../../shared/domain/fund-day';
import type { BatchCriteriaDto } from '../../../shared/contract/channels/letters';

export type BatchForm = {
  kind: 'reminder' | 'account-statement' | 'formal-notice';
  quarter: string;
  daysAfterDue: string;
  branchCode: string;
};

/** The last quarter whose due date has passed (in Brussels' calendar): the usual choice for a reminder run. */
export function previousQuarter(now: Date): string {
  const { year, month } = dateParts(fundDay(now));
  const quarter = Math.floor((month - 1) / 3) + 1;
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

export function emptyBatchForm(today: Date, branchCode: string): BatchForm {
  return { kind: 'reminder', quarter: previousQuarter(today), daysAfterDue: '30', branchCode };
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

/** The form as the channel's input; the services validate it (and say what is wrong, translated). */
export function batchCriteria(form: BatchForm): BatchCriteriaDto {
  // Statements and formal notices follow the recovery path: its settings, not the form, say who is due for one.
  if (form.kind !== 'reminder') return { kind: form.kind, branchCode: form.branchCode.trim().toUpperCase() };
  const days = form.daysAfterDue.trim() === '' ? Number.NaN : Number(form.daysAfterDue);
  return {
    kind: form.kind,
    // Not a quarter: sent as typed, and the services' validation names the field.
    quarter: canonicalQuarter(form.quarter) ?? form.quarter.trim().toUpperCase(),
    daysAfterDue: days,
    branchCode: form.branchCode.trim().toUpperCase(),
  };
}

/** The kind chosen in the form's list (anything unknown falls back to reminders). */
export function batchKindOf(value: string): BatchForm['kind'] {
  return value === 'account-statement' || value === 'formal-notice' ? value : 'reminder';
}
