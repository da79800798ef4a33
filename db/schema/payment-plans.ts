import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';
import { oneOwner, ownerColumns } from './owner';

/**
 * A payment plan (plan d'apurement) on chosen open debts. Terms are either a number of months or
 * an instalment amount; the schedule is in payment_plan_instalments, every status change in
 * payment_plan_events.
 */
export const paymentPlans = sqliteTable(
  'payment_plans',
  {
    ...syncColumns(),
    ...ownerColumns(),
    status: text('status', { enum: ['draft', 'proposed', 'active', 'completed', 'lapsed', 'cancelled'] }).notNull(),
    contributionIds: text('contribution_ids', { mode: 'json' }).$type<string[]>().notNull(),
    termsKind: text('terms_kind', { enum: ['months', 'instalment'] }).notNull(),
    termsMonths: integer('terms_months'),
    termsInstalmentCents: integer('terms_instalment_cents'),
    advanceCents: integer('advance_cents').notNull(),
    atDate: text('at_date').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    principalCents: integer('principal_cents').notNull(),
    surchargesCents: integer('surcharges_cents').notNull(),
    totalCents: integer('total_cents').notNull(),
    signedOn: text('signed_on'),
    lapsedOn: text('lapsed_on'),
  },
  (table) => [
    index('payment_plans_person').on(table.personId),
    index('payment_plans_company').on(table.companyId),
    check('payment_plans_one_owner', oneOwner(table)),
  ],
);

export const paymentPlanInstalments = sqliteTable(
  'payment_plan_instalments',
  {
    ...syncColumns(),
    planId: text('plan_id')
      .notNull()
      .references(() => paymentPlans.id),
    number: integer('number').notNull(),
    kind: text('kind', { enum: ['advance', 'instalment'] }).notNull(),
    dueDate: text('due_date').notNull(),
    amountCents: integer('amount_cents').notNull(),
    status: text('status', { enum: ['pending', 'paid', 'missed'] }).notNull(),
  },
  (table) => [index('payment_plan_instalments_plan').on(table.planId, table.number)],
);

export const paymentPlanEvents = sqliteTable(
  'payment_plan_events',
  {
    ...syncColumns(),
    planId: text('plan_id')
      .notNull()
      .references(() => paymentPlans.id),
    status: text('status').notNull(),
    reason: text('reason').notNull(),
    advisorId: text('advisor_id'),
  },
  (table) => [index('payment_plan_events_plan').on(table.planId)],
);
