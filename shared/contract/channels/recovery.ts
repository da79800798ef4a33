/**
 * Recovery: where a debtor is on the path the engagement de service (point 4) promises (reminder,
 * account statement, formal notice, personal contact, then judicial recovery), why, and what comes
 * next; the personal-contact task and its outcome; the hand-over to a bailiff or a lawyer, the claim
 * with a receiver, and the follow-up of those judicial files.
 */
import { z } from 'zod';
import type { ChannelGroup } from '../schemas';
import { caseFileRefSchema, centsSchema, explanationLineSchema, idSchema, isoDateSchema } from './common';
import { multiLineText, singleLineText } from '../text';
import { judicialKinds, recoveryActions, recoverySteps, suspensionReasons } from '../../domain/recovery/types';

export { recoveryRoles } from '../fixed-lists';

export const contactOutcomes = ['promised-payment', 'plan-requested', 'disputed', 'not-reached'] as const;
export const agentKinds = ['bailiff', 'lawyer', 'receiver'] as const;
export const judicialEventKinds = [
  'act',
  'hearing',
  'judgement',
  'costs',
  'instalment',
  'claim-filed',
  'note',
  'closure',
] as const;
export const judicialClosures = ['paid', 'payment-plan', 'irrecoverable', 'withdrawn'] as const;

export const judicialEventSchema = z.object({
  id: idSchema,
  occurredOn: isoDateSchema,
  kind: z.enum(judicialEventKinds),
  amountCents: centsSchema,
  note: z.string(),
});

export const judicialFileSchema = z.object({
  id: idSchema,
  kind: z.enum(judicialKinds),
  agentKind: z.enum(agentKinds),
  agentName: z.string(),
  handedOverOn: isoDateSchema,
  claimedCents: centsSchema,
  status: z.enum(['open', 'closed']),
  judgementOn: isoDateSchema.nullable(),
  closedOn: isoDateSchema.nullable(),
  closure: z.enum(judicialClosures).nullable(),
  /** Costs billed so far and instalments received, summed from the events. */
  costsCents: centsSchema,
  receivedCents: centsSchema,
  events: z.array(judicialEventSchema),
});
export type JudicialFileDto = z.infer<typeof judicialFileSchema>;

export const contactTaskSchema = z.object({
  id: idSchema,
  status: z.enum(['open', 'done', 'cancelled']),
  dueDate: isoDateSchema,
  completedAt: z.string().nullable(),
  outcome: z.enum(contactOutcomes).nullable(),
});

export const recoveryStatusSchema = z.object({
  step: z.enum(recoverySteps),
  suspension: z.enum(suspensionReasons).nullable(),
  action: z.enum(recoveryActions),
  actionDueOn: isoDateSchema.nullable(),
  isActionDue: z.boolean(),
  openCents: centsSchema,
  oldestDueDate: isoDateSchema.nullable(),
  explanation: z.array(explanationLineSchema),
  contactTask: contactTaskSchema.nullable(),
  judicialFiles: z.array(judicialFileSchema),
});
export type RecoveryStatusDto = z.infer<typeof recoveryStatusSchema>;

/** Shown before a formal-notice batch runs: who would receive one, and why. */
export const FORMAL_NOTICE_LIST_LIMIT = 200;
export const formalNoticeCandidatesSchema = z.object({
  total: z.number().int(),
  totalCents: centsSchema,
  /** The first FORMAL_NOTICE_LIST_LIMIT debtors, oldest debt first. */
  debtors: z.array(
    z.object({
      caseFile: caseFileRefSchema,
      displayName: z.string(),
      openCents: centsSchema,
      oldestDueDate: isoDateSchema,
      explanation: z.array(explanationLineSchema),
    }),
  ),
});
export type FormalNoticeCandidatesDto = z.infer<typeof formalNoticeCandidatesSchema>;

const overviewCellSchema = z.object({ debtors: z.number().int(), openCents: centsSchema });
export const recoveryOverviewSchema = z.object({
  /** Upper bounds in days of the age buckets of the oldest unpaid debt; the last bucket is older. */
  ageBucketDays: z.array(z.number().int()),
  rows: z.array(
    z.object({
      stage: z.enum([...recoverySteps, ...suspensionReasons]),
      buckets: z.array(overviewCellSchema),
      total: overviewCellSchema,
    }),
  ),
});
export type RecoveryOverviewDto = z.infer<typeof recoveryOverviewSchema>;

export const recoveryChannels = {
  /** The recovery step of a case file, its explanation, the personal-contact task and the judicial files. */
  'recovery.status': { input: caseFileRefSchema, output: recoveryStatusSchema },
  /**
   * Opens the personal-contact task once the formal notice's delay has run. Refused with `conflict` /
   * `errors.recovery.notAtContact` when the path is elsewhere.
   */
  'recovery.openContact': { input: caseFileRefSchema, output: recoveryStatusSchema },
  /** Completes the personal-contact task with its outcome; the hand-over is offered after its delay. */
  'recovery.completeContact': {
    input: caseFileRefSchema.extend({
      taskId: idSchema,
      outcome: z.enum(contactOutcomes, { error: 'validation.recovery.outcome' }),
    }),
    output: recoveryStatusSchema,
  },
  /**
   * Hands the open debt over: contrainte or citation only when the path offers it (`conflict` /
   * `errors.recovery.handOverNotOffered`); a claim with a receiver whenever the debtor is bankrupt.
   */
  'recovery.handOver': {
    input: caseFileRefSchema.extend({
      judicialKind: z.enum(judicialKinds),
      agentKind: z.enum(agentKinds),
      agentName: singleLineText({ max: 200 }).trim().min(1, { error: 'validation.recovery.agentName' }),
      handedOverOn: isoDateSchema.optional(),
    }),
    output: recoveryStatusSchema,
  },
  /** Records what happened in a judicial file; a `closure` event closes it, a `judgement` dates it. */
  'recovery.addJudicialEvent': {
    input: caseFileRefSchema.extend({
      fileId: idSchema,
      eventKind: z.enum(judicialEventKinds),
      occurredOn: isoDateSchema,
      amountCents: centsSchema.min(0, { error: 'validation.cents' }).default(0),
      closure: z.enum(judicialClosures).optional(),
      note: multiLineText({ max: 2000 }).default(''),
    }),
    output: recoveryStatusSchema,
  },
  /** The branch's debtors by recovery step (or suspension) and age of the oldest debt, with amounts. */
  'recovery.overview': {
    input: z.object({
      branchCode: z
        .string()
        .trim()
        .regex(/^[A-Z]{2,5}$/, { error: 'letters.validation.branch' }),
    }),
    output: recoveryOverviewSchema,
  },
  /** The debtors of a branch a formal notice is due for today, each with the steps that led there. */
  'recovery.formalNoticeCandidates': {
    input: z.object({
      branchCode: z
        .string()
        .trim()
        .regex(/^[A-Z]{2,5}$/, { error: 'letters.validation.branch' }),
    }),
    output: formalNoticeCandidatesSchema,
  },
} satisfies ChannelGroup;
