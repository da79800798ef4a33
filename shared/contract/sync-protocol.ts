/**
 * The sync protocol between a device and head office: one schema per request and response, checked at
 * both ends. Every call carries the protocol and schema versions, so an older client gets a clear
 * "update required" before anything is written. Objects are loose: a newer peer's extra fields are
 * tolerated rather than refused, which keeps rolling upgrades safe.
 */
import { z } from 'zod';

/**
 * The wire format. Bump on an incompatible change of these schemas.
 * 2: a push answers each change on its own; a change head office cannot accept is `refused` with a reason.
 */
export const PROTOCOL_VERSION = 2;
/** From this version on a client understands a `refused` result; older ones get the whole batch refused. */
export const REFUSED_RESULTS_FROM_VERSION = 2;
/**
 * The shape of the synced tables. Bump when a synced column or entity is added.
 * 2: every case-file table (contributions, payments, surcharges, plans…) syncs.
 */
export const SCHEMA_VERSION = 2;
/** The oldest client the server still serves; older ones are told to update. */
export const MIN_CLIENT_PROTOCOL_VERSION = 1;
export const MIN_CLIENT_SCHEMA_VERSION = 1;
/** How far a client clock may run ahead of head office before its changes are refused. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;
export const MAX_PUSH_BATCH = 500;
/**
 * The most rows a page may hold. A head office announces its own in each answer (`maxLimit`); one that
 * does not is an older one, which takes at most LEGACY_MAX_PULL_LIMIT.
 */
export const MAX_PULL_LIMIT = 20_000;
export const LEGACY_MAX_PULL_LIMIT = 5000;

export const syncErrorCodes = [
  'update-required',
  'server-update-required',
  'unauthorized',
  'forbidden',
  'clock-skew',
  'advisor-required',
  'enrolment-invalid',
  'too-many-attempts',
  'validation',
  'internal',
  /** Head office revoked this device and asks it to erase its data (`revoke --wipe`), then confirm. */
  'wipe-required',
] as const;
export type SyncErrorCode = (typeof syncErrorCodes)[number];

