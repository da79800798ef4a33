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

/** The form as the channel's input; the services validate it (and say what is wrong, translated). */
export function batchCriteria(form: BatchForm): BatchCriteriaDto {
  // Statements and formal notices follow the recovery path: its settings, not the form, say who is due for one.
  if (form.kind !== 'reminder') return { kind: form.kind, branchCode: form.branchCode.trim().toUpperCase() };
  const days = form.daysAfterDue.trim() === '' ? Number.NaN : Number(form.daysAfterDue);
  return {
    kind: form.kind,
    quarter: form.quarter.trim().toUpperCase(),
    daysAfterDue: days,
    branchCode: form.branchCode.trim().toUpperCase(),
  };
}

/** The kind chosen in the form's list (anything unknown falls back to reminders). */
export function batchKindOf(value: string): BatchForm['kind'] {
  return value === 'account-statement' || value === 'formal-notice' ? value : 'reminder';
}
