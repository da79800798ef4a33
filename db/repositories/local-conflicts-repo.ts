/**
 * The device's copy of the conflicts head office recorded on protected fields, and the fields they
 * concern. Head office's side is written by sync-repo when a pull brings them; this is the advisor's.
 */
import { sql } from 'drizzle-orm';
import type { GuichetDb } from '../connection';
import { syncedTables } from './sync-repo';
import type { Tx } from './synced-rows';

export type LocalConflict = {
  id: string;
  entity: string;
  entityId: string;
  field: string;
  /** `duplicate-key`: the row's natural key (NISS, enterprise number) is another row's too; serverValue is `{ duplicateOf: { entity, id }, value }`. */
  kind: 'field' | 'duplicate-key';
  serverValue: unknown;
  losingValue: unknown;
  losingAdvisorId: string | null;
  status: 'open' | 'resolving' | 'resolved';
  resolvedValue: unknown;
  resolvedBy: string | null;
  createdAt: string;
};

type ConflictRow = {
  id: string;
  entity: string;
  entity_id: string;
  field: string;
  kind: LocalConflict['kind'];
  server_value: string | null;
  losing_value: string | null;
  losing_advisor_id: string | null;
  status: LocalConflict['status'];
  resolved_value: string | null;
  resolved_by: string | null;
  created_at: string;
};

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

function toConflict(row: ConflictRow): LocalConflict {
  return {
    id: row.id,
    entity: row.entity,
    entityId: row.entity_id,
    field: row.field,
    kind: row.kind,
    serverValue: parse(row.server_value),
    losingValue: parse(row.losing_value),
    losingAdvisorId: row.losing_advisor_id,
    status: row.status,
    resolvedValue: parse(row.resolved_value),
    resolvedBy: row.resolved_by,
    createdAt: row.created_at,
  };
}

/** Every conflict in the order head office recorded them. */
export function readLocalConflicts(db: GuichetDb): LocalConflict[] {
  return db.$client.prepare<[], ConflictRow>('SELECT * FROM sync_conflicts ORDER BY seq').all().map(toConflict);
}

/** 'resolving' until head office confirms: the pull then brings the conflict back as resolved. */
export function markConflictResolving(tx: Tx, conflictId: string, value: unknown, advisorId: string): void {
  tx.run(
    sql`UPDATE sync_conflicts SET status = 'resolving', resolved_value = ${JSON.stringify(value ?? null)}, resolved_by = ${advisorId} WHERE id = ${conflictId}`,
  );
}

/** The local value of one field of a synced row (null when the entity, field or row is unknown). */
export function readLocalField(db: GuichetDb, entity: string, id: string, field: string): unknown {
  const target = syncedTables[entity];
  const column = target?.columns.get(field);
  if (!target || !column) return null;
  const row = db.$client.prepare(`SELECT "${column}" AS value FROM ${target.name} WHERE id = ?`).get(id) as
    { value: unknown } | undefined;
  return row?.value ?? null;
}
