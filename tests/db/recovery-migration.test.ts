/**
 * The recovery migration (found by its name tag, whatever number it gets at merge): the judicial files
 * and their events, with the one-owner check, and the outcome a task is completed with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDatabase, defaultMigrationsFolder, openDatabase } from '../../db/connection';
import { tempDir } from '../fixtures/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const journal = JSON.parse(readFileSync(join(defaultMigrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};

function columnsOf(sqlite: ReturnType<typeof openDatabase>['$client'], table: string): string[] {
  return (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name);
}

describe('recovery migration', () => {
  it('is in the journal once', () => {
    expect(journal.entries.filter((entry) => /^\d{4}_recovery$/.test(entry.tag))).toHaveLength(1);
  });

  it('creates the judicial files and events, and the task outcome', () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const db = openDatabase(join(dir.dir, 'guichet.sqlite'));
    cleanups.unshift(() => closeDatabase(db));
    const sqlite = db.$client;
    expect(columnsOf(sqlite, 'judicial_files')).toEqual(
      expect.arrayContaining([
        'kind',
        'agent_kind',
        'agent_name',
        'handed_over_on',
        'claimed_cents',
        'status',
        'closure',
      ]),
    );
    expect(columnsOf(sqlite, 'judicial_events')).toEqual(
      expect.arrayContaining(['file_id', 'occurred_on', 'kind', 'amount_cents', 'note']),
    );
    expect(columnsOf(sqlite, 'tasks')).toContain('outcome');
    // A judicial file belongs to exactly one case file.
    expect(() =>
      sqlite
        .prepare(
          `INSERT INTO judicial_files (id, created_at, updated_at, kind, agent_kind, agent_name, handed_over_on, claimed_cents, contribution_ids, status)
           VALUES ('f', 'x', 'x', 'contrainte', 'bailiff', 'Me X', '2026-11-26', 100, '[]', 'open')`,
        )
        .run(),
    ).toThrow(/CHECK constraint failed: judicial_files_one_owner/);
  });
});
