/**
 * Sync's side of the local database: reads the outbox for pushing, and applies what head office sends
 * without queuing it again (these writes bypass the outbox on purpose: they come from the server).
 * Pulled persons and companies get their local search keys and FTS tokens, exactly as local writes do.
 */
import type { Statement } from 'better-sqlite3';
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
  caseRequests,
  companies,
  contributions,
  incomeRecords,
  interactions,
  letterQueue,
  mandates,
  paymentPlanEvents,
  paymentPlanInstalments,
  paymentPlans,
  payments,
  persons,
  spouseLinks,
  surcharges,
  tasks,
} from '../schema';
import { nextSearchRowid, removeSearchTokens, searchKeysFor, searchTokens, writeSearchTokens } from './search-index';
import { readSetting, writeSetting } from './settings-repo';
import type { Tx } from './synced-rows';

type TableInfo = {
  name: string;
  table: SQLiteTable;
  columns: Map<string, string>;
  search?: 'person_search' | 'company_search';
};

const localOnly = new Set(['searchKey', 'compactKey', 'searchRowid']);

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
  // The case-file tables of issue 4, under the entity names their writers record (db/repositories/case-file-repo.ts).
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
};

export function readPendingChanges(db: GuichetDb, limit: number): (ChangeRecordWire & { outboxSeq: number })[] {
  const rows = db.$client
    .prepare<[number], OutboxRow>(
      `SELECT o.*, b.base ${PENDING.replace('FROM outbox o', 'FROM outbox o LEFT JOIN sync_outbox_base b ON b.outbox_seq = o.seq')} ORDER BY o.seq LIMIT ?`,
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

export function writeSyncValue(db: Tx, key: string, value: unknown): void {
  db.run(
    sql`INSERT INTO sync_state (key, value) VALUES (${key}, ${JSON.stringify(value)}) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  );
}

export { readSetting, writeSetting };

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

function toColumnValue(value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return JSON.stringify(value);
}

type RowItem = Extract<PullItem, { kind: 'row' }>;
type Applier = {
  row(item: RowItem, pending: ReadonlySet<string>): void;
  evict(entity: string, id: string): void;
  retryParked(pending: Map<string, Set<string>>): void;
};

/**
 * A pulled row whose natural key (NISS, enterprise number) another local row already holds: two
 * devices created the same person offline. Head office keeps both and records a duplicate conflict
 * (listed with the other conflicts); this device sets the row aside here instead of failing the whole
 * chunk, and applies it as soon as the key is free (one of the two corrected, or evicted).
 */
const PARKED = 'parked:';

export function readParkedRows(db: GuichetDb): RowItem[] {
  return db.$client
    .prepare<[], { value: string }>(
      `SELECT value FROM sync_state WHERE key >= '${PARKED}' AND key < 'parked;' ORDER BY key`,
    )
    .all()
    .map((row) => JSON.parse(row.value) as RowItem);
}

function createApplier(db: GuichetDb): Applier {
  const client = db.$client;
  const nextRowid: Record<string, number> = {};
  const statements = new Map<string, Statement<unknown[], unknown>>();
  const prepared = (text: string): Statement<unknown[], unknown> => {
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = client.prepare(text)));
    return statement;
  };
  // One upsert text per table: the columns written are always the same for a table.
  const upsertText = new Map<string, string>();
  const upsertOf = (table: string, columns: readonly string[]): Statement<unknown[], unknown> => {
    let text = upsertText.get(table);
    if (text === undefined) {
      const updates = columns.filter((column) => column !== 'id').map((column) => `${column} = excluded.${column}`);
      text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}`;
      upsertText.set(table, text);
    }
    return prepared(text);
  };
  const parked = new Set(
    client
      .prepare<[], { key: string }>(`SELECT key FROM sync_state WHERE key >= '${PARKED}' AND key < 'parked;'`)
      .all()
      .map((row) => row.key),
  );
  const park = (item: RowItem): void => {
    const key = `${PARKED}${item.entity}:${item.id}`;
    prepared(
      'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(key, JSON.stringify(item));
    parked.add(key);
  };
  const unpark = (entity: string, id: string): void => {
    const key = `${PARKED}${entity}:${id}`;
    if (!parked.has(key)) return;
    prepared('DELETE FROM sync_state WHERE key = ?').run(key);
    parked.delete(key);
  };
  /** Whether another local row holds this row's natural key (the local unique index would refuse it). */
  const isKeyTaken = (item: RowItem, table: string, values: Record<string, unknown>): boolean => {
    const field = naturalKeyFieldOf(item.entity);
    const column = field === null ? undefined : syncedTables[item.entity]?.columns.get(field);
    if (column === undefined || values[column] === null || values[column] === undefined) return false;
    return (
      prepared(`SELECT 1 FROM ${table} WHERE ${column} = ? AND id <> ?`).get(values[column], item.id) !== undefined
    );
  };

  // Per table, the plain insert of a row new to this device: its columns and statement, prepared once.
  const inserts = new Map<
    string,
    { columns: [key: string, column: string][]; statement: Statement<unknown[], unknown> }
  >();
  const insertOf = (target: TableInfo) => {
    let insert = inserts.get(target.name);
    if (insert === undefined) {
      const columns = [...target.columns].filter(([key]) => !localOnly.has(key));
      const names = columns.map(([, column]) => column);
      const text = `INSERT INTO ${target.name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ON CONFLICT(id) DO NOTHING`;
      inserts.set(target.name, (insert = { columns, statement: client.prepare(text) }));
    }
    return insert;
  };
  /**
   * Most of a first sync: a row this device does not have yet, of a table without search tokens or a
   * natural key, with no local change waiting. Inserted without reading first; false when the row is
   * already here (the full path then merges it). Same values as the full path gives a new row.
   */
  const insertIfNew = (target: TableInfo, item: RowItem): boolean => {
    const { columns, statement } = insertOf(target);
    const values: (string | number | null)[] = new Array<string | number | null>(columns.length);
    let createdAt = -1;
    let updatedAt = -1;
    for (let index = 0; index < columns.length; index++) {
      const [key, column] = columns[index] as [string, string];
      if (column === 'id') values[index] = item.id;
      else if (column === 'row_version') values[index] = item.rowVersion;
      else {
        values[index] = toColumnValue(item.data[key]);
        if (column === 'created_at') createdAt = index;
        else if (column === 'updated_at') updatedAt = index;
      }
    }
    if (createdAt >= 0 && updatedAt >= 0) {
      const created = values[createdAt] ?? values[updatedAt] ?? '';
      values[createdAt] = created;
      values[updatedAt] = values[updatedAt] ?? created;
    }
    if (statement.run(values).changes === 0) return false;
    for (const _field in item.fieldSeqs) {
      prepared(
        'INSERT INTO sync_row_state (entity, entity_id, field_seqs) VALUES (?, ?, ?) ON CONFLICT(entity, entity_id) DO UPDATE SET field_seqs = excluded.field_seqs',
      ).run(item.entity, item.id, JSON.stringify(item.fieldSeqs));
      break;
    }
    return true;
  };

  const applier: Applier = {
    retryParked(pending) {
      if (parked.size === 0) return;
      for (const item of readParkedRows(db)) applier.row(item, pending.get(`${item.entity}:${item.id}`) ?? new Set());
    },
    row(item, pending) {
      const target = syncedTables[item.entity];
      if (!target) return; // An entity this client does not know yet: fetched again after its update (see cursor).
      // Head office sends an advisor's password hash with the advisor: sign-in works offline on a freshly enrolled device.
      if (item.entity === 'advisor') saveAdvisorCredentials(prepared, item.id, item.data['credentials']);
      if (
        pending.size === 0 &&
        target.search === undefined &&
        naturalKeyFieldOf(item.entity) === null &&
        insertIfNew(target, item)
      )
        return;
      const existing = prepared(`SELECT * FROM ${target.name} WHERE id = ?`).get(item.id) as
        Record<string, unknown> | undefined;
      const values: Record<string, unknown> = {};
      for (const [key, column] of target.columns) {
        if (localOnly.has(key)) continue;
        const isKept = existing !== undefined && (pending.has(key) || !(key in item.data));
        values[column] = isKept ? existing[column] : toColumnValue(item.data[key]);
      }
      values['id'] = item.id;
      values['row_version'] = Math.max(item.rowVersion, Number(existing?.['row_version'] ?? 0));
      values['created_at'] ??= existing?.['created_at'] ?? values['updated_at'] ?? '';
      values['updated_at'] ??= values['created_at'];
      if (isKeyTaken(item, target.name, values)) {
        park(item);
        return;
      }
      unpark(item.entity, item.id);
      if (target.search) {
        const isPerson = target.search === 'person_search';
        const names = isPerson
          ? [String(values['last_name'] ?? ''), String(values['first_name'] ?? '')]
          : [String(values['name'] ?? '')];
        const table = isPerson ? 'persons' : 'companies';
        nextRowid[table] ??= nextSearchRowid(client, table);
        const rowid = (existing?.['search_rowid'] as number | undefined) ?? (nextRowid[table] as number);
        if (existing === undefined) nextRowid[table] = rowid + 1;
        const keys = searchKeysFor(...names);
        Object.assign(values, { search_key: keys.searchKey, compact_key: keys.compactKey, search_rowid: rowid });
        if (values['deleted_at'] === null)
          writeSearchTokens(
            client,
            target.search,
            rowid,
            searchTokens(names[0] as string, ...names.slice(1)),
            existing === undefined,
          );
        else removeSearchTokens(client, target.search, rowid);
      }
      const columns = Object.keys(values);
      upsertOf(target.name, columns).run(...columns.map((column) => values[column]));
      // A row new to this device has no row state yet; one head office wrote itself has no field versions either.
      if (existing === undefined && pending.size === 0) {
        let isEmpty = true;
        for (const _field in item.fieldSeqs) {
          isEmpty = false;
          break;
        }
        if (isEmpty) return;
      }
      const previousSeqs =
        existing === undefined
          ? undefined
          : (
              prepared('SELECT field_seqs FROM sync_row_state WHERE entity = ? AND entity_id = ?').get(
                item.entity,
                item.id,
              ) as { field_seqs: string } | undefined
            )?.field_seqs;
      const kept = previousSeqs ? (JSON.parse(previousSeqs) as Record<string, number>) : {};
      const fieldSeqs = { ...item.fieldSeqs };
      // A field with a pending local change keeps the base its author saw, so that change is still judged against it.
      for (const field of pending)
        if (field in kept) fieldSeqs[field] = kept[field] as number;
        else delete fieldSeqs[field];
      prepared(
        'INSERT INTO sync_row_state (entity, entity_id, field_seqs) VALUES (?, ?, ?) ON CONFLICT(entity, entity_id) DO UPDATE SET field_seqs = excluded.field_seqs',
      ).run(item.entity, item.id, JSON.stringify(fieldSeqs));
    },
    evict(entity, id) {
      const target = syncedTables[entity];
      if (!target) return;
      unpark(entity, id);
      if (target.search) {
        const existing = prepared(`SELECT search_rowid FROM ${target.name} WHERE id = ?`).get(id) as
          { search_rowid: number } | undefined;
        if (existing) removeSearchTokens(client, target.search, existing.search_rowid);
      }
      prepared(`DELETE FROM ${target.name} WHERE id = ?`).run(id);
      prepared('DELETE FROM sync_row_state WHERE entity = ? AND entity_id = ?').run(entity, id);
    },
  };
  return applier;
}

/** Only head office writes these (advisors are reference data); a malformed value is ignored, the old hash kept. */
function saveAdvisorCredentials(
  prepared: (text: string) => Statement<unknown[], unknown>,
  advisorId: string,
  value: unknown,
): void {
  if (typeof value !== 'object' || value === null) return;
  const { passwordHash, salt, params, updatedAt } = value as Record<string, unknown>;
  if (typeof passwordHash !== 'string' || typeof salt !== 'string' || typeof params !== 'string') return;
  prepared(
    `INSERT INTO advisor_credentials (advisor_id, password_hash, salt, params, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (advisor_id) DO UPDATE SET password_hash = excluded.password_hash, salt = excluded.salt, params = excluded.params, updated_at = excluded.updated_at`,
  ).run(advisorId, passwordHash, salt, params, typeof updatedAt === 'string' ? updatedAt : new Date(0).toISOString());
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
  const applier = createApplier(db);
  const none = new Set<string>();
  db.$client.pragma('foreign_keys = OFF');
  try {
    db.transaction((tx) => {
      for (const item of items) {
        if (item.kind === 'row') applier.row(item, pending.get(`${item.entity}:${item.id}`) ?? none);
        else if (item.kind === 'evict') applier.evict(item.entity, item.id);
        else saveConflict(db, item.conflict, item.seq);
      }
      applier.retryParked(pending);
      writeSyncValue(tx, cursorKey, cursor);
    });
  } finally {
    db.$client.pragma('foreign_keys = ON');
  }
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
  createApplier(db).row(
    { kind: 'row', seq: 0, entity, id, rowVersion: Number(existing['row_version']), data, fieldSeqs },
    new Set(Object.keys(data).filter((key) => key !== field)),
  );
}
