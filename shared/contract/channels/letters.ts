/**
 * Letters: the "to print" list, preview / issue of one letter for a case file, the letters
 * issued to a case file, and back-office batches (count and total first, then run with progress,
 * cancel, resume). PDFs cross as base64 in RESPONSES only (no file path ever reaches the renderer);
 * requests stay tiny, well under the loopback host's 1 MiB request cap. A batch output is fetched in
 * slices (`letters.batchOutput` with an offset) so a 10,000-page PDF never travels as one reply.
 */
import { z } from 'zod';
import { rightKinds } from '../../domain/rights/types';
import { languageSchema, type ChannelGroup } from '../schemas';
import { singleLineText } from '../text';
import {
  caseFileRefSchema,
  centsSchema,
  explanationLineSchema,
  idSchema,
  isoDateSchema,
  quarterLabelSchema,
} from './common';

export const letterKindNames = [
  'due-notice',
  'regularisation-notice',
  'reminder',
  'account-statement',
  'formal-notice',
  'payment-plan-proposal',
  'payment-plan-agreement',
  'affiliation-confirmation',
  'tax-certificate',
  'company-contribution-notice',
  'decision',
  'affiliation-certificate',
  'regularity-certificate',
  'payment-certificate',
  'complaint-answer',
  'payment-receipt',
  'cessation-confirmation',
  'rights-information',
  'rights-decision',
  'rights-deadline-reminder',
] as const;
export const letterKindSchema = z.enum(letterKindNames, { error: 'letters.validation.kind' });
export type LetterKindName = z.infer<typeof letterKindSchema>;

/** What a letter is drawn from, beyond the case file itself (each kind reads the one it needs). */
export const letterParamsSchema = z
  .object({
    /** payment-plan-proposal / payment-plan-agreement. */
    planId: idSchema.optional(),
    /** decision. */
    requestId: idSchema.optional(),
    /** rights-decision: the application decided. */
    rightApplicationId: idSchema.optional(),
    /** rights-information / rights-deadline-reminder: the event and the right it opens. */
    lifeEventId: idSchema.optional(),
    right: z.enum(rightKinds).optional(),
    /** complaint-answer. */
    complaintId: idSchema.optional(),
    /** affiliation-confirmation. */
    affiliationId: idSchema.optional(),
    /** due-notice: one contribution; reminder / formal notice: only these contributions. */
    contributionIds: z.array(idSchema).max(200).optional(),
    /** tax-certificate: the calendar year of the payments. */
    year: z
      .number()
      .int({ error: 'letters.validation.year' })
      .min(1990, { error: 'letters.validation.year' })
      .max(2100, { error: 'letters.validation.year' })
      .optional(),
    /** account-statement and payment-certificate period. */
    /** payment-receipt: the rows of one payment received at the counter. */
    paymentIds: z.array(idSchema).min(1).max(50).optional(),
    /** account-statement period. */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    /** regularity-certificate: the date the affiliate is (or is not) in order on. */
    asOf: isoDateSchema.optional(),
  })
  .strict();
export type LetterParams = z.infer<typeof letterParamsSchema>;

/** A letter is either a "to print" queue item, or a kind chosen for a case file. */
export const letterRequestSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('queue'), queueId: idSchema }),
  z.object({
    source: z.literal('case-file'),
    caseFile: caseFileRefSchema,
    kind: letterKindSchema,
    params: letterParamsSchema.default({}),
  }),
]);
export type LetterRequest = z.input<typeof letterRequestSchema>;

export const pdfSchema = z.object({
  /** The PDF bytes, base64. */
  pdfBase64: z.string(),
  pageCount: z.number().int().positive(),
  /** A file name for "Save as PDF" (kind, reference, date; no personal name). */
  fileName: z.string(),
});
export type PdfDto = z.infer<typeof pdfSchema>;

export const toPrintItemSchema = z.object({
  id: idSchema,
  caseFile: caseFileRefSchema,
  displayName: z.string(),
  kind: z.string(),
  language: languageSchema,
  /** Why it was queued: the record it comes from (affiliation, company, paymentPlan, request…). */
  reason: z.string(),
  queuedAt: z.string(),
});
export type ToPrintItem = z.infer<typeof toPrintItemSchema>;

