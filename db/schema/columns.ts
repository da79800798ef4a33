/**
 * Columns every synced table carries, so that any row can travel to head office and back:
 * a UUIDv7 key (sortable by creation, unique across devices), timestamps, a row version that
 * increases on every write, and a tombstone instead of a physical delete.
 */
import { integer, text } from 'drizzle-orm/sqlite-core';

export function syncColumns() {
  return {
    id: text('id').primaryKey(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    rowVersion: integer('row_version').notNull().default(1),
    deletedAt: text('deleted_at'),
  };
}
