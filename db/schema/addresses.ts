import { index, sqliteTable, text, check } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { syncColumns } from './columns';
import { persons } from './persons';
import { companies } from './companies';

/** A postal address of a person or a company, valid from a date (the newest one is current). */
export const addresses = sqliteTable(
  'addresses',
  {
    ...syncColumns(),
    personId: text('person_id').references(() => persons.id),
    companyId: text('company_id').references(() => companies.id),
    street: text('street').notNull(),
    houseNumber: text('house_number').notNull(),
    box: text('box'),
    postalCode: text('postal_code').notNull(),
    municipality: text('municipality').notNull(),
    country: text('country').notNull(),
    validFrom: text('valid_from').notNull(),
  },
  (table) => [
    // With the date: the current address (the newest) is the first entry read, not a sort per owner.
    index('addresses_person').on(table.personId, table.validFrom),
    index('addresses_company').on(table.companyId, table.validFrom),
    check('addresses_one_owner', sql`(${table.personId} IS NULL) <> (${table.companyId} IS NULL)`),
  ],
);
