/**
 * Finding a case file in a keystroke. Strategy, from the measurements in the stack notes:
 * identifiers and name prefixes, last name first or first name first, go through B-tree ranges (sorted,
 * well under a millisecond even at 500,000 persons); only when those leave room does the FTS5 index
 * look for a word inside a name.
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

/**
 * Range steps on the B-tree keys. Scoped to a branch, each starts with the branch column so it walks
 * the branch-first index: a profile holding every branch reads no namesake of another branch.
 */
function rangeSql(person: string, company: string, isScoped: boolean) {
  const p = isScoped ? 'p.branch_id IS ? AND ' : '';
  const c = isScoped ? 'c.branch_id IS ? AND ' : '';
  return {
    personByNiss: `SELECT ${person}, 'niss' AS matchedOn FROM persons p WHERE ${p}p.niss >= ? AND p.niss < ? AND p.deleted_at IS NULL ORDER BY p.niss LIMIT ?`,
    companyByNumber: `SELECT ${company}, 'enterprise-number' AS matchedOn FROM companies c WHERE ${c}c.enterprise_number >= ? AND c.enterprise_number < ? AND c.deleted_at IS NULL ORDER BY c.enterprise_number LIMIT ?`,
    personBySearchKey: `SELECT ${person}, 'name' AS matchedOn FROM persons p WHERE ${p}p.search_key >= ? AND p.search_key < ? AND p.deleted_at IS NULL ORDER BY p.search_key LIMIT ?`,
    personByCompactKey: `SELECT ${person}, 'name' AS matchedOn FROM persons p WHERE ${p}p.compact_key >= ? AND p.compact_key < ? AND p.deleted_at IS NULL ORDER BY p.compact_key LIMIT ?`,
    personByFirstNameKey: `SELECT ${person}, 'name' AS matchedOn FROM persons p WHERE ${p}p.first_name_key >= ? AND p.first_name_key < ? AND p.deleted_at IS NULL ORDER BY p.first_name_key LIMIT ?`,
    companyBySearchKey: `SELECT ${company}, 'name' AS matchedOn FROM companies c WHERE ${c}c.search_key >= ? AND c.search_key < ? AND c.deleted_at IS NULL ORDER BY c.search_key LIMIT ?`,
  };
}

// Word search in two steps: only keys for the candidates, then whole hits (with their address) for the few kept.
// The keys come from a covering index: the planner would pick the unique index on search_rowid and
// then read every candidate's row, which is most of a word search's time at a few hundred candidates.
function wordSql(isScoped: boolean) {
  const p = isScoped ? ' AND (p.branch_id = ? OR p.branch_id IS NULL)' : '';
  const c = isScoped ? ' AND (c.branch_id = ? OR c.branch_id IS NULL)' : '';
  return {
    personKeysByWord: `SELECT p.id, p.search_key AS searchKey FROM persons p INDEXED BY persons_search_rowid_keys WHERE p.search_rowid IN (SELECT rowid FROM person_search WHERE person_search MATCH ? LIMIT ?) AND p.deleted_at IS NULL${p}`,
    companyKeysByWord: `SELECT c.id, c.search_key AS searchKey FROM companies c WHERE c.search_rowid IN (SELECT rowid FROM company_search WHERE company_search MATCH ? LIMIT ?) AND c.deleted_at IS NULL${c}`,
  };
}

function byIdSql(person: string, company: string) {
  return {
    personById: `SELECT ${person}, 'name' AS matchedOn FROM persons p WHERE p.id = ?`,
    companyById: `SELECT ${company}, 'name' AS matchedOn FROM companies c WHERE c.id = ?`,
  };
}

/** The SQL of each step, exported so the benchmark can time the bare queries as the floor. */
export const searchSql = {
  ...rangeSql(personColumns, companyColumns, false),
  ...wordSql(false),
  ...byIdSql(personColumns, companyColumns),
} as const;
/** The same steps within one branch (and the case files of no branch yet): a profile holding every branch. */
export const branchSearchSql = {
  ...rangeSql(personColumns, companyColumns, true),
  ...wordSql(true),
  ...byIdSql(personColumns, companyColumns),
} as const;

const keysById = byIdSql(personKeyColumns, companyKeyColumns);
const matchSql = { ...searchSql, ...rangeSql(personKeyColumns, companyKeyColumns, false), ...keysById } as const;
const branchMatchSql = {
  ...branchSearchSql,
  ...rangeSql(personKeyColumns, companyKeyColumns, true),
  ...keysById,
} as const;

type KeyRow = { id: string; searchKey: string };
type Statements<Row> = {
  [K in keyof typeof searchSql]: K extends 'personKeysByWord' | 'companyKeysByWord'
    ? Database.Statement<unknown[], KeyRow>
    : Database.Statement<unknown[], Row>;
};

/**
 * Finds case files by name or identifier. With `branchId`, only that branch's case files and those of
 * no branch yet: what an advisor may see in a profile holding every branch.
 */
export type CaseFileSearch = (query: string, limit: number, branchId?: string) => SearchHitRow[];
/** A case file the search finds, without what only the list shows (name, address…). */
export type CaseFileMatch = { kind: 'person' | 'company'; id: string; searchKey: string };
export type CaseFileMatches = (query: string, limit: number, branchId?: string) => CaseFileMatch[];

function prepare<Row>(sqlite: Database.Database, sql: typeof searchSql): Statements<Row> {
  return Object.fromEntries(Object.entries(sql).map(([name, text]) => [name, sqlite.prepare(text)])) as Statements<Row>;
}

