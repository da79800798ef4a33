/**
 * One sync round: push the outbox in batches, then pull until up to date. Every step is safe to
 * interrupt and repeat: a pushed batch is idempotent on the server, and each pulled chunk commits
 * together with the cursor that follows it.
 */
import {
  LEGACY_MAX_PULL_LIMIT,
  MAX_CLOCK_SKEW_MS,
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  enrolResponseSchema,
  pullResponseSchema,
  type PullResponse,
  type PushResult,
  pushResponseSchema,
  syncPaths,
} from '../../../shared/contract/sync-protocol';
import { effectiveCursor, type SyncCursor } from '../../../shared/sync/cursor';
import type { GuichetDb } from '../../../db/connection';
import {
  deferIndexes,
  estimateRows,
  readDeferredIndexes,
  rebuildNextDeferredIndex,
} from '../../../db/deferred-indexes';
import {
  applyPulledChunk,
  bulkLoadedTables,
  markPushed,
  markRejected,
  readPendingChanges,
  readSyncValue,
  writeSyncValue,
} from '../../../db/repositories/sync-repo';
import { pushAccessLog } from './access-log-push';
import { ESCROW_PUBLIC_KEY, escrowIfDue } from './key-escrow';
import { SecretUnreadable, type SecretStore } from './secret-store';
import { keepStorage } from './storage-upkeep';
import { writeFundRetention } from '../../../db/repositories/storage-repo';
import { SyncFailure, call, type SyncTransport } from './transport';

export type Credentials = { deviceId: string; secret: string; branchId: string };
/** `indexes`: the indexes a large first pull set aside, being built again (done and remaining count indexes). */
export type SyncProgress = { phase: 'push' | 'pull' | 'indexes'; done: number; remaining: number | null };
export type SyncContext = {
  db: GuichetDb;
  transport: SyncTransport;
  /**
   * Protects the device secret at rest; the app core always passes one. Without it the secret is
   * stored in plain text: only protocol tests and benchmarks do that, which exercise the wire.
   */
  secrets?: SecretStore | undefined;
  now: () => Date;
  pushBatch?: number;
  pullLimit?: number;
  /** Rows written per transaction (APPLY_CHUNK; tests use fewer). */
  applyChunk?: number;
  /** From how many rows coming a pull defers the indexes (DEFER_INDEXES_FROM_ROWS; the bench compares with Infinity). */
  deferIndexesFromRows?: number;
  onProgress?: (progress: SyncProgress) => void;
  /** The profile database's key: wrapped for head office's escrow key and sent once (key-escrow.ts). Absent: nothing escrowed. */
  databaseKey?: (() => Buffer) | undefined;
  /** Aborted when the service stops (app closing): nothing is written after that; a request still on its way is ended (HTTP) or its answer dropped unread. */
  signal?: AbortSignal;
};
export type SyncRoundResult = {
  pushed: number;
  rejected: number;
  pulled: number;
  clockSkewMs: number | null;
  /** The clock runs too far ahead of head office: this round pulled, and its changes stay queued. */
  isPushHeld: boolean;
};

const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };
export const CURSOR_KEY = 'cursor';

export const CREDENTIALS_KEY = 'credentials';

/** What sync_state holds: the secret only as the secret store protected it (`secret` is the plaintext of before, migrated on start). */
type StoredCredentials = {
  deviceId: string;
  branchId: string;
  protectedSecret?: string;
  secretStore?: string;
  secret?: string;
};

function stored(credentials: Credentials, secrets: SecretStore | undefined): StoredCredentials {
  if (!secrets) return { deviceId: credentials.deviceId, branchId: credentials.branchId, secret: credentials.secret };
  return {
    deviceId: credentials.deviceId,
    branchId: credentials.branchId,
    protectedSecret: secrets.protect(credentials.secret),
    secretStore: secrets.kind,
  };
}

