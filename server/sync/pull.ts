/**
 * Changes since a cursor, within the device's scope as the server computes it: its branch's case
 * files, those assigned to it, reference data, and evictions for case files that left. Rows come as
 * their latest state, so the first sync (cursor 0) is the same query as an incremental one, chunked
 * and resumable: the cursor after each chunk is the last sequence in it.
 */
import { and, asc, eq, gt, inArray, isNull, notInArray, or, sql, type SQL } from 'drizzle-orm';
import {
  MAX_PULL_LIMIT,
  type FetchRequest,
  type FundRetention,
  type PullItem,
  type PullRequest,
} from '../../shared/contract/sync-protocol';
import { fieldSeqsOf } from '../../shared/sync/merge';
import { isInScope, type DeviceScope } from '../auth';
import { SyncRefusal } from './errors';
import { findRow } from './rows';
import type { Queryable, ServerDb } from '../db/connection';
import { conflicts, evictions } from '../db/schema';

const rowColumns = sql.raw(`seq, entity, id, row_version, data::text AS data,
  CASE WHEN field_meta = '{}'::jsonb THEN '{}' ELSE (SELECT jsonb_object_agg(key, value->'seq') FROM jsonb_each(field_meta))::text END AS field_seqs`);

const ADVISOR = 'advisor';
/** The field of an advisor row that carries the password hash (scrypt), for offline sign-in. */
export const CREDENTIALS = 'credentials';

/** An advisor row as a device may see it: without the password hash unless the advisor is of its branch. */
export function withoutForeignCredentials(
  entity: string,
  data: Record<string, unknown>,
  scope: DeviceScope,
): Record<string, unknown> {
  if (entity !== ADVISOR || data['branchId'] === scope.branchId || !(CREDENTIALS in data)) return data;
  const { [CREDENTIALS]: _credentials, ...rest } = data;
  return rest;
}

/**
 * The device's rows after the cursor, one ordered index range per part of its scope (its branch,
 * reference data, case files assigned to it) merged by sequence. One `OR` over the three made
 * PostgreSQL fetch every remaining row and sort them at each page (quadratic over a first sync).
 */
function scopedRowsAfter(scope: DeviceScope, cursor: number, limit: number): SQL {
  const assigned = [...scope.assignedRootIds];
  const parts = [
    sql`(SELECT ${rowColumns} FROM sync_rows WHERE branch_id = ${scope.branchId} AND seq > ${cursor} ORDER BY seq LIMIT ${limit})`,
    // Reference data belongs to no case file, hence to no branch. An advisor's password hash goes only
    // to the devices of the advisor's own branch (where they sign in), never to every device of the fund.
    sql`(SELECT seq, entity, id, row_version,
        CASE WHEN entity = ${ADVISOR} AND data->>'branchId' IS DISTINCT FROM ${scope.branchId} THEN (data - ${CREDENTIALS})::text ELSE data::text END AS data,
        CASE WHEN field_meta = '{}'::jsonb THEN '{}' ELSE (SELECT jsonb_object_agg(key, value->'seq') FROM jsonb_each(field_meta))::text END AS field_seqs
      FROM sync_rows WHERE branch_id IS NULL AND root_id IS NULL AND seq > ${cursor} ORDER BY seq LIMIT ${limit})`,
  ];
  if (assigned.length > 0) {
    parts.push(sql`(SELECT ${rowColumns} FROM sync_rows WHERE root_id IN (${sql.join(
      assigned.map((rootId) => sql`${rootId}`),
      sql`, `,
    )})
      AND branch_id IS DISTINCT FROM ${scope.branchId} AND seq > ${cursor} ORDER BY seq LIMIT ${limit})`);
  }
  return sql`SELECT * FROM (${sql.join(parts, sql` UNION ALL `)}) AS page ORDER BY seq LIMIT ${limit}`;
}

function conflictScope(scope: DeviceScope): SQL | undefined {
  const assigned = [...scope.assignedRootIds];
  return or(
    eq(conflicts.branchId, scope.branchId),
    assigned.length > 0 ? inArray(conflicts.rootId, assigned) : undefined,
  );
}

