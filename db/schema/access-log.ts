import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Who read what, when: one row per opening of a case file, letter previewed or issued, and export,
 * appended by the service that does the read (db/repositories/access-log-repo.ts). Append-only:
 * triggers refuse every UPDATE and DELETE, so no channel of the app can rewrite who looked. It goes to
 * head office on its own path; how far it went is kept in `sync_state` (`accessLogPushedSeq`), never
 * in the row. Separate from `audit_log` (who changed what).
 */
export const accessLog = sqliteTable(
  'access_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    /** UUIDv7: head office's idempotency key, so a re-sent entry is stored once (no local index: nothing looks it up here). */
    id: text('id').notNull(),
    at: text('at').notNull(),
    advisorId: text('advisor_id'),
    deviceId: text('device_id').notNull(),
    /** The case file read: a person's or a company's (one of the two). */
    personId: text('person_id'),
    companyId: text('company_id'),
    /** What was done: `caseFile.open`, `letter.preview`, `letter.issue`, `letter.reopen`, `caseFile.export` (shared/contract/access-log-protocol.ts) */
    action: text('action').notNull(),
    /** Where the advisor came from (`search`, `work-queue`…), when the screen says so; null otherwise. */
    source: text('source'),
    /** The letter kind or document concerned, when there is one. */
    detail: text('detail'),
  },
  // Partial: each entry updates one index, not three, which keeps the insert on opening a file cheap.
  (table) => [
    index('access_log_person')
      .on(table.personId, table.at)
      .where(sql`${table.personId} IS NOT NULL`),
    index('access_log_company')
      .on(table.companyId, table.at)
      .where(sql`${table.companyId} IS NOT NULL`),
  ],
);
