import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';
import { affiliations } from './affiliations';
import { oneOwner, ownerColumns } from './owner';

/** Net professional income of a year: an estimate (starter, request) or the figure of the tax administration. */
export const incomeRecords = sqliteTable(
  'income_records',
  {
    ...syncColumns(),
    ...ownerColumns(),
    year: integer('year').notNull(),
    amountCents: integer('amount_cents').notNull(),
    source: text('source', { enum: ['estimate', 'tax-authority'] }).notNull(),
    receivedOn: text('received_on').notNull(),
  },
  (table) => [
    index('income_records_person').on(table.personId, table.year),
    check('income_records_one_owner', oneOwner(table)),
  ],
);

/**
 * A contribution claimed: provisional (per quarter), regularisation (per quarter of the revised
 * year) or the yearly company contribution (quarter null). `amount_cents` is the legal
 * contribution, `fee_cents` the fund's management fees (AR 38 art. 20 §4). `status` is what was
 * decided about it (open, exempted, cancelled); paid / late are read from the payments.
 */
export const contributions = sqliteTable(
  'contributions',
  {
    ...syncColumns(),
    ...ownerColumns(),
    affiliationId: text('affiliation_id').references(() => affiliations.id),
    year: integer('year').notNull(),
    quarter: integer('quarter'),
    kind: text('kind', { enum: ['provisional', 'regularisation', 'company'] }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    feeCents: integer('fee_cents').notNull(),
    dueDate: text('due_date').notNull(),
    status: text('status', { enum: ['open', 'exempted', 'cancelled'] }).notNull(),
    structuredCommunication: text('structured_communication').notNull(),
  },
  (table) => [
    index('contributions_person').on(table.personId, table.dueDate),
    index('contributions_company').on(table.companyId, table.dueDate),
    index('contributions_communication').on(table.structuredCommunication),
    check('contributions_one_owner', oneOwner(table)),
  ],
);

/** A payment received; `contribution_id` is its allocation (from the structured communication), null = credit. */
export const payments = sqliteTable(
  'payments',
  {
    ...syncColumns(),
    ...ownerColumns(),
    date: text('date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    structuredCommunication: text('structured_communication'),
    contributionId: text('contribution_id').references(() => contributions.id),
    paymentPlanId: text('payment_plan_id'),
  },
  (table) => [
    index('payments_person').on(table.personId, table.date),
    index('payments_company').on(table.companyId, table.date),
    check('payments_one_owner', oneOwner(table)),
  ],
);

/** A surcharge posted on a contribution (AR 19/12/1967 art. 44): never on a surcharge. `is_waived`: granted waiver. */
export const surcharges = sqliteTable(
  'surcharges',
  {
    ...syncColumns(),
    ...ownerColumns(),
    contributionId: text('contribution_id')
      .notNull()
      .references(() => contributions.id),
    kind: text('kind', { enum: ['quarterly', 'year-end', 'company-monthly'] }).notNull(),
    date: text('date').notNull(),
    baseCents: integer('base_cents').notNull(),
    ratePpm: integer('rate_ppm').notNull(),
    amountCents: integer('amount_cents').notNull(),
    isWaived: integer('is_waived', { mode: 'boolean' }).notNull(),
  },
  (table) => [
    index('surcharges_person').on(table.personId),
    index('surcharges_company').on(table.companyId),
    index('surcharges_contribution').on(table.contributionId),
    check('surcharges_one_owner', oneOwner(table)),
  ],
);
