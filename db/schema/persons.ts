import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';
import { branches } from './branches';
import { languages } from '../../shared/contract/schemas';

/**
 * A natural person known to the fund (affiliate, helping spouse, company director).
 * `search_key`, `compact_key`, `first_name_key` and `search_rowid` are local search aids computed by
 * the repository; they never travel over sync.
 */
export const persons = sqliteTable(
  'persons',
  {
    ...syncColumns(),
    niss: text('niss').notNull(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    birthDate: text('birth_date'),
    sex: text('sex', { enum: ['M', 'F'] }),
    language: text('language', { enum: languages }).notNull(),
    email: text('email'),
    phone: text('phone'),
    iban: text('iban'),
    branchId: text('branch_id').references(() => branches.id),
    searchKey: text('search_key').notNull(),
    compactKey: text('compact_key').notNull(),
    // The name as typed first name first ("marie dupont"): a range on it answers what word search
    // would otherwise answer by intersecting two long FTS lists. Filled after the migration that adds it.
    firstNameKey: text('first_name_key').notNull().default(''),
    searchRowid: integer('search_rowid').notNull(),
  },
  (table) => [
    uniqueIndex('persons_niss_unique').on(table.niss),
    uniqueIndex('persons_search_rowid_unique').on(table.searchRowid),
    // Word search turns up to a few hundred FTS hits into keys to filter and sort: read from this
    // index alone, each costs no visit to the row (db/repositories/case-file-search.ts names it).
    index('persons_search_rowid_keys').on(
      table.searchRowid,
      table.searchKey,
      table.id,
      table.deletedAt,
      table.branchId,
    ),
    index('persons_search_key').on(table.searchKey),
    index('persons_compact_key').on(table.compactKey),
    // A profile holding every branch searches within the advisor's: one range per branch, no
    // namesakes of other branches read and dropped. Also the index for "the persons of a branch".
    index('persons_branch_search_key').on(table.branchId, table.searchKey),
    index('persons_branch_compact_key').on(table.branchId, table.compactKey),
    index('persons_branch_niss').on(table.branchId, table.niss),
    index('persons_first_name_key').on(table.firstNameKey),
    index('persons_branch_first_name_key').on(table.branchId, table.firstNameKey),
  ],
);
