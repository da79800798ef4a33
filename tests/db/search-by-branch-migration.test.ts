/** The first-name key and the branch-first search indexes, added to profiles that already hold persons. */
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigration, migratedUpTo, migrationTag } from '../fixtures/migrations';
import { createCaseFileSearch } from '../../db/repositories/case-file-search';
import { fillFirstNameKeys } from '../../db/repositories/search-index';

let client: Database.Database | undefined;
afterEach(() => client?.close());

const target = migrationTag('search_by_branch');

describe('the search-by-branch migration', () => {
  it('keeps the persons, and opening fills their first-name key so that first-name-first search finds them', () => {
    client = migratedUpTo(target);
    const now = '2026-12-07T09:00:00.000Z';
    const insert = client.prepare(
      `INSERT INTO persons (id, created_at, updated_at, niss, last_name, first_name, language, search_key, compact_key, search_rowid)
       VALUES (?, ?, ?, ?, ?, ?, 'fr', ?, ?, ?)`,
    );
    insert.run('p1', now, now, '84021105781', 'Lambert', 'Sophie', 'lambert sophie', 'lambertsophie', 1);
    insert.run('p2', now, now, '85073003328', 'Dupré', 'Élise', 'dupre elise', 'dupreelise', 2);
    applyMigration(client, target);
    expect(client.prepare('SELECT first_name_key AS key FROM persons ORDER BY id').all()).toEqual([
      { key: '' },
      { key: '' },
    ]);

    expect(fillFirstNameKeys(client)).toBe(2);
    expect(client.prepare('SELECT first_name_key AS key FROM persons ORDER BY id').all()).toEqual([
      { key: 'sophie lambert' },
      { key: 'elise dupre' },
    ]);
    const indexes = client
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'persons'")
      .all()
      .map((row) => row.name);
    expect(indexes).toEqual(
      expect.arrayContaining(['persons_branch_search_key', 'persons_branch_first_name_key', 'persons_first_name_key']),
    );
    expect(indexes).not.toContain('persons_branch');
    expect(createCaseFileSearch(client)('elise du', 20).map((hit) => hit.id)).toEqual(['p2']);
  });
});
