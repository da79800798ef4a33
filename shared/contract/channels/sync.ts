/**
 * Head-office sync as the renderer sees it: the status always on screen,
 * the sync page (history of rounds, rejected changes), conflicts with both values and their
 * resolution, enrolment of this device, and "sync now" / "work offline". Sync itself runs in the
 * background of the main process; these channels only read its state or nudge it, and answer at once.
 */
import { z } from 'zod';
import type { ChannelGroup } from '../schemas';
import { advisorRefSchema, caseFileRefSchema } from './common';
import { singleLineText } from '../text';

/** `indexes`: after a large first sync, the local indexes set aside during it are built again. */
export const syncPhaseSchema = z.enum(['push', 'pull', 'indexes']);

/** Everything the status bar shows; `pendingCount` and `oldestPendingAgeMs` make a stuck queue visible. */
export const syncStatusSchema = z.object({
  isEnrolled: z.boolean(),
  /** Head office answered the last attempt. False while offline or while the advisor chose to work offline. */
  isOnline: z.boolean(),
  /** The advisor paused sync ("work offline"); changes keep queuing locally. */
  isPaused: z.boolean(),
  isSyncing: z.boolean(),
  pendingCount: z.number().int().nonnegative(),
  oldestPendingAgeMs: z.number().int().nonnegative().nullable(),
  /** Changes head office refused for good (out of scope…): kept, listed on the sync page, never silently dropped. */
  rejectedCount: z.number().int().nonnegative(),
  lastSyncAt: z.string().nullable(),
  /** Translation key of the last failure (`sync.errors.*`), null after a successful round. */
  lastErrorKey: z.string().nullable(),
  openConflicts: z.number().int().nonnegative(),
  /** Head office's time minus this device's, in ms, as last measured (negative: this clock runs ahead). */
  clockSkewMs: z.number().int().nullable(),
  isClockWrong: z.boolean(),
  /**
   * The clock runs so far ahead that head office would refuse this device's changes: they stay queued
   * here (pulls go on) and go at the first round after the clock is set right.
   */
  isPushHeld: z.boolean(),
  isUpdateRequired: z.boolean(),
  nextAttemptAt: z.string().nullable(),
  progress: z
    .object({
      phase: syncPhaseSchema,
      done: z.number().int().nonnegative(),
      remaining: z.number().int().nonnegative().nullable(),
    })
    .nullable(),
});
export type SyncStatusDto = z.infer<typeof syncStatusSchema>;

/** One sync round, for the history on the sync page. */
export const syncRoundSchema = z.object({
  id: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  trigger: z.enum(['interval', 'reconnect', 'manual', 'start']),
  outcome: z.enum(['running', 'ok', 'failed']),
  pushed: z.number().int().nonnegative(),
  pulled: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  errorKey: z.string().nullable(),
  /** Successful rounds that moved nothing, folded into this one line (1 for any other round). */
  quietRounds: z.number().int().positive(),
});
export type SyncRoundDto = z.infer<typeof syncRoundSchema>;

/** A change head office refused for good: what it was, on which case file, and why. */
export const rejectedChangeSchema = z.object({
  mutationId: z.string(),
  entity: z.string(),
  entityId: z.string(),
  caseFile: caseFileRefSchema.nullable(),
  reasonKey: z.string(),
  rejectedAt: z.string(),
});
export type RejectedChangeDto = z.infer<typeof rejectedChangeSchema>;

/** A JSON value as stored (a field's value on one side of a conflict). */
const fieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const conflictStatusSchema = z.enum(['open', 'resolving', 'resolved']);

export const syncConflictSchema = z.object({
  id: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** The case file the row belongs to, to open it; null for a row that has none. */
  caseFile: caseFileRefSchema.nullable(),
  /** A readable name of the case file (person or company), for the list. */
  caseFileLabel: z.string().nullable(),
  field: z.string(),
  /**
   * `field`: two concurrent values of a protected field. `duplicate-key`: this row's NISS or
   * enterprise number (serverValue) is also another case file's, created on another device.
   */
  kind: z.enum(['field', 'duplicate-key']),
  /** For `duplicate-key`: the other case file, when it is on this device (else null: it waits until the key is settled). */
  duplicateOf: caseFileRefSchema.nullable(),
  duplicateOfLabel: z.string().nullable(),
  /** The value head office kept. */
  serverValue: fieldValueSchema,
  /** The concurrent value that was not applied: kept here, never lost. */
  losingValue: fieldValueSchema,
  losingAdvisor: advisorRefSchema,
  status: conflictStatusSchema,
  resolvedValue: fieldValueSchema,
  resolvedBy: advisorRefSchema,
  createdAt: z.string(),
});
export type SyncConflictDto = z.infer<typeof syncConflictSchema>;

export const conflictDecisionSchema = z.discriminatedUnion('choice', [
  z.object({ choice: z.literal('server') }),
  z.object({ choice: z.literal('losing') }),
  z.object({
    choice: z.literal('value'),
    value: singleLineText({ max: 200 }).trim().min(1, { error: 'sync.errors.valueRequired' }),
  }),
]);
export type ConflictDecision = z.infer<typeof conflictDecisionSchema>;