export const syncErrorSchema = z.looseObject({
  error: z.looseObject({
    code: z.string(),
    messageKey: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type SyncErrorBody = z.infer<typeof syncErrorSchema>;

/**
 * Text head office stores or looks up as it is: PostgreSQL refuses U+0000 and UTF-16 halves without
 * their other half, and a query naming one would fail instead of finding nothing.
 */
const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const storableText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !UNSTORABLE_TEXT.test(text), { message: 'unstorable text' });

const versions = {
  protocolVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
};

export const operationSchema = z.enum(['insert', 'update', 'delete']);

/** One outbox record as sent: `base` holds, per field, the server sequence the device had seen. */
export const changeRecordSchema = z.looseObject({
  mutationId: storableText(200).regex(/^[^:]+:\d+$/),
  entity: storableText(64).min(1),
  entityId: storableText(200).min(1),
  operation: operationSchema,
  changedFields: z.array(storableText(100)).max(200),
  payload: z.record(z.string(), z.unknown()),
  /** A hybrid logical clock value (shared/sync/hlc.ts): 15-digit wall time, 6-digit counter, node. */
  hlc: storableText(200).regex(/^\d{15}-\d{6}-.+$/),
  advisorId: storableText(200).nullable(),
  base: z.record(storableText(100), z.number().int().nonnegative()),
  createdAt: storableText(64),
  /** The changed fields' values before the change, from the device's audit line (null for an insert); head office keeps the audit. */
  auditBefore: z.record(z.string(), z.unknown()).nullable().optional(),
});
export type ChangeRecordWire = z.infer<typeof changeRecordSchema>;

export const pushRequestSchema = z.looseObject({
  ...versions,
  clientTime: z.number(),
  changes: z.array(changeRecordSchema).max(MAX_PUSH_BATCH),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/**
 * A push as head office reads it first: each change is then checked on its own against
 * `changeRecordSchema`, so that one malformed change is refused alone rather than the whole batch.
 */
export const pushEnvelopeSchema = z.looseObject({
  ...versions,
  clientTime: z.number(),
  changes: z.array(z.unknown()).max(MAX_PUSH_BATCH),
});
export type PushEnvelope = z.infer<typeof pushEnvelopeSchema>;

/**
 * Why head office refused one change for good: out of the device's scope (`forbidden`), no advisor or
 * one not of the device's branch, a column the entity does not have, a value that does not fit its
 * column, or a value head office cannot store at all (U+0000, a lone surrogate, nesting too deep).
 */
export const changeRefusalCodes = [
  'forbidden',
  'advisor-required',
  'unknown-advisor',
  'unknown-field',
  'invalid-value',
  'unstorable-value',
] as const;
export type ChangeRefusalCode = (typeof changeRefusalCodes)[number];
export const changeRefusalSchema = z.looseObject({
  code: z.enum(changeRefusalCodes),
  /** The payload fields at fault, when the refusal is about some of them. */
  fields: z.array(z.string()),
});
export type ChangeRefusal = z.infer<typeof changeRefusalSchema>;

export const pushResultSchema = z.looseObject({
  mutationId: z.string(),
  status: z.enum(['applied', 'duplicate', 'conflict', 'ignored', 'refused']),
  seq: z.number().int(),
  conflictIds: z.array(z.string()),
  /** Present when `status` is `refused`: the change is set aside on the device, the rest of its batch applied. */
  reason: changeRefusalSchema.optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.looseObject({ serverTime: z.number(), results: z.array(pushResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.looseObject({
  ...versions,
  clientTime: z.number(),
  cursor: z.number().int().nonnegative(),
  limit: z.number().int().positive().max(MAX_PULL_LIMIT),
  /**
   * Ask for the number of items still to come (initial sync progress). An estimate from the density
   * of the page (exact when the fund has one branch), 0 on the last page: counting exactly at every
   * page would cost a scan of everything left.
   */
  isProgressWanted: z.boolean().optional(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const conflictStatusSchema = z.enum(['open', 'resolved']);

export const conflictWireSchema = z.looseObject({
  id: z.string(),
  /**
   * `field`: two concurrent values of a protected field. `duplicate-key`: the row holds a natural key
   * (a NISS) that another row already holds; `serverValue` is `{ duplicateOf: { entity, id }, value }`.
   * Absent from older servers: read as `field`.
   */
  kind: z.enum(['field', 'duplicate-key']).optional(),
  entity: z.string(),
  entityId: z.string(),
  field: z.string(),
  serverValue: z.unknown(),
  losingValue: z.unknown(),
  losingMutationId: z.string(),
  losingAdvisorId: z.string().nullable(),
  status: conflictStatusSchema,
  resolvedValue: z.unknown().optional(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ConflictWire = z.infer<typeof conflictWireSchema>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A row's data and its per-field sequences, checked with one pass each: a first sync validates
 * millions of them, and a generic record schema costs several times the parse itself.
 */
const rowDataSchema = z.custom<Record<string, unknown>>(isPlainObject, { message: 'expected an object' });
function isFieldSeqs(value: unknown): value is Record<string, number> {
  if (!isPlainObject(value)) return false;
  for (const key in value) if (!Number.isSafeInteger(value[key])) return false;
  return true;
}
const fieldSeqsSchema = z.custom<Record<string, number>>(isFieldSeqs, { message: 'expected an object of integers' });

export const pullItemSchema = z.discriminatedUnion('kind', [
  z.looseObject({
    kind: z.literal('row'),
    seq: z.number().int(),
    entity: z.string(),
    id: z.string(),
    rowVersion: z.number().int(),
    data: rowDataSchema,
    fieldSeqs: fieldSeqsSchema,
  }),
  z.looseObject({ kind: z.literal('evict'), seq: z.number().int(), entity: z.string(), id: z.string() }),
  z.looseObject({ kind: z.literal('conflict'), seq: z.number().int(), conflict: conflictWireSchema }),
]);
export type PullItem = z.infer<typeof pullItemSchema>;

/**
 * The same rule as `pullItemSchema` for the common item, a row, checked by hand: a first sync checks
 * millions of them, and the generic object schema (which copies each one) cost a tenth of the whole
 * sync. Evictions and conflicts, and any row that fails the quick check, go through `pullItemSchema`.
 */
function isRowItem(value: unknown): boolean {
  if (!isPlainObject(value) || value['kind'] !== 'row') return false;
  return (
    Number.isSafeInteger(value['seq']) &&
    typeof value['entity'] === 'string' &&
    typeof value['id'] === 'string' &&
    Number.isSafeInteger(value['rowVersion']) &&
    isPlainObject(value['data']) &&
    isFieldSeqs(value['fieldSeqs'])
  );
}
const pulledItemsSchema = z.custom<PullItem[]>(
  (value) => Array.isArray(value) && value.every((item) => isRowItem(item) || pullItemSchema.safeParse(item).success),
  { message: 'invalid pull item' },
);

/**
 * How long a device keeps what head office already holds, in days: the fund sets it at head office
 * and every pull carries it, so each device applies the fund's rule, not its own.
 */
export const fundRetentionSchema = z.object({
  /** An acknowledged change (outbox record and audit line) stays for support this long. */
  acknowledgedKeepDays: z.number().int().min(0).max(3650),
  /** An issued letter's PDF stays this long; then its hash and data remain. */
  letterPdfKeepDays: z.number().int().min(0).max(3650),
  /** An audit line head office never receives (letter issued, refused change given up, lock-out) stays this long. */
  deviceAuditKeepDays: z.number().int().min(0).max(3650),
});
export type FundRetention = z.infer<typeof fundRetentionSchema>;
export const DEFAULT_FUND_RETENTION: FundRetention = {
  acknowledgedKeepDays: 7,
  letterPdfKeepDays: 90,
  deviceAuditKeepDays: 90,
};

export const pullResponseSchema = z.looseObject({
  serverTime: z.number(),
  /** Absent from an older head office: the device keeps what it had (the defaults at first). */
  retention: fundRetentionSchema.optional(),
  items: pulledItemsSchema,
  cursor: z.number().int(),
  hasMore: z.boolean(),
  remaining: z.number().int().nullable(),
  /** The largest page this head office serves; absent from an older one (LEGACY_MAX_PULL_LIMIT). */
  maxLimit: z.number().int().positive().optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** One row on demand (opening a case file not yet pulled); refused with `forbidden` outside the device's scope. */
export const fetchRequestSchema = z.looseObject({ ...versions, entity: storableText(64), id: storableText(200) });
export type FetchRequest = z.infer<typeof fetchRequestSchema>;
export const fetchResponseSchema = z.looseObject({ serverTime: z.number(), item: pullItemSchema.nullable() });

export const enrolRequestSchema = z.looseObject({
  ...versions,
  code: storableText(64).min(6),
  deviceName: storableText(100).min(1),
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;
export const enrolResponseSchema = z.looseObject({
  deviceId: z.string(),
  secret: z.string(),
  branchId: z.string(),
  serverTime: z.number(),
  /**
   * Head office's escrow public key (PEM, RSA) when one is configured: the device wraps its database
   * key with it and sends the result (`escrow`), so that a support station holding the private key
   * can open the database of a damaged laptop.
   */
  escrowPublicKey: z.string().optional(),
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

/**
 * The device's database key wrapped for head office (RSA-OAEP-SHA256 with the escrow public key,
 * base64) and which key it was wrapped for (`escrowKeyId`). Idempotent: sent again, it replaces.
 */
export const escrowRequestSchema = z.looseObject({
  ...versions,
  wrappedKey: storableText(2048).regex(/^[A-Za-z0-9+/]+=*$/),
  escrowKeyId: storableText(64).regex(/^[0-9a-f]{64}$/),
});
export type EscrowRequest = z.infer<typeof escrowRequestSchema>;
export const escrowResponseSchema = z.looseObject({ serverTime: z.number(), escrowKeyId: z.string() });

/** The device erased its data as head office asked; repeated, the first confirmation's time stays. */
export const wipeConfirmRequestSchema = z.looseObject({ ...versions, erasedAt: storableText(64) });
export const wipeConfirmResponseSchema = z.looseObject({ serverTime: z.number(), confirmedAt: z.string() });

export const healthResponseSchema = z.looseObject({
  status: z.literal('ok'),
  protocolVersion: z.number(),
  schemaVersion: z.number(),
  serverTime: z.number(),
});

/** The resolution an advisor sends for a conflict, as the payload of an outbox record of entity `conflict`. */
export const conflictResolutionSchema = z.looseObject({
  conflictId: z.string(),
  choice: z.enum(['server', 'losing', 'value']),
  value: z.unknown(),
});
export type ConflictResolution = z.infer<typeof conflictResolutionSchema>;

export const syncPaths = {
  health: '/health',
  enrol: '/v1/enrol',
  push: '/v1/push',
  pull: '/v1/pull',
  fetch: '/v1/fetch',
  escrow: '/v1/escrow',
  wipeConfirmed: '/v1/wipe-confirmed',
} as const;

/** HTTP status per error code, shared so that clients can also classify a bare status. */
export const syncErrorStatus: Record<SyncErrorCode, number> = {
  'update-required': 426,
  'server-update-required': 409,
  unauthorized: 401,
  forbidden: 403,
  'clock-skew': 400,
  'advisor-required': 400,
  'enrolment-invalid': 401,
  'too-many-attempts': 429,
  validation: 400,
  internal: 500,
  'wipe-required': 410,
};
