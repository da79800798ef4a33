/**
 * The reads of the intake wizard: who is already known under an identifier or a name, and which
 * drafts are open. Writes of drafts go through case-file-repo like every synced row.
 */
import type Database from 'better-sqlite3';
import { personDisplayNameSql } from './display-name';
import { cachedStatement } from './statement-cache';

type Sqlite = Database.Database;

export type KnownPerson = { id: string; name: string; niss: string; birthDate: string | null };
export type KnownCompany = { id: string; name: string; enterpriseNumber: string };

const personSelect = `SELECT id, ${personDisplayNameSql()} AS name, niss, birth_date AS birthDate FROM persons WHERE deleted_at IS NULL AND`;
const companySelect =
  'SELECT id, name, enterprise_number AS enterpriseNumber FROM companies WHERE deleted_at IS NULL AND';
/** Duplicates by name are a hint to the advisor, not a list to browse. */
const NAME_MATCH_LIMIT = 20;
/** The drafts screen lists the most recent open drafts. */
const OPEN_DRAFTS_LIMIT = 50;

export function personIdByNiss(sqlite: Sqlite, niss: string): string | undefined {
  return cachedStatement<[string], { id: string }>(
    sqlite,
    'SELECT id FROM persons WHERE niss = ? AND deleted_at IS NULL',
  ).get(niss)?.id;
}

export function companyIdByNumber(sqlite: Sqlite, enterpriseNumber: string): string | undefined {
  return cachedStatement<[string], { id: string }>(
    sqlite,
    'SELECT id FROM companies WHERE enterprise_number = ? AND deleted_at IS NULL',
  ).get(enterpriseNumber)?.id;
}

export function personDisplayName(sqlite: Sqlite, personId: string): string | undefined {
  return cachedStatement<[string], { name: string }>(
    sqlite,
    `SELECT ${personDisplayNameSql()} AS name FROM persons WHERE id = ?`,
  ).get(personId)?.name;
}

export function companyDisplayName(sqlite: Sqlite, companyId: string): string | undefined {
  return cachedStatement<[string], { name: string }>(sqlite, 'SELECT name FROM companies WHERE id = ?').get(companyId)
    ?.name;
}

export function personByNiss(sqlite: Sqlite, niss: string): KnownPerson | undefined {
  return cachedStatement<[string], KnownPerson>(sqlite, `${personSelect} niss = ?`).get(niss);
}

export function personsBySearchKey(sqlite: Sqlite, searchKey: string): KnownPerson[] {
  return cachedStatement<[string, number], KnownPerson>(sqlite, `${personSelect} search_key = ? LIMIT ?`).all(
    searchKey,
    NAME_MATCH_LIMIT,
  );
}

export function companyByNumber(sqlite: Sqlite, enterpriseNumber: string): KnownCompany | undefined {
  return cachedStatement<[string], KnownCompany>(sqlite, `${companySelect} enterprise_number = ?`).get(
    enterpriseNumber,
  );
}

export function companiesBySearchKey(sqlite: Sqlite, searchKey: string): KnownCompany[] {
  return cachedStatement<[string, number], KnownCompany>(sqlite, `${companySelect} search_key = ? LIMIT ?`).all(
    searchKey,
    NAME_MATCH_LIMIT,
  );
}

/** The most recently saved open draft for an identifier, if any. */
export function openDraftIdFor(sqlite: Sqlite, identifier: string): string | undefined {
  return cachedStatement<[string], { id: string }>(
    sqlite,
    `SELECT id FROM intake_drafts WHERE status = 'open' AND identifier = ? AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT 1`,
  ).get(identifier)?.id;
}

/** Open drafts for the same identifier other than `draftId`. */
export function otherOpenDraftIds(sqlite: Sqlite, identifier: string, draftId: string): string[] {
  return cachedStatement<[string, string], { id: string }>(
    sqlite,
    `SELECT id FROM intake_drafts WHERE status = 'open' AND identifier = ? AND id <> ? AND deleted_at IS NULL`,
  )
    .all(identifier, draftId)
    .map((row) => row.id);
}

export function recentOpenDraftIds(sqlite: Sqlite): string[] {
  return cachedStatement<[number], { id: string }>(
    sqlite,
    `SELECT id FROM intake_drafts WHERE status = 'open' AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT ?`,
  )
    .all(OPEN_DRAFTS_LIMIT)
    .map((row) => row.id);
}

/** The affiliation a new company got at intake. */
export function affiliationIdOfCompany(sqlite: Sqlite, companyId: string): string | null {
  return (
    cachedStatement<[string], { id: string }>(sqlite, 'SELECT id FROM affiliations WHERE company_id = ?').get(companyId)
      ?.id ?? null
  );
}

export function companySearchRowid(sqlite: Sqlite, companyId: string): number {
  return (
    cachedStatement<[string], { rowid: number }>(
      sqlite,
      'SELECT search_rowid AS rowid FROM companies WHERE id = ?',
    ).get(companyId)?.rowid ?? 0
  );
}
