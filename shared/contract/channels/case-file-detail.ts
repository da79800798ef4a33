/**
 * The case-file view: everything an advisor needs with the person in front of
 * them, in one call, from the local database (works offline). Amounts are integer cents.
 */
import { z } from 'zod';
import { caseFileSummarySchema, languageSchema, type ChannelGroup } from '../schemas';
import {
  advisorRefSchema,
  caseFileRefSchema,
  centsSchema,
  idSchema,
  isoDateSchema,
  paymentCentsSchema,
} from './common';
import { paymentPlanSchema } from './payment-plan';
import { requestSchema } from './request';
import { multiLineText, singleLineText } from '../text';
import { accessSources } from '../access-log-protocol';

export const contributionKinds = ['provisional', 'regularisation', 'company'] as const;
export const contributionKindSchema = z.enum(contributionKinds);

/**
 * How a contribution stands today: `upcoming` (not yet due), `due` (due today or this quarter, not
 * paid), `paid`, `late` (past due, unpaid or partly paid), `in-plan` (covered by an active payment
 * plan), `exempted` (a granted exemption).
 */
export const contributionStatusSchema = z.enum(['upcoming', 'due', 'paid', 'late', 'in-plan', 'exempted']);
export type ContributionStatus = z.infer<typeof contributionStatusSchema>;

export const contributionRowSchema = z.object({
  id: idSchema,
  year: z.number().int(),
  /** 1–4; null for the yearly company contribution. */
  quarter: z.number().int().min(1).max(4).nullable(),
  kind: contributionKindSchema,
  amountCents: centsSchema,
  feeCents: centsSchema,
  /** amount + fee: what is claimed. */
  totalCents: centsSchema,
  paidCents: centsSchema,
  openCents: centsSchema,
  surchargeCents: centsSchema,
  dueDate: isoDateSchema,
  structuredCommunication: z.string(),
  status: contributionStatusSchema,
  /** What is still open today on this row and every row due before it (due-date order); surcharges apart. */
  runningBalanceCents: centsSchema,
});
export type ContributionRow = z.infer<typeof contributionRowSchema>;

export const paymentRowSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  amountCents: centsSchema,
  structuredCommunication: z.string().nullable(),
  /** The contribution the payment was allocated to; null = unallocated credit. */
  contributionId: idSchema.nullable(),
  allocationLabel: z.string().nullable(),
});

export const surchargeRowSchema = z.object({
  id: idSchema,
  contributionId: idSchema,
  kind: z.enum(['quarterly', 'year-end', 'company-monthly']),
  date: isoDateSchema,
  baseCents: centsSchema,
  ratePpm: z.number().int(),
  amountCents: centsSchema,
  isWaived: z.boolean(),
});

export const incomeRowSchema = z.object({
  id: idSchema,
  year: z.number().int(),
  amountCents: centsSchema,
  source: z.enum(['estimate', 'tax-authority']),
  receivedOn: isoDateSchema,
});

export const categoryPeriodSchema = z.object({
  id: idSchema,
  category: z.string(),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.nullable(),
  reason: z.string(),
});

export const affiliationDetailSchema = z.object({
  id: idSchema,
  category: z.string(),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  isActive: z.boolean(),
  isPrimoStarter: z.boolean(),
  history: z.array(categoryPeriodSchema),
});

export const mandateRowSchema = z.object({
  id: idSchema,
  /** The other side: the company for a person's file, the director for a company's file. */
  counterpart: z.object({
    kind: z.enum(['person', 'company']),
    id: idSchema,
    displayName: z.string(),
    identifier: z.string(),
  }),
  role: z.enum(['director', 'manager', 'partner']),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  /** Director jointly liable for the company's contributions (art. 15 §1 AR 38). */
  isJointlyLiable: z.boolean(),
});

export const spouseLinkSchema = z.object({
  id: idSchema,
  /** `assists`: this person is the helping spouse of the counterpart; `assisted-by`: the reverse. */
  relation: z.enum(['assists', 'assisted-by']),
  counterpart: z.object({ id: idSchema, displayName: z.string(), niss: z.string() }),
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
});

export const letterRowSchema = z.object({
  id: idSchema,
  kind: z.string(),
  status: z.enum(['queued', 'issued', 'cancelled']),
  language: languageSchema,
  queuedAt: z.string(),
  issuedAt: z.string().nullable(),
});

export const interactionRowSchema = z.object({
  id: idSchema,
  occurredAt: z.string(),
  channel: z.enum(['appointment', 'phone', 'email', 'letter']),
  subject: z.string(),
  body: z.string(),
  advisor: advisorRefSchema,
});
export type InteractionRow = z.infer<typeof interactionRowSchema>;

