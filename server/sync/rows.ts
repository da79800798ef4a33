/** Reading and writing the authoritative rows, conflicts and evictions inside a push transaction. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { naturalKeyOf, type RowRef } from '../../shared/sync/policy';
import type { Queryable } from '../db/connection';
import { conflicts, mutations, syncRows } from '../db/schema';

export type StoredRow = typeof syncRows.$inferSelect;

/** `count` sequence numbers in one round trip, ascending: a batch draws its range at once. */
export async function nextSeqs(tx: Queryable, count: number): Promise<number[]> {
  const result = await tx.execute(sql`SELECT nextval('sync_seq') AS seq FROM generate_series(1, ${count})`);
  // Both drivers answer `{ rows }`; bigint arrives as a string from node-postgres.
  return (result as unknown as { rows: { seq: string | number }[] }).rows
    .map((row) => Number(row.seq))
    .sort((left, right) => left - right);
}

/** Serialises writers across all server instances until the transaction ends (see `syncSeq`). */
export async function lockWriters(tx: Queryable): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(720601)`);
}

export type KnownMutation = { seq: number; conflictIds: string[] };

/** The mutations of this device already applied, by id: a re-sent one gets its first answer back. */
export async function findKnownMutations(
  tx: Queryable,
  deviceId: string,
  mutationIds: readonly string[],
): Promise<Map<string, KnownMutation>> {
  if (mutationIds.length === 0) return new Map();
  const rows = await tx
    .select({ mutationId: mutations.mutationId, seq: mutations.seq, conflictIds: mutations.conflictIds })
    .from(mutations)
    .where(and(eq(mutations.deviceId, deviceId), inArray(mutations.mutationId, [...mutationIds])));
  return new Map(rows.map((row) => [row.mutationId, { seq: row.seq, conflictIds: row.conflictIds }]));
}

/** Which of these ids are advisors of the branch, not deleted: only they may sign a change of its devices. */
export async function findBranchAdvisors(
  tx: Queryable,
  advisorIds: readonly string[],
  branchId: string,
): Promise<Set<string>> {
  if (advisorIds.length === 0) return new Set();
  const rows = await tx
    .select({ id: syncRows.id })
    .from(syncRows)
    .where(
      and(
        eq(syncRows.entity, 'advisor'),
        inArray(syncRows.id, [...advisorIds]),
        sql`${syncRows.data}->>'branchId' = ${branchId}`,
        sql`${syncRows.data}->>'deletedAt' IS NULL`,
      ),
    );
  return new Set(rows.map((row) => row.id));
}

export async function findRow(tx: Queryable, entity: string, id: string): Promise<StoredRow | undefined> {
  const rows = await tx
    .select()
    .from(syncRows)
    .where(and(eq(syncRows.entity, entity), eq(syncRows.id, id)));
  return rows[0];
}

export const rowKey = (entity: string, id: string): string => `${entity}\u0000${id}`;

/** Many rows in one query, keyed by `rowKey`. */
export async function findRows(tx: Queryable, refs: readonly RowRef[]): Promise<Map<string, StoredRow>> {
  const found = new Map<string, StoredRow>();
  const byEntity = new Map<string, Set<string>>();
  for (const ref of refs) byEntity.set(ref.entity, (byEntity.get(ref.entity) ?? new Set()).add(ref.id));
  for (const [entity, ids] of byEntity) {
    const list = [...ids];
    for (let start = 0; start < list.length; start += 5000) {
      const rows = await tx
        .select()
        .from(syncRows)
        .where(and(eq(syncRows.entity, entity), inArray(syncRows.id, list.slice(start, start + 5000))));
      for (const row of rows) found.set(rowKey(row.entity, row.id), row);
    }
  }
  return found;
}

/** Who holds each of these natural keys today. */
export async function findNaturalKeyHolders(tx: Queryable, keys: readonly string[]): Promise<Map<string, Set<string>>> {
  const holders = new Map<string, Set<string>>(keys.map((key) => [key, new Set<string>()]));
  if (keys.length === 0) return holders;
  const rows = await tx
    .select({ naturalKey: syncRows.naturalKey, id: syncRows.id })
    .from(syncRows)
    .where(inArray(syncRows.naturalKey, [...keys]));
  for (const row of rows) if (row.naturalKey !== null) holders.get(row.naturalKey)?.add(row.id);
  return holders;
}

export function withNaturalKey(row: Omit<StoredRow, 'naturalKey'>): StoredRow {
  return { ...row, naturalKey: naturalKeyOf(row.entity, row.data) };
}

export async function saveRow(tx: Queryable, row: StoredRow): Promise<void> {
  await saveRows(tx, [row]);
}

const ROWS_PER_STATEMENT = 1000;

/** Upserts rows in multi-row statements; each (entity, id) at most once per call. */
export async function saveRows(tx: Queryable, rows: readonly StoredRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await tx
      .insert(syncRows)
      .values(rows.slice(start, start + ROWS_PER_STATEMENT))
      .onConflictDoUpdate({
        target: [syncRows.entity, syncRows.id],
        set: {
          rootId: sql`excluded.root_id`,
          branchId: sql`excluded.branch_id`,
          data: sql`excluded.data`,
          fieldMeta: sql`excluded.field_meta`,
          rowVersion: sql`excluded.row_version`,
          seq: sql`excluded.seq`,
          naturalKey: sql`excluded.natural_key`,
        },
      });
  }
}

/**
 * A case file changes branch: the old branch's devices are told to drop each of its rows (except
 * those that have it assigned: the pull leaves them out), then every row gets a new sequence (so the
 * new branch's devices pull it). Three statements, whatever its size.
 */
export async function moveCaseFile(
  tx: Queryable,
  rootId: string,
  fromBranch: string | null,
  toBranch: string | null,
): Promise<void> {
  if (fromBranch !== null) {
    await tx.execute(sql`INSERT INTO evictions (seq, branch_id, device_id, entity, entity_id, root_id)
      SELECT nextval('sync_seq'), ${fromBranch}, NULL, entity, id, ${rootId} FROM (SELECT entity, id FROM sync_rows WHERE root_id = ${rootId} ORDER BY entity, id) AS members`);
  }
  await tx
    .update(syncRows)
    .set({ branchId: toBranch, seq: sql`nextval('sync_seq')` })
    .where(eq(syncRows.rootId, rootId));
  await tx
    .update(conflicts)
    .set({ branchId: toBranch, seq: sql`nextval('sync_seq')` })
    .where(eq(conflicts.rootId, rootId));
}
