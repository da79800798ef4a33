import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Who changed what, when: one row per synced write, appended by db/repositories/synced-rows.ts in
 * the same transaction as the write and its outbox record. Append-only and local: head office gets
 * the same facts from the outbox (advisor, changed fields, full row); "before" is kept here.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    at: text('at').notNull(),
    advisorId: text('advisor_id'),
    deviceId: text('device_id').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    operation: text('operation', { enum: ['insert', 'update', 'delete'] }).notNull(),
    fields: text('fields', { mode: 'json' }).$type<string[]>().notNull(),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown>>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown>>(),
    mutationId: text('mutation_id').notNull(),
  },
  (table) => [
    index('audit_log_entity').on(table.entityId, table.at),
    index('audit_log_advisor').on(table.advisorId, table.at),
  ],
);

/**
 * An advisor's local sign-in secret: an scrypt hash (node:crypto) with its salt and cost, so that
 * sign-in works offline. Kept apart from `advisors` so it never travels in an outbox payload or an
 * audit row.
 */
export const advisorCredentials = sqliteTable('advisor_credentials', {
  advisorId: text('advisor_id').primaryKey(),
  passwordHash: text('password_hash').notNull(),
  salt: text('salt').notNull(),
  params: text('params').notNull(),
  updatedAt: text('updated_at').notNull(),
});