/**
 * What the profile holds, by part (bytes, from SQLite's page statistics), and what leaves it when:
 * acknowledged outbox records and their audit lines after the fund's delay, letter PDFs after theirs.
 */
export const storageOverviewSchema = z.object({
  fileBytes: z.number().int().nonnegative(),
  freeBytes: z.number().int().nonnegative(),
  caseFilesBytes: z.number().int().nonnegative(),
  lettersBytes: z.number().int().nonnegative(),
  outboxPendingBytes: z.number().int().nonnegative(),
  outboxKeptBytes: z.number().int().nonnegative(),
  auditPendingBytes: z.number().int().nonnegative(),
  auditKeptBytes: z.number().int().nonnegative(),
  /** Audit lines head office never receives (letters issued, refused changes given up, lock-outs). */
  auditDeviceOnlyBytes: z.number().int().nonnegative(),
  otherBytes: z.number().int().nonnegative(),
  outboxPending: z.number().int().nonnegative(),
  outboxKept: z.number().int().nonnegative(),
  /** Kept records a refusal or an open conflict still names: they stay until settled. */
  outboxHeld: z.number().int().nonnegative(),
  auditLines: z.number().int().nonnegative(),
  auditDeviceOnly: z.number().int().nonnegative(),
  acknowledgedKeepDays: z.number().int().nonnegative(),
  letterPdfKeepDays: z.number().int().nonnegative(),
  deviceAuditKeepDays: z.number().int().nonnegative(),
  /** True once head office sent the fund's periods; false while the defaults hold. */
  isSetByFund: z.boolean(),
  /** When the oldest acknowledged record leaves (after the next round past that moment); null: none kept. */
  nextOutboxPurgeAt: z.string().nullable(),
  lettersWithPdf: z.number().int().nonnegative(),
  nextLetterPdfPurgeAt: z.string().nullable(),
  nextDeviceAuditPurgeAt: z.string().nullable(),
});
export type StorageOverviewDto = z.infer<typeof storageOverviewSchema>;

export const syncChannels = {
  /** The status bar's data. Cheap: the renderer polls it every few seconds. */
  'sync.status': { input: z.object({}), output: syncStatusSchema },
  /** Starts a round now (or joins the running one) and answers with the status when it ends. */
  'sync.now': { input: z.object({}), output: syncStatusSchema },
  /** "Work offline": stops contacting head office until resumed; changes keep queuing. */
  'sync.setPaused': { input: z.object({ isPaused: z.boolean() }), output: syncStatusSchema },
  /**
   * Enrols this device with a one-time code issued at head office. Refused with `sync.errors.badCode`
   * (unknown, used or expired code) or `sync.errors.alreadyEnrolled`; nothing is stored on failure.
   */
  'sync.enrol': {
    input: z.object({
      code: singleLineText({ max: 64 }).trim().min(1, { error: 'sync.errors.codeRequired' }),
      deviceName: singleLineText({ max: 80 }).trim().min(1, { error: 'sync.errors.deviceNameRequired' }),
    }),
    output: syncStatusSchema,
  },
  /** The profile's size by part and the retention schedule (the storage panel of the sync page). */
  'sync.storage': { input: z.object({}), output: storageOverviewSchema },
  /** The last rounds, newest first, and the changes head office refused. */
  'sync.history': {
    input: z.object({ limit: z.number().int().min(1).max(200).default(50) }),
    output: z.object({ rounds: z.array(syncRoundSchema), rejected: z.array(rejectedChangeSchema) }),
  },
  /**
   * Sends a refused change again at the next round (once head office has widened this device's scope,
   * say). Refused with `errors.notFound` when the change is not in the refused list.
   */
  'sync.rejected.retry': {
    input: z.object({ mutationId: singleLineText({ max: 200 }).min(1) }),
    output: syncStatusSchema,
  },
  /**
   * Gives up a refused change for good (a value head office will never accept, say): it is never sent,
   * and an audit line names the advisor, the change and head office's reason. Needs a signed-in advisor;
   * refused with `errors.notFound` when the change is not in the refused list.
   */
  'sync.rejected.discard': {
    input: z.object({ mutationId: singleLineText({ max: 200 }).min(1) }),
    output: syncStatusSchema,
  },
  /** Conflicts, open ones first; `includeResolved` adds those settled in the last 30 days. */
  'sync.conflicts.list': {
    input: z.object({ includeResolved: z.boolean().default(false) }),
    output: z.array(syncConflictSchema),
  },
  /**
   * Settles a conflict: keep head office's value, take the other one, or enter a corrected value.
   * Needs a signed-in advisor; the decision is audited and syncs like any change. Refused with
   * `errors.notFound` when the conflict is not open any more (settled meanwhile on another device).
   */
  'sync.conflicts.resolve': {
    input: z.object({ id: singleLineText({ max: 200 }).min(1), decision: conflictDecisionSchema }),
    output: syncConflictSchema,
  },
} as const satisfies ChannelGroup;
