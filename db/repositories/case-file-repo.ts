/**
 * Writes of the case-file tables. Every one goes through synced-rows.ts, so each row
 * written also appends its outbox record and its audit line in the same transaction.
 */
import type { InferSelectModel } from 'drizzle-orm';
import {
  affiliationPeriods,
  caseFileAdvisors,
  caseRequests,
  complaints,
  contributions,
  incomeRecords,
  intakeDrafts,
  interactions,
  judicialEvents,
  judicialFiles,
  letterQueue,
  lifeEvents,
  mandates,
  paymentPlanEvents,
  paymentPlanInstalments,
  paymentPlans,
  payments,
  rightApplications,
  spouseLinks,
  surcharges,
  tasks,
} from '../schema';
import type { ChangeRecorder } from './change-recorder';
import { insertSyncedRow, updateSyncedRow, type SyncedTable, type Tx } from './synced-rows';

type Fields<Row> = Omit<Row, 'id' | 'createdAt' | 'updatedAt' | 'rowVersion' | 'deletedAt'> & { id?: string };
type Patch<Row> = Partial<Omit<Row, 'id' | 'createdAt' | 'updatedAt' | 'rowVersion' | 'deletedAt'>>;

export type ContributionRow = InferSelectModel<typeof contributions>;
export type PaymentRow = InferSelectModel<typeof payments>;
export type SurchargeRow = InferSelectModel<typeof surcharges>;
export type IncomeRow = InferSelectModel<typeof incomeRecords>;
export type MandateRow = InferSelectModel<typeof mandates>;
export type SpouseLinkRow = InferSelectModel<typeof spouseLinks>;
export type PeriodRow = InferSelectModel<typeof affiliationPeriods>;
export type PlanRow = InferSelectModel<typeof paymentPlans>;
export type InstalmentRow = InferSelectModel<typeof paymentPlanInstalments>;
export type PlanEventRow = InferSelectModel<typeof paymentPlanEvents>;
export type RequestRow = InferSelectModel<typeof caseRequests>;
export type InteractionRow = InferSelectModel<typeof interactions>;
export type TaskRow = InferSelectModel<typeof tasks>;
export type LetterRow = InferSelectModel<typeof letterQueue>;
export type DraftRow = InferSelectModel<typeof intakeDrafts>;
export type JudicialFileRow = InferSelectModel<typeof judicialFiles>;
export type JudicialEventRow = InferSelectModel<typeof judicialEvents>;
export type LifeEventRow = InferSelectModel<typeof lifeEvents>;
export type RightApplicationRow = InferSelectModel<typeof rightApplications>;

/** One entity name per table: what the outbox and the audit log call it. */
const entities = {
  contribution: contributions,
  payment: payments,
  surcharge: surcharges,
  income: incomeRecords,
  mandate: mandates,
  spouseLink: spouseLinks,
  affiliationPeriod: affiliationPeriods,
  paymentPlan: paymentPlans,
  paymentPlanInstalment: paymentPlanInstalments,
  paymentPlanEvent: paymentPlanEvents,
  request: caseRequests,
  interaction: interactions,
  task: tasks,
  letter: letterQueue,
  intakeDraft: intakeDrafts,
  complaint: complaints,
  caseFileAdvisor: caseFileAdvisors,
  judicialFile: judicialFiles,
  judicialEvent: judicialEvents,
  lifeEvent: lifeEvents,
  rightApplication: rightApplications,
} as const;
type Entity = keyof typeof entities;
type RowOf<E extends Entity> = InferSelectModel<(typeof entities)[E]>;

export function insertRow<E extends Entity>(
  tx: Tx,
  recorder: ChangeRecorder,
  entity: E,
  fields: Fields<RowOf<E>>,
): RowOf<E> {
  return insertSyncedRow(tx, recorder, entities[entity] as SyncedTable, entity, fields as never) as unknown as RowOf<E>;
}

/**
 * A new task: open, done by nobody yet, no outcome, the branch's until someone takes it (unless an
 * assignee is given). Every writer of a task leaves these fields alike.
 */
export function insertOpenTask(
  tx: Tx,
  recorder: ChangeRecorder,
  fields: Omit<
    Fields<RowOf<'task'>>,
    'status' | 'completedAt' | 'completedBy' | 'assigneeId' | 'completionNote' | 'outcome'
  > & {
    assigneeId?: string | null;
  },
): RowOf<'task'> {
  return insertRow(tx, recorder, 'task', {
    ...fields,
    assigneeId: fields.assigneeId ?? null,
    status: 'open',
    completedAt: null,
    completedBy: null,
    completionNote: null,
    outcome: null,
  });
}

export function updateRow<E extends Entity>(
  tx: Tx,
  recorder: ChangeRecorder,
  entity: E,
  id: string,
  patch: Patch<RowOf<E>>,
  expectedRowVersion?: number,
): RowOf<E> {
  return updateSyncedRow(
    tx,
    recorder,
    entities[entity] as SyncedTable,
    entity,
    id,
    patch as never,
    expectedRowVersion,
  ) as unknown as RowOf<E>;
}
