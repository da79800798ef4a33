/**
 * The branch dashboard's pure figures: each group counted from rows as the head-office definitions
 * say (year from January 1st, debt age buckets, recovery steps, request outcomes), and the cuts of
 * one figure add up to its total whatever the rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../shared/domain/calendar';
import {
  branchDashboard,
  daysOverdue,
  isPlanRespected,
  monthStart,
  recoveryStepOf,
  type DashboardRows,
} from '../../../shared/domain/reports/branch-dashboard';
import { debtAgeBuckets, recoverySteps } from '../../../shared/domain/reports/report-definitions';

const AT = toIsoDate('2026-11-26');
const policy = { answerDays: 45, nearDeadlineDays: 7 };
const empty: DashboardRows = {
  affiliations: [],
  categoryChanges: [],
  openTasks: [],
  openComplaints: [],
  debts: [],
  plans: [],
  letters: [],
  requests: [],
};
const debt = (dueDate: string, outstandingCents: number, ownerId = 'p1', judicial = false, plan = false) => ({
  ownerId,
  dueDate,
  outstandingCents,
  isInJudicialFile: judicial,
  isInActivePlan: plan,
});

describe('branch dashboard figures', () => {
  it('counts movements this month and this year, from the first of each', () => {
    const figures = branchDashboard(
      {
        ...empty,
        affiliations: [
          { category: 'main', startDate: '2026-11-01', endDate: null },
          { category: 'main', startDate: '2026-03-10', endDate: '2026-11-20' },
          { category: 'student', startDate: '2025-12-31', endDate: '2026-01-01' },
          { category: 'main', startDate: '2026-11-27', endDate: null },
        ],
        categoryChanges: [
          { toCategory: 'main', effectiveDate: '2026-10-31' },
          { toCategory: 'complementary', effectiveDate: '2026-11-26' },
        ],
      },
      AT,
      policy,
    );
    expect(figures.monthFrom).toBe('2026-11-01');
    expect(figures.yearFrom).toBe('2026-01-01');
    expect(figures.movements).toEqual({
      affiliations: { month: 1, year: 2 },
      cessations: { month: 1, year: 2 },
      categoryChanges: { month: 1, year: 2 },
    });
  });

  it('counts open and overdue tasks by kind and by advisor, the unassigned last', () => {
    const figures = branchDashboard(
      {
        ...empty,
        openTasks: [
          { kind: 'follow-up', dueDate: '2026-11-25', assigneeId: null, assigneeName: null },
          { kind: 'follow-up', dueDate: '2026-11-26', assigneeId: 'a2', assigneeName: 'Zoé' },
          { kind: 'check-documents', dueDate: '2026-10-01', assigneeId: 'a1', assigneeName: 'Anne' },
          { kind: 'check-documents', dueDate: '2026-12-01', assigneeId: 'a1', assigneeName: 'Anne' },
        ],
      },
      AT,
      policy,
    );
    expect(figures.tasksByKind).toEqual([
      { kind: 'check-documents', open: 2, overdue: 1 },
      { kind: 'follow-up', open: 2, overdue: 1 },
    ]);
    expect(figures.tasksByAdvisor).toEqual([
      { advisorId: 'a1', advisorName: 'Anne', open: 2, overdue: 1 },
      { advisorId: 'a2', advisorName: 'Zoé', open: 1, overdue: 0 },
      { advisorId: null, advisorName: null, open: 1, overdue: 1 },
    ]);
    expect(figures.tasksTotal).toEqual({ open: 4, overdue: 2 });
  });

  it('flags complaints within the warning window and past their deadline', () => {
    const figures = branchDashboard(
      {
        ...empty,
        openComplaints: [{ answerDueOn: '2026-11-20' }, { answerDueOn: '2026-12-03' }, { answerDueOn: '2026-12-04' }],
      },
      AT,
      policy,
    );
    expect(figures.complaints).toEqual({ open: 3, nearDeadline: 2, overdue: 1 });
  });

  it('cuts debts past due by the head-office age buckets and recovery steps', () => {
    const figures = branchDashboard(
      {
        ...empty,
        debts: [
          debt('2026-11-26', 999),
          debt('2026-11-25', 100),
          debt('2026-08-28', 200, 'p2', false, true),
          debt('2026-08-27', 300, 'p2', true, true),
          debt('2025-11-25', 400, 'p3'),
        ],
      },
      AT,
      policy,
    );
    expect(figures.debtsByAge).toEqual([
      { ageBucket: '0-90', debts: 2, caseFiles: 2, outstandingCents: 300 },
      { ageBucket: '91-180', debts: 1, caseFiles: 1, outstandingCents: 300 },
      { ageBucket: '181-365', debts: 0, caseFiles: 0, outstandingCents: 0 },
      { ageBucket: '366+', debts: 1, caseFiles: 1, outstandingCents: 400 },
    ]);
    expect(figures.debtsByStep).toEqual([
      { recoveryStep: 'amicable', debts: 2, caseFiles: 2, outstandingCents: 500 },
      { recoveryStep: 'payment-plan', debts: 1, caseFiles: 1, outstandingCents: 200 },
      { recoveryStep: 'judicial', debts: 1, caseFiles: 1, outstandingCents: 300 },
    ]);
    expect(figures.debtsTotal).toEqual({ debts: 4, caseFiles: 3, outstandingCents: 1000 });
  });

  it('tells active, respected and lapsed plans apart', () => {
    const plans = [
      { status: 'active', missedInstalments: 0, oldestPendingDueDate: null },
      { status: 'active', missedInstalments: 0, oldestPendingDueDate: '2026-11-26' },
      { status: 'active', missedInstalments: 0, oldestPendingDueDate: '2026-11-25' },
      { status: 'active', missedInstalments: 1, oldestPendingDueDate: '2026-12-25' },
      { status: 'lapsed', missedInstalments: 2, oldestPendingDueDate: null },
    ];
    expect(branchDashboard({ ...empty, plans }, AT, policy).plans).toEqual({ active: 4, respected: 2, lapsed: 1 });
    expect(isPlanRespected({ status: 'lapsed', missedInstalments: 0, oldestPendingDueDate: null }, AT)).toBe(false);
  });

  it('counts letters by kind this month and year, and requests by outcome with what was granted', () => {
    const figures = branchDashboard(
      {
        ...empty,
        letters: [
          { kind: 'reminder', issuedOn: '2026-11-02' },
          { kind: 'reminder', issuedOn: '2026-02-02' },
          { kind: 'due-notice', issuedOn: '2025-12-31' },
          { kind: 'formal-notice', issuedOn: '2026-01-01' },
        ],
        requests: [
          { kind: 'exemption', status: 'granted', filedOn: '2026-02-01', effectCents: 5000 },
          { kind: 'exemption', status: 'refused', filedOn: '2026-03-01', effectCents: 0 },
          { kind: 'exemption', status: 'filed', filedOn: '2026-11-01', effectCents: 0 },
          { kind: 'surcharge-waiver', status: 'granted', filedOn: '2026-04-01', effectCents: 700 },
          { kind: 'surcharge-waiver', status: 'granted', filedOn: '2025-04-01', effectCents: 900 },
        ],
      },
      AT,
      policy,
    );
    expect(figures.lettersByKind).toEqual([
      { kind: 'formal-notice', month: 0, year: 1 },
      { kind: 'reminder', month: 1, year: 2 },
    ]);
    expect(figures.requests).toEqual([
      { kind: 'exemption', total: 3, pending: 1, granted: 1, refused: 1, grantedEffectCents: 5000 },
      { kind: 'surcharge-waiver', total: 1, pending: 0, granted: 1, refused: 0, grantedEffectCents: 700 },
    ]);
  });

  it('names the recovery step, the month start and the days overdue', () => {
    expect(recoveryStepOf({ isInJudicialFile: true, isInActivePlan: true })).toBe('judicial');
    expect(recoveryStepOf({ isInJudicialFile: false, isInActivePlan: true })).toBe('payment-plan');
    expect(recoveryStepOf({ isInJudicialFile: false, isInActivePlan: false })).toBe('amicable');
    expect(monthStart(toIsoDate('2024-02-29'))).toBe('2024-02-01');
    expect(daysOverdue('2024-02-28', toIsoDate('2024-03-01'))).toBe(2);
    expect(daysOverdue('2025-12-31', toIsoDate('2026-01-01'))).toBe(1);
  });

  it('adds the cuts of debts and tasks up to their totals, whatever the rows', () => {
    const date = fc
      .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2027, 11, 31) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.record({ owner: fc.string(), dueDate: date, cents: fc.integer({ min: 1, max: 1e9 }) }), {
          maxLength: 40,
        }),
        fc.array(fc.record({ kind: fc.string(), dueDate: date, assignee: fc.option(fc.string()) }), { maxLength: 40 }),
        fc.boolean(),
        fc.boolean(),
        (debts, tasks, judicial, plan) => {
          const figures = branchDashboard(
            {
              ...empty,
              debts: debts.map((row) => debt(row.dueDate, row.cents, row.owner, judicial, plan)),
              openTasks: tasks.map((row) => ({
                kind: row.kind,
                dueDate: row.dueDate,
                assigneeId: row.assignee,
                assigneeName: row.assignee,
              })),
            },
            AT,
            policy,
          );
          const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
          expect(figures.debtsByAge).toHaveLength(debtAgeBuckets.length);
          expect(figures.debtsByStep).toHaveLength(recoverySteps.length);
          for (const cut of [figures.debtsByAge, figures.debtsByStep]) {
            expect(sum(cut.map((row) => row.debts))).toBe(figures.debtsTotal.debts);
            expect(sum(cut.map((row) => row.outstandingCents))).toBe(figures.debtsTotal.outstandingCents);
          }
          expect(figures.debtsTotal.debts).toBe(debts.filter((row) => row.dueDate < AT).length);
          for (const cut of [figures.tasksByKind, figures.tasksByAdvisor]) {
            expect(sum(cut.map((row) => row.open))).toBe(tasks.length);
            expect(sum(cut.map((row) => row.overdue))).toBe(figures.tasksTotal.overdue);
          }
        },
      ),
    );
  });
});
