/**
 * Reads of the work queue: the open tasks of a branch with their assignee, the advisors of a branch,
 * and the advisor a case file is assigned to (its contact on letters).
 */
import type Database from 'better-sqlite3';
import type { Owner } from './case-file-ledger-read';
import { personDisplayNameSql } from './display-name';
import { cachedStatement } from './statement-cache';

type Sqlite = Database.Database;

export type QueueTaskRecord = {
  id: string;
  kind: 'follow-up' | 'call-before-judicial-recovery' | 'check-documents' | 'plan-lapsed' | 'decision-expected';
  title: string;
  dueDate: string;
  status: 'open' | 'done' | 'cancelled';
  personId: string | null;
  companyId: string | null;
  branchId: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  displayName: string;
};

/** Open tasks of the branch's case files (or created in the branch), earliest due date first. */
export function readOpenTasksForQueue(sqlite: Sqlite, branchId: string, limit: number): QueueTaskRecord[] {
  return cachedStatement<[string, number], QueueTaskRecord>(
    sqlite,
    `SELECT t.id, t.kind, t.title, t.due_date AS dueDate, t.status, t.person_id AS personId, t.company_id AS companyId,
        t.branch_id AS branchId, t.assignee_id AS assigneeId, a.display_name AS assigneeName,
        COALESCE(${personDisplayNameSql('p')}, c.name) AS displayName
       FROM tasks t
       LEFT JOIN advisors a ON a.id = t.assignee_id
       LEFT JOIN persons p ON p.id = t.person_id LEFT JOIN companies c ON c.id = t.company_id
      WHERE t.status = 'open' AND t.deleted_at IS NULL AND t.branch_id = ?
      ORDER BY t.due_date LIMIT ?`,
  ).all(branchId, limit);
}

/** A task with what assigning it needs: its status, branch and row version. */
export function readTaskForAssignment(
  sqlite: Sqlite,
  id: string,
): { id: string; status: string; branchId: string | null; rowVersion: number } | undefined {
  return cachedStatement<[string], { id: string; status: string; branchId: string | null; rowVersion: number }>(
    sqlite,
    `SELECT id, status, branch_id AS branchId, row_version AS rowVersion FROM tasks WHERE id = ? AND deleted_at IS NULL`,
  ).get(id);
}

export type BranchAdvisorRecord = { id: string; displayName: string; role: string };

export function readBranchAdvisors(sqlite: Sqlite, branchId: string): BranchAdvisorRecord[] {
  return cachedStatement<[string], BranchAdvisorRecord>(
    sqlite,
    `SELECT id, display_name AS displayName, role FROM advisors WHERE branch_id = ? AND deleted_at IS NULL ORDER BY display_name`,
  ).all(branchId);
}

export type CaseFileAdvisorRecord = { rowId: string; advisorId: string; displayName: string; branchId: string };

/**
 * The advisor a case file is assigned to. Two devices assigning offline make two rows: the one
 * written last (highest updated_at, then id) is the assignment.
 */
export function readCaseFileAdvisor(sqlite: Sqlite, owner: Owner): CaseFileAdvisorRecord | undefined {
  const column = owner.kind === 'person' ? 'person_id' : 'company_id';
  return cachedStatement<[string], CaseFileAdvisorRecord>(
    sqlite,
    `SELECT cfa.id AS rowId, cfa.advisor_id AS advisorId, a.display_name AS displayName, a.branch_id AS branchId
       FROM case_file_advisors cfa JOIN advisors a ON a.id = cfa.advisor_id
      WHERE cfa.${column} = ? AND cfa.deleted_at IS NULL
      ORDER BY cfa.updated_at DESC, cfa.id DESC LIMIT 1`,
  ).get(owner.id);
}
