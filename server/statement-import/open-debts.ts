/**
 * The contributions head office holds under the structured communications a statement names, with
 * what is still open on each (principal and fees, less the payments allocated to it), read inside
 * the import's transaction so that what it matches is what it books against.
 */
import { sql } from 'drizzle-orm';
import type { OpenDebt } from '../../shared/domain/bank-statement/matching';
import type { ServerTx } from '../db/connection';
import { formatStructuredCommunication } from '../../shared/domain/identifiers/structured-communication';

type DebtRow = {
  id: string;
  reference: string;
  person_id: string | null;
  company_id: string | null;
  total: string | number;
  status: string;
};

type PaidRow = { contribution_id: string; paid: string | number };

/** Stored communications may be 12 digits or '+++123/4567/89012+++': both forms are looked up (indexed). */
const referenceOf = sql.raw(`regexp_replace(data->>'structuredCommunication', '[^0-9]', '', 'g')`);

export async function loadOpenDebts(tx: ServerTx, references: readonly string[]): Promise<Map<string, OpenDebt>> {
  const debts = new Map<string, OpenDebt>();
  if (references.length === 0) return debts;
  const forms = [...new Set(references)].flatMap((reference) => [reference, formatStructuredCommunication(reference)]);
  const wanted = sql.join(
    forms.map((form) => sql`${form}`),
    sql`, `,
  );
  const found = await tx.execute(sql`SELECT id, ${referenceOf} AS reference, data->>'personId' AS person_id,
      data->>'companyId' AS company_id, data->>'status' AS status,
      (data->>'amountCents')::bigint + (data->>'feeCents')::bigint AS total
    FROM sync_rows WHERE entity = 'contribution' AND data->>'deletedAt' IS NULL
      AND (data->>'structuredCommunication') IN (${wanted})
    ORDER BY data->>'dueDate', id`);
  const rows = (found as unknown as { rows: DebtRow[] }).rows;
  if (rows.length === 0) return debts;
  const paid = await paidByContribution(
    tx,
    rows.map((row) => row.id),
  );
  for (const row of rows) {
    // One reference, one debt: the first (oldest due date) keeps it if a reference was ever issued twice.
    if (debts.has(row.reference)) continue;
    const ownerId = row.person_id ?? row.company_id;
    if (ownerId === null) continue;
    const isOpen = row.status === 'open';
    debts.set(row.reference, {
      contributionId: row.id,
      structuredCommunication: row.reference,
      owner: { kind: row.person_id !== null ? 'person' : 'company', id: ownerId },
      openCents: isOpen ? Math.max(0, Number(row.total) - (paid.get(row.id) ?? 0)) : 0,
    });
  }
  return debts;
}

async function paidByContribution(tx: ServerTx, contributionIds: readonly string[]): Promise<Map<string, number>> {
  const ids = sql.join(
    contributionIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const result = await tx.execute(sql`SELECT data->>'contributionId' AS contribution_id,
      sum((data->>'amountCents')::bigint) AS paid
    FROM sync_rows WHERE entity = 'payment' AND data->>'deletedAt' IS NULL AND data->>'contributionId' IN (${ids})
    GROUP BY data->>'contributionId'`);
  return new Map(
    (result as unknown as { rows: PaidRow[] }).rows.map((row) => [row.contribution_id, Number(row.paid)] as const),
  );
}
