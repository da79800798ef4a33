/** The back office's view of recovery: debtors and amounts by step (or suspension) and by age of the oldest debt. */
import { addDays, type IsoDate } from '../calendar';
import type { RecoveryDecision, RecoveryStep, SuspensionReason } from './types';

/** Upper bounds in days of the age buckets; the last bucket is everything older. */
export const ageBucketDays = [90, 180, 365] as const;
export const ageBucketCount = ageBucketDays.length + 1;

/** The bucket of a debt by its age in days: at most 90, 180, 365, or older. */
export function ageBucketOf(oldestDueDate: IsoDate, today: IsoDate): number {
  const index = ageBucketDays.findIndex((limit) => oldestDueDate >= addDays(today, -limit));
  return index === -1 ? ageBucketDays.length : index;
}

export type OverviewCell = { debtors: number; openCents: number };
export type OverviewRow = { stage: RecoveryStep | SuspensionReason; buckets: OverviewCell[]; total: OverviewCell };

/** Stage = the suspension when the path is held, else the step reached. Rows in first-seen order. */
export function recoveryOverview(
  debtors: Iterable<{ decision: RecoveryDecision; oldestDueDate: IsoDate; openCents: number }>,
  today: IsoDate,
): OverviewRow[] {
  const rows = new Map<RecoveryStep | SuspensionReason, OverviewRow>();
  for (const { decision, oldestDueDate, openCents } of debtors) {
    const stage = decision.suspension ?? decision.step;
    let row = rows.get(stage);
    if (row === undefined) {
      row = {
        stage,
        buckets: Array.from({ length: ageBucketCount }, () => ({ debtors: 0, openCents: 0 })),
        total: { debtors: 0, openCents: 0 },
      };
      rows.set(stage, row);
    }
    const cell = row.buckets[ageBucketOf(oldestDueDate, today)]!;
    cell.debtors += 1;
    cell.openCents += openCents;
    row.total.debtors += 1;
    row.total.openCents += openCents;
  }
  return [...rows.values()];
}
