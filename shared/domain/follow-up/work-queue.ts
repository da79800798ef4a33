/**
 * The branch's work queue: open tasks and complaints still to be answered, in the order the advisors
 * work them, and the filters of the queue screen. Pure: today and the signed-in advisor are parameters.
 */
import type { IsoDate } from '../calendar';

export type QueueEntryKind = 'task' | 'complaint';

/** What ordering and filtering need of an entry; the caller's rows carry more. */
export type QueueEntry = {
  entryKind: QueueEntryKind;
  id: string;
  /** The task's due date, or the complaint's answer due date. */
  dueDate: IsoDate;
  /** A task's kind (`follow-up`…); a complaint's is `complaint`. */
  kind: string;
  /** The advisor who is to do it: a task's assignee, a complaint's case-file advisor. */
  assigneeId: string | null;
};

export type QueueScope = 'mine' | 'branch';
export type QueueFilter = { scope: QueueScope; kind: string | null };

export function isOverdue(entry: Pick<QueueEntry, 'dueDate'>, today: IsoDate): boolean {
  return entry.dueDate < today;
}

/**
 * Overdue first, then by due date; on the same date a complaint before a task (its deadline is a
 * promise to the affiliate), then by id so the order is stable.
 */
export function orderQueue<T extends QueueEntry>(entries: readonly T[], today: IsoDate): T[] {
  return [...entries].sort((a, b) => {
    const overdue = Number(isOverdue(b, today)) - Number(isOverdue(a, today));
    if (overdue !== 0) return overdue;
    if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
    if (a.entryKind !== b.entryKind) return a.entryKind === 'complaint' ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** "Mine": what is assigned to me; "branch": everything. `kind` null keeps every kind. */
export function filterQueue<T extends QueueEntry>(entries: readonly T[], filter: QueueFilter, advisorId: string): T[] {
  return entries.filter(
    (entry) =>
      (filter.scope === 'branch' || entry.assigneeId === advisorId) &&
      (filter.kind === null || entry.kind === filter.kind),
  );
}
