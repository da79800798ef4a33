/**
 * Who may work the unmatched queue from the app: a back-office advisor of the calling device's branch.
 * The device names its signed-in advisor (as it signs each change it pushes); head office judges the
 * role from its own copy of the advisors (synced rows), so a device cannot promote anyone.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/connection';
import { syncRows } from '../db/schema';

export const QUEUE_ROLE = 'back-office';

export async function isBackOfficeAdvisor(db: Queryable, advisorId: string, branchId: string): Promise<boolean> {
  const rows = await db
    .select({ id: syncRows.id })
    .from(syncRows)
    .where(
      and(
        eq(syncRows.entity, 'advisor'),
        eq(syncRows.id, advisorId),
        sql`${syncRows.data}->>'branchId' = ${branchId}`,
        sql`${syncRows.data}->>'role' = ${QUEUE_ROLE}`,
        sql`${syncRows.data}->>'deletedAt' IS NULL`,
      ),
    );
  return rows.length > 0;
}
