/**
 * Sync's side of the local database: reads the outbox for pushing, and applies what head office sends
 * without queuing it again (these writes bypass the outbox on purpose: they come from the server).
 * Pulled persons and companies get their local search keys and FTS tokens, exactly as local writes do.
 */
import { getTableColumns, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ChangeRecordWire, ConflictWire, PullItem } from '../../shared/contract/sync-protocol';
import { deviceLocalEntities, naturalKeyFieldOf } from '../../shared/sync/policy';
import type { GuichetDb } from '../connection';
import {
  addresses,
  advisors,
  affiliationPeriods,
  affiliations,
  branches,
  caseFileAdvisors,
  caseRequests,
  companies,
  complaints,
  contributions,
  incomeRecords,
  interactions,
  judicialEvents,
  judicialFiles,
  letterQueue,
  lifeEvents,
  mandates,
  paymentPlanEvents,
  paymentPlanInstalments,
  paymentPlans,
  payments,
  persons,
  rightApplications,
  spouseLinks,
  surcharges,
  tasks,
  situationChanges,
} from '../schema';
import { createApplier, type TableInfo } from './pulled-row-applier';
import { readSetting, writeSetting } from './settings-repo';
import { purgeEvictedTraces, removeFiles } from './storage-repo';
import type { Tx } from './synced-rows';

function info(name: string, table: SQLiteTable, search?: TableInfo['search']): TableInfo {
  const columns = new Map(Object.entries(getTableColumns(table)).map(([key, column]) => [key, column.name] as const));
  return search ? { name, table, columns, search } : { name, table, columns };
}

export const syncedTables: Record<string, TableInfo> = {
  branch: info('branches', branches),
  advisor: info('advisors', advisors),
  person: info('persons', persons, 'person_search'),
  company: info('companies', companies, 'company_search'),
  address: info('addresses', addresses),
  affiliation: info('affiliations', affiliations),
  // The case-file tables, under the entity names their writers record (db/repositories/case-file-repo.ts).
  // Intake drafts stay on the device: see shared/sync/policy.ts for what does not sync and why.
  mandate: info('mandates', mandates),
  spouseLink: info('spouse_links', spouseLinks),
  affiliationPeriod: info('affiliation_periods', affiliationPeriods),
  income: info('income_records', incomeRecords),
  contribution: info('contributions', contributions),
  payment: info('payments', payments),
  surcharge: info('surcharges', surcharges),
  paymentPlan: info('payment_plans', paymentPlans),
  paymentPlanInstalment: info('payment_plan_instalments', paymentPlanInstalments),
  paymentPlanEvent: info('payment_plan_events', paymentPlanEvents),
  request: info('case_requests', caseRequests),
  interaction: info('interactions', interactions),
  task: info('tasks', tasks),
  letter: info('letter_queue', letterQueue),
  complaint: info('complaints', complaints),
  caseFileAdvisor: info('case_file_advisors', caseFileAdvisors),
  situationChange: info('situation_changes', situationChanges),
  judicialFile: info('judicial_files', judicialFiles),
  judicialEvent: info('judicial_events', judicialEvents),
  lifeEvent: info('life_events', lifeEvents),
  rightApplication: info('right_applications', rightApplications),
};

/**
 * The tables a large pull loads without their plain indexes (see db/deferred-indexes.ts): all but
 * those with search tokens and natural keys, which the pull itself looks up.
 */
export const bulkLoadedTables: readonly string[] = Object.entries(syncedTables)
  .filter(([entity, target]) => target.search === undefined && naturalKeyFieldOf(entity) === null)
  .map(([, target]) => target.name);

// Device-local entities (intake drafts) are recorded in the outbox like every write, but never leave the device.
const PENDING = `FROM outbox o WHERE o.pushed_at IS NULL AND o.entity NOT IN (${deviceLocalEntities.map((entity) => `'${entity}'`).join(', ')}) AND NOT EXISTS (SELECT 1 FROM sync_rejections r WHERE r.outbox_seq = o.seq)`;

type OutboxRow = {
  seq: number;
  mutation_id: string;
  entity: string;
  entity_id: string;
  operation: 'insert' | 'update' | 'delete';
  changed_fields: string;
  payload: string;
  hlc: string;
  advisor_id: string | null;
  created_at: string;
  base: string | null;
  audit_before: string | null;
};

