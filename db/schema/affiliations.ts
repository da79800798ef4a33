import { index, sqliteTable, text, check } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { affiliationCategories } from '../../shared/contract/app-contract';
import { syncColumns } from './columns';
import { persons } from './persons';
import { companies } from './companies';
import { branches } from './branches';

/** An affiliation to the fund in one category, from a start date to an optional end date. */
export const affiliations = sqliteTable(
  'affiliations',
  {
    ...syncColumns(),
    personId: text('person_id').references(() => persons.id),
    companyId: text('company_id').references(() => companies.id),
    category: text('category', { enum: affiliationCategories }).notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    branchId: text('branch_id').references(() => branches.id),
  },
  (table) => [
    index('affiliations_person').on(table.personId),
    index('affiliations_company').on(table.companyId),
    check('affiliations_one_owner', sql`(${table.personId} IS NULL) <> (${table.companyId} IS NULL)`),
    check('affiliations_dates', sql`${table.endDate} IS NULL OR ${table.endDate} >= ${table.startDate}`),
  ],
);
