/**
 * The reads behind the letters: the "to print" queue, a queued letter, a case file's reference, the
 * income a due notice is based on, and the back office's reminder selection. Issued letters and
 * batches are in letter-batch-journal.ts; the ledger itself in case-file-ledger-read.ts.
 */
import type Database from 'better-sqlite3';
import { personDisplayNameSql } from './display-name';
import { cachedStatement } from './statement-cache';
import type { Language } from '../../shared/contract/schemas';

type Sqlite = Database.Database;
type CaseFileKey = { kind: 'person' | 'company'; id: string };

export type QueuedLetterRow = {
  kind: string;
  status: string;
  personId: string | null;
  companyId: string | null;
  payload: string;
  sourceEntity: string;
  sourceId: string;
};

export function readQueuedLetter(sqlite: Sqlite, queueId: string): QueuedLetterRow | undefined {
  return cachedStatement<[string], QueuedLetterRow>(
    sqlite,
    `SELECT kind, status, person_id AS personId, company_id AS companyId, payload, source_entity AS sourceEntity, source_id AS sourceId FROM letter_queue WHERE id = ? AND deleted_at IS NULL`,
  ).get(queueId);
}

export type ToPrintRow = {
  id: string;
  personId: string | null;
  companyId: string | null;
  branchId: string | null;
  displayName: string;
  kind: string;
  language: Language;
  reason: string;
  queuedAt: string;
};

/** The queue is worked through at the counter; a longer list is not read at once. */
const TO_PRINT_LIMIT = 500;

/** Letters queued by intake and payment plans, oldest first, with the name of their case file. */
export function readLettersToPrint(sqlite: Sqlite): ToPrintRow[] {
  return cachedStatement<[number], ToPrintRow>(
    sqlite,
    `SELECT q.id, q.person_id AS personId, q.company_id AS companyId, COALESCE(${personDisplayNameSql('p')}, c.name, '') AS displayName,
       COALESCE(p.branch_id, c.branch_id) AS branchId, q.kind, q.language, q.source_entity AS reason, q.created_at AS queuedAt
     FROM letter_queue q LEFT JOIN persons p ON p.id = q.person_id LEFT JOIN companies c ON c.id = q.company_id
     WHERE q.status = 'queued' AND q.deleted_at IS NULL ORDER BY q.created_at, q.id LIMIT ?`,
  ).all(TO_PRINT_LIMIT);
}

/** The case-file reference letters are recorded under: NISS or enterprise number digits. */
export function readCaseReference(sqlite: Sqlite, ref: CaseFileKey): string | undefined {
  const sqlText =
    ref.kind === 'person'
      ? 'SELECT niss AS reference FROM persons WHERE id = ?'
      : 'SELECT enterprise_number AS reference FROM companies WHERE id = ?';
  return cachedStatement<[string], { reference: string }>(sqlite, sqlText).get(ref.id)?.reference;
}

/** The most recent income of a year up to `year` (a due notice's base is the income of three years before). */
export function readIncomeUpTo(sqlite: Sqlite, ref: CaseFileKey, year: number): number | undefined {
  const owner = ref.kind === 'person' ? 'person_id' : 'company_id';
  return cachedStatement<[string, number], { amount: number }>(
    sqlite,
    `SELECT amount_cents AS amount FROM income_records WHERE ${owner} = ? AND year <= ? AND deleted_at IS NULL ORDER BY year DESC, received_on DESC LIMIT 1`,
  ).get(ref.id, year)?.amount;
}

/** The case file behind each case reference (NISS or enterprise number) of a batch's letters, in one query. */
export function readBatchCaseFiles(sqlite: Sqlite, batchId: string): Map<string, CaseFileKey> {
  const rows = cachedStatement<[string, string], { reference: string; kind: CaseFileKey['kind']; id: string }>(
    sqlite,
    `SELECT i.case_reference AS reference, 'person' AS kind, p.id AS id
       FROM letter_batch_items i JOIN persons p ON p.niss = i.case_reference
      WHERE i.batch_id = ?
     UNION ALL
     SELECT i.case_reference, 'company', c.id
       FROM letter_batch_items i JOIN companies c ON c.enterprise_number = i.case_reference
      WHERE i.batch_id = ?`,
  ).all(batchId, batchId);
  return new Map(rows.map((row) => [row.reference, { kind: row.kind, id: row.id }]));
}

export function readBranchIdByCode(sqlite: Sqlite, code: string): string | undefined {
  return cachedStatement<[string], { id: string }>(
    sqlite,
    'SELECT id FROM branches WHERE code = ? AND deleted_at IS NULL',
  ).get(code)?.id;
}

/** The case file a letter's reference (NISS or enterprise number) names, if this device holds it. */
export function readCaseFileOfReference(sqlite: Sqlite, reference: string): CaseFileKey | undefined {
  const person = cachedStatement<[string], { id: string }>(sqlite, 'SELECT id FROM persons WHERE niss = ?').get(
    reference,
  );
  if (person) return { kind: 'person', id: person.id };
  const company = cachedStatement<[string], { id: string }>(
    sqlite,
    'SELECT id FROM companies WHERE enterprise_number = ?',
  ).get(reference);
  return company ? { kind: 'company', id: company.id } : undefined;
}