export function readPendingChanges(db: GuichetDb, limit: number): (ChangeRecordWire & { outboxSeq: number })[] {
  const rows = db.$client
    .prepare<[number], OutboxRow>(
      `SELECT o.*, b.base, a.before AS audit_before ${PENDING.replace('FROM outbox o', 'FROM outbox o LEFT JOIN sync_outbox_base b ON b.outbox_seq = o.seq LEFT JOIN audit_log a ON a.id = o.mutation_id')} ORDER BY o.seq LIMIT ?`,
    )
    .all(limit);
  return rows.map((row) => ({
    outboxSeq: row.seq,
    mutationId: row.mutation_id,
    entity: row.entity,
    entityId: row.entity_id,
    operation: row.operation,
    changedFields: JSON.parse(row.changed_fields) as string[],
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    hlc: row.hlc,
    advisorId: row.advisor_id,
    base: row.base ? (JSON.parse(row.base) as Record<string, number>) : {},
    createdAt: row.created_at,
    auditBefore: row.audit_before === null ? null : (JSON.parse(row.audit_before) as Record<string, unknown>),
  }));
}

export function pendingStats(db: GuichetDb): {
  pendingCount: number;
  oldestCreatedAt: string | null;
  rejectedCount: number;
} {
  const pending = db.$client
    .prepare<[], { n: number; oldest: string | null }>(`SELECT count(*) AS n, min(o.created_at) AS oldest ${PENDING}`)
    .get();
  const rejected = db.$client.prepare<[], { n: number }>('SELECT count(*) AS n FROM sync_rejections').get();
  return { pendingCount: pending?.n ?? 0, oldestCreatedAt: pending?.oldest ?? null, rejectedCount: rejected?.n ?? 0 };
}

export function markPushed(db: GuichetDb, mutationIds: readonly string[], at: string): void {
  const statement = db.$client.prepare('UPDATE outbox SET pushed_at = ? WHERE mutation_id = ? AND pushed_at IS NULL');
  db.$client.transaction(() => mutationIds.forEach((id) => statement.run(at, id)))();
}

export function markRejected(db: GuichetDb, mutationIds: readonly string[], code: string, at: string): void {
  const statement = db.$client.prepare(
    'INSERT OR IGNORE INTO sync_rejections (outbox_seq, mutation_id, code, rejected_at) SELECT seq, mutation_id, ?, ? FROM outbox WHERE mutation_id = ?',
  );
  db.$client.transaction(() => mutationIds.forEach((id) => statement.run(code, at, id)))();
}

/**
 * Puts a change head office refused back in the queue, on the advisor's word (head office has since
 * assigned the case file to this device, say). Sent again at the next push, where head office judges
 * it again like any change: refused again, it comes back to the list. False when it is not refused.
 */
export function requeueRejected(db: GuichetDb, mutationId: string): boolean {
  return db.$client.prepare('DELETE FROM sync_rejections WHERE mutation_id = ?').run(mutationId).changes > 0;
}

export function readSyncValue<T>(db: Tx, key: string): T | undefined {
  const row = db.get<{ value: string } | undefined>(sql`SELECT value FROM sync_state WHERE key = ${key}`);
  return row ? (JSON.parse(row.value) as T) : undefined;
}

/**
 * Replaces a sync value whose old bytes must not stay on disk (a secret kept in plain text before):
 * one transaction with secure_delete on, which zeroes the freed bytes, then the WAL emptied, so they
 * linger neither in the database file nor in its -wal. `replace` answers the new value, or undefined
 * to leave it as it is. Answers whether it was replaced.
 */
export function replaceSyncValueErasingOld<T>(
  db: GuichetDb,
  key: string,
  replace: (value: T | undefined) => unknown,
): boolean {
  const client = db.$client;
  const wasSecureDelete = client.pragma('secure_delete', { simple: true }) as number;
  client.pragma('secure_delete = ON');
  try {
    const isReplaced = db.transaction((tx) => {
      const next = replace(readSyncValue<T>(tx, key));
      if (next === undefined) return false;
      writeSyncValue(tx, key, next);
      return true;
    });
    if (isReplaced) client.pragma('wal_checkpoint(TRUNCATE)');
    return isReplaced;
  } finally {
    client.pragma(`secure_delete = ${wasSecureDelete ? 'ON' : 'OFF'}`);
  }
}

