/**
 * Reads of the case-file view: ledger (contributions, payments, surcharges, incomes),
 * relations, plans, requests, letters, notes and tasks of one person or company. Each is one
 * indexed statement on the owner column, prepared once per connection: the view's whole cost is a
 * dozen index range scans (see tests/bench/casefile.bench.ts).
 */
import type Database from 'better-sqlite3';
import { cachedStatement } from './statement-cache';
import { personDisplayNameSql } from './display-name';
import type { Language } from '../../shared/contract/schemas';

export type Owner = { kind: 'person' | 'company'; id: string };
type Sqlite = Database.Database;

function ownerColumn(owner: Owner): string {
  return owner.kind === 'person' ? 'person_id' : 'company_id';
}

function byOwner<Row>(sqlite: Sqlite, owner: Owner, sqlText: (column: string) => string): Row[] {
  return cachedStatement<[string], Row>(sqlite, sqlText(ownerColumn(owner))).all(owner.id);
}

export type ContributionRecord = {
  id: string;
  affiliationId: string | null;
  year: number;
  quarter: number | null;
  kind: 'provisional' | 'regularisation' | 'company';
  amountCents: number;
  feeCents: number;
  dueDate: string;
  status: 'open' | 'exempted' | 'cancelled';
  structuredCommunication: string;
  rowVersion: number;
};
export function readContributions(sqlite: Sqlite, owner: Owner): ContributionRecord[] {
  return byOwner(
    sqlite,
    owner,
    (
      c,
    ) => `SELECT id, affiliation_id AS affiliationId, year, quarter, kind, amount_cents AS amountCents, fee_cents AS feeCents, due_date AS dueDate, status,
    structured_communication AS structuredCommunication, row_version AS rowVersion FROM contributions WHERE ${c} = ? AND deleted_at IS NULL ORDER BY due_date, year, quarter`,
  );
}

export type PaymentRecord = {
  id: string;
  date: string;
  amountCents: number;
  structuredCommunication: string | null;
  contributionId: string | null;
  paymentPlanId: string | null;
};
export function readPayments(sqlite: Sqlite, owner: Owner): PaymentRecord[] {
  return byOwner(
    sqlite,
    owner,
    (
      c,
    ) => `SELECT id, date, amount_cents AS amountCents, structured_communication AS structuredCommunication, contribution_id AS contributionId,
    payment_plan_id AS paymentPlanId FROM payments WHERE ${c} = ? AND deleted_at IS NULL ORDER BY date, id`,
  );
}

export type SurchargeRecord = {
  id: string;
  contributionId: string;
  kind: 'quarterly' | 'year-end' | 'company-monthly';
  date: string;
  baseCents: number;
  ratePpm: number;
  amountCents: number;
  isWaived: number;
};
export function readSurcharges(sqlite: Sqlite, owner: Owner): SurchargeRecord[] {
  return byOwner(
    sqlite,
    owner,
    (
      c,
    ) => `SELECT id, contribution_id AS contributionId, kind, date, base_cents AS baseCents, rate_ppm AS ratePpm, amount_cents AS amountCents,
    is_waived AS isWaived FROM surcharges WHERE ${c} = ? AND deleted_at IS NULL ORDER BY date, id`,
  );
}

export type IncomeRecord = {
  id: string;
  year: number;
  amountCents: number;
  source: 'estimate' | 'tax-authority';
  receivedOn: string;
};
export function readIncomes(sqlite: Sqlite, owner: Owner): IncomeRecord[] {
  return byOwner(
    sqlite,
    owner,
    (c) =>
      `SELECT id, year, amount_cents AS amountCents, source, received_on AS receivedOn FROM income_records WHERE ${c} = ? AND deleted_at IS NULL ORDER BY year, received_on`,
  );
}

export type PeriodRecord = {
  id: string;
  affiliationId: string;
  category: string;
  validFrom: string;
  validTo: string | null;
  isPrimoStarter: number;
  reason: string;
};
export function readAffiliationPeriods(sqlite: Sqlite, owner: Owner): PeriodRecord[] {
  return byOwner(
    sqlite,
    owner,
    (
      c,
    ) => `SELECT p.id, p.affiliation_id AS affiliationId, p.category, p.valid_from AS validFrom, p.valid_to AS validTo, p.is_primo_starter AS isPrimoStarter, p.reason
    FROM affiliations a JOIN affiliation_periods p ON p.affiliation_id = a.id AND p.deleted_at IS NULL WHERE a.${c} = ? AND a.deleted_at IS NULL ORDER BY p.valid_from`,
  );
}

export type MandateRecord = {
  id: string;
  role: 'director' | 'manager' | 'partner';
  startDate: string;
  endDate: string | null;
  isJointlyLiable: number;
  counterpartId: string;
  counterpartName: string;
  counterpartIdentifier: string;
};
export function readMandates(sqlite: Sqlite, owner: Owner): MandateRecord[] {
  const sqlText =
    owner.kind === 'person'
      ? `SELECT m.id, m.role, m.start_date AS startDate, m.end_date AS endDate, m.is_jointly_liable AS isJointlyLiable, c.id AS counterpartId, c.name AS counterpartName,
           c.enterprise_number AS counterpartIdentifier FROM mandates m JOIN companies c ON c.id = m.company_id WHERE m.person_id = ? AND m.deleted_at IS NULL ORDER BY m.start_date`
      : `SELECT m.id, m.role, m.start_date AS startDate, m.end_date AS endDate, m.is_jointly_liable AS isJointlyLiable, p.id AS counterpartId,
           ${personDisplayNameSql('p')} AS counterpartName, p.niss AS counterpartIdentifier FROM mandates m JOIN persons p ON p.id = m.person_id
           WHERE m.company_id = ? AND m.deleted_at IS NULL ORDER BY m.start_date`;
  return cachedStatement<[string], MandateRecord>(sqlite, sqlText).all(owner.id);
}

