import { integer, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';

/**
 * Every local write appends one change record here, in the same transaction as the write, so a
 * change can never be made without being queued for head office (sync consumes this table).
 * `mutation_id` (device id + local sequence) makes a re-sent change a no-op on the server.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    mutationId: text('mutation_id').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    operation: text('operation', { enum: ['insert', 'update', 'delete'] }).notNull(),
    rowVersion: integer('row_version').notNull(),
    changedFields: text('changed_fields', { mode: 'json' }).$type<string[]>().notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    hlc: text('hlc').notNull(),
    advisorId: text('advisor_id'),
    createdAt: text('created_at').notNull(),
    pushedAt: text('pushed_at'),
  },
  (table) => [
    uniqueIndex('outbox_mutation_unique').on(table.mutationId),
    index('outbox_pending').on(table.pushedAt, table.seq),
  ],
);
