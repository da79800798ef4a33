import { check, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';
import { advisors } from './advisors';
import { branches } from './branches';
import { oneOwner, ownerColumns } from './owner';
import { languages } from '../../shared/contract/schemas';
import { complaintStatuses } from '../../shared/contract/channels/complaint';

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
    /** The advisor who is to do it; null while nobody has taken it (it is then the branch's). */
    assigneeId: text('assignee_id').references(() => advisors.id),
    /** What was done, written when the task is completed; null before. */
    completionNote: text('completion_note'),
  },
  (table) => [
    index('tasks_person').on(table.personId),
    index('tasks_company').on(table.companyId),
    index('tasks_open').on(table.status, table.branchId, table.dueDate),
    check('tasks_one_owner', oneOwner(table)),
  ],
);

/**
 * The advisor the affiliate deals with: "un interlocuteur qui connaît votre dossier" (the fund's
 * service commitment, point 5). One live row per case file; reassigning updates it, and the letters
 * of the case file name this advisor as the contact.
 */
export const caseFileAdvisors = sqliteTable(
  'case_file_advisors',
  {
    ...syncColumns(),
    ...ownerColumns(),
    advisorId: text('advisor_id')
      .notNull()
      .references(() => advisors.id),
    assignedBy: text('assigned_by').references(() => advisors.id),
  },
  (table) => [
    index('case_file_advisors_person').on(table.personId),
    index('case_file_advisors_company').on(table.companyId),
    index('case_file_advisors_advisor').on(table.advisorId),
    check('case_file_advisors_one_owner', oneOwner(table)),
  ],
);

/**
 * A complaint about the fund's service, with the date by which it must be answered (computed from
 * the fund's setting when it is received: shared/rules/complaint-policy.ts) and the answer sent.
 */
export const complaints = sqliteTable(
  'complaints',
  {
    ...syncColumns(),
    ...ownerColumns(),
    branchId: text('branch_id').references(() => branches.id),
    subject: text('subject').notNull(),
    details: text('details').notNull(),
    receivedOn: text('received_on').notNull(),
    answerDueOn: text('answer_due_on').notNull(),
    status: text('status', { enum: complaintStatuses }).notNull(),
    answer: text('answer'),
    answeredOn: text('answered_on'),
    registeredBy: text('registered_by').references(() => advisors.id),
    answeredBy: text('answered_by').references(() => advisors.id),
  },
  (table) => [
    index('complaints_person').on(table.personId),
    index('complaints_company').on(table.companyId),
    index('complaints_open').on(table.status, table.branchId, table.answerDueOn),
    check('complaints_one_owner', oneOwner(table)),
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
