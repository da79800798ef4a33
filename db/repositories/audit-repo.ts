/**
 * The audit trail: who (advisor), when, which entity, which fields, before and after. Appended by
 * synced-rows.ts for every synced write, inside the write's transaction, so a change without its
 * audit line cannot exist. Read by the case-file view.
 */
import type { ChangeRecorder, Operation } from './change-recorder';
import { cachedStatement } from './statement-cache';

export type AuditWrite = {
  entity: string;
  entityId: string;
  operation: Operation;
  fields: readonly string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The outbox record of the same change; also the audit line's key (unique per device, ordered). */
  mutationId: string;
};

export function appendAudit(recorder: ChangeRecorder, entry: AuditWrite): void {
  const { sqlite, context } = recorder;
  if (!sqlite.inTransaction) throw new Error('an audit line must be written inside the transaction of its change');
  if (!recorder.isRecording) return;
  cachedStatement(
    sqlite,
    `INSERT INTO audit_log (id, at, advisor_id, device_id, entity, entity_id, operation, fields, before, after, mutation_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.mutationId,
    recorder.timestamp(),
    context.advisorId,
    context.deviceId,
    entry.entity,
    entry.entityId,
    entry.operation,
    JSON.stringify(entry.fields),
    entry.before === null ? null : JSON.stringify(entry.before),
    entry.after === null ? null : JSON.stringify(entry.after),
    entry.mutationId,
  );
}

export type AuditRow = {
  id: string;
  at: string;
  advisorId: string | null;
  advisorName: string | null;
  entity: string;
  entityId: string;
  operation: Operation;
  fields: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

type RawAudit = Omit<AuditRow, 'fields' | 'before' | 'after'> & {
  fields: string;
  before: string | null;
  after: string | null;
};

/** Audit lines of the given entity ids, newest first. */
export function readAudit(sqlite: ChangeRecorder['sqlite'], entityIds: readonly string[], limit: number): AuditRow[] {
  if (entityIds.length === 0) return [];
  const rows = sqlite
    .prepare<unknown[], RawAudit>(
      `SELECT a.id, a.at, a.advisor_id AS advisorId, ad.display_name AS advisorName, a.entity, a.entity_id AS entityId, a.operation, a.fields, a.before, a.after
       FROM audit_log a LEFT JOIN advisors ad ON ad.id = a.advisor_id
       WHERE a.entity_id IN (SELECT value FROM json_each(?)) ORDER BY a.at DESC, a.rowid DESC LIMIT ?`,
    )
    .all(JSON.stringify(entityIds), limit);
  return rows.map((row) => ({
    ...row,
    fields: JSON.parse(row.fields) as string[],
    before: row.before === null ? null : (JSON.parse(row.before) as Record<string, unknown>),
    after: row.after === null ? null : (JSON.parse(row.after) as Record<string, unknown>),
  }));
}

/**
 * A security event of this device (a sign-in lock-out), outside any synced write: it has no outbox
 * record, so its own id stands for the mutation id. Ids and counts only, never the username typed.
 */
export type SecurityEvent = {
  id: string;
  at: string;
  deviceId: string;
  /** The advisor concerned when the username is one of this device's advisors. */
  advisorId: string | null;
  entity: 'signInLockout';
  after: Record<string, string | number>;
};

export function appendSecurityEvent(sqlite: ChangeRecorder['sqlite'], event: SecurityEvent): void {
  cachedStatement(
    sqlite,
    `INSERT INTO audit_log (id, at, advisor_id, device_id, entity, entity_id, operation, fields, before, after, mutation_id)
     VALUES (?, ?, ?, ?, ?, ?, 'insert', ?, NULL, ?, ?)`,
  ).run(
    event.id,
    event.at,
    event.advisorId,
    event.deviceId,
    event.entity,
    event.advisorId ?? 'unknown-username',
    JSON.stringify(Object.keys(event.after)),
    JSON.stringify(event.after),
    event.id,
  );
}

/** The security events of this device, newest first (for tests and support). */
export function readSecurityEvents(
  sqlite: ChangeRecorder['sqlite'],
  entity: SecurityEvent['entity'],
): { advisorId: string | null; at: string; after: Record<string, unknown> }[] {
  return cachedStatement<[string], { advisorId: string | null; at: string; after: string }>(
    sqlite,
    'SELECT advisor_id AS advisorId, at, after FROM audit_log WHERE entity = ? ORDER BY at DESC, rowid DESC',
  )
    .all(entity)
    .map((row) => ({ ...row, after: JSON.parse(row.after) as Record<string, unknown> }));
}
