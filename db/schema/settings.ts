import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Settings of this device and profile (language, device id, clock state). Never synced. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});