export const issuedLetterSchema = z.object({
  id: z.string(),
  kind: z.string(),
  language: languageSchema,
  issuedAt: z.string(),
  advisorName: z.string(),
  pdfSha256: z.string(),
  /** Set when the letter was printed in a batch (pages of the batch PDF). */
  batchId: z.string().nullable(),
  firstPage: z.number().int(),
  lastPage: z.number().int(),
});
export type IssuedLetterDto = z.infer<typeof issuedLetterSchema>;

/**
 * The periodic mailings a back-office batch sends, in one branch: reminders for the contributions of
 * a quarter still unpaid N days after their due date; account statements or formal notices to the
 * debtors whose recovery path is due for one (the quarter and the delay are then the recovery
 * settings', not the form's); the due notices of a quarter; the tax certificates of a year; the
 * company contribution notices of a year and their reminders N days after the due date.
 */
export const batchKindNames = [
  'reminder',
  'account-statement',
  'formal-notice',
  'due-notice',
  'tax-certificate',
  'company-notice',
  'company-reminder',
] as const;
export type BatchKindName = (typeof batchKindNames)[number];

/** What each kind needs besides the branch. */
export const batchKindFields = {
  reminder: ['quarter', 'daysAfterDue'],
  'account-statement': [],
  'formal-notice': [],
  'due-notice': ['quarter'],
  'tax-certificate': ['year'],
  'company-notice': ['year'],
  'company-reminder': ['year', 'daysAfterDue'],
} as const satisfies Record<BatchKindName, readonly ('quarter' | 'year' | 'daysAfterDue')[]>;

const fieldMessages = {
  quarter: 'validation.quarter',
  year: 'letters.validation.year',
  daysAfterDue: 'letters.validation.daysAfterDue',
} as const;

export const batchCriteriaSchema = z
  .object({
    kind: z.enum(batchKindNames, { error: 'letters.validation.batchKind' }),
    quarter: quarterLabelSchema.optional(),
    year: z
      .number({ error: 'letters.validation.year' })
      .int({ error: 'letters.validation.year' })
      .min(1990, { error: 'letters.validation.year' })
      .max(2100, { error: 'letters.validation.year' })
      .optional(),
    daysAfterDue: z
      .number({ error: 'letters.validation.daysAfterDue' })
      .int({ error: 'letters.validation.daysAfterDue' })
      .min(0, { error: 'letters.validation.daysAfterDue' })
      .max(3650, { error: 'letters.validation.daysAfterDue' })
      .optional(),
    branchCode: z
      .string()
      .trim()
      // An empty field is a missing code, not an unknown one: say so, and only that.
      .min(1, { error: 'letters.validation.branchRequired', abort: true })
      .regex(/^[A-Z]{2,5}$/, { error: 'letters.validation.branch' }),
  })
  .superRefine((criteria, context) => {
    for (const field of batchKindFields[criteria.kind])
      if (criteria[field] === undefined)
        context.addIssue({ code: 'custom', path: [field], message: fieldMessages[field] });
  });
export type BatchCriteriaDto = z.infer<typeof batchCriteriaSchema>;

/** Shown before a batch runs: the case files it would write to and why, and those it leaves out and why. */
export const BATCH_CANDIDATE_LIMIT = 200;
export const batchCandidatesSchema = z.object({
  /** How many case files the batch takes, and how many of the period's it leaves out. */
  inCount: z.number().int(),
  outCount: z.number().int(),
  /** The first BATCH_CANDIDATE_LIMIT case files, in print order: those taken first, then those left out. */
  candidates: z.array(
    z.object({
      caseFile: caseFileRefSchema,
      displayName: z.string(),
      isIn: z.boolean(),
      why: z.array(explanationLineSchema),
    }),
  ),
});
export type BatchCandidatesDto = z.infer<typeof batchCandidatesSchema>;

