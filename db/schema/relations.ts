import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { syncColumns } from './columns';
import { persons } from './persons';
import { companies } from './companies';
import { affiliations } from './affiliations';

/**
 * A person's mandate in a company (director, manager, partner). `is_jointly_liable`: the director
 * answers for the company's contributions (AR 38 art. 15 §1 al. 3), shown on both case files.
 */
export const mandates = sqliteTable(
  'mandates',
  {
    ...syncColumns(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id),
    role: text('role', { enum: ['director', 'manager', 'partner'] }).notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    isJointlyLiable: integer('is_jointly_liable', { mode: 'boolean' }).notNull(),
  },
  (table) => [index('mandates_person').on(table.personId), index('mandates_company').on(table.companyId)],
);

/** A helping spouse (conjoint aidant, AR 38 art. 7bis) and the self-employed person they assist. */
export const spouseLinks = sqliteTable(
  'spouse_links',
  {
    ...syncColumns(),
    helperPersonId: text('helper_person_id')
      .notNull()
      .references(() => persons.id),
    assistedPersonId: text('assisted_person_id')
      .notNull()
      .references(() => persons.id),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
  },
  (table) => [
    index('spouse_links_helper').on(table.helperPersonId),
    index('spouse_links_assisted').on(table.assistedPersonId),
    check('spouse_links_two_people', sql`${table.helperPersonId} <> ${table.assistedPersonId}`),
  ],
);

/**
 * The category history of an affiliation: a person moves from complementary to main activity, a
 * student turns 26… The affiliation row keeps the current category; these periods keep the past.
 */
export const affiliationPeriods = sqliteTable(
  'affiliation_periods',
  {
    ...syncColumns(),
    affiliationId: text('affiliation_id')
      .notNull()
      .references(() => affiliations.id),
    category: text('category').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    isPrimoStarter: integer('is_primo_starter', { mode: 'boolean' }).notNull(),
    reason: text('reason').notNull(),
  },
  (table) => [index('affiliation_periods_affiliation').on(table.affiliationId, table.validFrom)],
);