export async function enrolDevice(
  context: Pick<SyncContext, 'db' | 'transport' | 'secrets'>,
  code: string,
  deviceName: string,
): Promise<Credentials> {
  const body = enrolResponseSchema.parse(
    await call(context.transport, syncPaths.enrol, { ...versions, code, deviceName }, null),
  );
  const credentials = { deviceId: body.deviceId, secret: body.secret, branchId: body.branchId };
  context.db.transaction((tx) => {
    writeSyncValue(tx, CREDENTIALS_KEY, stored(credentials, context.secrets));
    if (body.escrowPublicKey !== undefined) writeSyncValue(tx, ESCROW_PUBLIC_KEY, body.escrowPublicKey);
  });
  return credentials;
}

/** The device's credentials, or undefined when not enrolled; throws SecretUnreadable when the stored secret cannot be revealed here. */
export function readCredentials(db: GuichetDb, secrets: SecretStore | undefined): Credentials | undefined {
  const value = readSyncValue<StoredCredentials>(db, CREDENTIALS_KEY);
  if (!value) return undefined;
  if (value.protectedSecret !== undefined && !secrets) throw new SecretUnreadable('none');
  const secret = value.protectedSecret !== undefined && secrets ? secrets.reveal(value.protectedSecret) : value.secret;
  if (secret === undefined) throw new SecretUnreadable(secrets?.kind ?? 'none');
  return { deviceId: value.deviceId, secret, branchId: value.branchId };
}

/**
 * Credentials written in plain text by earlier versions are protected on start, in one transaction.
 * secure_delete zeroes the freed bytes and the checkpoint empties the WAL, so the old plaintext does
 * not linger in the database file or its -wal. Returns whether anything was migrated.
 */
export function protectPlainCredentials(db: GuichetDb, secrets: SecretStore): boolean {
  const client = db.$client;
  const wasSecureDelete = client.pragma('secure_delete', { simple: true }) as number;
  client.pragma('secure_delete = ON');
  try {
    const migrated = db.transaction((tx) => {
      const value = readSyncValue<StoredCredentials>(tx, CREDENTIALS_KEY);
      if (!value || value.secret === undefined || value.protectedSecret !== undefined) return false;
      writeSyncValue(
        tx,
        CREDENTIALS_KEY,
        stored({ deviceId: value.deviceId, secret: value.secret, branchId: value.branchId }, secrets),
      );
      return true;
    });
    if (migrated) client.pragma('wal_checkpoint(TRUNCATE)');
    return migrated;
  } finally {
    client.pragma(`secure_delete = ${wasSecureDelete ? 'ON' : 'OFF'}`);
  }
}

/** The round ended because the service stopped; what was committed before stays, the next round resumes from its cursor. */
export class SyncStopped extends Error {
  constructor() {
    super('sync-stopped');
    this.name = 'SyncStopped';
  }
}

function throwIfStopped(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SyncStopped();
}

