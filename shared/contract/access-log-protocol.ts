/**
 * The access log sent to head office: who read which case file, from which device, when. A boundary
 * of its own beside the sync protocol (same authentication, same versions, same error body): entries
 * only go up, head office keeps them append-only and never sends them back to a device. The device is
 * the one the credentials name, never a field of the entry.
 */
import { z } from 'zod';
import { singleLineText } from './text';

export const accessLogPaths = { push: '/v1/access-log' } as const;

/** What an advisor did that counts as reading a case file (the search list alone does not). */
export const accessActions = [
  'caseFile.open',
  'letter.preview',
  'letter.issue',
  'letter.reopen',
  'caseFile.export',
] as const;
export type AccessAction = (typeof accessActions)[number];

/**
 * Where the advisor opened the case file from, when the screen says so; `refresh`: the open file
 * read again after a change made in it.
 */
export const accessSources = [
  'search',
  'refresh',
  'work-queue',
  'link',
  'intake',
  'payment-plan',
  'attestation',
  'unmatched',
] as const;
export type AccessSource = (typeof accessSources)[number];

export const MAX_ACCESS_LOG_BATCH = 500;

const versions = {
  protocolVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
};
const idText = singleLineText({ max: 200 }).min(1);

export const accessEntrySchema = z
  .looseObject({
    id: idText,
    at: z.iso.datetime(),
    advisorId: idText.nullable(),
    personId: idText.nullable(),
    companyId: idText.nullable(),
    action: z.enum(accessActions),
    source: z.enum(accessSources).nullable(),
    detail: singleLineText({ max: 200 }).nullable(),
  })
  .refine((entry) => (entry.personId === null) !== (entry.companyId === null), { message: 'one case file' });
export type AccessEntry = z.infer<typeof accessEntrySchema>;

export const accessLogPushRequestSchema = z.looseObject({
  ...versions,
  entries: z.array(accessEntrySchema).max(MAX_ACCESS_LOG_BATCH),
});
export type AccessLogPushRequest = z.infer<typeof accessLogPushRequestSchema>;

/** `stored`: entries new to head office; a re-sent entry is acknowledged without being stored twice. */
export const accessLogPushResponseSchema = z.looseObject({ serverTime: z.number(), stored: z.number().int() });
