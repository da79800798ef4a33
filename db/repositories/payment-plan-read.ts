/** Payment plans of a case file with their instalments and status history, and requests. */
import type Database from 'better-sqlite3';
import { cachedStatement } from './statement-cache';
import type { Owner } from './case-file-ledger-read';

type Sqlite = Database.Database;

export type PlanRecord = {
  id: string;
  personId: string | null;
  companyId: string | null;
  status: 'draft' | 'proposed' | 'active' | 'completed' | 'lapsed' | 'cancelled';
  contributionIds: string;
  termsKind: 'months' | 'instalment';
  termsMonths: number | null;
  termsInstalmentCents: number | null;
  advanceCents: number;
  atDate: string;
  startDate: string;
  endDate: string;
  principalCents: number;
  surchargesCents: number;
  totalCents: number;
  signedOn: string | null;
  lapsedOn: string | null;
  rowVersion: number;
};
export type InstalmentRecord = {
  id: string;
  planId: string;
  number: number;
  kind: 'advance' | 'instalment';
  dueDate: string;
  amountCents: number;
  status: 'pending' | 'paid' | 'missed';
};
export type PlanEventRecord = { planId: string; status: string; at: string; reason: string; advisorId: string | null };
export type PlanWithParts = PlanRecord & { instalments: InstalmentRecord[]; events: PlanEventRecord[] };

const PLAN_COLUMNS = `id, person_id AS personId, company_id AS companyId, status, contribution_ids AS contributionIds, terms_kind AS termsKind, terms_months AS termsMonths,
  terms_instalment_cents AS termsInstalmentCents, advance_cents AS advanceCents, at_date AS atDate, start_date AS startDate, end_date AS endDate,
  principal_cents AS principalCents, surcharges_cents AS surchargesCents, total_cents AS totalCents, signed_on AS signedOn, lapsed_on AS lapsedOn, row_version AS rowVersion`;

function withParts(sqlite: Sqlite, plans: PlanRecord[]): PlanWithParts[] {
  if (plans.length === 0) return [];
  const ids = JSON.stringify(plans.map((plan) => plan.id));
  const instalments = cachedStatement<[string], InstalmentRecord>(
    sqlite,
    `SELECT id, plan_id AS planId, number, kind, due_date AS dueDate, amount_cents AS amountCents, status FROM payment_plan_instalments
     WHERE plan_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY plan_id, number`,
  ).all(ids);
  const events = cachedStatement<[string], PlanEventRecord>(
    sqlite,
    `SELECT plan_id AS planId, status, created_at AS at, reason, advisor_id AS advisorId FROM payment_plan_events
     WHERE plan_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY created_at, id`,
  ).all(ids);
  return plans.map((plan) => ({
    ...plan,
    instalments: instalments.filter((instalment) => instalment.planId === plan.id),
    events: events.filter((event) => event.planId === plan.id),
  }));
}

export function readPlans(sqlite: Sqlite, owner: Owner): PlanWithParts[] {
  const column = owner.kind === 'person' ? 'person_id' : 'company_id';
  const plans = cachedStatement<[string], PlanRecord>(
    sqlite,
    `SELECT ${PLAN_COLUMNS} FROM payment_plans WHERE ${column} = ? AND deleted_at IS NULL ORDER BY created_at DESC`,
  ).all(owner.id);
  return withParts(sqlite, plans);
}

export function readPlan(sqlite: Sqlite, id: string): PlanWithParts | undefined {
  const plan = cachedStatement<[string], PlanRecord>(
    sqlite,
    `SELECT ${PLAN_COLUMNS} FROM payment_plans WHERE id = ? AND deleted_at IS NULL`,
  ).get(id);
  return plan ? withParts(sqlite, [plan])[0] : undefined;
}

export type RequestRecord = {
  id: string;
  personId: string | null;
  companyId: string | null;
  affiliationId: string | null;
  kind: 'exemption' | 'surcharge-waiver' | 'provisional-reduction' | 'provisional-increase';
  grounds: string;
  groundsText: string;
  quarters: string;
  year: number | null;
  requestedIncomeCents: number | null;
  status: 'filed' | 'granted' | 'refused';
  filedOn: string;
  decidedOn: string | null;
  decisionNote: string;
  effectCents: number;
  authorityReference: string | null;
  authorityDecidedOn: string | null;
  rowVersion: number;
};
const REQUEST_COLUMNS = `id, person_id AS personId, company_id AS companyId, affiliation_id AS affiliationId, kind, grounds, grounds_text AS groundsText, quarters, year,
  requested_income_cents AS requestedIncomeCents, status, filed_on AS filedOn, decided_on AS decidedOn, decision_note AS decisionNote, effect_cents AS effectCents,
  authority_reference AS authorityReference, authority_decided_on AS authorityDecidedOn, row_version AS rowVersion`;

export function readRequests(sqlite: Sqlite, owner: Owner): RequestRecord[] {
  const column = owner.kind === 'person' ? 'person_id' : 'company_id';
  return cachedStatement<[string], RequestRecord>(
    sqlite,
    `SELECT ${REQUEST_COLUMNS} FROM case_requests WHERE ${column} = ? AND deleted_at IS NULL ORDER BY filed_on DESC, id DESC`,
  ).all(owner.id);
}

export function readRequest(sqlite: Sqlite, id: string): RequestRecord | undefined {
  return cachedStatement<[string], RequestRecord>(
    sqlite,
    `SELECT ${REQUEST_COLUMNS} FROM case_requests WHERE id = ? AND deleted_at IS NULL`,
  ).get(id);
}
