/**
 * The branch dashboard on the device: the figures a branch manager steers by, computed from the rows
 * the dashboard repository reads. Cut with the head-office definitions (report-definitions.ts): the
 * year is the head-office default period (January 1st to the date), debts use the same age buckets
 * and recovery steps, requests are counted by kind and outcome, so a branch's dashboard and the
 * head-office reports for that branch agree. Pure: the date and the complaint policy are parameters.
 */
import type { IsoDate } from '../calendar';
import { isComplaintNearDeadline } from '../follow-up/complaint';
import { isOverdue } from '../follow-up/work-queue';
import type { ComplaintPolicy } from '../../rules/complaint-policy';
import { debtAgeBucketOf, debtAgeBuckets, defaultReportPeriod, recoverySteps } from './report-definitions';

export type AffiliationRow = { category: string; startDate: string; endDate: string | null };
export type CategoryChangeRow = { toCategory: string; effectiveDate: string };
export type OpenTaskRow = { kind: string; dueDate: string; assigneeId: string | null; assigneeName: string | null };
export type OpenComplaintRow = { answerDueOn: string };
/** An open contribution not fully paid: outstanding is due (contribution + fees) minus allocated payments. */
export type DebtRow = {
  ownerId: string;
  dueDate: string;
  outstandingCents: number;
  isInJudicialFile: boolean;
  isInActivePlan: boolean;
};
export type PlanRow = { status: string; missedInstalments: number; oldestPendingDueDate: string | null };
export type LetterRow = { kind: string; issuedOn: string };
export type RequestRow = { kind: string; status: string; filedOn: string; effectCents: number };

export type DashboardRows = {
  affiliations: readonly AffiliationRow[];
  categoryChanges: readonly CategoryChangeRow[];
  openTasks: readonly OpenTaskRow[];
  openComplaints: readonly OpenComplaintRow[];
  debts: readonly DebtRow[];
  plans: readonly PlanRow[];
  letters: readonly LetterRow[];
  requests: readonly RequestRow[];
};

export type PeriodCount = { month: number; year: number };
export type TaskCount = { open: number; overdue: number };
export type DebtFigure = { debts: number; caseFiles: number; outstandingCents: number };

export type BranchDashboard = {
  at: IsoDate;
  monthFrom: IsoDate;
  yearFrom: IsoDate;
  movements: { affiliations: PeriodCount; cessations: PeriodCount; categoryChanges: PeriodCount };
  tasksByKind: Array<{ kind: string } & TaskCount>;
  tasksByAdvisor: Array<{ advisorId: string | null; advisorName: string | null } & TaskCount>;
  tasksTotal: TaskCount;
  complaints: { open: number; nearDeadline: number; overdue: number };
  debtsByAge: Array<{ ageBucket: string } & DebtFigure>;
  debtsByStep: Array<{ recoveryStep: string } & DebtFigure>;
  debtsTotal: DebtFigure;
  plans: { active: number; respected: number; lapsed: number };
  lettersByKind: Array<{ kind: string } & PeriodCount>;
  /** Filed in the year by kind: all of them, and those still pending, granted and refused. */
  requests: Array<{
    kind: string;
    total: number;
    pending: number;
    granted: number;
    refused: number;
    grantedEffectCents: number;
  }>;
};

/** The first day of the date's month. */
export function monthStart(at: IsoDate): IsoDate {
  return `${at.slice(0, 7)}-01` as IsoDate;
}

const within = (date: string | null, from: IsoDate, to: IsoDate): boolean =>
  date !== null && date >= from && date <= to;

function periodCount(dates: ReadonlyArray<string | null>, at: IsoDate): PeriodCount {
  const yearFrom = defaultReportPeriod(at).from;
  const monthFrom = monthStart(at);
  return {
    month: dates.filter((date) => within(date, monthFrom, at)).length,
    year: dates.filter((date) => within(date, yearFrom, at)).length,
  };
}

/** The rows grouped by key; the caller orders the groups. */
function tally<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group === undefined) groups.set(keyOf(row), [row]);
    else group.push(row);
  }
  return groups;
}

/** A fixed collation, so the order does not depend on the machine's locale. */
const byKey = (a: string, b: string): number => a.localeCompare(b, 'en');

function taskCount(tasks: readonly OpenTaskRow[], at: IsoDate): TaskCount {
  return {
    open: tasks.length,
    overdue: tasks.filter((task) => isOverdue({ dueDate: task.dueDate as IsoDate }, at)).length,
  };
}

/** The head-office recovery step of a debt: judicial first, then payment plan, otherwise amicable. */
export function recoveryStepOf(debt: Pick<DebtRow, 'isInJudicialFile' | 'isInActivePlan'>): string {
  if (debt.isInJudicialFile) return 'judicial';
  return debt.isInActivePlan ? 'payment-plan' : 'amicable';
}

