/** life_events and right_applications: the rights tables, added after the earlier migrations (tags read from the journal). */
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigration, migratedUpTo, migrationTag } from '../fixtures/migrations';

let client: Database.Database | undefined;
afterEach(() => client?.close());

const target = migrationTag('rights');

describe('the rights migration', () => {
  it('keeps the existing rows and adds events and applications that must name an existing person and event', () => {
    client = migratedUpTo(target);
    const now = '2026-12-06T09:00:00.000Z';
    client
      .prepare(
        `INSERT INTO persons (id, created_at, updated_at, niss, last_name, first_name, language, search_key, compact_key, search_rowid)
         VALUES ('p1', ?, ?, '84021105781', 'Lambert', 'Sophie', 'fr', 'lambert sophie', 'lambertsophie', 1)`,
      )
      .run(now, now);
    applyMigration(client, target);
    expect(client.prepare('SELECT last_name FROM persons').get()).toEqual({ last_name: 'Lambert' });
    const event = client.prepare(
      `INSERT INTO life_events (id, created_at, updated_at, person_id, kind, event_date, origin, source, cessation_ground, is_stillbirth)
       VALUES (?, ?, ?, ?, 'bankruptcy', '2026-05-15', 'counter', 'advisor', NULL, 0)`,
    );
    event.run('e1', now, now, 'p1');
    expect(() => event.run('e2', now, now, 'nobody')).toThrow();
    const application = client.prepare(
      `INSERT INTO right_applications (id, created_at, updated_at, person_id, right, event_id, status, filed_on, motivation, monthly_cents, months)
       VALUES (?, ?, ?, 'p1', 'bridging-right', ?, 'filed', '2026-06-01', '', 0, 0)`,
    );
    application.run('a1', now, now, 'e1');
    expect(() => application.run('a2', now, now, 'no-event')).toThrow();
    expect(client.prepare('SELECT right, status, row_version AS v FROM right_applications').get()).toEqual({
      right: 'bridging-right',
      status: 'filed',
      v: 1,
    });
  });
});
