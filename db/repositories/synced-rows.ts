/**
 * The one way rows of synced tables are written: insert, update and tombstone, each bumping the row
 * version and appending its change record in the same transaction. Repositories build on these.
 */
import { eq, getTableColumns, getTableName, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { v7 as uuidv7 } from 'uuid';
import { GuichetError } from '../../shared/contract/errors';
import type { GuichetDb } from '../connection';
import { appendAudit } from './audit-repo';
import type { ChangeRecorder } from './change-recorder';
import { localSearchColumns } from './search-index';
import { cachedStatement } from './statement-cache';

export type SyncedTable = SQLiteTable & {
  id: SQLiteColumn;
  rowVersion: SQLiteColumn;
  deletedAt: SQLiteColumn;
};

/**
 * Random bytes for the UUIDv7 keys, drawn from the system generator in blocks: one
 * getRandomValues call per 256 keys instead of one per key (measured: a quarter of the seed's time).
 */
const randomPool = new Uint8Array(16 * 256);
let randomOffset = randomPool.length;

function newId(): string {
  if (randomOffset === randomPool.length) {
    crypto.getRandomValues(randomPool);
    randomOffset = 0;
  }
  const random = randomPool.subarray(randomOffset, randomOffset + 16);
  randomOffset += 16;
  return uuidv7({ random });
}

type SyncColumnsRow = {
  id: string;
  createdAt: string;
  updatedAt: string;
  rowVersion: number;
  deletedAt: string | null;
};
type Row<T extends SyncedTable> = InferSelectModel<T> & SyncColumnsRow;

function syncPayload(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !localSearchColumns.has(key)));
}

export type Tx = Parameters<Parameters<GuichetDb['transaction']>[0]>[0] | GuichetDb;

export function insertSyncedRow<T extends SyncedTable>(
  tx: Tx,
  recorder: ChangeRecorder,
  table: T,
  entity: string,
  values: Omit<Row<T>, keyof SyncColumnsRow> & { id?: string },
): Row<T> {
  const now = recorder.timestamp();
  const row = {
    ...values,
    id: values.id ?? newId(),
    createdAt: now,
    updatedAt: now,
    rowVersion: 1,
    deletedAt: null,
  } as Row<T>;
  insertStatement(recorder, table).run(driverValues(table, row));
  const changedFields = Object.keys(values).filter((key) => key !== 'id' && !localSearchColumns.has(key));
  const payload = syncPayload(row);
  const mutationId = recorder.record({
    entity,
    entityId: row.id,
    operation: 'insert',
    rowVersion: 1,
    changedFields,
    payload,
  });
  appendAudit(recorder, {
    entity,
    entityId: row.id,
    operation: 'insert',
    fields: changedFields,
    before: null,
    after: payload,
    mutationId,
  });
  return row;
}

/**
 * The bound parameters of the raw insert: each value through its column's own mapping (JSON text,
 * booleans as 0/1), as drizzle would do; plain text and integer columns pass as they are.
 */
const mappedColumns = new WeakMap<SyncedTable, [string, SQLiteColumn][]>();

function driverValues(table: SyncedTable, row: Record<string, unknown>): Record<string, unknown> {
  let columns = mappedColumns.get(table);
  if (columns === undefined) {
    columns = Object.entries(getTableColumns(table)).filter(
      ([, column]) => column.dataType === 'json' || column.dataType === 'boolean',
    );
    mappedColumns.set(table, columns);
  }
  if (columns.length === 0) return row;
  const values = { ...row };
  for (const [key, column] of columns) {
    const value = values[key];
    values[key] = value === null || value === undefined ? null : column.mapToDriverValue(value);
  }
  return values;
}

/** `INSERT INTO t (columns) VALUES (@key, …)`, built from the drizzle schema once per table. */
const insertSql = new WeakMap<SyncedTable, string>();