/** Prepares the statements once per connection and returns the search function. */
export function createCaseFileSearch(sqlite: Database.Database): CaseFileSearch {
  return searchWith(prepare<SearchHitRow>(sqlite, searchSql), prepare<SearchHitRow>(sqlite, branchSearchSql));
}

/**
 * The same search, step for step, reading only ids and keys: counting the matches behind a full page
 * of hits then costs no address look-up and no display name per match.
 */
export function createCaseFileMatches(sqlite: Database.Database): CaseFileMatches {
  return searchWith(prepare<CaseFileMatch>(sqlite, matchSql), prepare<CaseFileMatch>(sqlite, branchMatchSql));
}

/** How one search runs its statements: over the whole profile, or within a branch. */
type Runner<Row extends KeyRow> = {
  statements: Statements<Row>;
  /** A range step, its hits in the order of `orderOf`. */
  range(name: RangeStep, low: string, high: string, limit: number, orderOf: (row: Row) => string): Row[];
  words(name: 'personKeysByWord' | 'companyKeysByWord', match: string, candidates: number): KeyRow[];
};
type RangeStep = keyof ReturnType<typeof rangeSql>;

function searchWith<Row extends KeyRow>(
  everywhere: Statements<Row>,
  inBranch: Statements<Row>,
): (query: string, limit: number, branchId?: string) => Row[] {
  const unscoped: Runner<Row> = {
    statements: everywhere,
    range: (name, low, high, limit) => everywhere[name].all(low, high, limit),
    words: (name, match, candidates) => everywhere[name].all(match, candidates),
  };
  const scopedTo = (branchId: string): Runner<Row> => ({
    statements: inBranch,
    // The branch's range, then the (usually empty) range of case files without a branch, merged in
    // the list's order.
    range: (name, low, high, limit, orderOf) => {
      const own = inBranch[name].all(branchId, low, high, limit);
      const unassigned = inBranch[name].all(null, low, high, limit);
      if (unassigned.length === 0) return own;
      return [...own, ...unassigned].sort((a, b) => compare(orderOf(a), orderOf(b))).slice(0, limit);
    },
    words: (name, match, candidates) => inBranch[name].all(match, candidates, branchId),
  });
  return (query, limit, branchId) => {
    const runner = branchId === undefined ? unscoped : scopedTo(branchId);
    if (looksLikeIdentifier(query)) {
      const digits = digitsOnly(query);
      const upper = `${digits}:`; // ':' sorts just after '9'
      const byIdentifier = (row: Row) => ('identifier' in row ? String(row.identifier) : row.id);
      const found = runner.range('personByNiss', digits, upper, limit, byIdentifier);
      if (found.length < limit)
        found.push(...runner.range('companyByNumber', digits, upper, limit - found.length, byIdentifier));
      return found;
    }
    return searchByName(runner, query, limit);
  };
}

function searchByName<Row extends KeyRow>(runner: Runner<Row>, query: string, limit: number): Row[] {
  const folded = normalizeForSearch(query);
  if (folded === '') return [];
  const hits = new Map<string, Row>();
  const add = (rows: Row[]) => {
    for (const row of rows) if (hits.size < limit && !hits.has(row.id)) hits.set(row.id, row);
  };
  const bySearchKey = (row: Row) => row.searchKey;
  const upper = folded + RANGE_END;

  add(
    mergeByKey(
      runner.range('personBySearchKey', folded, upper, limit, bySearchKey),
      runner.range('companyBySearchKey', folded, upper, limit, bySearchKey),
    ),
  );
  if (hits.size < limit) {
    const compact = compactForSearch(query);
    add(runner.range('personByCompactKey', compact, compact + RANGE_END, limit, bySearchKey));
  }
  // "marie dup": first name first. The range is sorted and stops at the limit, where word search
  // would intersect every "marie" with every "dup…" before keeping a few.
  if (hits.size < limit && folded.includes(' ')) {
    add(runner.range('personByFirstNameKey', folded, upper, limit, bySearchKey));
  }
  if (hits.size < limit) {
    add(searchByWords(runner, folded, limit - hits.size));
  }
  return [...hits.values()];
}

/** Word-anywhere search. Words of one letter are too common for the index: they filter the candidates instead. */
function searchByWords<Row extends KeyRow>(runner: Runner<Row>, folded: string, limit: number): Row[] {
  const words = folded.split(' ');
  const indexed = words.filter((word) => word.length >= 2);
  if (indexed.length === 0) return [];
  const match = indexed.map((word) => `"${word}"*`).join(' ');
  const candidates = [
    ...runner.words('personKeysByWord', match, FTS_CANDIDATES).map((row) => ({ ...row, kind: 'person' as const })),
    ...runner.words('companyKeysByWord', match, FTS_CANDIDATES).map((row) => ({ ...row, kind: 'company' as const })),
  ];
  const { personById, companyById } = runner.statements;
  return candidates
    .filter((row) => {
      const nameWords = row.searchKey.split(' ');
      return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
    })
    .sort((a, b) => compare(a.searchKey, b.searchKey))
    .slice(0, limit)
    .flatMap((row) => (row.kind === 'person' ? personById : companyById).all(row.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mergeByKey<Row extends KeyRow>(a: Row[], b: Row[]): Row[] {
  if (b.length === 0) return a;
  return [...a, ...b].sort((x, y) => compare(x.searchKey, y.searchKey));
}
