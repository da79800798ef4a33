/**
 * Writes the rows a pull brings into the local tables, without queuing them again (they come from
 * head office). A row new to this device is inserted straight away; one already here is merged field
 * by field, keeping the fields with a local change not yet acknowledged. Pulled persons and companies
 * get their local search keys and FTS tokens, exactly as local writes do.
 */
import type { Statement } from 'better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { PullItem } from '../../shared/contract/sync-protocol';
import { naturalKeyFieldOf } from '../../shared/sync/policy';
import type { GuichetDb } from '../connection';
import {
  localSearchColumns,
  nextSearchRowid,
  personSearchKeys,
  removeSearchTokens,
  searchKeysFor,
  searchTokens,
  writeSearchTokens,
} from './search-index';
import { cachedStatement } from './statement-cache';

export type TableInfo = {
  name: string;
  table: SQLiteTable;
  columns: Map<string, string>;
  search?: 'person_search' | 'company_search';
};
export type RowItem = Extract<PullItem, { kind: 'row' }>;
export type Applier = {
  row(item: RowItem, pending: ReadonlySet<string>): void;
  evict(entity: string, id: string): void;
  retryParked(pending: Map<string, Set<string>>): void;
};

type Sqlite = GuichetDb['$client'];
type Values = Record<string, unknown>;
type PlainInsert = { columns: [key: string, column: string][]; statement: Statement<unknown[], unknown> };
type ApplierState = {
  db: GuichetDb;
  client: Sqlite;
  tables: Record<string, TableInfo>;
  /** The next FTS rowid per table, read once per chunk. */
  nextRowid: Record<string, number>;
  parked: Set<string>;
  /** One upsert text per table: the columns written are always the same for a table. */
  upsertText: Map<string, string>;
  /** Per table, the plain insert of a row new to this device: its columns and statement, prepared once. */
  inserts: Map<string, PlainInsert>;
};

const prepared = (state: ApplierState, text: string): Statement<unknown[], unknown> =>
  cachedStatement<unknown[], unknown>(state.client, text);

function toColumnValue(value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return JSON.stringify(value);
}

const hasAnyKey = (record: Record<string, unknown>): boolean => {
  for (const _key in record) return true;
  return false;
};

/**
 * A pulled row whose natural key (NISS, enterprise number) another local row already holds: two
 * devices created the same person offline. Head office keeps both and records a duplicate conflict
 * (listed with the other conflicts); this device sets the row aside here instead of failing the whole
 * chunk, and applies it as soon as the key is free (one of the two corrected, or evicted).
 */
const PARKED = 'parked:';
const PARKED_RANGE = `key >= '${PARKED}' AND key < 'parked;'`;

export function readParkedRows(db: GuichetDb): RowItem[] {
  return db.$client
    .prepare<[], { value: string }>(`SELECT value FROM sync_state WHERE ${PARKED_RANGE} ORDER BY key`)
    .all()
    .map((row) => JSON.parse(row.value) as RowItem);
}

