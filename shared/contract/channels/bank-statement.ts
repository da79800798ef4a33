/**
 * The unmatched queue of head office's bank statements, worked from the app by the back office: the
 * list, and one entry allocated to a contribution or as a credit on a case file, with a note. The
 * handlers ask head office online (shared/contract/statement-protocol.ts): nothing here is stored on
 * the device until the booked payment arrives by sync.
 */
import { z } from 'zod';
import type { ChannelGroup } from '../schemas';
import { multiLineText, singleLineText } from '../text';
import { ALLOCATION_NOTE_MAX, unmatchedEntrySchema } from '../statement-protocol';

export { unmatchedQueueRoles } from '../fixed-lists';

const targetId = singleLineText({ max: 200 }).trim().min(1, { error: 'unmatchedPayments.form.pickCaseFile' });

export const allocationInputSchema = z.object({
  entryId: targetId,
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('contribution'), contributionId: targetId }),
    /** The case file's id, NISS or enterprise number: head office finds it even when this device does not hold it. */
    z.object({ kind: z.literal('caseFile'), caseFile: targetId }),
  ]),
  note: multiLineText({ max: ALLOCATION_NOTE_MAX }).trim().nullable(),
});
export type AllocationInput = z.infer<typeof allocationInputSchema>;

export const bankStatementChannels = {
  'bankStatement.unmatched': { input: z.object({}), output: z.array(unmatchedEntrySchema) },
  'bankStatement.allocate': { input: allocationInputSchema, output: z.object({ paymentId: z.string() }) },
} as const satisfies ChannelGroup;
