/**
 * Finding a case file in a keystroke. Strategy, from the measurements in the stack notes:
 * identifiers and name prefixes go through B-tree ranges (sorted, well under a millisecond even at
 * 500,000 persons); only when those leave room does the FTS5 index look for a word inside a name.
 * FTS hits are never sorted in SQL (sorting a large hit set costs tens of milliseconds).
 */
import type Database from 'better-sqlite3';
import { compactForSearch, digitsOnly, looksLikeIdentifier, normalizeForSearch } from '../../shared/domain/search-text';
import { personDisplayNameSql } from './display-name';

export type SearchHitRow = {
  kind: 'person' | 'company';
  id: string;
  displayName: string;
  identifier: string;
  searchKey: string;
  birthDate: string | null;
  postalCode: string | null;
  municipality: string | null;
  matchedOn: 'name' | 'niss' | 'enterprise-number';
};

/** Past the highest code point a folded name can contain, to turn a prefix into a range. */
const RANGE_END = '\u{10FFFF}';
/** FTS candidates examined before filtering on short words; keeps the worst case bounded. */
const FTS_CANDIDATES = 200;

const personColumns = `'person' AS kind, p.id, ${personDisplayNameSql('p')} AS displayName, p.niss AS identifier,
  p.search_key AS searchKey, p.birth_date AS birthDate,
  (SELECT a.postal_code FROM addresses a WHERE a.person_id = p.id AND a.deleted_at IS NULL ORDER BY a.valid_from DESC LIMIT 1) AS postalCode,
  (SELECT a.municipality FROM addresses a WHERE a.person_id = p.id AND a.deleted_at IS NULL ORDER BY a.valid_from DESC LIMIT 1) AS municipality`;
const companyColumns = `'company' AS kind, c.id, c.name AS displayName, c.enterprise_number AS identifier,
  c.search_key AS searchKey, NULL AS birthDate,
  (SELECT a.postal_code FROM addresses a WHERE a.company_id = c.id AND a.deleted_at IS NULL ORDER BY a.valid_from DESC LIMIT 1) AS postalCode,
  (SELECT a.municipality FROM addresses a WHERE a.company_id = c.id AND a.deleted_at IS NULL ORDER BY a.valid_from DESC LIMIT 1) AS municipality`;

/** The same steps reading only what a count needs: which case file, and its key for the word filter. */
const personKeyColumns = `'person' AS kind, p.id, p.search_key AS searchKey`;
const companyKeyColumns = `'company' AS kind, c.id, c.search_key AS searchKey`;

function rangeSql(person: string, company: string) {
  return {
    personByNiss: `SELECT ${person}, 'niss' AS matchedOn FROM persons p WHERE p.niss >= ? AND p.niss < ? AND p.deleted_at IS NULL ORDER BY p.niss LIMIT ?`,
    companyByNumber: `SELECT ${company}, 'enterprise-number' AS matchedOn FROM companies c WHERE c.enterprise_number >= ? AND c.enterprise_number < ? AND c.deleted_at IS NULL ORDER BY c.enterprise_number LIMIT ?`,
    personBySearchKey: `SELECT ${person}, 'name' AS matchedOn FROM persons p WHERE p.search_key >= ? AND p.search_key < ? AND p.deleted_at IS NULL ORDER BY p.search_key LIMIT ?`,
    personByCompactKey: `SELECT ${person}, 'name' AS matchedOn FROM persons p WHERE p.compact_key >= ? AND p.compact_key < ? AND p.deleted_at IS NULL ORDER BY p.compact_key LIMIT ?`,
    companyBySearchKey: `SELECT ${company}, 'name' AS matchedOn FROM companies c WHERE c.search_key >= ? AND c.search_key < ? AND c.deleted_at IS NULL ORDER BY c.search_key LIMIT ?`,
    personById: `SELECT ${person}, 'name' AS matchedOn FROM persons p WHERE p.id = ?`,
    companyById: `SELECT ${company}, 'name' AS matchedOn FROM companies c WHERE c.id = ?`,
  };
}

/** The SQL of each step, exported so the benchmark can time the bare queries as the floor. */
export const searchSql = {
  ...rangeSql(personColumns, companyColumns),
  // Word search in two steps: only keys for the candidates, then whole hits (with their address) for the few kept.
  // The keys come from a covering index: the planner would pick the unique index on search_rowid and
  // then read every candidate's row, which is most of a word search's time at a few hundred candidates.
  personKeysByWord: `SELECT p.id, p.search_key AS searchKey FROM persons p INDEXED BY persons_search_rowid_keys WHERE p.search_rowid IN (SELECT rowid FROM person_search WHERE person_search MATCH ? LIMIT ?) AND p.deleted_at IS NULL`,
  companyKeysByWord: `SELECT c.id, c.search_key AS searchKey FROM companies c WHERE c.search_rowid IN (SELECT rowid FROM company_search WHERE company_search MATCH ? LIMIT ?) AND c.deleted_at IS NULL`,
} as const;

