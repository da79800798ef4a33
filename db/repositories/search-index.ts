/**
 * Keeps the word-anywhere FTS5 index and the sortable search keys in step with names.
 * Called by the person and company repositories inside their write transaction.
 */
import type Database from 'better-sqlite3';
import { compactForSearch, normalizeForSearch } from '../../shared/domain/search-text';
import { cachedStatement } from './statement-cache';

export type SearchKeys = { searchKey: string; compactKey: string };
export type PersonSearchKeys = SearchKeys & { firstNameKey: string };
export type SearchIndexName = 'person_search' | 'company_search';

/** Columns each device derives itself from names: head office never stores or sends them. */
export const localSearchColumns: ReadonlySet<string> = new Set([
  'searchKey',
  'compactKey',
  'firstNameKey',
  'searchRowid',
]);

export function searchKeysFor(...nameParts: string[]): SearchKeys {
  const joined = nameParts.join(' ');
  return { searchKey: normalizeForSearch(joined), compactKey: compactForSearch(joined) };
}

/** A person's keys: last name first (the list's order), and first name first. */
export function personSearchKeys(lastName: string, firstName: string): PersonSearchKeys {
  return { ...searchKeysFor(lastName, firstName), firstNameKey: normalizeForSearch(`${firstName} ${lastName}`) };
}

const FILL_CHUNK = 5_000;

/**
 * Computes the first-name-first key of persons written before it existed (the migration adds the
 * column empty; folding needs this code, not SQL). A chunk per transaction; nothing to do is one
 * index seek. Answers how many were filled.
 */
export function fillFirstNameKeys(sqlite: Database.Database): number {
  const hasColumn = sqlite.prepare("SELECT 1 FROM pragma_table_info('persons') WHERE name = 'first_name_key'").get();
  if (hasColumn === undefined) return 0; // a database migrated only part of the way (migration tests)
  const read = sqlite.prepare<[number], { id: string; lastName: string; firstName: string }>(
    "SELECT id, last_name AS lastName, first_name AS firstName FROM persons WHERE first_name_key = '' LIMIT ?",
  );
  const write = sqlite.prepare<[string, string]>('UPDATE persons SET first_name_key = ? WHERE id = ?');
  let filled = 0;
  for (;;) {
    const rows = read.all(FILL_CHUNK);
    const keyed = rows.map((row) => ({ id: row.id, key: personSearchKeys(row.lastName, row.firstName).firstNameKey }));
    // A name that folds to nothing keeps an empty key: marked with a space, so it is not read again.
    sqlite.transaction(() => keyed.forEach(({ id, key }) => write.run(key === '' ? ' ' : key, id)))();
    filled += rows.length;
    if (rows.length < FILL_CHUNK) return filled;
  }
}

/** Tokens: every folded word, plus the compact first part so "vandenberghe" also matches as a word. */
export function searchTokens(primaryName: string, ...otherNames: string[]): string {
  return [normalizeForSearch(primaryName), compactForSearch(primaryName), ...otherNames.map(normalizeForSearch)].join(
    ' ',
  );
}

export function nextSearchRowid(sqlite: Database.Database, table: 'persons' | 'companies'): number {
  // Plain max() so SQLite answers from the end of the unique index instead of scanning the table.
  const row = cachedStatement<[], { last: number | null }>(
    sqlite,
    `SELECT max(search_rowid) AS last FROM ${table}`,
  ).get();
  return (row?.last ?? 0) + 1;
}

/** Writes (or rewrites) the tokens of one case file. */
export function writeSearchTokens(
  sqlite: Database.Database,
  index: SearchIndexName,
  rowid: number,
  tokens: string,
  isNew = false,
): void {
  if (!isNew) removeSearchTokens(sqlite, index, rowid);
  cachedStatement(sqlite, `INSERT INTO ${index} (rowid, tokens) VALUES (?, ?)`).run(rowid, tokens);
}

export function removeSearchTokens(sqlite: Database.Database, index: SearchIndexName, rowid: number): void {
  cachedStatement(sqlite, `DELETE FROM ${index} WHERE rowid = ?`).run(rowid);
}
