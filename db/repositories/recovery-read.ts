/**
 * The facts the recovery path is decided from (shared/domain/recovery), for every debtor at once: one
 * statement, one row per person with an open, due contribution. The letters are those issued since
 * the oldest unpaid due date (the issued-letter record, by NISS); the personal contact is the latest
 * "call before judicial recovery" task, completed only once its outcome is written; proposed and active plans both hold the path (the plan is the
 * agreement being made); exemption and surcharge-waiver requests hold it while RSVZ/INASTI decides.
 */
import type Database from 'better-sqlite3';
import { cachedStatement } from './statement-cache';

export type RecoveryRow = {
  personId: string;
  niss: string;
  lastName: string;
  firstName: string;
  branchId: string | null;
  oldestDueDate: string;
  openCents: number;
  reminderOn: string | null;
  accountStatementOn: string | null;
  formalNoticeOn: string | null;
  contactOpenedOn: string | null;
  contactDueOn: string | null;
  contactCompletedOn: string | null;
  contactHasPromise: 0 | 1;
  judicialKind: string | null;
  judicialHandedOverOn: string | null;
  hasPriorJudicialFile: 0 | 1;
  hasActivePlan: 0 | 1;
  hasPendingRequest: 0 | 1;
  isBankrupt: 0 | 1;
  resumedOn: string | null;
};

/** `personId` null = every debtor (of `branchId` when given). */
export type RecoverySelection = { today: string; branchId: string | null; personId: string | null };

// `LIMIT -1` keeps the inner query a co-routine: flattened into the aggregate, its payments subquery
// would run once for the filter and again for the sum.
const OPEN_DEBTS = `
  SELECT c.person_id AS personId, MIN(c.due_date) AS oldestDueDate, SUM(c.openCents) AS openCents FROM (
    SELECT c.person_id, c.due_date,
      c.amount_cents + c.fee_cents - COALESCE((SELECT SUM(p.amount_cents) FROM payments p WHERE p.person_id = c.person_id AND p.contribution_id = c.id AND p.deleted_at IS NULL), 0) AS openCents
    FROM contributions c
    WHERE c.status = 'open' AND c.deleted_at IS NULL AND c.person_id IS NOT NULL AND c.due_date <= @today
      AND (@personId IS NULL OR c.person_id = @personId)
    LIMIT -1
  ) c WHERE c.openCents > 0 GROUP BY c.person_id`;

const RECOVERY_SQL = `
  SELECT d.personId, pe.niss, pe.last_name AS lastName, pe.first_name AS firstName, pe.branch_id AS branchId, d.oldestDueDate, d.openCents,
    (SELECT substr(MAX(l.issued_at), 1, 10) FROM issued_letters l WHERE l.case_reference = pe.niss AND l.kind = 'reminder' AND l.issued_at >= d.oldestDueDate) AS reminderOn,
    (SELECT substr(MAX(l.issued_at), 1, 10) FROM issued_letters l WHERE l.case_reference = pe.niss AND l.kind = 'account-statement' AND l.issued_at >= d.oldestDueDate) AS accountStatementOn,
    (SELECT substr(MAX(l.issued_at), 1, 10) FROM issued_letters l WHERE l.case_reference = pe.niss AND l.kind = 'formal-notice' AND l.issued_at >= d.oldestDueDate) AS formalNoticeOn,
    substr(t.created_at, 1, 10) AS contactOpenedOn, t.due_date AS contactDueOn, CASE WHEN t.outcome IS NOT NULL THEN substr(t.completed_at, 1, 10) END AS contactCompletedOn,
    COALESCE(t.outcome IN ('promised-payment', 'plan-requested'), 0) AS contactHasPromise,
    jf.kind AS judicialKind, jf.handed_over_on AS judicialHandedOverOn,
    EXISTS (SELECT 1 FROM judicial_files j WHERE j.person_id = pe.id AND j.kind <> 'bankruptcy-claim' AND j.deleted_at IS NULL) AS hasPriorJudicialFile,
    EXISTS (SELECT 1 FROM payment_plans pp WHERE pp.person_id = pe.id AND pp.status IN ('proposed', 'active') AND pp.deleted_at IS NULL) AS hasActivePlan,
    EXISTS (SELECT 1 FROM case_requests r WHERE r.person_id = pe.id AND r.status = 'filed' AND r.kind IN ('exemption', 'surcharge-waiver') AND r.deleted_at IS NULL) AS hasPendingRequest,
    EXISTS (SELECT 1 FROM judicial_files j WHERE j.person_id = pe.id AND j.kind = 'bankruptcy-claim' AND j.status = 'open' AND j.deleted_at IS NULL) AS isBankrupt,
    (SELECT MAX(pp.lapsed_on) FROM payment_plans pp WHERE pp.person_id = pe.id AND pp.status = 'lapsed' AND pp.deleted_at IS NULL) AS resumedOn
  FROM (${OPEN_DEBTS}) d
  JOIN persons pe ON pe.id = d.personId AND pe.deleted_at IS NULL
  LEFT JOIN tasks t ON t.id = (SELECT t2.id FROM tasks t2 WHERE t2.person_id = pe.id AND t2.kind = 'call-before-judicial-recovery' AND t2.status <> 'cancelled' AND t2.deleted_at IS NULL ORDER BY t2.created_at DESC LIMIT 1)
  LEFT JOIN judicial_files jf ON jf.id = (SELECT j.id FROM judicial_files j WHERE j.person_id = pe.id AND j.status = 'open' AND j.kind <> 'bankruptcy-claim' AND j.deleted_at IS NULL ORDER BY j.handed_over_on DESC LIMIT 1)
  WHERE (@branchId IS NULL OR pe.branch_id = @branchId)`;

/** Streams the rows: a 200,000-person profile is never held twice in memory. */
export function iterateRecoveryRows(
  sqlite: Database.Database,
  selection: RecoverySelection,
): IterableIterator<RecoveryRow> {
  return cachedStatement<[RecoverySelection], RecoveryRow>(sqlite, RECOVERY_SQL).iterate(selection);
}

export function readRecoveryRow(sqlite: Database.Database, today: string, personId: string): RecoveryRow | undefined {
  return cachedStatement<[RecoverySelection], RecoveryRow>(sqlite, RECOVERY_SQL).get({
    today,
    branchId: null,
    personId,
  });
}

/** Does the case file have an open judicial procedure (contrainte, citation, or a claim in a bankruptcy)? */
export function hasOpenJudicialFile(
  sqlite: Database.Database,
  ref: { kind: 'person' | 'company'; id: string },
): boolean {
  const owner = ref.kind === 'person' ? 'person_id' : 'company_id';
  return (
    cachedStatement<[string], { found: number }>(
      sqlite,
      `SELECT 1 AS found FROM judicial_files WHERE ${owner} = ? AND status = 'open' AND deleted_at IS NULL LIMIT 1`,
    ).get(ref.id) !== undefined
  );
}
