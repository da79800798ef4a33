import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { FieldMeta } from '../../../shared/sync/merge';

/**
 * A jsonb column holding any JSON value, a bare string included. drizzle's own `jsonb` parses again
 * what the driver already parsed, so the string "90020312345" (a NISS) came back as a number and lost
 * its leading zeros; this one takes the driver's value as it is.
 */
const jsonValue = customType<{ data: unknown; driverData: unknown }>({
  dataType: () => 'jsonb',
  toDriver: (value) => JSON.stringify(value ?? null),
  fromDriver: (value) => value,
});

/**
 * One global sequence orders every server-side change. Writers take a transaction-level advisory
 * lock before drawing from it, so sequence order is commit order and a pull cursor never skips a
 * change that commits late (the classic gap of sequence-based change feeds).
 */
export const syncSeq = pgSequence('sync_seq', { startWith: 1 });

/** The authoritative state of every synced row, with per-field merge metadata. */
export const syncRows = pgTable(
  'sync_rows',
  {
    entity: text('entity').notNull(),
    id: text('id').notNull(),
    rootId: text('root_id'),
    branchId: text('branch_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    fieldMeta: jsonb('field_meta').$type<Record<string, FieldMeta>>().notNull(),
    rowVersion: integer('row_version').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    /** `entity:value` of a key unique across the fund (a person's NISS…): finds a duplicate created on two devices. */
    naturalKey: text('natural_key'),
  },
  (table) => [
    primaryKey({ columns: [table.entity, table.id] }),
    index('sync_rows_natural_key').on(table.naturalKey),
    index('sync_rows_branch_seq').on(table.branchId, table.seq),
    index('sync_rows_root').on(table.rootId),
    // The report projections read one kind of row of a case file (its address, its plans).
    index('sync_rows_root_entity').on(table.rootId, table.entity),
    index('sync_rows_seq').on(table.seq),
    // A statement import finds the debts its structured communications name, and what was paid on them.
    index('sync_rows_contribution_reference')
      .on(sql`(${table.data}->>'structuredCommunication')`)
      .where(sql`${table.entity} = 'contribution'`),
    index('sync_rows_payment_contribution')
      .on(sql`(${table.data}->>'contributionId')`)
      .where(sql`${table.entity} = 'payment'`),
    // The head-office reports read the rows of a period by their date (server/reports).
    index('sync_rows_request_filed')
      .on(sql`(${table.data}->>'filedOn')`)
      .where(sql`${table.entity} = 'request'`),
    index('sync_rows_judicial_handed_over')
      .on(sql`(${table.data}->>'handedOverOn')`)
      .where(sql`${table.entity} = 'judicialFile'`),
    index('sync_rows_plan_start')
      .on(sql`(${table.data}->>'startDate')`)
      .where(sql`${table.entity} = 'paymentPlan'`),
    index('sync_rows_situation_effective')
      .on(sql`(${table.data}->>'effectiveDate')`)
      .where(sql`${table.entity} = 'situationChange'`),
  ],
);

/**
 * Every mutation received, once: the idempotency key (device + client mutation id) and the audit
 * trail (who, which advisor, what was applied, what conflicted). A re-sent mutation finds its row
 * here and gets the same answer without being applied again.
 */
export const mutations = pgTable(
  'mutations',
  {
    deviceId: text('device_id').notNull(),
    mutationId: text('mutation_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    operation: text('operation').notNull(),
    advisorId: text('advisor_id'),
    hlc: text('hlc').notNull(),
    status: text('status', { enum: ['applied', 'conflict', 'ignored'] }).notNull(),
    appliedFields: jsonb('applied_fields').$type<string[]>().notNull(),
    conflictIds: jsonb('conflict_ids').$type<string[]>().notNull(),
    /**
     * The device's audit line of the change: its changed fields before and after, as the advisor saw
     * them. Kept here for good (this table is append-only), so the device may drop its own copy once
     * acknowledged. Null for a change from a device that does not send it.
     */
    auditBefore: jsonb('audit_before').$type<Record<string, unknown>>(),
    auditAfter: jsonb('audit_after').$type<Record<string, unknown>>(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.deviceId, table.mutationId] }),
    index('mutations_entity').on(table.entity, table.entityId),
  ],
);

/**
 * A concurrent change to a protected field, or a natural key (NISS) created twice: both values kept
 * until an advisor decides.
 */
export const conflicts = pgTable(
  'conflicts',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['field', 'duplicate-key'] })
      .notNull()
      .default('field'),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    rootId: text('root_id'),
    branchId: text('branch_id'),
    field: text('field').notNull(),
    serverValue: jsonValue('server_value'),
    losingValue: jsonValue('losing_value'),
    losingDeviceId: text('losing_device_id').notNull(),
    losingMutationId: text('losing_mutation_id').notNull(),
    losingAdvisorId: text('losing_advisor_id'),
    isOpen: boolean('is_open').notNull(),
    resolvedValue: jsonValue('resolved_value'),
    resolvedBy: text('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolutionMutationId: text('resolution_mutation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
  },
  (table) => [index('conflicts_branch_seq').on(table.branchId, table.seq), index('conflicts_root').on(table.rootId)],
);

/** A case file leaving a branch or a device: the old holders are told to drop it. */
export const evictions = pgTable(
  'evictions',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    branchId: text('branch_id'),
    deviceId: text('device_id'),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** The case file the row belongs to: a device that has it assigned keeps it when it leaves its branch (null before 0002). */
    rootId: text('root_id'),
  },
  (table) => [index('evictions_branch_seq').on(table.branchId, table.seq)],
);