/**
 * Evictions addressed to the device's branch (a case file moved away) or to the device itself (an
 * assignment taken back). A case file that leaves the branch but stays assigned to this device
 * stays on it: dropped and pulled again, its pending local changes would lose their base.
 */
function evictionScope(scope: DeviceScope): SQL | undefined {
  const assigned = [...scope.assignedRootIds];
  const branchEvictions =
    assigned.length > 0
      ? and(
          eq(evictions.branchId, scope.branchId),
          or(isNull(evictions.rootId), notInArray(evictions.rootId, assigned)),
        )
      : eq(evictions.branchId, scope.branchId);
  return or(branchEvictions, eq(evictions.deviceId, scope.deviceId));
}

/** A page of a pull: its items as JSON text (a `PullItem` each, comma-separated), and where it ends. */
export type PullPage = { items: string; cursor: number; hasMore: boolean; remaining: number | null };

/**
 * The three sources are read in one snapshot: read separately, a change committed in between could be
 * skipped. Rows go out as PostgreSQL prints their stored JSON (`data::text`, per-field sequences
 * folded in SQL), so a first sync of millions of rows never parses and re-serialises them in the
 * server process.
 */
export async function readPull(db: ServerDb, scope: DeviceScope, request: PullRequest): Promise<PullPage> {
  return db.transaction((tx) => readPullIn(tx, scope, request), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
}

/** The answer's JSON text, of shape `PullResponse`; the server's time is taken as it goes out. */
export function pullResponseText(page: PullPage, now: Date, retention: FundRetention): string {
  return `{"serverTime":${now.getTime()},"retention":${JSON.stringify(retention)},"items":[${page.items}],"cursor":${page.cursor},"hasMore":${page.hasMore},"remaining":${page.remaining === null ? 'null' : page.remaining},"maxLimit":${MAX_PULL_LIMIT}}`;
}

type RowText = {
  seq: string | number;
  entity: string;
  id: string;
  row_version: number;
  data: string;
  field_seqs: string;
};

type RowsAsText = { n: number; last_seq: string | number | null; items: string | null };

/**
 * The page's rows as one JSON text, written by PostgreSQL: the server process then handles one string
 * per page instead of thousands of rows. A first sync spent most of head office's time (and its
 * garbage collection) building item strings one by one, and the device waited for the next page.
 * The text is the items' JSON as the per-row path below writes it. concat() writes a null as nothing,
 * which would break the JSON: every part is NOT NULL, and field_seqs, the only computed one, falls back to {}.
 */
function scopedRowsAsText(scope: DeviceScope, cursor: number, limit: number): SQL {
  // concat() writes each item in one pass; a chain of || copied the growing text at every step.
  return sql`SELECT count(*)::int AS n, max(seq) AS last_seq,
      string_agg(concat('{"kind":"row","seq":', seq, ',"entity":', to_json(entity), ',"id":', to_json(id), ',"rowVersion":', row_version,
        ',"data":', data, ',"fieldSeqs":', coalesce(field_seqs, '{}'), '}'), ',' ORDER BY seq) AS items
    FROM (${scopedRowsAfter(scope, cursor, limit)}) AS rows_page`;
}

async function readPullIn(db: Queryable, scope: DeviceScope, request: PullRequest): Promise<PullPage> {
  const { cursor, limit } = request;
  // Each part is an ordered range of the (branch_id, seq) index that stops at `limit`. Planning on stale
  // statistics (right after a bulk import) picked a bitmap scan of everything left plus a sort instead.
  await db.execute(sql`SET LOCAL enable_bitmapscan = off`);
  const evicted = await db
    .select()
    .from(evictions)
    .where(and(gt(evictions.seq, cursor), evictionScope(scope)))
    .orderBy(asc(evictions.seq))
    .limit(limit);
  const conflicted = await db
    .select()
    .from(conflicts)
    .where(and(gt(conflicts.seq, cursor), conflictScope(scope)))
    .orderBy(asc(conflicts.seq))
    .limit(limit);
  if (evicted.length === 0 && conflicted.length === 0) {
    // Rows only (a first sync, most incremental ones): nothing to interleave by sequence.
    const result = await db.execute(scopedRowsAsText(scope, cursor, limit));
    const page = (result as unknown as { rows: RowsAsText[] }).rows[0];
    const count = page?.n ?? 0;
    const nextCursor = count > 0 ? Number(page?.last_seq) : cursor;
    const hasMore = count === limit;
    const remaining = request.isProgressWanted
      ? hasMore
        ? await estimateRemaining(db, cursor, nextCursor, count)
        : 0
      : null;
    return { items: page?.items ?? '', cursor: nextCursor, hasMore, remaining };
  }
  const rowsResult = await db.execute(scopedRowsAfter(scope, cursor, limit));
  const rows = (rowsResult as unknown as { rows: RowText[] }).rows;
  const merged: { seq: number; json: string }[] = [
    ...rows.map((row) => {
      const seq = Number(row.seq);
      return {
        seq,
        json: `{"kind":"row","seq":${seq},"entity":${JSON.stringify(row.entity)},"id":${JSON.stringify(row.id)},"rowVersion":${Number(row.row_version)},"data":${row.data},"fieldSeqs":${row.field_seqs}}`,
      };
    }),
    ...evicted.map((eviction) => ({
      seq: eviction.seq,
      json: JSON.stringify({
        kind: 'evict',
        seq: eviction.seq,
        entity: eviction.entity,
        id: eviction.entityId,
      } satisfies PullItem),
    })),
    ...conflicted.map((conflict) => ({
      seq: conflict.seq,
      json: JSON.stringify({
        kind: 'conflict',
        seq: conflict.seq,
        conflict: {
          id: conflict.id,
          kind: conflict.kind,
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
      } satisfies PullItem),
    })),
  ];
  if (evicted.length > 0 || conflicted.length > 0) merged.sort((left, right) => left.seq - right.seq);
  // Each source returned its `limit` smallest sequences, so the `limit` smallest overall are complete.
  const items = merged.slice(0, limit);
  const hasMore =
    merged.length > limit || rows.length === limit || evicted.length === limit || conflicted.length === limit;
  const nextCursor = items.length > 0 ? (items[items.length - 1] as { seq: number }).seq : cursor;
  const remaining = request.isProgressWanted
    ? hasMore
      ? await estimateRemaining(db, cursor, nextCursor, items.length)
      : 0
    : null;
  return { items: items.map((item) => item.json).join(','), cursor: nextCursor, hasMore, remaining };
}

/**
 * Items still to come, for the progress of an initial sync: estimated from the density of the
 * device's items among the sequences of this page, times the sequences left. Counting them exactly
 * at every page would scan everything left each time (quadratic over a first sync of millions of
 * rows); the estimate costs one index probe and is exact for a fund of one branch.
 */
async function estimateRemaining(
  db: Queryable,
  cursor: number,
  nextCursor: number,
  pageItems: number,
): Promise<number> {
  const top = await db.execute(sql`SELECT max(seq) AS seq FROM sync_rows`);
  const maxSeq = Number((top as unknown as { rows: { seq: string | number | null }[] }).rows[0]?.seq ?? nextCursor);
  const density = pageItems / Math.max(1, nextCursor - cursor);
  return Math.max(1, Math.round(Math.max(0, maxSeq - nextCursor) * density));
}

/** One row, if the device may see it: the scope check is the server's, whatever the request says. */
export async function readOne(db: Queryable, scope: DeviceScope, request: FetchRequest): Promise<PullItem | null> {
  const row = await findRow(db, request.entity, request.id);
  if (!row) return null;
  if (!isInScope(scope, row)) throw new SyncRefusal('forbidden', { entity: request.entity });
  return {
    kind: 'row',
    seq: row.seq,
    entity: row.entity,
    id: row.id,
    rowVersion: row.rowVersion,
    data: withoutForeignCredentials(row.entity, row.data, scope),
    fieldSeqs: fieldSeqsOf(row.fieldMeta),
  };
}
