/**
 * A complaint's answer deadline and the steps of its life: received, in progress, answered, closed.
 * Pure: the fund's policy and today are parameters.
 */
import { addDays, type IsoDate } from '../calendar';
import type { ComplaintPolicy } from '../../rules/complaint-policy';

export const complaintStatusList = ['received', 'in-progress', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof complaintStatusList)[number];

/**
 * The date by which the complaint must be answered: the reception date plus the fund's answer period
 * (default 45 days, after art. 3 of the Charte de l'assuré social: shared/rules/complaint-policy.ts).
 */
export function complaintAnswerDueOn(receivedOn: IsoDate, policy: ComplaintPolicy): IsoDate {
  if (!Number.isInteger(policy.answerDays) || policy.answerDays < 1) throw new RangeError('answerDays must be ≥ 1');
  return addDays(receivedOn, policy.answerDays);
}

/** Whether an open complaint is within the warning window of its deadline (or past it). */
export function isComplaintNearDeadline(answerDueOn: IsoDate, today: IsoDate, policy: ComplaintPolicy): boolean {
  return answerDueOn <= addDays(today, policy.nearDeadlineDays);
}

/** Still to be answered: the work queue shows it. */
export function isComplaintOpen(status: ComplaintStatus): boolean {
  return status === 'received' || status === 'in-progress';
}

/**
 * The moves an advisor may make by hand. `answered` is reached only by answering (the answer letter
 * goes with it); a complaint is closed once answered, or without an answer when withdrawn.
 */
const allowedMoves: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  received: ['in-progress', 'closed'],
  'in-progress': ['closed'],
  answered: ['closed'],
  closed: [],
};

export function canMoveComplaint(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return allowedMoves[from].includes(to);
}

export function canAnswerComplaint(status: ComplaintStatus): boolean {
  return isComplaintOpen(status);
}
