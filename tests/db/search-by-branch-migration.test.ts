/** The first-name key and the branch-first search indexes, added to profiles that already hold persons. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultMigrationsFolder } from '../../db/connection';
import { createCaseFileSearch } from '../../db/repositories/case-file-search';
import { fillFirstNameKeys } from '../../db/repositories/search-index';

let client: Database.Database | undefined;
afterEach(() => client?.close());

const journal = JSON.parse(readFileSync(join(defaultMigrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};
const tags = journal.entries.map((entry) => entry.tag);
const target = tags.find((tag) => tag.endsWith('_search_by_branch'))!;

function apply(database: Database.Database, tag: string): void {
  const text = readFileSync(join(defaultMigrationsFolder, `${tag}.sql`), 'utf8');
  for (const statement of text.split('--> statement-breakpoint')) if (statement.trim() !== '') database.exec(statement);
}

describe('the search-by-branch migration', () => {
  it('keeps the persons, and opening fills their first-name key so that first-name-first search finds them', () => {
    client = new Database(':memory:');
    client.pragma('foreign_keys = ON');
    for (const tag of tags.slice(0, tags.indexOf(target))) apply(client, tag);
    const now = '2026-12-07T09:00:00.000Z';
    const insert = client.prepare(
      `INSERT INTO persons (id, created_at, updated_at, niss, last_name, first_name, language, search_key, compact_key, search_rowid)
       VALUES (?, ?, ?, ?, ?, ?, 'fr', ?, ?, ?)`,
    );
    insert.run('p1', now, now, '84021105781', 'Lambert', 'Sophie', 'lambert sophie', 'lambertsophie', 1);
    insert.run('p2', now, now, '85073003328', 'Dupré', 'Élise', 'dupre elise', 'dupreelise', 2);
    apply(client, target);
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
