/** 0006_conflict_kind: conflicts pulled before the column get their kind from head office's value. */
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigration, migratedUpTo, migrationTag } from '../fixtures/migrations';

let client: Database.Database | undefined;
afterEach(() => client?.close());

describe('0006_conflict_kind', () => {
  it('marks the duplicate conflicts already stored, and the others as field conflicts', () => {
    const target = migrationTag('conflict_kind');
    client = migratedUpTo(target);
    const insert = client.prepare(
      `INSERT INTO sync_conflicts (id, entity, entity_id, field, server_value, losing_value, losing_mutation_id, status, created_at, seq) VALUES (?, 'person', 'p', ?, ?, ?, 'd:1', 'open', '2026-12-01T00:00:00.000Z', ?)`,
    );
    insert.run(
      'dup',
      'niss',
      JSON.stringify({ duplicateOf: { entity: 'person', id: 'q' }, value: '90020312345' }),
      '"90020312345"',
      1,
    );
    insert.run('iban', 'iban', '"BE68539007547034"', '"BE71096123456769"', 2);
    insert.run('empty', 'email', 'null', '"a@example.be"', 3);
    applyMigration(client, target);
    expect(client.prepare('SELECT id, kind FROM sync_conflicts ORDER BY seq').all()).toEqual([
      { id: 'dup', kind: 'duplicate-key' },
      { id: 'iban', kind: 'field' },
      { id: 'empty', kind: 'field' },
    ]);
  });
});