export function writeSyncValue(db: Tx, key: string, value: unknown): void {
  db.run(
    sql`INSERT INTO sync_state (key, value) VALUES (${key}, ${JSON.stringify(value)}) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  );
}

export { readSetting, writeSetting };
export { readParkedRows } from './pulled-row-applier';

/** Fields with a local change not yet acknowledged: a pulled value must not overwrite them. */
function pendingFieldsByRow(db: GuichetDb): Map<string, Set<string>> {
  const rows = db.$client
    .prepare<[], { entity: string; entity_id: string; changed_fields: string }>(
      `SELECT o.entity, o.entity_id, o.changed_fields ${PENDING}`,
    )
    .all();
  const byRow = new Map<string, Set<string>>();
  for (const row of rows) {
    const key = `${row.entity}:${row.entity_id}`;
    const fields = byRow.get(key) ?? new Set<string>();
    for (const field of JSON.parse(row.changed_fields) as string[]) fields.add(field);
    byRow.set(key, fields);
  }
  return byRow;
}

function saveConflict(db: GuichetDb, conflict: ConflictWire, seq: number): void {
  const local = db.$client
    .prepare<[string], { status: string }>('SELECT status FROM sync_conflicts WHERE id = ?')
    .get(conflict.id);
  const status = local?.status === 'resolving' && conflict.status === 'open' ? 'resolving' : conflict.status;
  db.$client
    .prepare(
      `INSERT INTO sync_conflicts (id, entity, entity_id, field, kind, server_value, losing_value, losing_mutation_id, losing_advisor_id, status, resolved_value, resolved_by, resolved_at, created_at, seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET status = excluded.status, resolved_value = excluded.resolved_value, resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at, seq = excluded.seq`,
    )
    .run(
      conflict.id,
      conflict.entity,
      conflict.entityId,
      conflict.field,
      conflict.kind ?? 'field',
      JSON.stringify(conflict.serverValue ?? null),
      JSON.stringify(conflict.losingValue ?? null),
      conflict.losingMutationId,
      conflict.losingAdvisorId,
      status,
      JSON.stringify(conflict.resolvedValue ?? null),
      conflict.resolvedBy,
      conflict.resolvedAt,
      conflict.createdAt,
      seq,
    );
}

/**
 * Applies one pulled chunk and advances the cursor in the same transaction, so an interrupted first
 * sync resumes where it stopped. Foreign keys are checked by head office; rows arrive in sequence
 * order, where a child may come before its parent's newer version, so they are off for this write.
 */
export function applyPulledChunk(db: GuichetDb, items: readonly PullItem[], cursorKey: string, cursor: unknown): void {
  const pending = pendingFieldsByRow(db);
  const applier = createApplier(db, syncedTables);
  const none = new Set<string>();
  const evicted: string[] = [];
  const caseReferences: string[] = [];
  let letterFiles: string[] = [];
  db.$client.pragma('foreign_keys = OFF');
  try {
    db.transaction((tx) => {
      for (const item of items) {
        if (item.kind === 'row') applier.row(item, pending.get(`${item.entity}:${item.id}`) ?? none);
        else if (item.kind === 'evict') {
          const reference = caseReferenceOfRoot(db, item.entity, item.id);
          if (reference !== null) caseReferences.push(reference);
          evicted.push(item.id);
          applier.evict(item.entity, item.id);
        } else saveConflict(db, item.conflict, item.seq);
      }
      applier.retryParked(pending);
      letterFiles = purgeEvictedTraces(db.$client, evicted, caseReferences).letterFiles;
      writeSyncValue(tx, cursorKey, cursor);
    });
  } finally {
    db.$client.pragma('foreign_keys = ON');
  }
  removeFiles(letterFiles);
}

/** The reference letters file a case file under (NISS, enterprise number), read before its root row goes. */
function caseReferenceOfRoot(db: GuichetDb, entity: string, id: string): string | null {
  const column = entity === 'person' ? 'niss' : entity === 'company' ? 'enterprise_number' : null;
  if (column === null) return null;
  const table = entity === 'person' ? 'persons' : 'companies';
  const row = db.$client
    .prepare<[string], { reference: string }>(`SELECT ${column} AS reference FROM ${table} WHERE id = ?`)
    .get(id);
  return row?.reference ?? null;
}

/** Sets one field of a local row as an advisor's conflict decision did (server-side it arrives with the resolution). */
export function applyLocalField(db: GuichetDb, entity: string, id: string, field: string, value: unknown): void {
  const target = syncedTables[entity];
  const column = target?.columns.get(field);
  if (!target || !column) return;
  const existing = db.$client.prepare(`SELECT * FROM ${target.name} WHERE id = ?`).get(id) as
    Record<string, unknown> | undefined;
  if (!existing) return;
  const data = Object.fromEntries([...target.columns].map(([key, name]) => [key, existing[name]]));
  data[field] = value;
  const seqs = db.$client
    .prepare<[string, string], { field_seqs: string }>(
      'SELECT field_seqs FROM sync_row_state WHERE entity = ? AND entity_id = ?',
    )
    .get(entity, id);
  const fieldSeqs = seqs ? (JSON.parse(seqs.field_seqs) as Record<string, number>) : {};
  createApplier(db, syncedTables).row(
    { kind: 'row', seq: 0, entity, id, rowVersion: Number(existing['row_version']), data, fieldSeqs },
    new Set(Object.keys(data).filter((key) => key !== field)),
  );
}
