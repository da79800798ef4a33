/**
 * The reads behind a change of situation: the person's latest affiliation and its current period,
 * the provisional contributions it claims, the incomes and granted requests that set their base,
 * the address history and the changes already filed.
 */
import type Database from 'better-sqlite3';
import { cachedStatement } from './statement-cache';

type Sqlite = Database.Database;

export type SituationPerson = { id: string; rowVersion: number; language: string; searchRowid: number };

export function readSituationPerson(sqlite: Sqlite, personId: string): SituationPerson | undefined {
  return cachedStatement<[string], SituationPerson>(
    sqlite,
    'SELECT id, row_version AS rowVersion, language, search_rowid AS searchRowid FROM persons WHERE id = ? AND deleted_at IS NULL',
  ).get(personId);
}

export type SituationAffiliation = {
  id: string;
  rowVersion: number;
  category: string;
  startDate: string;
  endDate: string | null;
  branchId: string | null;
  periodId: string | null;
  periodFrom: string | null;
  isPrimoStarter: number;
};

/** The affiliation that began last (the current one, or the one that ended), with its open period. */
export function readLatestAffiliation(sqlite: Sqlite, personId: string): SituationAffiliation | undefined {
  return cachedStatement<[string], SituationAffiliation>(
    sqlite,
    `SELECT a.id, a.row_version AS rowVersion, a.category, a.start_date AS startDate, a.end_date AS endDate, a.branch_id AS branchId,
       p.id AS periodId, p.valid_from AS periodFrom, COALESCE(p.is_primo_starter, 0) AS isPrimoStarter
     FROM affiliations a
     LEFT JOIN affiliation_periods p ON p.id = (SELECT id FROM affiliation_periods WHERE affiliation_id = a.id AND deleted_at IS NULL ORDER BY valid_from DESC LIMIT 1)
     WHERE a.person_id = ? AND a.deleted_at IS NULL ORDER BY a.start_date DESC, a.id DESC LIMIT 1`,
  ).get(personId);
}

export type ClaimedRow = {
  id: string;
  year: number;
  quarter: number;
  amountCents: number;
  feeCents: number;
  dueDate: string;
  status: 'open' | 'exempted';
  structuredCommunication: string;
};

/** Provisional quarters still standing (open or exempted) from `fromYear` on. */
export function readClaimedQuarters(sqlite: Sqlite, personId: string, fromYear: number): ClaimedRow[] {
  return cachedStatement<[string, number], ClaimedRow>(
    sqlite,
    `SELECT id, year, quarter, amount_cents AS amountCents, fee_cents AS feeCents, due_date AS dueDate, status,
       structured_communication AS structuredCommunication
     FROM contributions WHERE person_id = ? AND year >= ? AND kind = 'provisional' AND quarter IS NOT NULL
       AND status IN ('open', 'exempted') AND deleted_at IS NULL ORDER BY year, quarter`,
  ).all(personId, fromYear);
}

export type IncomeFact = { year: number; amountCents: number; source: 'estimate' | 'tax-authority' };

export function readIncomeFacts(sqlite: Sqlite, personId: string): IncomeFact[] {
  return cachedStatement<[string], IncomeFact>(
    sqlite,
    `SELECT year, amount_cents AS amountCents, source FROM income_records WHERE person_id = ? AND deleted_at IS NULL
     ORDER BY year, received_on DESC`,
  ).all(personId);
}

/** Incomes of granted reduction or increase requests, the latest decision of a year first. */
export function readGrantedRequestedIncomes(sqlite: Sqlite, personId: string): { year: number; amountCents: number }[] {
  return cachedStatement<[string], { year: number; amountCents: number }>(
    sqlite,
    `SELECT year, requested_income_cents AS amountCents FROM case_requests
     WHERE person_id = ? AND status = 'granted' AND kind IN ('provisional-reduction', 'provisional-increase')
       AND year IS NOT NULL AND requested_income_cents IS NOT NULL AND deleted_at IS NULL
     ORDER BY decided_on DESC`,
  ).all(personId);
}

export type AddressHistoryRow = {
  id: string;
  street: string;
  houseNumber: string;
  box: string | null;
  postalCode: string;
  municipality: string;
  country: string;
  validFrom: string;
};

/** Every address of the person, newest first: the first is current, each ended the day before the next began. */
export function readAddressHistory(sqlite: Sqlite, personId: string): AddressHistoryRow[] {
  return cachedStatement<[string], AddressHistoryRow>(
    sqlite,
    `SELECT id, street, house_number AS houseNumber, box, postal_code AS postalCode, municipality, country, valid_from AS validFrom
     FROM addresses WHERE person_id = ? AND deleted_at IS NULL ORDER BY valid_from DESC, created_at DESC`,
  ).all(personId);
}

export type SituationChangeRow = {
  id: string;
  kind: string;
  effectiveDate: string;
  reason: string | null;
  details: string;
  differenceCents: number;
  createdAt: string;
  advisorName: string | null;
};

export function readSituationChanges(sqlite: Sqlite, personId: string): SituationChangeRow[] {
  return cachedStatement<[string], SituationChangeRow>(
    sqlite,
    `SELECT s.id, s.kind, s.effective_date AS effectiveDate, s.reason, s.details, s.difference_cents AS differenceCents,
       s.created_at AS createdAt, a.display_name AS advisorName
     FROM situation_changes s LEFT JOIN advisors a ON a.id = s.advisor_id
     WHERE s.person_id = ? AND s.deleted_at IS NULL ORDER BY s.effective_date DESC, s.created_at DESC`,
  ).all(personId);
}

export type CessationRow = {
  effectiveDate: string;
  reason: string | null;
  details: string;
  endDate: string | null;
  personId: string | null;
};

/** The latest cessation filed on an affiliation, with the end date it gave the affiliation. */
export function readCessation(sqlite: Sqlite, affiliationId: string): CessationRow | undefined {
  return cachedStatement<[string], CessationRow>(
    sqlite,
    `SELECT s.effective_date AS effectiveDate, s.reason, s.details, a.end_date AS endDate, s.person_id AS personId
     FROM situation_changes s JOIN affiliations a ON a.id = s.affiliation_id
     WHERE s.affiliation_id = ? AND s.kind = 'cessation' AND s.deleted_at IS NULL ORDER BY s.created_at DESC LIMIT 1`,
  ).get(affiliationId);
}

/** The payments and surcharges hanging from a contribution: a replaced claim hands them to its successor. */
export function readAllocations(sqlite: Sqlite, contributionId: string): { payments: string[]; surcharges: string[] } {
  const ids = (table: string) =>
    cachedStatement<[string], { id: string }>(
      sqlite,
      `SELECT id FROM ${table} WHERE contribution_id = ? AND deleted_at IS NULL ORDER BY id`,
    )
      .all(contributionId)
      .map((row) => row.id);
  return { payments: ids('payments'), surcharges: ids('surcharges') };
}
