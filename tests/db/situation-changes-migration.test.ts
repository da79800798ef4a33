/** situation_changes: the table of dated changes of situation, added after the earlier migrations (tags read from the journal). */
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigration, migratedUpTo, migrationTag } from '../fixtures/migrations';

let client: Database.Database | undefined;
afterEach(() => client?.close());

const target = migrationTag('situation_changes');

describe('the situation_changes migration', () => {
  it('keeps the existing rows and adds a table that takes one owner and refuses two', () => {
    client = migratedUpTo(target);
    const now = '2026-11-26T09:00:00.000Z';
    client
      .prepare(
        `INSERT INTO persons (id, created_at, updated_at, niss, last_name, first_name, language, search_key, compact_key, search_rowid)
         VALUES ('p1', ?, ?, '84021105781', 'Lambert', 'Sophie', 'fr', 'lambert sophie', 'lambertsophie', 1)`,
      )
      .run(now, now);
    applyMigration(client, target);
    expect(client.prepare('SELECT last_name FROM persons').get()).toEqual({ last_name: 'Lambert' });
    const insert = client.prepare(
      `INSERT INTO situation_changes (id, created_at, updated_at, person_id, company_id, kind, effective_date, reason, details, difference_cents)
       VALUES (?, ?, ?, 'p1', ?, 'cessation', '2026-05-15', 'bankruptcy', '{}', -185118)`,
    );
    insert.run('s1', now, now, null);
    expect(
      client.prepare('SELECT reason, difference_cents AS d, row_version AS v FROM situation_changes').get(),
    ).toEqual({
      reason: 'bankruptcy',
      d: -185118,
      v: 1,
    });
    expect(() => insert.run('s2', now, now, 'p1')).toThrow();
  });
});
