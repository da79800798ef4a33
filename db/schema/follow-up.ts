import { check, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';
import { advisors } from './advisors';
import { branches } from './branches';
import { oneOwner, ownerColumns } from './owner';
import { languages } from '../../shared/contract/schemas';

/** What was said at an appointment, on the phone or by mail: the advisor's notes on the case file. */
export const interactions = sqliteTable(
  'interactions',
  {
    ...syncColumns(),
    ...ownerColumns(),
    advisorId: text('advisor_id').references(() => advisors.id),
    occurredAt: text('occurred_at').notNull(),
    channel: text('channel', { enum: ['appointment', 'phone', 'email', 'letter'] }).notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
  },
  (table) => [
    index('interactions_person').on(table.personId, table.occurredAt),
    index('interactions_company').on(table.companyId, table.occurredAt),
    check('interactions_one_owner', oneOwner(table)),
  ],
);

/**
 * A follow-up with a due date, such as the personal contact the fund promises before the very first
 * judicial recovery (engagement de service, point 4).
 */
export const tasks = sqliteTable(
  'tasks',
  {
    ...syncColumns(),
    ...ownerColumns(),
    branchId: text('branch_id').references(() => branches.id),
    kind: text('kind', {
      enum: ['follow-up', 'call-before-judicial-recovery', 'check-documents', 'plan-lapsed', 'decision-expected'],
    }).notNull(),
    title: text('title').notNull(),
    dueDate: text('due_date').notNull(),
    status: text('status', { enum: ['open', 'done', 'cancelled'] }).notNull(),
    createdBy: text('created_by').references(() => advisors.id),
    completedAt: text('completed_at'),
    completedBy: text('completed_by').references(() => advisors.id),
    /** What came of the task, written when it is completed (the personal contact's outcome). */
    outcome: text('outcome'),
    sourceEntity: text('source_entity'),
    sourceId: text('source_id'),
  },
  (table) => [
    index('tasks_person').on(table.personId),
    index('tasks_company').on(table.companyId),
    index('tasks_open').on(table.status, table.branchId, table.dueDate),
    check('tasks_one_owner', oneOwner(table)),
  ],
);

/**
 * Letters waiting for the letters feature to render and issue them (affiliation confirmation, plan
 * proposal…): the kind, the language and the data the template needs, nothing rendered here.
 */
export const letterQueue = sqliteTable(
  'letter_queue',
  {
    ...syncColumns(),
    ...ownerColumns(),
    kind: text('kind').notNull(),
    language: text('language', { enum: languages }).notNull(),
    status: text('status', { enum: ['queued', 'issued', 'cancelled'] }).notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    sourceEntity: text('source_entity').notNull(),
    sourceId: text('source_id').notNull(),
    issuedAt: text('issued_at'),
  },
  (table) => [
    index('letter_queue_person').on(table.personId),
    index('letter_queue_company').on(table.companyId),
    index('letter_queue_status').on(table.status),
    check('letter_queue_one_owner', oneOwner(table)),
  ],
);

/** A wizard in progress, saved at every step so that a crash or a restart loses nothing. */
export const intakeDrafts = sqliteTable(
  'intake_drafts',
  {
    ...syncColumns(),
    kind: text('kind', { enum: ['person', 'company'] }).notNull(),
    identifier: text('identifier').notNull(),
    step: text('step').notNull(),
    forms: text('forms', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['open', 'completed', 'discarded'] }).notNull(),
    advisorId: text('advisor_id').references(() => advisors.id),
    resultKind: text('result_kind', { enum: ['person', 'company'] }),
    resultId: text('result_id'),
  },
  (table) => [index('intake_drafts_open').on(table.status, table.identifier)],
);
