/**
 * A first sync writes millions of rows into the case-file tables. Keeping their secondary indexes up
 * to date row by row costs more than building each once at the end (measured with bench:sync), so a large
 * pull sets them aside and builds them again when it ends. What was set aside is written down in the
 * transaction that drops it: a process killed in between gets its indexes back the next time the
 * database opens, before the migrations (which expect them) run.
 *
 * Only plain indexes of tables with neither search tokens nor a natural key are set aside: unique
 * indexes enforce what the pull relies on (NISS, enterprise number), and search is the counter's
 * first keystroke. Queries stay correct without the others, only slower, until the rebuild.
 */
import type Database from 'better-sqlite3';

const STATE_KEY = 'deferredIndexes';

type DeferredIndex = { name: string; sql: string };

function hasTable(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

export function readDeferredIndexes(sqlite: Database.Database): DeferredIndex[] {
  if (!hasTable(sqlite, 'sync_state')) return [];
  const row = sqlite.prepare<[string], { value: string }>('SELECT value FROM sync_state WHERE key = ?').get(STATE_KEY);
  return row ? (JSON.parse(row.value) as DeferredIndex[]) : [];
}

function writeDeferredIndexes(sqlite: Database.Database, indexes: readonly DeferredIndex[]): void {
  if (indexes.length === 0) sqlite.prepare('DELETE FROM sync_state WHERE key = ?').run(STATE_KEY);
  else
    sqlite
      .prepare(
        'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      .run(STATE_KEY, JSON.stringify(indexes));
}

/** Drops the plain indexes of these tables, noting each; answers how many were set aside. */
export function deferIndexes(sqlite: Database.Database, tables: readonly string[]): number {
  return sqlite.transaction(() => {
    const already = readDeferredIndexes(sqlite);
    const placeholders = tables.map(() => '?').join(', ');
    const found = sqlite
      .prepare<string[], DeferredIndex>(
        `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (${placeholders}) ORDER BY name`,
      )
      .all(...tables);
    for (const index of found) sqlite.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
    writeDeferredIndexes(sqlite, [...already, ...found]);
    return found.length;
  })();
}

/** Builds the next index set aside, in its own transaction; false when none is left. */
export function rebuildNextDeferredIndex(sqlite: Database.Database): boolean {
  return sqlite.transaction(() => {
    const [next, ...rest] = readDeferredIndexes(sqlite);
    if (!next) return false;
    const isThere =
      sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(next.name) !== undefined;
    if (!isThere) sqlite.exec(next.sql);
    writeDeferredIndexes(sqlite, rest);
    return true;
  })();
}

/** Every index set aside, at once (on opening the database). */
export function rebuildDeferredIndexes(sqlite: Database.Database): number {
  let count = 0;
  while (rebuildNextDeferredIndex(sqlite)) count++;
  return count;
}

/** About how many rows these tables hold (their largest rowid: one index probe each, not a count). */
export function estimateRows(sqlite: Database.Database, tables: readonly string[]): number {
  let rows = 0;
  for (const table of tables)
    rows +=
      sqlite
        .prepare<[], { rows: number | null }>(`SELECT max(rowid) AS rows FROM "${table.replaceAll('"', '""')}"`)
        .get()?.rows ?? 0;
  return rows;
}
