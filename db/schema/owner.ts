/**
 * A case-file row belongs to a person or to a company, never both: the owner columns and their
 * check, shared by every case-file table that hangs from a case file.
 */
import { sql, type SQL } from 'drizzle-orm';
import { text, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';
import { persons } from './persons';

export function ownerColumns() {
  return {
    personId: text('person_id').references(() => persons.id),
    companyId: text('company_id').references(() => companies.id),
  };
}

export function oneOwner(table: { personId: SQLiteColumn; companyId: SQLiteColumn }): SQL {
  return sql`(${table.personId} IS NULL) <> (${table.companyId} IS NULL)`;
}
