import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Who read which case file, from every device: what head office answers when asked "who looked at
 * this person's file". Entries arrive from the devices' own access logs; `device_id` is the device
 * the credentials named, never a field of the entry. Append-only: triggers refuse UPDATE and DELETE.
 * Never pulled back to a device.
 */
export const accessLog = pgTable(
  'access_log',
  {
    id: text('id').primaryKey(),
    deviceId: text('device_id').notNull(),
    advisorId: text('advisor_id'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    personId: text('person_id'),
    companyId: text('company_id'),
    action: text('action').notNull(),
    source: text('source'),
    detail: text('detail'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('access_log_person').on(table.personId, table.at),
    index('access_log_company').on(table.companyId, table.at),
  ],
);
