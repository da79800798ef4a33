/** The batch screen's form: what the back office types, and the criteria the services accept. */
import type { BatchCriteriaDto } from '../../../shared/contract/channels/letters';

export type BatchForm = { kind: 'reminder'; quarter: string; daysAfterDue: string; branchCode: string };

/** The last quarter whose due date has passed: the usual choice for a reminder run. */
export function previousQuarter(today: Date): string {
  const quarter = Math.floor(today.getMonth() / 3) + 1;
  return quarter === 1 ? `${today.getFullYear() - 1}-Q4` : `${today.getFullYear()}-Q${quarter - 1}`;
}

export function emptyBatchForm(today: Date, branchCode: string): BatchForm {
  return { kind: 'reminder', quarter: previousQuarter(today), daysAfterDue: '30', branchCode };
}

/** The form as the channel's input; the services validate it (and say what is wrong, translated). */
export function batchCriteria(form: BatchForm): BatchCriteriaDto {
  const days = form.daysAfterDue.trim() === '' ? Number.NaN : Number(form.daysAfterDue);
  return { kind: form.kind, quarter: form.quarter.trim().toUpperCase(), daysAfterDue: days, branchCode: form.branchCode.trim().toUpperCase() };
}
