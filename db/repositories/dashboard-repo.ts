/**
 * Reads of the branch dashboard: the rows shared/domain/reports/branch-dashboard.ts counts, for the
 * case files of one branch (a row's branch is its own, or its case file's). Each query reads the
 * branch's rows of one table through its owner index; the counting is done by the pure core so the
 * device and head office cut the figures the same way.
 */
import type Database from 'better-sqlite3';
import type {
  AffiliationRow,
  CategoryChangeRow,
  DashboardRows,
  DebtRow,
  LetterRow,
  OpenComplaintRow,
  OpenTaskRow,
  PlanRow,
  RequestRow,
} from '../../shared/domain/reports/branch-dashboard';
import { personDisplayNameSql } from './display-name';
import { cachedStatement } from './statement-cache';

type Sqlite = Database.Database;

const owners = (alias: string) =>
  `LEFT JOIN persons p ON p.id = ${alias}.person_id LEFT JOIN companies c ON c.id = ${alias}.company_id`;
const ownerBranch = `COALESCE(p.branch_id, c.branch_id)`;

/** Everything the dashboard counts for the branch; `yearFrom` bounds the dated rows (the year so far). */
export function readDashboardRows(sqlite: Sqlite, branchId: string, yearFrom: string): DashboardRows {
  const branchAndYear = [branchId, yearFrom] as const;
  return {
    affiliations: cachedStatement<[string, string, string], AffiliationRow>(
      sqlite,
      `SELECT a.category, a.start_date AS startDate, a.end_date AS endDate FROM affiliations a ${owners('a')}
        WHERE a.deleted_at IS NULL AND COALESCE(a.branch_id, ${ownerBranch}) = ?
          AND (a.start_date >= ? OR a.end_date >= ?)`,
    ).all(branchId, yearFrom, yearFrom),
    categoryChanges: cachedStatement<[string, string], CategoryChangeRow>(
      sqlite,
      `SELECT COALESCE(json_extract(s.details, '$.toCategory'), 'unknown') AS toCategory, s.effective_date AS effectiveDate
         FROM situation_changes s ${owners('s')}
        WHERE s.deleted_at IS NULL AND s.kind = 'category' AND ${ownerBranch} = ? AND s.effective_date >= ?`,
    ).all(...branchAndYear),
    openTasks: cachedStatement<[string], OpenTaskRow>(
      sqlite,
      `SELECT t.kind, t.due_date AS dueDate, t.assignee_id AS assigneeId, a.display_name AS assigneeName
         FROM tasks t LEFT JOIN advisors a ON a.id = t.assignee_id
        WHERE t.status = 'open' AND t.deleted_at IS NULL AND t.branch_id = ?`,
    ).all(branchId),
    openComplaints: cachedStatement<[string], OpenComplaintRow>(
      sqlite,
      `SELECT k.answer_due_on AS answerDueOn FROM complaints k ${owners('k')}
        WHERE k.deleted_at IS NULL AND k.status NOT IN ('answered', 'closed') AND COALESCE(k.branch_id, ${ownerBranch}) = ?`,
    ).all(branchId),
    debts: readDebts(sqlite, branchId),
    plans: cachedStatement<[string], PlanRow>(
      sqlite,
      `SELECT pp.status,
          (SELECT count(*) FROM payment_plan_instalments i WHERE i.plan_id = pp.id AND i.status = 'missed') AS missedInstalments,
          (SELECT min(i.due_date) FROM payment_plan_instalments i WHERE i.plan_id = pp.id AND i.status = 'pending') AS oldestPendingDueDate
         FROM payment_plans pp ${owners('pp')}
        WHERE pp.deleted_at IS NULL AND pp.status IN ('active', 'lapsed') AND ${ownerBranch} = ?`,
    ).all(branchId),
    letters: cachedStatement<[string, string], LetterRow>(
      sqlite,
      `SELECT l.kind, substr(l.issued_at, 1, 10) AS issuedOn FROM issued_letters l
         LEFT JOIN persons p ON p.niss = l.case_reference LEFT JOIN companies c ON c.enterprise_number = l.case_reference
        WHERE ${ownerBranch} = ? AND l.issued_at >= ?`,
    ).all(...branchAndYear),
    requests: cachedStatement<[string, string], RequestRow>(
      sqlite,
      `SELECT r.kind, r.status, r.filed_on AS filedOn, r.effect_cents AS effectCents FROM case_requests r ${owners('r')}
        WHERE r.deleted_at IS NULL AND ${ownerBranch} = ? AND r.filed_on >= ?`,
    ).all(...branchAndYear),
  };
}

type DebtRecord = Omit<DebtRow, 'isInJudicialFile' | 'isInActivePlan'> & {
  isInJudicialFile: number;
  isInActivePlan: number;
};

/** Open contributions of the branch not fully paid by the payments allocated to them (surcharges apart). */
function readDebts(sqlite: Sqlite, branchId: string): DebtRow[] {
  return cachedStatement<[string], DebtRecord>(
    sqlite,
    `SELECT COALESCE(k.person_id, k.company_id) AS ownerId, k.due_date AS dueDate,
        k.amount_cents + k.fee_cents - COALESCE(paid.cents, 0) AS outstandingCents,
        EXISTS (SELECT 1 FROM judicial_files j, json_each(j.contribution_ids) e
                 WHERE j.status = 'open' AND j.deleted_at IS NULL AND e.value = k.id) AS isInJudicialFile,
        EXISTS (SELECT 1 FROM payment_plans pp, json_each(pp.contribution_ids) e
                 WHERE pp.status = 'active' AND pp.deleted_at IS NULL AND e.value = k.id) AS isInActivePlan
       FROM contributions k ${owners('k')}
       LEFT JOIN (SELECT contribution_id, sum(amount_cents) AS cents FROM payments
                   WHERE deleted_at IS NULL AND contribution_id IS NOT NULL GROUP BY contribution_id) paid
         ON paid.contribution_id = k.id
      WHERE k.deleted_at IS NULL AND k.status = 'open' AND ${ownerBranch} = ?
        AND COALESCE(paid.cents, 0) < k.amount_cents + k.fee_cents`,
  )
    .all(branchId)
    .map((row) => ({ ...row, isInJudicialFile: row.isInJudicialFile === 1, isInActivePlan: row.isInActivePlan === 1 }));
}

export type OverdueTaskRecord = {
  id: string;
  kind: string;
  title: string;
  dueDate: string;
  personId: string | null;
  companyId: string | null;
  caseFileName: string;
  assigneeName: string | null;
};

/** The branch's open tasks past their due date, oldest first: the list the manager exports. */
export function readOverdueTasks(sqlite: Sqlite, branchId: string, at: string): OverdueTaskRecord[] {
  return cachedStatement<[string, string], OverdueTaskRecord>(
    sqlite,
    `SELECT t.id, t.kind, t.title, t.due_date AS dueDate, t.person_id AS personId, t.company_id AS companyId,
        COALESCE(${personDisplayNameSql('p')}, c.name, '') AS caseFileName, a.display_name AS assigneeName
       FROM tasks t LEFT JOIN advisors a ON a.id = t.assignee_id ${owners('t')}
      WHERE t.status = 'open' AND t.deleted_at IS NULL AND t.branch_id = ? AND t.due_date < ?
      ORDER BY t.due_date, t.id`,
  ).all(branchId, at);
}
