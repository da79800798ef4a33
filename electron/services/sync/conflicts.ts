/**
 * Conflicts on protected fields, as the advisor sees and settles them. A resolution is a change like
 * any other: it goes through the outbox (entity `conflict`), so it syncs, and head office audits who
 * decided what. Only a named advisor may resolve.
 */
import { sql } from 'drizzle-orm';
import { CONFLICT_RESOLUTION_ENTITY } from '../../../shared/sync/policy';
import { GuichetError } from '../../../shared/contract/errors';
import type { GuichetDb } from '../../../db/connection';
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import { applyLocalField } from '../../../db/repositories/sync-repo';

export type LocalConflict = {
  id: string;
  entity: string;
  entityId: string;
  field: string;
  serverValue: unknown;
  losingValue: unknown;
  losingAdvisorId: string | null;
  status: 'open' | 'resolving' | 'resolved';
  resolvedValue: unknown;
  resolvedBy: string | null;
  createdAt: string;
};

/** Keep head office's value, take the value that lost, or enter a corrected one. */
export type ConflictChoice = { choice: 'server' } | { choice: 'losing' } | { choice: 'value'; value: unknown };

type ConflictRow = {
  id: string; entity: string; entity_id: string; field: string; server_value: string | null; losing_value: string | null;
  losing_advisor_id: string | null; status: LocalConflict['status']; resolved_value: string | null; resolved_by: string | null; created_at: string;
};

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export function listConflicts(db: GuichetDb): LocalConflict[] {
  return db.$client
    .prepare<[], ConflictRow>('SELECT * FROM sync_conflicts ORDER BY seq')
    .all()
    .map((row) => ({
      id: row.id,
      entity: row.entity,
      entityId: row.entity_id,
      field: row.field,
      serverValue: parse(row.server_value),
      losingValue: parse(row.losing_value),
      losingAdvisorId: row.losing_advisor_id,
      status: row.status,
      resolvedValue: parse(row.resolved_value),
      resolvedBy: row.resolved_by,
      createdAt: row.created_at,
    }));
}

export function resolveConflict(db: GuichetDb, recorder: ChangeRecorder, conflictId: string, decision: ConflictChoice): void {
  if (!recorder.context.advisorId) throw new GuichetError('unauthorized', 'sync.errors.advisorRequired');
  const conflict = listConflicts(db).find((candidate) => candidate.id === conflictId);
  if (!conflict || conflict.status !== 'open') throw new GuichetError('not-found', 'errors.notFound', { entity: 'conflict' });
  const value = decision.choice === 'losing' ? conflict.losingValue : decision.choice === 'value' ? decision.value : undefined;
  db.transaction((tx) => {
    if (decision.choice !== 'server') applyLocalField(db, conflict.entity, conflict.entityId, conflict.field, value);
    // 'resolving' until head office confirms: the pull then brings the conflict back as resolved.
    tx.run(sql`UPDATE sync_conflicts SET status = 'resolving', resolved_value = ${JSON.stringify(value ?? null)}, resolved_by = ${recorder.context.advisorId} WHERE id = ${conflictId}`);
    recorder.record({
      entity: CONFLICT_RESOLUTION_ENTITY,
      entityId: conflictId,
      operation: 'update',
      rowVersion: 1,
      changedFields: ['resolution'],
      payload: { conflictId, choice: decision.choice, value: value ?? null },
    });
  });
}
