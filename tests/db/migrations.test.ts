import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeDatabase, defaultMigrationsFolder, openDatabase } from '../../db/connection';
import { tempDir } from '../fixtures/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function freshFile(): string {
  const dir = tempDir();
  cleanups.push(dir.cleanup);
  return join(dir.dir, 'guichet.sqlite');
}

describe('migrations', () => {
  it('every SQL file is in the journal, in order (append-only)', () => {
    const journal = JSON.parse(readFileSync(join(defaultMigrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { idx: number; tag: string }[];
    };
    const files = readdirSync(defaultMigrationsFolder)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(files);
    expect(journal.entries.map((e) => e.idx)).toEqual(files.map((_, i) => i));
  });

  it('0000_init creates the synced tables with their system columns, pragmas on', () => {
    const db = openDatabase(freshFile());
    cleanups.push(() => closeDatabase(db));
    for (const table of ['persons', 'companies', 'addresses', 'branches', 'advisors', 'affiliations']) {
      const columns = (
        db.$client.prepare(`PRAGMA table_info(${table})`).all() as { name: string; notnull: number }[]
      ).map((c) => c.name);
      expect(columns).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'row_version', 'deleted_at']));
    }
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('0001_search_index creates the contentless FTS5 indexes', () => {
    const db = openDatabase(freshFile());
    cleanups.push(() => closeDatabase(db));
    const tables = db.$client
      .prepare(`SELECT name, sql FROM sqlite_master WHERE name IN ('person_search', 'company_search')`)
      .all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name).sort()).toEqual(['company_search', 'person_search']);
    expect(tables.every((t) => t.sql.includes('fts5') && t.sql.includes("content=''"))).toBe(true);
  });

  it('0004_letters creates the letter batch journal and the issued-letter record', () => {
    const db = openDatabase(freshFile());
    cleanups.push(() => closeDatabase(db));
    for (const table of ['letter_batches', 'letter_batch_chunks', 'letter_batch_items', 'issued_letters']) {
      expect((db.$client.prepare(`PRAGMA table_info(${table})`).all() as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('opening an up-to-date database again applies nothing twice', () => {
    const file = freshFile();
    closeDatabase(openDatabase(file));
    const db = openDatabase(file);
    cleanups.push(() => closeDatabase(db));
    const applied = db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    expect(applied.n).toBe(readdirSync(defaultMigrationsFolder).filter((f) => f.endsWith('.sql')).length);
  });
});
