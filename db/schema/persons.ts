import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';
import { branches } from './branches';
import { languages } from '../../shared/contract/schemas';

/**
 * A natural person known to the fund (affiliate, helping spouse, company director).
 * `search_key`, `compact_key` and `search_rowid` are local search aids computed by the repository;
 * they never travel over sync.
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
    searchRowid: integer('search_rowid').notNull(),
  },
  (table) => [
    uniqueIndex('persons_niss_unique').on(table.niss),
    uniqueIndex('persons_search_rowid_unique').on(table.searchRowid),
    // Word search turns up to a few hundred FTS hits into keys to filter and sort: read from this
    // index alone, each costs no visit to the row (db/repositories/case-file-search.ts names it).
    index('persons_search_rowid_keys').on(table.searchRowid, table.searchKey, table.id, table.deletedAt),
    index('persons_search_key').on(table.searchKey),
    index('persons_compact_key').on(table.compactKey),
    index('persons_branch').on(table.branchId),
  ],
);
