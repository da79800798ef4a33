/** Reading and writing the authoritative rows, conflicts and evictions inside a push transaction. */
import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/connection';
import { conflicts, evictions, syncRows } from '../db/schema';

export type StoredRow = typeof syncRows.$inferSelect;

export async function nextSeq(tx: Queryable): Promise<number> {
  const result = await tx.execute(sql`SELECT nextval('sync_seq') AS seq`);
  // Both drivers answer `{ rows }`; bigint arrives as a string from node-postgres.
  return Number((result as unknown as { rows: { seq: string | number }[] }).rows[0]?.seq);
}

/** Serialises writers across all server instances until the transaction ends (see `syncSeq`). */
export async function lockWriters(tx: Queryable): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(720601)`);
}

export async function findRow(tx: Queryable, entity: string, id: string): Promise<StoredRow | undefined> {
  const rows = await tx.select().from(syncRows).where(and(eq(syncRows.entity, entity), eq(syncRows.id, id)));
  return rows[0];
}

export async function findRoot(tx: Queryable, kind: string, id: string): Promise<StoredRow | undefined> {
  return findRow(tx, kind, id);
}

export async function saveRow(tx: Queryable, row: StoredRow): Promise<void> {
  await tx
    .insert(syncRows)
    .values(row)
    .onConflictDoUpdate({
      target: [syncRows.entity, syncRows.id],
      set: { rootId: row.rootId, branchId: row.branchId, data: row.data, fieldMeta: row.fieldMeta, rowVersion: row.rowVersion, seq: row.seq },
    });
}

/**
 * A case file changes branch: every row of it gets a new sequence (so the new branch's devices pull
 * it) and the old branch's devices are told to drop each row.
 */
export async function moveCaseFile(tx: Queryable, rootId: string, fromBranch: string | null, toBranch: string | null): Promise<void> {
  const members = await tx.select({ entity: syncRows.entity, id: syncRows.id }).from(syncRows).where(eq(syncRows.rootId, rootId));
  for (const member of members) {
    if (fromBranch !== null) {
      await tx.insert(evictions).values({ seq: await nextSeq(tx), branchId: fromBranch, deviceId: null, entity: member.entity, entityId: member.id });
    }
    await tx
      .update(syncRows)
      .set({ branchId: toBranch, seq: await nextSeq(tx) })
      .where(and(eq(syncRows.entity, member.entity), eq(syncRows.id, member.id)));
  }
  await tx.update(conflicts).set({ branchId: toBranch, seq: sql`nextval('sync_seq')` }).where(eq(conflicts.rootId, rootId));
}
