/** 0006_conflict_kind: conflicts pulled before the column get their kind from head office's value. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultMigrationsFolder } from '../../db/connection';

let client: Database.Database | undefined;
afterEach(() => client?.close());

function apply(target: Database.Database, tag: string): void {
  const text = readFileSync(join(defaultMigrationsFolder, `${tag}.sql`), 'utf8');
  for (const statement of text.split('--> statement-breakpoint')) if (statement.trim() !== '') target.exec(statement);
}

describe('0006_conflict_kind', () => {
  it('marks the duplicate conflicts already stored, and the others as field conflicts', () => {
    client = new Database(':memory:');
    for (const tag of [
      '0000_init',
      '0001_search_index',
      '0002_sync',
      '0003_casefile',
      '0004_letters',
      '0005_sync_rounds',
    ])
      apply(client, tag);
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
    apply(client, '0006_conflict_kind');
    expect(client.prepare('SELECT id, kind FROM sync_conflicts ORDER BY seq').all()).toEqual([
      { id: 'dup', kind: 'duplicate-key' },
      { id: 'iban', kind: 'field' },
      { id: 'empty', kind: 'field' },
    ]);
  });
});
