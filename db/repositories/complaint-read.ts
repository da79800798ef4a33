/** Reads of complaints: one, a case file's, and the open ones of a branch for the work queue. */
import type Database from 'better-sqlite3';
import type { Owner } from './case-file-ledger-read';
import { personDisplayNameSql } from './display-name';
import { cachedStatement } from './statement-cache';

type Sqlite = Database.Database;

export type ComplaintRecord = {
  id: string;
  personId: string | null;
  companyId: string | null;
  branchId: string | null;
  subject: string;
  details: string;
  receivedOn: string;
  answerDueOn: string;
  status: 'received' | 'in-progress' | 'answered' | 'closed';
  answer: string | null;
  answeredOn: string | null;
  rowVersion: number;
};

const COLUMNS = `k.id, k.person_id AS personId, k.company_id AS companyId, k.branch_id AS branchId, k.subject, k.details,
  k.received_on AS receivedOn, k.answer_due_on AS answerDueOn, k.status, k.answer, k.answered_on AS answeredOn,
  k.row_version AS rowVersion`;

export function readComplaint(sqlite: Sqlite, id: string): ComplaintRecord | undefined {
  return cachedStatement<[string], ComplaintRecord>(
    sqlite,
    `SELECT ${COLUMNS} FROM complaints k WHERE k.id = ? AND k.deleted_at IS NULL`,
  ).get(id);
}

export function readComplaints(sqlite: Sqlite, owner: Owner): ComplaintRecord[] {
  const column = owner.kind === 'person' ? 'person_id' : 'company_id';
  return cachedStatement<[string], ComplaintRecord>(
    sqlite,
    `SELECT ${COLUMNS} FROM complaints k WHERE k.${column} = ? AND k.deleted_at IS NULL ORDER BY k.received_on DESC, k.id DESC`,
  ).all(owner.id);
}

export type OpenComplaintRecord = ComplaintRecord & {
  displayName: string;
  /** The case file's advisor: whose complaint it is in "mine". */
  assigneeId: string | null;
  assigneeName: string | null;
};

/** Complaints still to answer (received or in progress) of a branch's case files, earliest deadline first. */
export function readOpenComplaintsOfBranch(sqlite: Sqlite, branchId: string, limit: number): OpenComplaintRecord[] {
  return cachedStatement<[string, number], OpenComplaintRecord>(
    sqlite,
    `SELECT ${COLUMNS}, COALESCE(${personDisplayNameSql('p')}, c.name) AS displayName,
        cfa.advisor_id AS assigneeId, a.display_name AS assigneeName
       FROM complaints k
       LEFT JOIN persons p ON p.id = k.person_id LEFT JOIN companies c ON c.id = k.company_id
       LEFT JOIN case_file_advisors cfa ON cfa.deleted_at IS NULL
         AND ((k.person_id IS NOT NULL AND cfa.person_id = k.person_id) OR (k.company_id IS NOT NULL AND cfa.company_id = k.company_id))
       LEFT JOIN advisors a ON a.id = cfa.advisor_id
      WHERE k.status IN ('received', 'in-progress') AND k.deleted_at IS NULL
        AND COALESCE(p.branch_id, c.branch_id, k.branch_id) = ?
      ORDER BY k.answer_due_on LIMIT ?`,
  ).all(branchId, limit);
}
