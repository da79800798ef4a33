/**
 * The back office's reminder selection: the provisional contributions of one quarter still unpaid N
 * days after their due date, of the case files of one branch, leaving out those covered by a proposed
 * or active payment plan (the plan is the agreement; a reminder would contradict it). One statement
 * for the whole batch, so thousands of letters are planned at once. Print order: postal code, then
 * NISS (bpost sorting). Payments are summed through their person (payments_person index): payments
 * has no index on contribution_id, and a scan per contribution is slow on large profiles.
 */
import type Database from 'better-sqlite3';
import { cachedStatement } from './statement-cache';
import type { Language } from '../../shared/contract/schemas';

export type ReminderRow = {
  personId: string;
  niss: string;
  firstName: string;
  lastName: string;
  sex: 'M' | 'F' | null;
  language: Language;
  year: number;
  quarter: number;
  dueDate: string;
  openCents: number;
  surchargesCents: number;
  communication: string;
  street: string;
  houseNumber: string;
  box: string | null;
  postalCode: string;
  municipality: string;
  country: string;
};

/** `dueOnOrBefore` = today − N days. */
export type ReminderSelection = { year: number; quarter: number; dueOnOrBefore: string; branchCode: string };

const REMINDER_BATCH_SQL = `
  SELECT * FROM (
    SELECT pe.id AS personId, pe.niss, pe.first_name AS firstName, pe.last_name AS lastName, pe.sex, pe.language, c.year, c.quarter, c.due_date AS dueDate,
      c.amount_cents + c.fee_cents - COALESCE((SELECT SUM(p.amount_cents) FROM payments p WHERE p.person_id = c.person_id AND p.contribution_id = c.id AND p.deleted_at IS NULL), 0) AS openCents,
      COALESCE((SELECT SUM(s.amount_cents) FROM surcharges s WHERE s.contribution_id = c.id AND s.is_waived = 0 AND s.deleted_at IS NULL), 0) AS surchargesCents,
      c.structured_communication AS communication,
      ad.street, ad.house_number AS houseNumber, ad.box, ad.postal_code AS postalCode, ad.municipality, ad.country
    FROM contributions c
    JOIN persons pe ON pe.id = c.person_id AND pe.deleted_at IS NULL
    JOIN branches b ON b.id = pe.branch_id
    JOIN addresses ad ON ad.id = (SELECT a2.id FROM addresses a2 WHERE a2.person_id = pe.id AND a2.deleted_at IS NULL ORDER BY a2.valid_from DESC LIMIT 1)
    WHERE c.kind = 'provisional' AND c.status = 'open' AND c.deleted_at IS NULL
      AND c.year = @year AND c.quarter = @quarter AND c.due_date <= @dueOnOrBefore AND b.code = @branchCode
      AND NOT EXISTS (SELECT 1 FROM payment_plans pp, json_each(pp.contribution_ids) j
                      WHERE j.value = c.id AND pp.status IN ('proposed', 'active') AND pp.deleted_at IS NULL)
  ) WHERE openCents > 0
  ORDER BY postalCode, niss`;

export function readReminderRows(sqlite: Database.Database, selection: ReminderSelection): ReminderRow[] {
  return cachedStatement<[ReminderSelection], ReminderRow>(sqlite, REMINDER_BATCH_SQL).all(selection);
}
