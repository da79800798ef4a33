/**
 * The unmatched queue read and resolved online from the app: the second boundary between a device and
 * head office, beside the sync protocol (same authentication, same versions, same error body). The
 * queue belongs to no case file, hence to no branch, so it is never synced: the app asks for it.
 * Only a back-office advisor of the device's branch may list or allocate (head office checks the
 * advisor it is named against its own copy of the advisors).
 */
import { z } from 'zod';
import { multiLineText, singleLineText } from './text';

export const statementPaths = {
  unmatched: '/v1/statements/unmatched',
  allocate: '/v1/statements/allocate',
} as const;

export const unmatchedReasons = [
  'no-reference',
  'unknown-reference',
  'nothing-open',
  'partial',
  'overpayment',
] as const;

const versions = {
  protocolVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
};
/** Ids are the app's UUIDs or head office's keys: one line, no control character (PostgreSQL refuses U+0000). */
const idText = singleLineText({ max: 200 }).min(1);

/** The advisor signed in on the device, whose role head office checks. */
export const unmatchedListRequestSchema = z.looseObject({ ...versions, advisorId: idText });
export type UnmatchedListRequest = z.infer<typeof unmatchedListRequestSchema>;

export const unmatchedEntrySchema = z.object({
  id: z.string(),
  valueDate: z.string(),
  amountCents: z.number().int().nonnegative(),
  payerName: z.string().nullable(),
  payerIban: z.string().nullable(),
  structuredCommunication: z.string().nullable(),
  freeCommunication: z.string().nullable(),
  reason: z.string(),
  /** The contribution the payment's reference names, when it names one. */
  contributionId: z.string().nullable(),
});
export type UnmatchedEntry = z.infer<typeof unmatchedEntrySchema>;

export const unmatchedListResponseSchema = z.looseObject({
  serverTime: z.number(),
  entries: z.array(unmatchedEntrySchema),
});

export const ALLOCATION_NOTE_MAX = 2000;

/** To a contribution, or as a credit on a case file. */
export const allocationTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('contribution'), contributionId: idText }),
  // The case file's id, NISS or enterprise number, as head office's `findCaseFile` reads it.
  z.object({ kind: z.literal('caseFile'), caseFile: idText }),
]);
export type AllocationTargetWire = z.infer<typeof allocationTargetSchema>;

export const allocateRequestSchema = z.looseObject({
  ...versions,
  advisorId: idText,
  entryId: idText,
  target: allocationTargetSchema,
  note: multiLineText({ max: ALLOCATION_NOTE_MAX }).nullable(),
});
export type AllocateRequest = z.infer<typeof allocateRequestSchema>;

export const allocateResponseSchema = z.looseObject({ serverTime: z.number(), paymentId: z.string() });

/** Why head office refused an allocation, carried in the error's details as `reason`. */
export const allocationRefusals = [
  'unknown-entry',
  'already-resolved',
  'unknown-contribution',
  'unknown-case-file',
  'ambiguous-case-file',
] as const;
export type AllocationRefusal = (typeof allocationRefusals)[number];
