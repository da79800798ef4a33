import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';
import { branches } from './branches';
import { advisorRoles } from '../../shared/contract/channels/session';

/** A member of staff who signs changes. Credentials are kept apart (advisor_credentials). */
export const advisors = sqliteTable(
  'advisors',
  {
    ...syncColumns(),
    branchId: text('branch_id')
      .notNull()
      .references(() => branches.id),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: advisorRoles }).notNull(),
  },
  (table) => [uniqueIndex('advisors_username_unique').on(table.username)],
);