/** Waits for a head-office answer unless the service stops first; the answer is then never read. */
async function unlessStopped<T>(answer: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return answer;
  if (signal.aborted) {
    answer.catch(() => undefined);
    throw new SyncStopped();
  }
  let onAbort = (): void => undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(new SyncStopped());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([answer, stopped]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function tokenOf(db: GuichetDb, secrets: SecretStore | undefined): string {
  const credentials = readCredentials(db, secrets);
  if (!credentials) throw new SyncFailure('not-enrolled');
  return `${credentials.deviceId}.${credentials.secret}`;
}

/**
 * One authenticated request to head office beside the sync rounds (the unmatched queue, read and
 * resolved online): the device's credentials and the protocol versions, the body as the route wants it.
 */
export async function callHeadOffice(
  context: Pick<SyncContext, 'db' | 'transport' | 'secrets'>,
  path: string,
  body: Record<string, unknown>,
): Promise<unknown> {
  return call(context.transport, path, { ...versions, ...body }, tokenOf(context.db, context.secrets));
}

/** Clock offset against head office, from the middle of the round trip. */
function skewOf(serverTime: number, sentAt: number, receivedAt: number): number {
  return Math.round(serverTime - (sentAt + receivedAt) / 2);
}

/**
 * Applied (or already known) changes leave the queue; refused ones are set aside with their reason,
 * still listed, so that one change head office cannot accept never holds up the others.
 */
const reasonOf = (result: PushResult): string => result.reason?.code ?? 'forbidden';

function settlePushed(context: SyncContext, results: readonly PushResult[]): { pushed: number; rejected: number } {
  const at = context.now().toISOString();
  const accepted = results.filter((result) => result.status !== 'refused').map((result) => result.mutationId);
  markPushed(context.db, accepted, at);
  const refused = results.filter((result) => result.status === 'refused');
  for (const code of new Set(refused.map(reasonOf)))
    markRejected(
      context.db,
      refused.filter((result) => reasonOf(result) === code).map((result) => result.mutationId),
      code,
      at,
    );
  return { pushed: accepted.length, rejected: refused.length };
}

export async function pushPending(
  context: SyncContext,
  token: string,
): Promise<{ pushed: number; rejected: number; skew: number | null }> {
  let pushed = 0;
  let rejected = 0;
  let skew: number | null = null;
  for (;;) {
    const batch = readPendingChanges(context.db, context.pushBatch ?? 200);
    if (batch.length === 0) return { pushed, rejected, skew };
    const sentAt = context.now().getTime();
    const changes = batch.map(({ outboxSeq: _outboxSeq, ...change }) => change);
    try {
      const body = pushResponseSchema.parse(
        await unlessStopped(
          call(context.transport, syncPaths.push, { ...versions, clientTime: sentAt, changes }, token, context.signal),
          context.signal,
        ),
      );
      skew = skewOf(body.serverTime, sentAt, context.now().getTime());
      const answered = settlePushed(context, body.results);
      pushed += answered.pushed;
      rejected += answered.rejected;
      context.onProgress?.({ phase: 'push', done: pushed, remaining: null });
    } catch (error) {
      if (error instanceof SyncStopped) throw error;
      const isFinal = error instanceof SyncFailure && (error.code === 'forbidden' || error.code === 'advisor-required');
      const ids = isFinal ? error.details['mutationIds'] : undefined;
      if (!isFinal || !Array.isArray(ids) || ids.length === 0) throw error;
      // Refused for good (out of scope, or written with no advisor): set aside, still listed, so the rest of the queue keeps moving.
      markRejected(context.db, ids.map(String), error.code, context.now().toISOString());
      rejected += ids.length;
    }
  }
}

/**
 * Rows per pull page when the caller does not say. Measured with `npm run bench:sync`:
 * smaller pages ran clearly slower, 2000 and 5000 alike within the noise; 2000 keeps each
 * chunk's transaction short for the main process and loses little to a cut.
 */
export const DEFAULT_PULL_LIMIT = 2000;

/**
 * Rows per page once a pull is known to be a large first sync (its indexes set aside), if head office
 * serves pages that large. Over a branch's line each page costs a round trip the device cannot hide
 * (it learns where the next page starts from this one): in pages of 5,000 a 4.1-million-row first
 * sync waited on 821 of them over 20 Mbit/s and 60 ms (bench:sync --link). Written APPLY_CHUNK rows
 * at a time all the same.
 */
export const BULK_PULL_LIMIT = 20_000;

/**
 * Rows written per transaction, each with its own cursor, however large the page: each holds the main
 * process about 50 ms (bench:sync, pages of 5,000), during a sync the advisor watches on the sync page,
 * and a pull stopped mid-page keeps what was written.
 */
export const APPLY_CHUNK = 5000;

type PulledPage = { body: PullResponse; sentAt: number; receivedAt: number };

/**
 * A pull this large loads the case-file tables without their plain indexes and builds them at the end
 * (db/deferred-indexes.ts): below it, or when more rows are already here than are coming, keeping
 * them up to date row by row costs less than building them again over the whole table.
 */
export const DEFER_INDEXES_FROM_ROWS = 100_000;

function isWorthDeferring(context: SyncContext, body: PullResponse): boolean {
  const coming = body.items.length + (body.remaining ?? 0);
  return (
    body.hasMore &&
    coming >= (context.deferIndexesFromRows ?? DEFER_INDEXES_FROM_ROWS) &&
    coming >= estimateRows(context.db.$client, bulkLoadedTables)
  );
}

/** One index at a time, letting the main process answer in between; stopped, the next opening finishes the job. */
async function rebuildIndexes(context: SyncContext): Promise<void> {
  const total = readDeferredIndexes(context.db.$client).length;
  let done = 0;
  while (!context.signal?.aborted && rebuildNextDeferredIndex(context.db.$client)) {
    done += 1;
    context.onProgress?.({ phase: 'indexes', done, remaining: Math.max(0, total - done) });
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export async function pullAll(context: SyncContext, token: string): Promise<{ pulled: number; skew: number | null }> {
  let cursor: SyncCursor = effectiveCursor(readSyncValue<SyncCursor>(context.db, CURSOR_KEY), SCHEMA_VERSION);
  let limit = context.pullLimit ?? DEFAULT_PULL_LIMIT;
  const requestPage = async (from: number): Promise<PulledPage> => {
    const sentAt = context.now().getTime();
    // Rows still to come, estimated by head office: the progress of a long pull, and whether to defer the indexes.
    const request = { ...versions, clientTime: sentAt, cursor: from, limit, isProgressWanted: true };
    const body = pullResponseSchema.parse(
      await call(context.transport, syncPaths.pull, request, token, context.signal),
    );
    return { body, sentAt, receivedAt: context.now().getTime() };
  };
  let pulled = 0;
  // From the quickest round trip: a prefetched answer may wait behind a chunk being applied, which would skew the midpoint.
  let skew: { value: number; roundTripMs: number } | null = null;
  let next = requestPage(cursor.seq);
  try {
    for (;;) {
      const { body, sentAt, receivedAt } = await unlessStopped(next, context.signal);
      if (skew === null || receivedAt - sentAt <= skew.roundTripMs)
        skew = { value: skewOf(body.serverTime, sentAt, receivedAt), roundTripMs: receivedAt - sentAt };
      if (pulled === 0 && isWorthDeferring(context, body)) {
        deferIndexes(context.db.$client, bulkLoadedTables);
        const served = body.maxLimit ?? LEGACY_MAX_PULL_LIMIT;
        limit = Math.max(limit, context.pullLimit ?? Math.min(BULK_PULL_LIMIT, served));
      }
      // One page ahead, never more: head office prepares page N+1 while page N is written here. Its
      // answer is only read after this chunk and its cursor are committed, so pages apply in order and
      // an error on it surfaces with this chunk already safe; if this chunk fails it is dropped unread.
      const ahead = body.hasMore ? requestPage(body.cursor) : null;
      ahead?.catch(() => undefined);
      // Let the request leave and the main process breathe (IPC, timers) before the synchronous write.
      if (ahead) await new Promise((resolve) => setImmediate(resolve));
      const chunk = context.applyChunk ?? APPLY_CHUNK;
      for (let start = 0; start < body.items.length || start === 0; start += chunk) {
        if (start > 0) await new Promise((resolve) => setImmediate(resolve));
        throwIfStopped(context.signal);
        const items = body.items.slice(start, start + chunk);
        const isLast = start + chunk >= body.items.length;
        // Items come in sequence order and the page holds all of the device's items up to its cursor,
        // so the last item's sequence is where a chunk's successor starts.
        cursor = { seq: isLast ? body.cursor : items[items.length - 1]!.seq, schemaVersion: SCHEMA_VERSION };
        applyPulledChunk(context.db, items, CURSOR_KEY, cursor);
        pulled += items.length;
        const left = body.items.length - start - items.length;
        const remaining = body.remaining === null ? null : body.remaining + left;
        context.onProgress?.({ phase: 'pull', done: pulled, remaining });
      }
      if (body.retention) writeFundRetention(context.db, body.retention);
      if (!ahead) return { pulled, skew: skew.value };
      next = ahead;
    }
  } finally {
    // However the pull ended (done, offline, refused), except when the app is closing: its next opening does it.
    await rebuildIndexes(context);
  }
}

/** Where the last measured clock offset is kept (head office's time minus this device's; negative: ahead). */
export const CLOCK_SKEW_KEY = 'clockSkewMs';

/**
 * Head office refuses changes from a clock running ahead by more than MAX_CLOCK_SKEW_MS: pushes are
 * held (still queued) while the measured offset says so, and pulls go on.
 */
export function isClockTooFarAhead(clockSkewMs: number | null | undefined): boolean {
  return typeof clockSkewMs === 'number' && -clockSkewMs > MAX_CLOCK_SKEW_MS;
}

type PushOutcome = Awaited<ReturnType<typeof pushPending>> & { isHeld: boolean };

const held: PushOutcome = { pushed: 0, rejected: 0, skew: null, isHeld: true };

/** Pushes the outbox, or holds it when head office refuses the clock; the offset it reports is kept. */
async function pushUnlessClockRefused(context: SyncContext, token: string): Promise<PushOutcome> {
  try {
    return { ...(await pushPending(context, token)), isHeld: false };
  } catch (error) {
    if (!(error instanceof SyncFailure) || error.code !== 'clock-skew') throw error;
    const { serverTime, clientTime } = error.details;
    const skew = typeof serverTime === 'number' && typeof clientTime === 'number' ? serverTime - clientTime : null;
    return { ...held, skew };
  }
}

/**
 * The access log goes after the outbox. A refusal of it (a head office that does not know the route
 * yet, an entry it will not take) leaves it queued and never stops the pull; being offline does.
 */
async function pushAccessLogUnlessRefused(context: SyncContext, token: string): Promise<void> {
  try {
    await pushAccessLog(context, token);
  } catch (error) {
    if (error instanceof SyncFailure && error.code !== 'offline' && error.code !== 'unauthorized') return;
    throw error;
  }
}

/**
 * A round: push, then pull. A clock known to run too far ahead pulls first, which measures the offset
 * again; its pushes go in the same round only if the clock has been set right meanwhile. A refusal
 * of the clock never stops the pull: a device with a wrong clock keeps receiving.
 */
export async function syncRound(context: SyncContext): Promise<SyncRoundResult> {
  const token = tokenOf(context.db, context.secrets);
  // First: a laptop damaged after its first round can then be recovered. A failure fails the round, which is retried.
  if (context.databaseKey) await unlessStopped(escrowIfDue(context, context.databaseKey, token), context.signal);
  const first = isClockTooFarAhead(readSyncValue<number>(context.db, CLOCK_SKEW_KEY))
    ? await pullAll(context, token)
    : null;
  const push = first && isClockTooFarAhead(first.skew) ? held : await pushUnlessClockRefused(context, token);
  await pushAccessLogUnlessRefused(context, token);
  // Pulled again after a push, which brings back the conflicts head office found in it.
  const pull = first && push.pushed === 0 ? first : await pullAll(context, token);
  throwIfStopped(context.signal);
  const clockSkewMs = pull.skew ?? push.skew;
  writeSyncValue(context.db, 'lastSyncAt', context.now().toISOString());
  if (clockSkewMs !== null) writeSyncValue(context.db, CLOCK_SKEW_KEY, clockSkewMs);
  // Head office's answers of this round are in: what it acknowledged long enough ago can leave.
  await keepStorage(context.db, context.now(), context.signal);
  return {
    pushed: push.pushed,
    rejected: push.rejected,
    pulled: pull.pulled,
    clockSkewMs,
    isPushHeld: push.isHeld,
  };
}