export const taskKinds = [
  'follow-up',
  'call-before-judicial-recovery',
  'check-documents',
  'plan-lapsed',
  'decision-expected',
] as const;
export const taskRowSchema = z.object({
  id: idSchema,
  kind: z.enum(taskKinds),
  title: z.string(),
  dueDate: isoDateSchema,
  status: z.enum(['open', 'done', 'cancelled']),
  isOverdue: z.boolean(),
  completedAt: z.string().nullable(),
  createdBy: advisorRefSchema,
});
export type TaskRow = z.infer<typeof taskRowSchema>;

export const caseFileDetailSchema = z.object({
  summary: caseFileSummarySchema,
  affiliations: z.array(affiliationDetailSchema),
  mandates: z.array(mandateRowSchema),
  spouseLinks: z.array(spouseLinkSchema),
  incomes: z.array(incomeRowSchema),
  contributions: z.array(contributionRowSchema),
  payments: z.array(paymentRowSchema),
  surcharges: z.array(surchargeRowSchema),
  plans: z.array(paymentPlanSchema),
  requests: z.array(requestSchema),
  letters: z.array(letterRowSchema),
  interactions: z.array(interactionRowSchema),
  tasks: z.array(taskRowSchema),
  balance: z.object({
    claimedCents: centsSchema,
    paidCents: centsSchema,
    /** Open principal + fees of contributions already due (not exempted). */
    overdueCents: centsSchema,
    surchargesOpenCents: centsSchema,
    /** claimed − paid + open surcharges; negative is a credit. */
    balanceCents: centsSchema,
  }),
});
export type CaseFileDetail = z.infer<typeof caseFileDetailSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  advisor: advisorRefSchema,
  entity: z.string(),
  entityId: z.string(),
  operation: z.enum(['insert', 'update', 'delete']),
  fields: z.array(z.string()),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const noteInput = caseFileRefSchema.extend({
  channel: z.enum(['appointment', 'phone', 'email', 'letter']).default('appointment'),
  subject: singleLineText({ max: 200, tooLongKey: 'validation.note.subjectTooLong' })
    .trim()
    .min(1, { error: 'validation.note.subjectRequired' }),
  body: multiLineText({ max: 10_000, tooLongKey: 'validation.note.bodyTooLong' }).default(''),
});

const taskInput = caseFileRefSchema.extend({
  /** `kind` is the case file's kind; this is the task's. */
  taskKind: z.enum(taskKinds).default('follow-up'),
  title: singleLineText({ max: 200, tooLongKey: 'validation.task.titleTooLong' })
    .trim()
    .min(1, { error: 'validation.task.titleRequired' }),
  dueDate: isoDateSchema,
});

export const caseFileDetailChannels = {
  /** Everything of the case-file view; `not-found` when the file does not exist. */
  /** Opens the case file: recorded in the access log, with where the advisor came from when the screen says. */
  'caseFile.detail': {
    input: caseFileRefSchema.extend({ source: z.enum(accessSources).optional() }),
    output: caseFileDetailSchema,
  },
  /** Adds an interaction (appointment note) during the appointment. */
  'caseFile.addNote': { input: noteInput, output: interactionRowSchema },
  /** The audit trail of one case file: its own rows and the rows hanging from it, newest first. */
  'caseFile.audit': {
    input: caseFileRefSchema.extend({ limit: z.number().int().min(1).max(500).default(100) }),
    output: z.array(auditEntrySchema),
  },
  'task.create': { input: taskInput, output: taskRowSchema },
  /** Completes an open task, with what was done (kept on the task). */
  'task.complete': {
    input: z.object({
      taskId: idSchema,
      note: multiLineText({ max: 2000, tooLongKey: 'workQueue.validation.noteTooLong' }).trim().default(''),
    }),
    output: taskRowSchema,
  },
  /** Open tasks of the signed-in advisor's branch, oldest due date first (the advisor's to-do list). */
  'task.listOpen': {
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }),
    output: z.array(taskRowSchema.extend({ caseFile: caseFileRefSchema.extend({ displayName: z.string() }) })),
  },
  /**
   * Records a payment made at the counter or read from a bank statement, split over the open
   * contributions in the rules' allocation order (the structured communication designates the first),
   * and queues its receipt in "to print". The top level is the whole payment; `parts` are its rows.
   */
  'payment.record': {
    input: caseFileRefSchema.extend({
      date: isoDateSchema,
      amountCents: paymentCentsSchema.positive({ error: 'validation.payment.amountPositive' }),
      structuredCommunication: singleLineText({ max: 30 }).nullable().default(null),
    }),
    output: paymentRowSchema.extend({ parts: z.array(paymentRowSchema), receiptQueueId: idSchema }),
  },
} as const satisfies ChannelGroup;
