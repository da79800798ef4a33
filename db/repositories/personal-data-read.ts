/**
 * Everything this device holds about one person, for their access request (GDPR art. 15): read from
 * the schema itself rather than a list kept by hand, so a table added later is exported without
 * anyone remembering it. A table contributes when one of its columns names a person (`person_id`,
 * `helper_person_id`…); a table without such a column contributes when it hangs by foreign key
 * from one that does (a plan's instalments, an affiliation's periods); issued letters by the
 * person's NISS, their case reference. Search aids (normalised copies of the name) are left out.
 */
import type Database from 'better-sqlite3';

export type PersonalData = {
  person: Record<string, unknown>;
  /** Rows per table, in the table's own column names; only tables with rows for the person. */
  tables: Record<string, Record<string, unknown>[]>;
};

type Link = { table: string; column: string; parent: string | null };

const PERSON_COLUMN = /(^|_)person_id$/;
const LOCAL_ONLY_COLUMNS = new Set(['search_key', 'compact_key', 'search_rowid']);
/** Sync bookkeeping and search indexes: copies of rows exported from their own tables, or no data at all. */
const SKIPPED = /^(sqlite_|__drizzle|sync_|outbox$|.*_search($|_))/;

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function tableNames(sqlite: Database.Database): string[] {
  return sqlite
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .all()
    .map((row) => row.name)
    .filter((name) => !SKIPPED.test(name) && name !== 'persons');
}

/** The links from each table to a person: direct columns, then foreign keys into a directly linked table. */
export function personalDataLinks(sqlite: Database.Database): Link[] {
  const names = tableNames(sqlite);
  const direct: Link[] = names.flatMap((table) =>
    sqlite
      .prepare<[string], { name: string }>(`SELECT name FROM pragma_table_info(?)`)
      .all(table)
      .filter((column) => PERSON_COLUMN.test(column.name))
      .map((column) => ({ table, column: column.name, parent: null })),
  );
  const directTables = new Set(direct.map((link) => link.table));
  const children: Link[] = names
    .filter((table) => !directTables.has(table))
    .flatMap((table) =>
      sqlite
        .prepare<[string], { from: string; table: string }>(`SELECT "from", "table" FROM pragma_foreign_key_list(?)`)
        .all(table)
        .filter((key) => directTables.has(key.table))
        .map((key) => ({ table, column: key.from, parent: key.table })),
    );
  return [...direct, ...children];
}

function withoutLocalColumns(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !LOCAL_ONLY_COLUMNS.has(key)));
}

export function readPersonalData(sqlite: Database.Database, personId: string): PersonalData | undefined {
  const person = sqlite.prepare<[string], Record<string, unknown>>('SELECT * FROM persons WHERE id = ?').get(personId);
  if (!person) return undefined;
  const links = personalDataLinks(sqlite);
  const tables: Record<string, Record<string, unknown>[]> = {};
  const add = (table: string, rows: Record<string, unknown>[]): void => {
    const known = new Set((tables[table] ?? []).map((row) => JSON.stringify(row)));
    const fresh = rows.map(withoutLocalColumns).filter((row) => !known.has(JSON.stringify(row)));
    if (fresh.length > 0) tables[table] = [...(tables[table] ?? []), ...fresh];
  };
  for (const link of links.filter((candidate) => candidate.parent === null))
    add(
      link.table,
      sqlite
        .prepare<[string], Record<string, unknown>>(
          `SELECT * FROM ${quote(link.table)} WHERE ${quote(link.column)} = ?`,
        )
        .all(personId),
    );
  for (const link of links.filter((candidate) => candidate.parent !== null)) {
    const parentIds = (tables[link.parent!] ?? []).map((row) => row['id']).filter((id) => typeof id === 'string');
    if (parentIds.length === 0) continue;
    add(
      link.table,
      sqlite
        .prepare<[string], Record<string, unknown>>(
          `SELECT * FROM ${quote(link.table)} WHERE ${quote(link.column)} IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(parentIds)),
    );
  }
  if (typeof person['niss'] === 'string')
    add(
      'issued_letters',
      sqlite
        .prepare<[string], Record<string, unknown>>('SELECT * FROM issued_letters WHERE case_reference = ?')
        .all(person['niss']),
    );
  return { person: withoutLocalColumns(person), tables };
}
