/** case_requests gains INASTI's reference and date for its decision; existing requests keep their rows (tag read from the journal). */
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigration, migratedUpTo, migrationTag } from '../fixtures/migrations';

let client: Database.Database | undefined;
afterEach(() => client?.close());

const target = migrationTag('request_authority_decision');

describe('the request_authority_decision migration', () => {
  it('keeps a decided request and adds the two columns, empty until recorded', () => {
    client = migratedUpTo(target);
    const now = '2026-11-26T09:00:00.000Z';
    client
      .prepare(
        `INSERT INTO persons (id, created_at, updated_at, niss, last_name, first_name, language, search_key, compact_key, search_rowid)
         VALUES ('p1', ?, ?, '84021105781', 'Lambert', 'Sophie', 'fr', 'lambert sophie', 'lambertsophie', 1)`,
      )
      .run(now, now);
    client
      .prepare(
        `INSERT INTO case_requests (id, created_at, updated_at, person_id, kind, grounds, grounds_text, quarters, status, filed_on, decided_on, decision_note, effect_cents)
         VALUES ('r1', ?, ?, 'p1', 'exemption', 'financial-difficulty', '', '["2026-Q3"]', 'refused', '2026-09-14', '2026-11-20', '', 0)`,
      )
      .run(now, now);
    applyMigration(client, target);
    expect(
      client
        .prepare(
          'SELECT status, authority_reference AS reference, authority_decided_on AS decidedOn FROM case_requests',
        )
        .get(),
    ).toEqual({ status: 'refused', reference: null, decidedOn: null });
    client
      .prepare("UPDATE case_requests SET authority_reference = 'DISP/2026/071204', authority_decided_on = '2026-11-18'")
      .run();
    expect(client.prepare('SELECT authority_reference AS reference FROM case_requests').get()).toEqual({
      reference: 'DISP/2026/071204',
    });
  });
});
