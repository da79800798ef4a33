/**
 * Complaints about the fund's service: registered on a case file with their subject and the date by
 * which they must be answered (the fund's answer period: shared/rules/complaint-policy.ts), followed
 * (received, in progress, answered, closed) and answered by a letter queued in "to print".
 */
import { z } from 'zod';
import type { ChannelGroup } from '../schemas';
import { caseFileRefSchema, idSchema, isoDateSchema } from './common';
import { multiLineText, singleLineText } from '../text';
import { complaintStatusList } from '../../domain/follow-up/complaint';

/** The one list of statuses, from the domain (shared/domain/follow-up/complaint.ts). */
export const complaintStatuses = complaintStatusList;

export const complaintSchema = z.object({
  id: idSchema,
  caseFile: caseFileRefSchema,
  subject: z.string(),
  details: z.string(),
  receivedOn: isoDateSchema,
  answerDueOn: isoDateSchema,
  status: z.enum(complaintStatuses),
  answer: z.string().nullable(),
  answeredOn: isoDateSchema.nullable(),
  isOverdue: z.boolean(),
  isNearDeadline: z.boolean(),
});
export type ComplaintDto = z.infer<typeof complaintSchema>;

export const complaintChannels = {
  /** Registers a complaint; its answer due date is computed from the fund's answer period. */
  'complaint.register': {
    input: caseFileRefSchema.extend({
      subject: singleLineText({ max: 200, tooLongKey: 'complaint.validation.subjectTooLong' })
        .trim()
        .min(1, { error: 'complaint.validation.subjectRequired' }),
      details: multiLineText({ max: 5000, tooLongKey: 'complaint.validation.detailsTooLong' }).default(''),
      /** The day the fund received it (by default today): the deadline runs from it. */
      receivedOn: isoDateSchema.optional(),
    }),
    output: complaintSchema,
  },
  'complaint.list': { input: caseFileRefSchema, output: z.array(complaintSchema) },
  /** Moves a complaint by hand: in progress, or closed (refused with `errors.complaint.badMove`). */
  'complaint.setStatus': {
    input: z.object({ complaintId: idSchema, status: z.enum(['in-progress', 'closed']) }),
    output: complaintSchema,
  },
  /** Records the answer and queues the `complaint-answer` letter in "to print", in one transaction. */
  'complaint.answer': {
    input: z.object({
      complaintId: idSchema,
      answer: multiLineText({ max: 5000, tooLongKey: 'complaint.validation.answerTooLong' })
        .trim()
        .min(1, { error: 'complaint.validation.answerRequired' }),
    }),
    output: complaintSchema,
  },
  /** The fund's answer period and warning window, with the source of the default. */
  'complaint.policy': {
    input: z.object({}),
    output: z.object({ answerDays: z.number().int(), nearDeadlineDays: z.number().int(), source: z.string() }),
  },
} as const satisfies ChannelGroup;