export type SpouseLinkRecord = {
  id: string;
  relation: 'assists' | 'assisted-by';
  counterpartId: string;
  counterpartName: string;
  counterpartNiss: string;
  startDate: string;
  endDate: string | null;
};
export function readSpouseLinks(sqlite: Sqlite, personId: string): SpouseLinkRecord[] {
  return cachedStatement<[{ id: string }], SpouseLinkRecord>(
    sqlite,
    `SELECT l.id, CASE WHEN l.helper_person_id = @id THEN 'assists' ELSE 'assisted-by' END AS relation, p.id AS counterpartId, ${personDisplayNameSql('p')} AS counterpartName,
       p.niss AS counterpartNiss, l.start_date AS startDate, l.end_date AS endDate
     FROM spouse_links l JOIN persons p ON p.id = CASE WHEN l.helper_person_id = @id THEN l.assisted_person_id ELSE l.helper_person_id END
     WHERE (l.helper_person_id = @id OR l.assisted_person_id = @id) AND l.deleted_at IS NULL`,
  ).all({ id: personId });
}

export type LetterRecord = {
  id: string;
  kind: string;
  status: 'queued' | 'issued' | 'cancelled';
  language: Language;
  queuedAt: string;
  issuedAt: string | null;
};
export function readLetters(sqlite: Sqlite, owner: Owner): LetterRecord[] {
  return byOwner(
    sqlite,
    owner,
    (c) =>
      `SELECT id, kind, status, language, created_at AS queuedAt, issued_at AS issuedAt FROM letter_queue WHERE ${c} = ? AND deleted_at IS NULL ORDER BY created_at DESC`,
  );
}

export type InteractionRecord = {
  id: string;
  occurredAt: string;
  channel: 'appointment' | 'phone' | 'email' | 'letter';
  subject: string;
  body: string;
  advisorId: string | null;
  advisorName: string | null;
};
export function readInteractions(sqlite: Sqlite, owner: Owner): InteractionRecord[] {
  return byOwner(
    sqlite,
    owner,
    (
      c,
    ) => `SELECT i.id, i.occurred_at AS occurredAt, i.channel, i.subject, i.body, i.advisor_id AS advisorId, a.display_name AS advisorName
    FROM interactions i LEFT JOIN advisors a ON a.id = i.advisor_id WHERE i.${c} = ? AND i.deleted_at IS NULL ORDER BY i.occurred_at DESC`,
  );
}

export type TaskRecord = {
  id: string;
  kind: 'follow-up' | 'call-before-judicial-recovery' | 'check-documents' | 'plan-lapsed' | 'decision-expected';
  title: string;
  dueDate: string;
  status: 'open' | 'done' | 'cancelled';
  completedAt: string | null;
  createdBy: string | null;
  createdByName: string | null;
  personId: string | null;
  companyId: string | null;
};
const TASK_COLUMNS = `t.id, t.kind, t.title, t.due_date AS dueDate, t.status, t.completed_at AS completedAt, t.created_by AS createdBy, a.display_name AS createdByName,
  t.person_id AS personId, t.company_id AS companyId`;
export function readTasks(sqlite: Sqlite, owner: Owner): TaskRecord[] {
  return byOwner(
    sqlite,
    owner,
    (c) =>
      `SELECT ${TASK_COLUMNS} FROM tasks t LEFT JOIN advisors a ON a.id = t.created_by WHERE t.${c} = ? AND t.deleted_at IS NULL ORDER BY t.status, t.due_date`,
  );
}
export function readTask(sqlite: Sqlite, id: string): TaskRecord | undefined {
  return cachedStatement<[string], TaskRecord>(
    sqlite,
    `SELECT ${TASK_COLUMNS} FROM tasks t LEFT JOIN advisors a ON a.id = t.created_by WHERE t.id = ? AND t.deleted_at IS NULL`,
  ).get(id);
}
export function readOpenTasksOfBranch(
  sqlite: Sqlite,
  branchId: string,
  limit: number,
): (TaskRecord & { displayName: string })[] {
  return cachedStatement<[string, number], TaskRecord & { displayName: string }>(
    sqlite,
    `SELECT ${TASK_COLUMNS}, COALESCE(${personDisplayNameSql('p')}, c.name) AS displayName FROM tasks t LEFT JOIN advisors a ON a.id = t.created_by
       LEFT JOIN persons p ON p.id = t.person_id LEFT JOIN companies c ON c.id = t.company_id
     WHERE t.status = 'open' AND t.branch_id = ? AND t.deleted_at IS NULL ORDER BY t.due_date LIMIT ?`,
  ).all(branchId, limit);
}

/** Ids of every row hanging from a case file, for its audit trail. */
export function caseFileEntityIds(sqlite: Sqlite, owner: Owner): string[] {
  const tables = [
    'contributions',
    'payments',
    'surcharges',
    'income_records',
    'payment_plans',
    'case_requests',
    'interactions',
    'tasks',
    'letter_queue',
    'addresses',
    'affiliations',
    'complaints',
    'case_file_advisors',
  ];
  const c = ownerColumn(owner);
  const union = tables.map((table) => `SELECT id FROM ${table} WHERE ${c} = @id`).join(' UNION ALL ');
  const rows = cachedStatement<[{ id: string }], { id: string }>(
    sqlite,
    `${union} UNION ALL SELECT id FROM mandates WHERE ${c} = @id`,
  ).all({ id: owner.id });
  return [owner.id, ...rows.map((row) => row.id)];
}