const matchSql = { ...searchSql, ...rangeSql(personKeyColumns, companyKeyColumns) } as const;

type KeyRow = { id: string; searchKey: string };
type Statements<Row> = {
  [K in keyof typeof searchSql]: K extends 'personKeysByWord' | 'companyKeysByWord'
    ? Database.Statement<unknown[], KeyRow>
    : Database.Statement<unknown[], Row>;
};

export type CaseFileSearch = (query: string, limit: number) => SearchHitRow[];
/** A case file the search finds, without what only the list shows (name, address…). */
export type CaseFileMatch = { kind: 'person' | 'company'; id: string; searchKey: string };
export type CaseFileMatches = (query: string, limit: number) => CaseFileMatch[];

function prepare<Row>(sqlite: Database.Database, sql: typeof searchSql): Statements<Row> {
  return Object.fromEntries(Object.entries(sql).map(([name, text]) => [name, sqlite.prepare(text)])) as Statements<Row>;
}

/** Prepares the statements once per connection and returns the search function. */
export function createCaseFileSearch(sqlite: Database.Database): CaseFileSearch {
  return searchWith(prepare<SearchHitRow>(sqlite, searchSql));
}

/**
 * The same search, step for step, reading only ids and keys: counting the matches behind a full page
 * of hits then costs no address look-up and no display name per match.
 */
export function createCaseFileMatches(sqlite: Database.Database): CaseFileMatches {
  return searchWith(prepare<CaseFileMatch>(sqlite, matchSql));
}

function searchWith<Row extends KeyRow>(statements: Statements<Row>): (query: string, limit: number) => Row[] {
  return (query, limit) => {
    if (looksLikeIdentifier(query)) {
      const digits = digitsOnly(query);
      const upper = `${digits}:`; // ':' sorts just after '9'
      const found = statements.personByNiss.all(digits, upper, limit);
      if (found.length < limit) found.push(...statements.companyByNumber.all(digits, upper, limit - found.length));
      return found;
    }
    return searchByName(statements, query, limit);
  };
}

function searchByName<Row extends KeyRow>(statements: Statements<Row>, query: string, limit: number): Row[] {
  const folded = normalizeForSearch(query);
  if (folded === '') return [];
  const hits = new Map<string, Row>();
  const add = (rows: Row[]) => {
    for (const row of rows) if (hits.size < limit && !hits.has(row.id)) hits.set(row.id, row);
  };

  add(
    mergeByKey(
      statements.personBySearchKey.all(folded, folded + RANGE_END, limit),
      statements.companyBySearchKey.all(folded, folded + RANGE_END, limit),
    ),
  );
  if (hits.size < limit) {
    const compact = compactForSearch(query);
    add(statements.personByCompactKey.all(compact, compact + RANGE_END, limit));
  }
  if (hits.size < limit) {
    add(searchByWords(statements, folded, limit - hits.size));
  }
  return [...hits.values()];
}

/** Word-anywhere search. Words of one letter are too common for the index: they filter the candidates instead. */
function searchByWords<Row extends KeyRow>(statements: Statements<Row>, folded: string, limit: number): Row[] {
  const words = folded.split(' ');
  const indexed = words.filter((word) => word.length >= 2);
  if (indexed.length === 0) return [];
  const match = indexed.map((word) => `"${word}"*`).join(' ');
  const candidates = [
    ...statements.personKeysByWord.all(match, FTS_CANDIDATES).map((row) => ({ ...row, kind: 'person' as const })),
    ...statements.companyKeysByWord.all(match, FTS_CANDIDATES).map((row) => ({ ...row, kind: 'company' as const })),
  ];
  return candidates
    .filter((row) => {
      const nameWords = row.searchKey.split(' ');
      return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
    })
    .sort((a, b) => (a.searchKey < b.searchKey ? -1 : a.searchKey > b.searchKey ? 1 : 0))
    .slice(0, limit)
    .flatMap((row) => (row.kind === 'person' ? statements.personById : statements.companyById).all(row.id));
}

function mergeByKey<Row extends KeyRow>(a: Row[], b: Row[]): Row[] {
  if (b.length === 0) return a;
  return [...a, ...b].sort((x, y) => (x.searchKey < y.searchKey ? -1 : x.searchKey > y.searchKey ? 1 : 0));
}