export const batchStatusSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['planned', 'running', 'cancelled', 'failed', 'completed']),
  /** Is it rendering in this process right now (a 'running' batch that is not was interrupted by a crash). */
  isActive: z.boolean(),
  criteria: z.record(z.string(), z.unknown()),
  done: z.number().int(),
  total: z.number().int(),
  totalCents: centsSchema,
  lettersPerSecond: z.number(),
  secondsLeft: z.number().nullable(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  pdfSha256: z.string().nullable(),
  hasOutput: z.boolean(),
});
export type BatchStatusDto = z.infer<typeof batchStatusSchema>;

export const batchOutputFileSchema = z.enum(['pdf', 'manifest']);

/** What checking an attestation's verification code tells: nothing about the person, only the letter. */
export const attestationCheckSchema = z.object({
  status: z.enum(['valid', 'mistyped', 'unknown', 'altered']),
  kind: z.string().nullable(),
  issuedAt: z.string().nullable(),
  pdfSha256: z.string().nullable(),
});
export type AttestationCheckDto = z.infer<typeof attestationCheckSchema>;

export const lettersChannels = {
  /** Letters queued by intake, payment plans or decisions and not issued yet, oldest first. */
  'letters.toPrint': { input: z.object({}), output: z.array(toPrintItemSchema) },
  /** Renders without recording anything. */
  'letters.preview': { input: letterRequestSchema, output: pdfSchema },
  /** Renders, archives under its sha256, records it as issued and marks the queue item done, in one transaction. */
  'letters.issue': { input: letterRequestSchema, output: pdfSchema.extend({ id: z.string(), sha256: z.string() }) },
  /** Letters issued to a case file (single or in a batch), newest first. */
  'letters.history': { input: caseFileRefSchema, output: z.array(issuedLetterSchema) },
  /** The PDF of an issued letter: its archived file (checked against its hash), or drawn again from its recorded data for a batch letter. */
  'letters.reopen': { input: z.object({ id: idSchema }), output: pdfSchema },
  /**
   * Everything held about a person, for their access request: a PDF and the same data as JSON, in
   * the language asked. Recorded in the access log.
   */
  'letters.exportPersonalData': {
    input: z.object({ personId: idSchema, language: languageSchema }),
    output: z.object({ pdf: pdfSchema, json: z.object({ fileName: z.string(), text: z.string() }) }),
  },
  /** Back office: how many letters and what total the criteria select, before anything runs. */
  'letters.batchPreview': {
    input: batchCriteriaSchema,
    output: z.object({ count: z.number().int(), totalCents: centsSchema, asOf: isoDateSchema }),
  },
  /** Back office: who the criteria write to and why (and who they leave out and why), before anything runs. */
  'letters.batchCandidates': { input: batchCriteriaSchema, output: batchCandidatesSchema },
  /** Back office: freezes the letters and starts rendering in the background. */
  'letters.batchStart': { input: batchCriteriaSchema, output: batchStatusSchema },
  'letters.batchStatus': { input: z.object({ batchId: idSchema }), output: batchStatusSchema },
  'letters.batchCancel': { input: z.object({ batchId: idSchema }), output: batchStatusSchema },
  'letters.batchResume': { input: z.object({ batchId: idSchema }), output: batchStatusSchema },
  /** Batches not completed (cancelled, failed, or interrupted by a crash): offered for resume. */
  'letters.batchList': { input: z.object({}), output: z.array(batchStatusSchema) },
  /** A slice of a completed batch's merged PDF or CSV manifest (base64); read until `nextOffset` is null. */
  'letters.batchOutput': {
    input: z.object({ batchId: idSchema, file: batchOutputFileSchema, offset: z.number().int().min(0).default(0) }),
    output: z.object({
      fileName: z.string(),
      mediaType: z.string(),
      totalBytes: z.number().int(),
      base64: z.string(),
      nextOffset: z.number().int().nullable(),
    }),
  },
  /** An attestation's verification code, as typed from the paper, checked against this device's archive. */
  'letters.verifyAttestation': {
    input: z.object({ code: singleLineText({ max: 40 }) }),
    output: attestationCheckSchema,
  },
} as const satisfies ChannelGroup;
