/** Reads about an affiliation and its year: what a simulation applied to a case file or a request starts from. */
import type { ChangeRecorder } from './change-recorder';
import { cachedStatement } from './statement-cache';

type Sqlite = ChangeRecorder['sqlite'];

export type AffiliationRow = { id: string; personId: string | null; companyId: string | null; branchId: string | null };

export function readAffiliation(sqlite: Sqlite, id: string): AffiliationRow | undefined {
  return cachedStatement<[string], AffiliationRow>(
    sqlite,
    'SELECT id, person_id AS personId, company_id AS companyId, branch_id AS branchId FROM affiliations WHERE id = ? AND deleted_at IS NULL',
  ).get(id);
}

/** The provisional contributions already claimed on an affiliation for a year, in cents (0 when none). */
export function sumProvisionalContributions(sqlite: Sqlite, affiliationId: string, year: number): number {
  return (
    cachedStatement<[string, number], { total: number | null }>(
      sqlite,
      `SELECT sum(amount_cents) AS total FROM contributions WHERE affiliation_id = ? AND year = ? AND kind = 'provisional' AND status <> 'cancelled' AND deleted_at IS NULL`,
    ).get(affiliationId, year)?.total ?? 0
  );
}

/** The income last received for a person's year, in cents, or undefined when none was received. */
export function readLatestIncome(sqlite: Sqlite, personId: string, year: number): number | undefined {
  return cachedStatement<[string, number], { amount: number }>(
    sqlite,
    `SELECT amount_cents AS amount FROM income_records WHERE person_id = ? AND year = ? AND deleted_at IS NULL ORDER BY received_on DESC LIMIT 1`,
  ).get(personId, year)?.amount;
}

/** The category of a person's most recent affiliation, or undefined. */
export function readLatestAffiliationCategory(sqlite: Sqlite, personId: string): string | undefined {
  return cachedStatement<[string], { category: string }>(
    sqlite,
    `SELECT category FROM affiliations WHERE person_id = ? AND deleted_at IS NULL ORDER BY start_date DESC LIMIT 1`,
  ).get(personId)?.category;
}
