/**
 * Changes since a cursor, within the device's scope as the server computes it: its branch's case
 * files, those assigned to it, reference data, and evictions for case files that left. Rows come as
 * their latest state, so the first sync (cursor 0) is the same query as an incremental one, chunked
 * and resumable: the cursor after each chunk is the last sequence in it.
 */
import { and, asc, count, eq, gt, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { FetchRequest, PullItem, PullRequest, PullResponse } from '../../shared/contract/sync-protocol';
import { fieldSeqsOf } from '../../shared/sync/merge';
import { isInScope, type DeviceScope } from '../auth';
import { SyncRefusal } from './errors';
import { findRow } from './rows';
import type { Queryable, ServerDb } from '../db/connection';
import { conflicts, evictions, syncRows } from '../db/schema';

function rowScope(scope: DeviceScope): SQL | undefined {
  const assigned = [...scope.assignedRootIds];
  return or(
    eq(syncRows.branchId, scope.branchId),
    isNull(syncRows.rootId),
    assigned.length > 0 ? inArray(syncRows.rootId, assigned) : undefined,
  );
}

function conflictScope(scope: DeviceScope): SQL | undefined {
  const assigned = [...scope.assignedRootIds];
  return or(eq(conflicts.branchId, scope.branchId), assigned.length > 0 ? inArray(conflicts.rootId, assigned) : undefined);
}

function evictionScope(scope: DeviceScope): SQL | undefined {
  return or(eq(evictions.branchId, scope.branchId), eq(evictions.deviceId, scope.deviceId));
}

/** The three sources are read in one snapshot: read separately, a change committed in between could be skipped. */
export async function readPull(db: ServerDb, scope: DeviceScope, request: PullRequest, now: Date): Promise<PullResponse> {
  return db.transaction((tx) => readPullIn(tx, scope, request, now), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

async function readPullIn(db: Queryable, scope: DeviceScope, request: PullRequest, now: Date): Promise<PullResponse> {
  const { cursor, limit } = request;
  const rows = await db.select().from(syncRows).where(and(gt(syncRows.seq, cursor), rowScope(scope))).orderBy(asc(syncRows.seq)).limit(limit);
  const evicted = await db.select().from(evictions).where(and(gt(evictions.seq, cursor), evictionScope(scope))).orderBy(asc(evictions.seq)).limit(limit);
  const conflicted = await db.select().from(conflicts).where(and(gt(conflicts.seq, cursor), conflictScope(scope))).orderBy(asc(conflicts.seq)).limit(limit);
  const merged: PullItem[] = [
    ...rows.map((row) => ({
      kind: 'row' as const,
      seq: row.seq,
      entity: row.entity,
      id: row.id,
      rowVersion: row.rowVersion,
      data: row.data,
      fieldSeqs: fieldSeqsOf(row.fieldMeta),
    })),
    ...evicted.map((eviction) => ({ kind: 'evict' as const, seq: eviction.seq, entity: eviction.entity, id: eviction.entityId })),
    ...conflicted.map((conflict) => ({
      kind: 'conflict' as const,
      seq: conflict.seq,
      conflict: {
        id: conflict.id,
        entity: conflict.entity,
        entityId: conflict.entityId,
        field: conflict.field,
        serverValue: conflict.serverValue,
        losingValue: conflict.losingValue,
        losingMutationId: conflict.losingMutationId,
        losingAdvisorId: conflict.losingAdvisorId,
        status: conflict.isOpen ? ('open' as const) : ('resolved' as const),
        resolvedValue: conflict.resolvedValue,
        resolvedBy: conflict.resolvedBy,
        resolvedAt: conflict.resolvedAt?.toISOString() ?? null,
        createdAt: conflict.createdAt.toISOString(),
      },
    })),
  ].sort((left, right) => left.seq - right.seq);
  // Each source returned its `limit` smallest sequences, so the `limit` smallest overall are complete.
  const items = merged.slice(0, limit);
  const hasMore = merged.length > limit || rows.length === limit || evicted.length === limit || conflicted.length === limit;
  const nextCursor = items.length > 0 ? (items[items.length - 1] as PullItem).seq : cursor;
  const remaining = request.isProgressWanted ? await countRemaining(db, scope, nextCursor) : null;
  return { serverTime: now.getTime(), items, cursor: nextCursor, hasMore, remaining };
}

async function countRemaining(db: Queryable, scope: DeviceScope, cursor: number): Promise<number> {
  const rows = await db.select({ n: count() }).from(syncRows).where(and(gt(syncRows.seq, cursor), rowScope(scope)));
  const evicted = await db.select({ n: count() }).from(evictions).where(and(gt(evictions.seq, cursor), evictionScope(scope)));
  const conflicted = await db.select({ n: count() }).from(conflicts).where(and(gt(conflicts.seq, cursor), conflictScope(scope)));
  return (rows[0]?.n ?? 0) + (evicted[0]?.n ?? 0) + (conflicted[0]?.n ?? 0);
}

/** One row, if the device may see it: the scope check is the server's, whatever the request says. */
export async function readOne(db: Queryable, scope: DeviceScope, request: FetchRequest): Promise<PullItem | null> {
  const row = await findRow(db, request.entity, request.id);
  if (!row) return null;
  if (!isInScope(scope, row)) throw new SyncRefusal('forbidden', { entity: request.entity });
  return { kind: 'row', seq: row.seq, entity: row.entity, id: row.id, rowVersion: row.rowVersion, data: row.data, fieldSeqs: fieldSeqsOf(row.fieldMeta) };
}
