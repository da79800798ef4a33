/**
 * The rows the periodic batches judge (shared/domain/letter-batches/periodic-selection.ts), one
 * statement per batch over the case files of one branch: every contribution of the period with its
 * affiliation, whether the batch will take it or not, so the screen can say why a file is left out.
 * Print order: postal code of the current address, then the case reference (bpost sorting).
 * Payments are summed through their owner (payments_person / payments_company indexes).
 */
import type Database from 'better-sqlite3';
import { cachedStatement } from './statement-cache';
import type { ContributionStatus } from '../../shared/domain/letter-batches/periodic-selection';

export type PeriodContributionRow = {
  ownerId: string;
  reference: string;
  displayName: string;
  postalCode: string | null;
  contributionId: string;
  year: number;
  quarter: number | null;
  status: ContributionStatus;
  amountCents: number;
  openCents: number;
  dueDate: string;
  affiliationStart: string;
  affiliationEnd: string | null;
};

export type CompanyDebtRow = PeriodContributionRow & {
  enterpriseNumber: string;
  balanceSheetClass: 'small' | 'large';
  communication: string;
  reminderOn: string | null;
  formalNoticeOn: string | null;
  hasJudicialFile: 0 | 1;
  hasActivePlan: 0 | 1;
  hasPendingRequest: 0 | 1;
};

export type TaxCertificateRow = {
  ownerId: string;
  reference: string;
  displayName: string;
  postalCode: string | null;
  paidCents: number;
  paymentCount: number;
};

const PERSON_QUARTER_SQL = `
  SELECT pe.id AS ownerId, pe.niss AS reference, pe.last_name || ' ' || pe.first_name AS displayName,
    (SELECT a2.postal_code FROM addresses a2 WHERE a2.person_id = pe.id AND a2.deleted_at IS NULL ORDER BY a2.valid_from DESC LIMIT 1) AS postalCode,
    c.id AS contributionId, c.year, c.quarter, c.status, c.amount_cents + c.fee_cents AS amountCents,
    c.amount_cents + c.fee_cents - COALESCE((SELECT SUM(p.amount_cents) FROM payments p WHERE p.person_id = c.person_id AND p.contribution_id = c.id AND p.deleted_at IS NULL), 0) AS openCents,
    c.due_date AS dueDate, COALESCE(af.start_date, '0000-01-01') AS affiliationStart, af.end_date AS affiliationEnd
  FROM contributions c
  JOIN persons pe ON pe.id = c.person_id AND pe.deleted_at IS NULL
  JOIN branches b ON b.id = pe.branch_id
  LEFT JOIN affiliations af ON af.id = c.affiliation_id
  WHERE c.kind = 'provisional' AND c.deleted_at IS NULL AND c.year = @year AND c.quarter = @quarter AND b.code = @branchCode
  ORDER BY postalCode, reference`;

const COMPANY_YEAR_SQL = `
  SELECT co.id AS ownerId, co.enterprise_number AS reference, co.name AS displayName,
    co.enterprise_number AS enterpriseNumber, co.balance_sheet_class AS balanceSheetClass, c.structured_communication AS communication,
    (SELECT a2.postal_code FROM addresses a2 WHERE a2.company_id = co.id AND a2.deleted_at IS NULL ORDER BY a2.valid_from DESC LIMIT 1) AS postalCode,
    c.id AS contributionId, c.year, c.quarter, c.status, c.amount_cents + c.fee_cents AS amountCents,
    c.amount_cents + c.fee_cents - COALESCE((SELECT SUM(p.amount_cents) FROM payments p WHERE p.company_id = c.company_id AND p.contribution_id = c.id AND p.deleted_at IS NULL), 0) AS openCents,
    c.due_date AS dueDate, COALESCE(af.start_date, '0000-01-01') AS affiliationStart, af.end_date AS affiliationEnd,
    (SELECT substr(MAX(l.issued_at), 1, 10) FROM issued_letters l WHERE l.case_reference = co.enterprise_number AND l.kind = 'reminder' AND l.issued_at >= c.due_date) AS reminderOn,
    (SELECT substr(MAX(l.issued_at), 1, 10) FROM issued_letters l WHERE l.case_reference = co.enterprise_number AND l.kind = 'formal-notice' AND l.issued_at >= c.due_date) AS formalNoticeOn,
    EXISTS (SELECT 1 FROM judicial_files j WHERE j.company_id = co.id AND j.status = 'open' AND j.deleted_at IS NULL) AS hasJudicialFile,
    EXISTS (SELECT 1 FROM payment_plans pp WHERE pp.company_id = co.id AND pp.status IN ('proposed', 'active') AND pp.deleted_at IS NULL) AS hasActivePlan,
    EXISTS (SELECT 1 FROM case_requests r WHERE r.company_id = co.id AND r.status = 'filed' AND r.kind IN ('exemption', 'surcharge-waiver') AND r.deleted_at IS NULL) AS hasPendingRequest
  FROM contributions c
  JOIN companies co ON co.id = c.company_id AND co.deleted_at IS NULL
  JOIN branches b ON b.id = co.branch_id
  LEFT JOIN affiliations af ON af.id = c.affiliation_id
  WHERE c.kind = 'company' AND c.deleted_at IS NULL AND c.year = @year AND b.code = @branchCode
  ORDER BY postalCode, reference`;

const TAX_CERTIFICATE_SQL = `
  SELECT pe.id AS ownerId, pe.niss AS reference, pe.last_name || ' ' || pe.first_name AS displayName,
    (SELECT a2.postal_code FROM addresses a2 WHERE a2.person_id = pe.id AND a2.deleted_at IS NULL ORDER BY a2.valid_from DESC LIMIT 1) AS postalCode,
    COALESCE(SUM(CASE WHEN p.amount_cents > 0 THEN p.amount_cents END), 0) AS paidCents,
    COUNT(CASE WHEN p.amount_cents > 0 THEN 1 END) AS paymentCount
  FROM payments p
  JOIN persons pe ON pe.id = p.person_id AND pe.deleted_at IS NULL
  JOIN branches b ON b.id = pe.branch_id
  WHERE p.deleted_at IS NULL AND p.date >= @from AND p.date <= @to AND b.code = @branchCode
  GROUP BY pe.id
  ORDER BY postalCode, reference`;

/** The persons' provisional contributions of one quarter, in the branch. */
export function readQuarterContributions(
  sqlite: Database.Database,
  selection: { year: number; quarter: number; branchCode: string },
): PeriodContributionRow[] {
  return cachedStatement<[typeof selection], PeriodContributionRow>(sqlite, PERSON_QUARTER_SQL).all(selection);
}

/** The companies' yearly contributions, with where their recovery stands, in the branch. */
export function readCompanyContributions(
  sqlite: Database.Database,
  selection: { year: number; branchCode: string },
): CompanyDebtRow[] {
  return cachedStatement<[typeof selection], CompanyDebtRow>(sqlite, COMPANY_YEAR_SQL).all(selection);
}

/** The persons of the branch with a payment (or a refund) dated in the year. */
export function readYearPayers(
  sqlite: Database.Database,
  selection: { year: number; branchCode: string },
): TaxCertificateRow[] {
  return cachedStatement<[{ from: string; to: string; branchCode: string }], TaxCertificateRow>(
    sqlite,
    TAX_CERTIFICATE_SQL,
  ).all({ from: `${selection.year}-01-01`, to: `${selection.year}-12-31`, branchCode: selection.branchCode });
}
