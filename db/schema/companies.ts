import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';
import { branches } from './branches';
import { languages } from '../../shared/contract/schemas';

export const balanceSheetClasses = ['small', 'large'] as const;

/** A company (société) liable for the annual company contribution. */
export const companies = sqliteTable(
  'companies',
  {
    ...syncColumns(),
    enterpriseNumber: text('enterprise_number').notNull(),
    name: text('name').notNull(),
    legalForm: text('legal_form').notNull(),
    balanceSheetClass: text('balance_sheet_class', { enum: balanceSheetClasses }).notNull(),
    language: text('language', { enum: languages }).notNull(),
    branchId: text('branch_id').references(() => branches.id),
    searchKey: text('search_key').notNull(),
    compactKey: text('compact_key').notNull(),
    searchRowid: integer('search_rowid').notNull(),
  },
  (table) => [
    uniqueIndex('companies_enterprise_number_unique').on(table.enterpriseNumber),
    uniqueIndex('companies_search_rowid_unique').on(table.searchRowid),
    index('companies_search_key').on(table.searchKey),
    index('companies_compact_key').on(table.compactKey),
    // Search within one branch of a profile holding every branch (see persons).
    index('companies_branch_search_key').on(table.branchId, table.searchKey),
    index('companies_branch_enterprise_number').on(table.branchId, table.enterpriseNumber),
  ],
);
