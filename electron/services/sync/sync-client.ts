/**
 * One sync round: push the outbox in batches, then pull until up to date. Every step is safe to
 * interrupt and repeat: a pushed batch is idempotent on the server, and each pulled chunk commits
 * together with the cursor that follows it.
 */
import {
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  enrolResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  syncPaths,
} from '../../../shared/contract/sync-protocol';
import { effectiveCursor, type SyncCursor } from '../../../shared/sync/cursor';
import type { GuichetDb } from '../../../db/connection';
import { applyPulledChunk, markPushed, markRejected, readPendingChanges, readSyncValue, writeSyncValue } from '../../../db/repositories/sync-repo';
import { SyncFailure, call, type SyncTransport } from './transport';

export type Credentials = { deviceId: string; secret: string; branchId: string };
export type SyncProgress = { phase: 'push' | 'pull'; done: number; remaining: number | null };
export type SyncContext = {
  db: GuichetDb;
  transport: SyncTransport;
  now: () => Date;
  pushBatch?: number;
  pullLimit?: number;
  onProgress?: (progress: SyncProgress) => void;
};
export type SyncRoundResult = { pushed: number; rejected: number; pulled: number; clockSkewMs: number | null };

const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };
export const CURSOR_KEY = 'cursor';

export async function enrolDevice(context: Pick<SyncContext, 'db' | 'transport'>, code: string, deviceName: string): Promise<Credentials> {
  const body = enrolResponseSchema.parse(await call(context.transport, syncPaths.enrol, { ...versions, code, deviceName }, null));
  const credentials = { deviceId: body.deviceId, secret: body.secret, branchId: body.branchId };
  writeSyncValue(context.db, 'credentials', credentials);
  return credentials;
}

function tokenOf(db: GuichetDb): string {
  const credentials = readSyncValue<Credentials>(db, 'credentials');
  if (!credentials) throw new SyncFailure('not-enrolled');
  return `${credentials.deviceId}.${credentials.secret}`;
}

/** Clock offset against head office, from the middle of the round trip. */
function skewOf(serverTime: number, sentAt: number, receivedAt: number): number {
  return Math.round(serverTime - (sentAt + receivedAt) / 2);
}

export async function pushPending(context: SyncContext, token: string): Promise<{ pushed: number; rejected: number; skew: number | null }> {
  let pushed = 0;
  let rejected = 0;
  let skew: number | null = null;
  for (;;) {
    const batch = readPendingChanges(context.db, context.pushBatch ?? 200);
    if (batch.length === 0) return { pushed, rejected, skew };
    const sentAt = context.now().getTime();
    const changes = batch.map(({ outboxSeq: _outboxSeq, ...change }) => change);
    try {
      const body = pushResponseSchema.parse(await call(context.transport, syncPaths.push, { ...versions, clientTime: sentAt, changes }, token));
      skew = skewOf(body.serverTime, sentAt, context.now().getTime());
      markPushed(context.db, body.results.map((result) => result.mutationId), context.now().toISOString());
      pushed += body.results.length;
      context.onProgress?.({ phase: 'push', done: pushed, remaining: null });
    } catch (error) {
      const ids = error instanceof SyncFailure && error.code === 'forbidden' ? error.details['mutationIds'] : undefined;
      if (!Array.isArray(ids) || ids.length === 0) throw error;
      // Out of this device's scope for good: set aside (still visible), so the rest of the queue keeps moving.
      markRejected(context.db, ids.map(String), 'forbidden', context.now().toISOString());
      rejected += ids.length;
    }
  }
}

export async function pullAll(context: SyncContext, token: string): Promise<{ pulled: number; skew: number | null }> {
  let cursor: SyncCursor = effectiveCursor(readSyncValue<SyncCursor>(context.db, CURSOR_KEY), SCHEMA_VERSION);
  const isInitial = cursor.seq === 0;
  let pulled = 0;
  let skew: number | null = null;
  for (;;) {
    const sentAt = context.now().getTime();
    const request = { ...versions, clientTime: sentAt, cursor: cursor.seq, limit: context.pullLimit ?? 2000, isProgressWanted: isInitial };
    const body = pullResponseSchema.parse(await call(context.transport, syncPaths.pull, request, token));
    skew = skewOf(body.serverTime, sentAt, context.now().getTime());
    cursor = { seq: body.cursor, schemaVersion: SCHEMA_VERSION };
    applyPulledChunk(context.db, body.items, CURSOR_KEY, cursor);
    pulled += body.items.length;
    context.onProgress?.({ phase: 'pull', done: pulled, remaining: body.remaining });
    if (!body.hasMore) return { pulled, skew };
    // Let the main process breathe between chunks: IPC and timers run while a large first sync proceeds.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export async function syncRound(context: SyncContext): Promise<SyncRoundResult> {
  const token = tokenOf(context.db);
  const push = await pushPending(context, token);
  const pull = await pullAll(context, token);
  const clockSkewMs = pull.skew ?? push.skew;
  writeSyncValue(context.db, 'lastSyncAt', context.now().toISOString());
  if (clockSkewMs !== null) writeSyncValue(context.db, 'clockSkewMs', clockSkewMs);
  return { pushed: push.pushed, rejected: push.rejected, pulled: pull.pulled, clockSkewMs };
}
