/**
 * Writes made at head office itself (reference data, bulk imports, migrations from the old system):
 * they enter the same ordered feed as device changes, so devices pull them like any other change.
 */
import { sql } from 'drizzle-orm';
import { caseFileLinkOf, isCaseFileRoot, naturalKeyOf } from '../../shared/sync/policy';
import type { ServerDb, ServerTx } from '../db/connection';
import { syncRows } from '../db/schema';
import { findRows, lockWriters, nextSeqs, rowKey } from './rows';

export type HeadOfficeRow = { entity: string; id: string; data: Record<string, unknown> };

const CHUNK = 5000;

/** Rows written by bulk imports since this process last refreshed the planner's statistics. */
let writtenSinceAnalyze = 0;

/**
 * Inserts or replaces rows in bulk. Children must name a root (or a parent) that is earlier in the
 * same call or already stored.
 */
export async function writeHeadOfficeRows(db: ServerDb, rows: readonly HeadOfficeRow[]): Promise<void> {
  await db.transaction((tx) => writeHeadOfficeRowsIn(tx, rows));
  await refreshStatisticsAfterImport(db, rows.length);
}

/**
 * The same inside a transaction the caller holds, for a head-office operation that writes other
 * tables with its rows (a statement import: its payments and the file's record commit together).
 */
export async function writeHeadOfficeRowsIn(tx: ServerTx, rows: readonly HeadOfficeRow[]): Promise<void> {
  // Where each row of this call belongs, so that its children (later in the call) find it without a query.
  const placed = new Map<string, { rootId: string | null; branchId: string | null }>();
  await lockWriters(tx);
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const refs = chunk.flatMap((row) => {
      const link = caseFileLinkOf(row.entity, row.id, row.data);
      if (link === null || isCaseFileRoot(row.entity)) return [];
      const ref = 'parent' in link ? link.parent : { entity: link.root.kind, id: link.root.id };
      return placed.has(rowKey(ref.entity, ref.id)) ? [] : [ref];
    });
    const stored = await findRows(tx, refs);
    const seqs = await nextSeqs(tx, chunk.length);
    const values = chunk.map((row, index) => {
      const link = caseFileLinkOf(row.entity, row.id, row.data);
      let place: { rootId: string | null; branchId: string | null } = { rootId: null, branchId: null };
      if (link !== null && isCaseFileRoot(row.entity))
        place = { rootId: row.id, branchId: typeof row.data['branchId'] === 'string' ? row.data['branchId'] : null };
      else if (link !== null) {
        const ref = 'parent' in link ? link.parent : { entity: link.root.kind, id: link.root.id };
        const holder = placed.get(rowKey(ref.entity, ref.id)) ?? stored.get(rowKey(ref.entity, ref.id));
        if (!holder) throw new Error(`head-office row ${row.entity} names an unknown case file`);
        place =
          'parent' in link
            ? { rootId: holder.rootId, branchId: holder.branchId }
            : { rootId: ref.id, branchId: holder.branchId };
      }
      placed.set(rowKey(row.entity, row.id), place);
      return {
        entity: row.entity,
        id: row.id,
        ...place,
        data: { ...row.data, id: row.id },
        seq: seqs[index] as number,
        naturalKey: naturalKeyOf(row.entity, row.data),
      };
    });
    await insertRows(tx, values);
  }
}

type RowValues = {
  entity: string;
  id: string;
  rootId: string | null;
  branchId: string | null;
  data: Record<string, unknown>;
  seq: number;
  naturalKey: string | null;
};

/**
 * One statement per chunk with the whole chunk as a single JSON parameter, unpacked by PostgreSQL:
 * a bulk import (a demo head office of tens of thousands of case files) is bound by what PostgreSQL
 * writes, not by building and sending one parameter per column of every row.
 */
async function insertRows(tx: ServerTx, values: readonly RowValues[]): Promise<void> {
  await tx.execute(sql`
    INSERT INTO ${syncRows} (entity, id, root_id, branch_id, data, field_meta, row_version, seq, natural_key)
    SELECT r->>'entity', r->>'id', r->>'rootId', r->>'branchId', r->'data', '{}'::jsonb, 1, (r->>'seq')::bigint, r->>'naturalKey'
    FROM jsonb_array_elements(${JSON.stringify(values)}::jsonb) AS r
    ON CONFLICT (entity, id) DO UPDATE SET
      data = excluded.data, seq = excluded.seq, natural_key = excluded.natural_key,
      row_version = ${syncRows}.row_version + 1`);
}

/**
 * A large import changes the shape of `sync_rows` faster than autovacuum notices (up to a minute): pulls
 * planned meanwhile on the old statistics scan far too much. Refreshes them once the rows written
 * since the last refresh reach a fifth of the table.
 */
async function refreshStatisticsAfterImport(db: ServerDb, written: number): Promise<void> {
  writtenSinceAnalyze += written;
  if (writtenSinceAnalyze < 10_000) return;
  const result = await db.execute(sql`SELECT reltuples FROM pg_class WHERE relname = 'sync_rows'`);
  const tuples = Number((result as unknown as { rows: { reltuples: string | number }[] }).rows[0]?.reltuples ?? 0);
  if (writtenSinceAnalyze < 0.2 * tuples) return;
  await db.execute(sql`ANALYZE sync_rows`);
  writtenSinceAnalyze = 0;
}

export function branchRow(id: string, code: string): HeadOfficeRow {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    entity: 'branch',
    id,
    data: {
      code,
      name: `Bureau ${code}`,
      postalCode: '1000',
      municipality: 'Bruxelles',
      createdAt: at,
      updatedAt: at,
      rowVersion: 1,
      deletedAt: null,
    },
  };
}

/** An advisor of a branch as head office keeps it: only its own branch's devices may push changes it signs. */
export function advisorRow(id: string, branchId: string, displayName = id): HeadOfficeRow {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    entity: 'advisor',
    id,
    data: {
      branchId,
      username: id,
      displayName,
      role: 'advisor',
      createdAt: at,
      updatedAt: at,
      rowVersion: 1,
      deletedAt: null,
    },
  };
}

export type BranchRef = { id: string; code: string };

/**
 * The branch an administrator names, by its code (`NAM`, any case) or its id; null when head office has
 * no such branch. A code is what people know; an id is what the tables hold.
 */
export async function findBranch(db: ServerDb, codeOrId: string): Promise<BranchRef | null> {
  const wanted = codeOrId.trim();
  const branches = await listBranches(db);
  return (
    branches.find((branch) => branch.id === wanted) ??
    branches.find((branch) => branch.code.toUpperCase() === wanted.toUpperCase()) ??
    null
  );
}

export async function listBranches(db: ServerDb): Promise<BranchRef[]> {
  const rows = await db
    .select({ id: syncRows.id, code: sql<string | null>`${syncRows.data}->>'code'` })
    .from(syncRows)
    .where(sql`${syncRows.entity} = 'branch' AND ${syncRows.data}->>'deletedAt' IS NULL`)
    .orderBy(syncRows.id);
  return rows.map((row) => ({ id: row.id, code: row.code ?? '' }));
}
