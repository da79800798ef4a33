/**
 * Writes made at head office itself (reference data, bulk imports, migrations from the old system):
 * they enter the same ordered feed as device changes, so devices pull them like any other change.
 */
import { sql } from 'drizzle-orm';
import { caseFileRootOf, isCaseFileRoot } from '../../shared/sync/policy';
import type { ServerDb } from '../db/connection';
import { syncRows } from '../db/schema';
import { lockWriters } from './rows';

export type HeadOfficeRow = { entity: string; id: string; data: Record<string, unknown> };

const CHUNK = 1000;

/** Inserts or replaces rows in bulk. Children must name a root that is in the same call or already stored. */
export async function writeHeadOfficeRows(db: ServerDb, rows: readonly HeadOfficeRow[]): Promise<void> {
  const branchOfRoot = new Map<string, string | null>();
  for (const row of rows) {
    if (isCaseFileRoot(row.entity)) branchOfRoot.set(row.id, typeof row.data['branchId'] === 'string' ? row.data['branchId'] : null);
  }
  await db.transaction(async (tx) => {
    await lockWriters(tx);
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const seqs = (await tx.execute(sql`SELECT nextval('sync_seq') AS seq FROM generate_series(1, ${chunk.length})`)) as unknown as { rows: { seq: string | number }[] };
      const values = chunk.map((row, index) => {
        const root = caseFileRootOf(row.entity, row.id, row.data);
        return {
          entity: row.entity,
          id: row.id,
          rootId: root?.id ?? null,
          branchId: root ? (branchOfRoot.get(root.id) ?? null) : null,
          data: { ...row.data, id: row.id },
          fieldMeta: {},
          rowVersion: 1,
          seq: Number(seqs.rows[index]?.seq),
        };
      });
      await tx
        .insert(syncRows)
        .values(values)
        .onConflictDoUpdate({ target: [syncRows.entity, syncRows.id], set: { data: sql`excluded.data`, seq: sql`excluded.seq`, rowVersion: sql`${syncRows.rowVersion} + 1` } });
    }
  });
}

export function branchRow(id: string, code: string): HeadOfficeRow {
  const at = '2026-01-01T00:00:00.000Z';
  return { entity: 'branch', id, data: { code, name: `Bureau ${code}`, postalCode: '1000', municipality: 'Bruxelles', createdAt: at, updatedAt: at, rowVersion: 1, deletedAt: null } };
}
