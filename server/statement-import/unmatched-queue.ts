/**
 * The unmatched queue at head office: credits of imported statements that no debt took as they
 * were. Staff allocate each one by hand, to the contribution it pays (a partial payment, an
 * overpayment that then shows as a credit) or to a case file as a credit, with a note; the payment
 * is written as a head-office row, so the case file's devices pull it like any change.
 */
import { and, asc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { UnmatchedEntry } from '../../shared/contract/statement-protocol';
import type { ServerDb, ServerTx } from '../db/connection';
import { statementMovements, syncRows } from '../db/schema';
import { AssignmentRefusal, findCaseFile } from '../sync/assignments';
import { writeHeadOfficeRowsIn } from '../sync/head-office';
import { lockWriters } from '../sync/rows';

export class QueueRefusal extends Error {
  constructor(
    readonly reason:
      'unknown-entry' | 'already-resolved' | 'unknown-contribution' | 'unknown-case-file' | 'ambiguous-case-file',
  ) {
    super(reason);
  }
}

/** What staff need to pick an entry; the payer's name and account stay in the table, not in the listing. */
export type QueueEntry = {
  id: string;
  fileId: string;
  line: number;
  amountCents: number;
  valueDate: string;
  reason: string;
  contributionId: string | null;
};

export async function listUnmatched(db: ServerDb): Promise<QueueEntry[]> {
  const rows = await db
    .select({
      id: statementMovements.id,
      fileId: statementMovements.fileId,
      line: statementMovements.line,
      amountCents: statementMovements.amountCents,
      valueDate: statementMovements.valueDate,
      reason: statementMovements.reason,
      contributionId: statementMovements.contributionId,
    })
    .from(statementMovements)
    .where(and(eq(statementMovements.outcome, 'unmatched'), eq(statementMovements.status, 'open')))
    .orderBy(asc(statementMovements.valueDate), asc(statementMovements.fileId), asc(statementMovements.line));
  return rows.map((row) => ({ ...row, reason: row.reason ?? '' }));
}

export type AllocationTarget = { contributionId: string } | { caseFile: string };

/** Who allocates from the app; null at the head-office console. */
export type Resolver = { advisorId: string; deviceId: string } | null;

type Owner = { personId: string | null; companyId: string | null; contributionId: string | null };

async function ownerOf(tx: ServerTx, target: AllocationTarget): Promise<Owner> {
  if ('contributionId' in target) {
    const [row] = await tx
      .select({ data: syncRows.data })
      .from(syncRows)
      .where(and(eq(syncRows.entity, 'contribution'), eq(syncRows.id, target.contributionId)));
    if (!row || row.data['deletedAt'] != null) throw new QueueRefusal('unknown-contribution');
    const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
    return {
      personId: text(row.data['personId']),
      companyId: text(row.data['companyId']),
      contributionId: target.contributionId,
    };
  }
  try {
    const caseFile = await findCaseFile(tx, target.caseFile);
    const isPerson = caseFile.entity === 'person';
    return {
      personId: isPerson ? caseFile.rootId : null,
      companyId: isPerson ? null : caseFile.rootId,
      contributionId: null,
    };
  } catch (error) {
    if (
      error instanceof AssignmentRefusal &&
      (error.reason === 'unknown-case-file' || error.reason === 'ambiguous-case-file')
    )
      throw new QueueRefusal(error.reason);
    throw error;
  }
}

/** Books the entry's amount as a payment of the target and closes the entry with the note, in one transaction. */
export async function allocateUnmatched(
  db: ServerDb,
  entryId: string,
  target: AllocationTarget,
  note: string | null,
  now: Date,
  resolver: Resolver = null,
): Promise<{ paymentId: string }> {
  return db.transaction(async (tx) => {
    await lockWriters(tx);
    const [entry] = await tx
      .select()
      .from(statementMovements)
      .where(and(eq(statementMovements.id, entryId), eq(statementMovements.outcome, 'unmatched')))
      .for('update');
    if (!entry) throw new QueueRefusal('unknown-entry');
    if (entry.status !== 'open') throw new QueueRefusal('already-resolved');
    const owner = await ownerOf(tx, target);
    const paymentId = uuidv7();
    const at = now.toISOString();
    await writeHeadOfficeRowsIn(tx, [
      {
        entity: 'payment',
        id: paymentId,
        data: {
          ...owner,
          date: entry.valueDate,
          amountCents: entry.amountCents,
          structuredCommunication: entry.structuredCommunication,
          paymentPlanId: null,
          createdAt: at,
          updatedAt: at,
          rowVersion: 1,
          deletedAt: null,
        },
      },
    ]);
    await tx
      .update(statementMovements)
      .set({
        status: 'resolved',
        paymentId,
        contributionId: owner.contributionId,
        note,
        resolvedAt: now,
        resolvedByAdvisor: resolver?.advisorId ?? null,
        resolvedByDevice: resolver?.deviceId ?? null,
        caseFileId: owner.personId ?? owner.companyId,
      })
      .where(eq(statementMovements.id, entryId));
    return { paymentId };
  });
}

/** The queue as back-office staff see it in the app: with the payer and the communications, to find whose payment it is. */
export async function listUnmatchedForStaff(db: ServerDb): Promise<UnmatchedEntry[]> {
  const rows = await db
    .select({
      id: statementMovements.id,
      valueDate: statementMovements.valueDate,
      amountCents: statementMovements.amountCents,
      payerName: statementMovements.payerName,
      payerIban: statementMovements.payerIban,
      structuredCommunication: statementMovements.structuredCommunication,
      freeCommunication: statementMovements.freeCommunication,
      reason: statementMovements.reason,
      contributionId: statementMovements.contributionId,
    })
    .from(statementMovements)
    .where(and(eq(statementMovements.outcome, 'unmatched'), eq(statementMovements.status, 'open')))
    .orderBy(asc(statementMovements.valueDate), asc(statementMovements.fileId), asc(statementMovements.line));
  return rows.map((row) => ({ ...row, reason: row.reason ?? '' }));
}