function park(state: ApplierState, item: RowItem): void {
  const key = `${PARKED}${item.entity}:${item.id}`;
  prepared(
    state,
    'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(item));
  state.parked.add(key);
}

function unpark(state: ApplierState, entity: string, id: string): void {
  const key = `${PARKED}${entity}:${id}`;
  if (!state.parked.has(key)) return;
  prepared(state, 'DELETE FROM sync_state WHERE key = ?').run(key);
  state.parked.delete(key);
}

/** Whether another local row holds this row's natural key (the local unique index would refuse it). */
function isKeyTaken(state: ApplierState, item: RowItem, target: TableInfo, values: Values): boolean {
  const field = naturalKeyFieldOf(item.entity);
  const column = field === null ? undefined : target.columns.get(field);
  if (column === undefined || values[column] === null || values[column] === undefined) return false;
  const other = prepared(state, `SELECT 1 FROM ${target.name} WHERE ${column} = ? AND id <> ?`);
  return other.get(values[column], item.id) !== undefined;
}

function plainInsertOf(state: ApplierState, target: TableInfo): PlainInsert {
  let insert = state.inserts.get(target.name);
  if (insert === undefined) {
    const columns = [...target.columns].filter(([key]) => !localSearchColumns.has(key));
    const names = columns.map(([, column]) => column);
    const text = `INSERT INTO ${target.name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ON CONFLICT(id) DO NOTHING`;
    state.inserts.set(target.name, (insert = { columns, statement: state.client.prepare(text) }));
  }
  return insert;
}

function upsertOf(state: ApplierState, table: string, columns: readonly string[]): Statement<unknown[], unknown> {
  let text = state.upsertText.get(table);
  if (text === undefined) {
    const updates = columns.filter((column) => column !== 'id').map((column) => `${column} = excluded.${column}`);
    text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}`;
    state.upsertText.set(table, text);
  }
  return prepared(state, text);
}

function writeFieldSeqs(state: ApplierState, item: RowItem, fieldSeqs: Record<string, number>): void {
  prepared(
    state,
    'INSERT INTO sync_row_state (entity, entity_id, field_seqs) VALUES (?, ?, ?) ON CONFLICT(entity, entity_id) DO UPDATE SET field_seqs = excluded.field_seqs',
  ).run(item.entity, item.id, JSON.stringify(fieldSeqs));
}

/** The values of a new row in the plain insert's column order; created_at and updated_at fall back on each other. */
function newRowValues(columns: PlainInsert['columns'], item: RowItem): (string | number | null)[] {
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
  return values;
}

/**
 * Most of a first sync: a row this device does not have yet, of a table without search tokens or a
 * natural key, with no local change waiting. Inserted without reading first; false when the row is
 * already here (the full path then merges it). Same values as the full path gives a new row.
 */
function insertIfNew(state: ApplierState, target: TableInfo, item: RowItem): boolean {
  const { columns, statement } = plainInsertOf(state, target);
  if (statement.run(newRowValues(columns, item)).changes === 0) return false;
  if (hasAnyKey(item.fieldSeqs)) writeFieldSeqs(state, item, item.fieldSeqs);
  return true;
}

/** Head office's values, except the fields with a pending local change and those it did not send. */
function mergedValues(target: TableInfo, item: RowItem, existing: Values | undefined, pending: ReadonlySet<string>) {
  const values: Values = {};
  for (const [key, column] of target.columns) {
    if (localSearchColumns.has(key)) continue;
    const isKept = existing !== undefined && (pending.has(key) || !(key in item.data));
    values[column] = isKept ? existing[column] : toColumnValue(item.data[key]);
  }
  values['id'] = item.id;
  values['row_version'] = Math.max(item.rowVersion, Number(existing?.['row_version'] ?? 0));
  values['created_at'] ??= existing?.['created_at'] ?? values['updated_at'] ?? '';
  values['updated_at'] ??= values['created_at'];
  return values;
}

/** Search keys and FTS tokens of a pulled person or company, as a local write computes them. */
function indexForSearch(
  state: ApplierState,
  search: NonNullable<TableInfo['search']>,
  values: Values,
  existing: Values | undefined,
): void {
  const isPerson = search === 'person_search';
  const names = isPerson
    ? [String(values['last_name'] ?? ''), String(values['first_name'] ?? '')]
    : [String(values['name'] ?? '')];
  const table = isPerson ? 'persons' : 'companies';
  state.nextRowid[table] ??= nextSearchRowid(state.client, table);
  const rowid = (existing?.['search_rowid'] as number | undefined) ?? (state.nextRowid[table] as number);
  if (existing === undefined) state.nextRowid[table] = rowid + 1;
  const keys = isPerson ? personSearchKeys(names[0]!, names[1]!) : searchKeysFor(...names);
  Object.assign(values, { search_key: keys.searchKey, compact_key: keys.compactKey, search_rowid: rowid });
  if ('firstNameKey' in keys) values['first_name_key'] = keys.firstNameKey;
  if (values['deleted_at'] === null)
    writeSearchTokens(
      state.client,
      search,
      rowid,
      searchTokens(names[0] as string, ...names.slice(1)),
      existing === undefined,
    );
  else removeSearchTokens(state.client, search, rowid);
}

/** A field with a pending local change keeps the base its author saw, so that change is still judged against it. */
function mergeFieldSeqs(state: ApplierState, item: RowItem, pending: ReadonlySet<string>, isNew: boolean): void {
  const previous = isNew
    ? undefined
    : (
        prepared(state, 'SELECT field_seqs FROM sync_row_state WHERE entity = ? AND entity_id = ?').get(
          item.entity,
          item.id,
        ) as { field_seqs: string } | undefined
      )?.field_seqs;
  const kept = previous ? (JSON.parse(previous) as Record<string, number>) : {};
  const fieldSeqs = { ...item.fieldSeqs };
  for (const field of pending)
    if (field in kept) fieldSeqs[field] = kept[field] as number;
    else delete fieldSeqs[field];
  writeFieldSeqs(state, item, fieldSeqs);
}

function applyRow(state: ApplierState, item: RowItem, pending: ReadonlySet<string>): void {
  const target = state.tables[item.entity];
  if (!target) return; // An entity this client does not know yet: fetched again after its update (see cursor).
  // Head office sends an advisor's password hash with the advisor: sign-in works offline on a freshly enrolled device.
  if (item.entity === 'advisor') saveAdvisorCredentials(state, item.id, item.data['credentials']);
  const isPlainNewRow = pending.size === 0 && target.search === undefined && naturalKeyFieldOf(item.entity) === null;
  if (isPlainNewRow && insertIfNew(state, target, item)) return;
  const existing = prepared(state, `SELECT * FROM ${target.name} WHERE id = ?`).get(item.id) as Values | undefined;
  const values = mergedValues(target, item, existing, pending);
  if (isKeyTaken(state, item, target, values)) {
    park(state, item);
    return;
  }
  unpark(state, item.entity, item.id);
  if (target.search) indexForSearch(state, target.search, values, existing);
  const columns = Object.keys(values);
  upsertOf(state, target.name, columns).run(...columns.map((column) => values[column]));
  // A row new to this device has no row state yet; one head office wrote itself has no field versions either.
  if (existing === undefined && pending.size === 0 && !hasAnyKey(item.fieldSeqs)) return;
  mergeFieldSeqs(state, item, pending, existing === undefined);
}

function evictRow(state: ApplierState, entity: string, id: string): void {
  const target = state.tables[entity];
  if (!target) return;
  unpark(state, entity, id);
  if (target.search) {
    const existing = prepared(state, `SELECT search_rowid FROM ${target.name} WHERE id = ?`).get(id) as
      { search_rowid: number } | undefined;
    if (existing) removeSearchTokens(state.client, target.search, existing.search_rowid);
  }
  prepared(state, `DELETE FROM ${target.name} WHERE id = ?`).run(id);
  prepared(state, 'DELETE FROM sync_row_state WHERE entity = ? AND entity_id = ?').run(entity, id);
}

/** Only head office writes these (advisors are reference data); a malformed value is ignored, the old hash kept. */
function saveAdvisorCredentials(state: ApplierState, advisorId: string, value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const { passwordHash, salt, params, updatedAt } = value as Record<string, unknown>;
  if (typeof passwordHash !== 'string' || typeof salt !== 'string' || typeof params !== 'string') return;
  prepared(
    state,
    `INSERT INTO advisor_credentials (advisor_id, password_hash, salt, params, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (advisor_id) DO UPDATE SET password_hash = excluded.password_hash, salt = excluded.salt, params = excluded.params, updated_at = excluded.updated_at`,
  ).run(advisorId, passwordHash, salt, params, typeof updatedAt === 'string' ? updatedAt : new Date(0).toISOString());
}

/** An applier for one chunk (or one local decision) over the synced tables `tables`. */
export function createApplier(db: GuichetDb, tables: Record<string, TableInfo>): Applier {
  const client = db.$client;
  const parkedKeys = client.prepare<[], { key: string }>(`SELECT key FROM sync_state WHERE ${PARKED_RANGE}`).all();
  const state: ApplierState = {
    db,
    client,
    tables,
    nextRowid: {},
    parked: new Set(parkedKeys.map((row) => row.key)),
    upsertText: new Map(),
    inserts: new Map(),
  };
  const applier: Applier = {
    row: (item, pending) => applyRow(state, item, pending),
    evict: (entity, id) => evictRow(state, entity, id),
    retryParked(pending) {
      if (state.parked.size === 0) return;
      for (const item of readParkedRows(db))
        applyRow(state, item, pending.get(`${item.entity}:${item.id}`) ?? new Set());
    },
  };
  return applier;
}