function debtFigure(debts: readonly DebtRow[]): DebtFigure {
  return {
    debts: debts.length,
    caseFiles: new Set(debts.map((debt) => debt.ownerId)).size,
    outstandingCents: debts.reduce((sum, debt) => sum + debt.outstandingCents, 0),
  };
}

/** An active plan is respected while no instalment was missed and none is pending past its due date. */
export function isPlanRespected(plan: PlanRow, at: IsoDate): boolean {
  return (
    plan.status === 'active' &&
    plan.missedInstalments === 0 &&
    (plan.oldestPendingDueDate === null || plan.oldestPendingDueDate >= at)
  );
}

function requestFigures(rows: readonly RequestRow[], yearFrom: IsoDate, at: IsoDate): BranchDashboard['requests'] {
  const filedInYear = rows.filter((request) => within(request.filedOn, yearFrom, at));
  return [...tally(filedInYear, (request) => request.kind)]
    .map(([kind, filed]) => ({
      kind,
      total: filed.length,
      pending: filed.filter((request) => request.status === 'filed').length,
      granted: filed.filter((request) => request.status === 'granted').length,
      refused: filed.filter((request) => request.status === 'refused').length,
      grantedEffectCents: filed
        .filter((request) => request.status === 'granted')
        .reduce((sum, request) => sum + request.effectCents, 0),
    }))
    .sort((a, b) => byKey(a.kind, b.kind));
}

export function branchDashboard(rows: DashboardRows, at: IsoDate, policy: ComplaintPolicy): BranchDashboard {
  const yearFrom = defaultReportPeriod(at).from;
  const tasksByAdvisor = [...tally(rows.openTasks, (task) => task.assigneeId ?? '').values()].map((tasks) => ({
    advisorId: tasks[0]?.assigneeId ?? null,
    advisorName: tasks[0]?.assigneeName ?? null,
    ...taskCount(tasks, at),
  }));
  tasksByAdvisor.sort((a, b) => byKey(a.advisorName ?? '\uffff', b.advisorName ?? '\uffff'));
  // Head office counts debts past their due date at the date: an unaged debt is not yet a debt.
  const debts = rows.debts.filter((debt) => debtAgeBucketOf(debt.dueDate, at) !== null);
  return {
    at,
    monthFrom: monthStart(at),
    yearFrom,
    movements: {
      affiliations: periodCount(
        rows.affiliations.map((row) => row.startDate),
        at,
      ),
      cessations: periodCount(
        rows.affiliations.map((row) => row.endDate),
        at,
      ),
      categoryChanges: periodCount(
        rows.categoryChanges.map((row) => row.effectiveDate),
        at,
      ),
    },
    tasksByKind: [...tally(rows.openTasks, (task) => task.kind)]
      .map(([kind, tasks]) => ({ kind, ...taskCount(tasks, at) }))
      .sort((a, b) => byKey(a.kind, b.kind)),
    tasksByAdvisor,
    tasksTotal: taskCount(rows.openTasks, at),
    complaints: {
      open: rows.openComplaints.length,
      nearDeadline: rows.openComplaints.filter((row) => isComplaintNearDeadline(row.answerDueOn as IsoDate, at, policy))
        .length,
      overdue: rows.openComplaints.filter((row) => isOverdue({ dueDate: row.answerDueOn as IsoDate }, at)).length,
    },
    debtsByAge: debtAgeBuckets.map((bucket) => ({
      ageBucket: bucket.key,
      ...debtFigure(debts.filter((debt) => debtAgeBucketOf(debt.dueDate, at) === bucket.key)),
    })),
    debtsByStep: recoverySteps.map((step) => ({
      recoveryStep: step,
      ...debtFigure(debts.filter((debt) => recoveryStepOf(debt) === step)),
    })),
    debtsTotal: debtFigure(debts),
    plans: {
      active: rows.plans.filter((plan) => plan.status === 'active').length,
      respected: rows.plans.filter((plan) => isPlanRespected(plan, at)).length,
      lapsed: rows.plans.filter((plan) => plan.status === 'lapsed').length,
    },
    lettersByKind: [...tally(rows.letters, (letter) => letter.kind)]
      .map(([kind, letters]) => ({
        kind,
        ...periodCount(
          letters.map((letter) => letter.issuedOn),
          at,
        ),
      }))
      .filter((row) => row.year > 0)
      .sort((a, b) => byKey(a.kind, b.kind)),
    requests: requestFigures(rows.requests, yearFrom, at),
  };
}

const dayNumber = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** Whole days from the due date to the date: 1 the day after the due date. */
export function daysOverdue(dueDate: string, at: IsoDate): number {
  return dayNumber(at) - dayNumber(dueDate);
}