function insertStatement(recorder: ChangeRecorder, table: SyncedTable) {
  let sqlText = insertSql.get(table);
  if (sqlText === undefined) {
    const columns = Object.entries(getTableColumns(table));
    sqlText = `INSERT INTO "${getTableName(table)}" (${columns.map(([, column]) => `"${column.name}"`).join(', ')}) VALUES (${columns.map(([key]) => `@${key}`).join(', ')})`;
    insertSql.set(table, sqlText);
  }
  return cachedStatement(recorder.sqlite, sqlText);
}

export function getSyncedRow<T extends SyncedTable>(tx: Tx, table: T, id: string): Row<T> | undefined {
  return tx
    .select()
    .from(table as SQLiteTable)
    .where(eq(table.id, id))
    .get() as Row<T> | undefined;
}

/**
 * Updates the given fields. `expectedRowVersion`, when given, refuses to overwrite a row that
 * someone else changed since it was read (optimistic concurrency).
 */
export function updateSyncedRow<T extends SyncedTable>(
  tx: Tx,
  recorder: ChangeRecorder,
  table: T,
  entity: string,
  id: string,
  patch: Partial<Omit<Row<T>, keyof SyncColumnsRow>>,
  expectedRowVersion?: number,
): Row<T> {
  const before = getSyncedRow(tx, table, id);
  if (!before || before.deletedAt !== null) throw new GuichetError('not-found', 'errors.notFound', { entity });
  if (expectedRowVersion !== undefined && before.rowVersion !== expectedRowVersion) {
    throw new GuichetError('conflict', 'errors.staleVersion', { entity, rowVersion: before.rowVersion });
  }
  const changedFields = Object.keys(patch).filter(
    (key) => (patch as Record<string, unknown>)[key] !== (before as Record<string, unknown>)[key],
  );
  if (changedFields.length === 0) return before;
  const after = { ...before, ...patch, updatedAt: recorder.timestamp(), rowVersion: before.rowVersion + 1 } as Row<T>;
  tx.update(table)
    .set({ ...patch, updatedAt: after.updatedAt, rowVersion: after.rowVersion } as never)
    .where(eq(table.id, id))
    .run();
  const syncedFields = changedFields.filter((key) => !localSearchColumns.has(key));
  const payload = syncPayload(after);
  const mutationId = recorder.record({
    entity,
    entityId: id,
    operation: 'update',
    rowVersion: after.rowVersion,
    changedFields: syncedFields,
    payload,
  });
  appendAudit(recorder, {
    entity,
    entityId: id,
    operation: 'update',
    fields: syncedFields,
    before: pick(syncPayload(before), syncedFields),
    after: pick(payload, syncedFields),
    mutationId,
  });
  return after;
}

/** Marks the row deleted. The row stays, so the deletion can sync and be audited. */
export function tombstoneSyncedRow<T extends SyncedTable>(
  tx: Tx,
  recorder: ChangeRecorder,
  table: T,
  entity: string,
  id: string,
): void {
  const before = getSyncedRow(tx, table, id);
  if (!before || before.deletedAt !== null) throw new GuichetError('not-found', 'errors.notFound', { entity });
  const now = recorder.timestamp();
  const rowVersion = before.rowVersion + 1;
  tx.update(table)
    .set({ deletedAt: now, updatedAt: now, rowVersion } as never)
    .where(eq(table.id, id))
    .run();
  const mutationId = recorder.record({
    entity,
    entityId: id,
    operation: 'delete',
    rowVersion,
    changedFields: ['deletedAt'],
    payload: { id, deletedAt: now },
  });
  appendAudit(recorder, {
    entity,
    entityId: id,
    operation: 'delete',
    fields: ['deletedAt'],
    before: syncPayload(before),
    after: { deletedAt: now },
    mutationId,
  });
}

/** The audit keeps, for an update, only the fields that changed: before and after side by side. */
function pick(row: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, row[field] ?? null]));
}
