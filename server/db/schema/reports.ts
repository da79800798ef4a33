import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Narrow projections of sync_rows that the head-office reports read, kept up to date in the same
 * transaction as every write to sync_rows by the `report_project` trigger (migration
 * 0009_report_projections): a report reads typed columns through indexes instead of parsing the
 * JSON of every synced row. Dates stay ISO text (they compare in order); nothing personal beyond
 * what the statistics cut by (sex, birth date, language, postal code).
 */
export const reportAffiliations = pgTable(
  'report_affiliations',
  {
    id: text('id').primaryKey(),
    branchId: text('branch_id'),
    ownerId: text('owner_id').notNull(),
    ownerKind: text('owner_kind', { enum: ['person', 'company'] }).notNull(),
    category: text('category').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    sex: text('sex'),
    birthDate: text('birth_date'),
    language: text('language'),
    postalCode: text('postal_code'),
    country: text('country'),
  },
  (table) => [
    index('report_affiliations_owner').on(table.ownerId),
    index('report_affiliations_start').on(table.startDate),
    index('report_affiliations_end')
      .on(table.endDate)
      .where(sql`${table.endDate} IS NOT NULL`),
  ],
);

/**
 * One line per contribution with what was paid on it and the recovery step it is at: the debts and
 * the collection figures without summing payments per request.
 */
export const reportContributions = pgTable(
  'report_contributions',
  {
    id: text('id').primaryKey(),
    branchId: text('branch_id'),
    ownerId: text('owner_id').notNull(),
    year: integer('year').notNull(),
    quarter: integer('quarter'),
    kind: text('kind').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    feeCents: bigint('fee_cents', { mode: 'number' }).notNull(),
    dueDate: text('due_date').notNull(),
    status: text('status').notNull(),
    paidCents: bigint('paid_cents', { mode: 'number' }).notNull(),
    recoveryStep: text('recovery_step', { enum: ['amicable', 'payment-plan', 'judicial'] }).notNull(),
  },
  (table) => [
    index('report_contributions_owner').on(table.ownerId),
    index('report_contributions_quarter').on(table.year, table.quarter),
    // The debts report reads only the contributions still owed, which are few beside all of them.
    index('report_contributions_open_debt')
      .on(table.dueDate)
      .where(sql`${table.status} = 'open' AND ${table.paidCents} < ${table.amountCents} + ${table.feeCents}`),
  ],
);
