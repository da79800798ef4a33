/**
 * Keeps the word-anywhere FTS5 index and the sortable search keys in step with names.
 * Called by the person and company repositories inside their write transaction.
 */
import type Database from 'better-sqlite3';
import { compactForSearch, normalizeForSearch } from '../../shared/domain/search-text';
import { cachedStatement } from './statement-cache';

export type SearchKeys = { searchKey: string; compactKey: string };
export type SearchIndexName = 'person_search' | 'company_search';

export function searchKeysFor(...nameParts: string[]): SearchKeys {
  const joined = nameParts.join(' ');
  return { searchKey: normalizeForSearch(joined), compactKey: compactForSearch(joined) };
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
