import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';

/** A regional office (bureau régional / kantoor) of the fund. */
export const branches = sqliteTable(
  'branches',
  {
    ...syncColumns(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    postalCode: text('postal_code').notNull(),
    municipality: text('municipality').notNull(),
  },
  (table) => [uniqueIndex('branches_code_unique').on(table.code)],
);
