/**
 * Case files handed to a device beyond its branch: a field advisor covering another office takes
 * them on the road. Head office decides (`npm run server -- assign ...`); the device never asks.
 *
 * A device pulls by cursor, so a case file assigned after its rows were written would never reach it:
 * assigning gives its rows (and conflicts) new sequences, as a move between branches does. Taking
 * the assignment back tells that device alone to drop each row (evictions addressed to the device).
 * Both run under the writers' lock, so sequences commit in order and no cursor skips a row.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Queryable, ServerDb } from '../db/connection';
import { assignments, conflicts, devices, syncRows } from '../db/schema';
import { lockWriters } from './rows';

export class AssignmentRefusal extends Error {
  constructor(readonly reason: 'unknown-device' | 'revoked-device' | 'unknown-case-file' | 'ambiguous-case-file') {
    super(reason);
  }
}

export type CaseFileRef = { rootId: string; entity: string; branchId: string | null };

/**
 * A case file by the person's or company's id, NISS or enterprise number (digits, with or without
 * punctuation), as head office staff know it.
 */
export async function findCaseFile(db: Queryable, identifier: string): Promise<CaseFileRef> {
  const digits = identifier.replace(/[\s.\-/]/g, '');
  const keys = /^\d{10,11}$/.test(digits) ? [`person:${digits}`, `company:${digits}`] : [];
  const rows = await db
    .select({ id: syncRows.id, entity: syncRows.entity, branchId: syncRows.branchId })
    .from(syncRows)
    .where(
      and(
        sql`${syncRows.entity} IN ('person', 'company')`,
        sql`${syncRows.id} = ${syncRows.rootId}`,
        keys.length > 0
          ? sql`(${syncRows.id} = ${identifier} OR ${syncRows.naturalKey} IN (${sql.join(
              keys.map((key) => sql`${key}`),
              sql`, `,
            )}))`
          : eq(syncRows.id, identifier),
      ),
    );
  if (rows.length > 1) throw new AssignmentRefusal('ambiguous-case-file');
  const [row] = rows;
  if (!row) throw new AssignmentRefusal('unknown-case-file');
  return { rootId: row.id, entity: row.entity, branchId: row.branchId };
}

async function activeDevice(db: Queryable, deviceId: string): Promise<{ branchId: string }> {
  const [device] = await db
    .select({ branchId: devices.branchId, revokedAt: devices.revokedAt })
    .from(devices)
    .where(eq(devices.id, deviceId));
  if (!device) throw new AssignmentRefusal('unknown-device');
  if (device.revokedAt !== null) throw new AssignmentRefusal('revoked-device');
  return device;
}

/** 'assigned', or 'unchanged' when the device already had it (assigned or in its own branch). */
export async function assignCaseFile(
  db: ServerDb,
  deviceId: string,
  identifier: string,
): Promise<{ outcome: 'assigned' | 'unchanged'; caseFile: CaseFileRef }> {
  return db.transaction(async (tx) => {
    await lockWriters(tx);
    const device = await activeDevice(tx, deviceId);
    const caseFile = await findCaseFile(tx, identifier);
    const inserted = await tx
      .insert(assignments)
      .values({ deviceId, rootId: caseFile.rootId })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0 || caseFile.branchId === device.branchId) return { outcome: 'unchanged', caseFile };
    // Delivered again to the devices of its branch too: they find the same row versions and change nothing.
    await tx
      .update(syncRows)
      .set({ seq: sql`nextval('sync_seq')` })
      .where(eq(syncRows.rootId, caseFile.rootId));
    await tx
      .update(conflicts)
      .set({ seq: sql`nextval('sync_seq')` })
      .where(eq(conflicts.rootId, caseFile.rootId));
    return { outcome: 'assigned', caseFile };
  });
}

/** 'unassigned', or 'unchanged' when it was not assigned. A case file of the device's own branch stays on it. */
export async function unassignCaseFile(
  db: ServerDb,
  deviceId: string,
  identifier: string,
): Promise<{ outcome: 'unassigned' | 'unchanged'; caseFile: CaseFileRef }> {
  return db.transaction(async (tx) => {
    await lockWriters(tx);
    const [device] = await tx.select({ branchId: devices.branchId }).from(devices).where(eq(devices.id, deviceId));
    if (!device) throw new AssignmentRefusal('unknown-device');
    const caseFile = await findCaseFile(tx, identifier);
    const deleted = await tx
      .delete(assignments)
      .where(and(eq(assignments.deviceId, deviceId), eq(assignments.rootId, caseFile.rootId)))
      .returning();
    if (deleted.length === 0) return { outcome: 'unchanged', caseFile };
    if (caseFile.branchId !== device.branchId) {
      await tx.execute(sql`INSERT INTO evictions (seq, branch_id, device_id, entity, entity_id, root_id)
        SELECT nextval('sync_seq'), NULL, ${deviceId}, entity, id, ${caseFile.rootId} FROM (SELECT entity, id FROM sync_rows WHERE root_id = ${caseFile.rootId} ORDER BY entity, id) AS members`);
    }
    return { outcome: 'unassigned', caseFile };
  });
}
