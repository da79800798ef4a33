import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Sync bookkeeping of this device (cursor, credentials reference, last contact). Never synced itself. */
export const syncState = sqliteTable('sync_state', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});

/**
 * Per synced row, the server sequence of each field's value as last applied from head office. A
 * trigger copies it next to every new outbox record (`sync_outbox_base`), so a change carries what its
 * author had seen when writing it — the server tells a causally later change from a concurrent one.
 */
export const syncRowState = sqliteTable(
  'sync_row_state',
  {
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    fieldSeqs: text('field_seqs', { mode: 'json' }).$type<Record<string, number>>().notNull(),
  },
  (table) => [primaryKey({ columns: [table.entity, table.entityId] })],
);

/** Filled by trigger `outbox_capture_base`, in the transaction of the write itself. */
export const syncOutboxBase = sqliteTable('sync_outbox_base', {
  outboxSeq: integer('outbox_seq').primaryKey(),
  base: text('base', { mode: 'json' }).$type<Record<string, number>>().notNull(),
});

/** Outbox records head office refused for good (out of this device's scope): kept, visible, not retried. */
export const syncRejections = sqliteTable('sync_rejections', {
  outboxSeq: integer('outbox_seq').primaryKey(),
  mutationId: text('mutation_id').notNull(),
  code: text('code').notNull(),
  rejectedAt: text('rejected_at').notNull(),
});

/** Conflicts on protected fields, as head office recorded them: both values, until an advisor decides. */
export const syncConflicts = sqliteTable('sync_conflicts', {
  id: text('id').primaryKey(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  field: text('field').notNull(),
  /** `field`: two values of a protected field; `duplicate-key`: the row's NISS or enterprise number is another row's too (server_value names it). */
  kind: text('kind', { enum: ['field', 'duplicate-key'] })
    .notNull()
    .default('field'),
  serverValue: text('server_value', { mode: 'json' }),
  losingValue: text('losing_value', { mode: 'json' }),
  losingMutationId: text('losing_mutation_id').notNull(),
  losingAdvisorId: text('losing_advisor_id'),
  status: text('status', { enum: ['open', 'resolving', 'resolved'] }).notNull(),
  resolvedValue: text('resolved_value', { mode: 'json' }),
  resolvedBy: text('resolved_by'),
  resolvedAt: text('resolved_at'),
  createdAt: text('created_at').notNull(),
  seq: integer('seq').notNull(),
});

/** One sync round, written when it starts and when it ends: the history on the sync page (the last 500 are kept). */
export const syncRounds = sqliteTable('sync_rounds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at'),
  trigger: text('trigger', { enum: ['interval', 'reconnect', 'manual', 'start'] }).notNull(),
  outcome: text('outcome', { enum: ['running', 'ok', 'failed'] }).notNull(),
  pushed: integer('pushed').notNull().default(0),
  pulled: integer('pulled').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  conflicts: integer('conflicts').notNull().default(0),
  errorKey: text('error_key'),
  /**
   * Successful rounds that moved nothing are folded into one line: how many there were, from
   * `started_at` (the first) to `finished_at` (the last). 1 for every other round.
   */
  quietRounds: integer('quiet_rounds').notNull().default(1),
});
