/**
 * The pull half of a round: pages read one ahead, written in chunks that each commit with the cursor
 * that follows them; a large first pull sets the plain indexes aside and builds them at the end.
 */
import {
  LEGACY_MAX_PULL_LIMIT,
  pullResponseSchema,
  type PullResponse,
  syncPaths,
  SCHEMA_VERSION,
} from '../../../shared/contract/sync-protocol';
import { effectiveCursor, type SyncCursor } from '../../../shared/sync/cursor';
import {
  deferIndexes,
  estimateRows,
  readDeferredIndexes,
  rebuildNextDeferredIndex,
} from '../../../db/deferred-indexes';
import { applyPulledChunk, bulkLoadedTables, readSyncValue } from '../../../db/repositories/sync-repo';
import { writeFundRetention } from '../../../db/repositories/storage-repo';
import { skewOf, throwIfStopped, unlessStopped, versions, type SyncContext } from './sync-context';
import { call } from './transport';

export const CURSOR_KEY = 'cursor';

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
