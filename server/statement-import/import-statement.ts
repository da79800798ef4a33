/**
 * `import-statement FILE` at head office: parses a CODA or camt.053 file, refuses it when it is
 * malformed or was imported before (same SHA-256), matches each credit to the debt its structured
 * communication names, and in one transaction books the matched payments as head-office rows (so
 * devices pull them like any change), records every movement (the unmatched queue among them) and
 * the file's hash.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { matchMovements, type MovementOutcome } from '../../shared/domain/bank-statement/matching';
import type { BankStatement, StatementError } from '../../shared/domain/bank-statement/movement';
import { parseStatement } from '../../shared/domain/bank-statement/parse-statement';
import type { ServerDb, ServerTx } from '../db/connection';
import { importedStatements, statementFiles, statementMovements } from '../db/schema';
import { writeHeadOfficeRowsIn, type HeadOfficeRow } from '../sync/head-office';
import { lockWriters } from '../sync/rows';
import { loadOpenDebts } from './open-debts';
import { statementText } from './statement-text';

export type ImportSummary = {
  fileId: string;
  format: BankStatement['format'];
  statements: number;
  credits: number;
  debits: number;
  matched: number;
  unmatched: number;
};

export type ImportOutcome =
  | { ok: true; summary: ImportSummary }
  | { ok: false; reason: 'invalid'; error: StatementError }
  | { ok: false; reason: 'already-imported'; fileId: string; importedAt: Date }
  /** The same statement (account, number, opening date) came in another file. */
  | { ok: false; reason: 'statement-already-imported'; fileId: string; statementNumber: string };

const ROWS_PER_STATEMENT = 500;

export async function importStatement(db: ServerDb, bytes: Buffer, now: Date): Promise<ImportOutcome> {
  const parse = parseStatement(statementText(bytes));
  if (!parse.ok) return { ok: false, reason: 'invalid', error: parse.error };
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  return db.transaction(async (tx): Promise<ImportOutcome> => {
    // Taken first: a second import of the same file waits here, then finds the first one's hash.
    await lockWriters(tx);
    const known = await tx.select().from(statementFiles).where(eq(statementFiles.fileHash, fileHash));
    const first = known[0];
    if (first) return { ok: false, reason: 'already-imported', fileId: first.id, importedAt: first.importedAt };
    const seen = await findImportedStatement(tx, parse.statements);
    if (seen) return { ok: false, reason: 'statement-already-imported', ...seen };
    const movements = parse.statements.flatMap((statement) => statement.movements);
    const debts = await loadOpenDebts(
      tx,
      movements.flatMap((movement) =>
        movement.structuredCommunication === null ? [] : [movement.structuredCommunication],
      ),
    );
    const outcomes = matchMovements(movements, debts);
    const payments = outcomes.map((outcome) => (outcome.kind === 'matched' ? paymentRow(outcome, now) : null));
    await writeHeadOfficeRowsIn(
      tx,
      payments.filter((row): row is HeadOfficeRow => row !== null),
    );
    const summary = summarise(parse.statements, outcomes, uuidv7());
    await recordFile(tx, fileHash, summary, now);
    await tx.insert(importedStatements).values(
      parse.statements.map((statement) => ({
        accountIban: statement.accountIban,
        statementNumber: statement.statementNumber,
        openingDate: statement.openingBalance.date,
        closingDate: statement.closingBalance.date,
        closingCents: statement.closingBalance.amount,
        fileId: summary.fileId,
      })),
    );
    await recordMovements(tx, summary.fileId, parse.statements, outcomes, payments);
    return { ok: true, summary };
  });
}

async function findImportedStatement(
  tx: ServerTx,
  statements: readonly BankStatement[],
): Promise<{ fileId: string; statementNumber: string } | null> {
  for (const statement of statements) {
    const found = await tx
      .select({ fileId: importedStatements.fileId })
      .from(importedStatements)
      .where(
        and(
          eq(importedStatements.accountIban, statement.accountIban),
          eq(importedStatements.statementNumber, statement.statementNumber),
          eq(importedStatements.openingDate, statement.openingBalance.date),
        ),
      );
    if (found[0]) return { fileId: found[0].fileId, statementNumber: statement.statementNumber };
  }
  return null;
}

function paymentRow(outcome: Extract<MovementOutcome, { kind: 'matched' }>, now: Date): HeadOfficeRow {
  const at = now.toISOString();
  const { movement, debt } = outcome;
  return {
    entity: 'payment',
    id: uuidv7(),
    data: {
      personId: debt.owner.kind === 'person' ? debt.owner.id : null,
      companyId: debt.owner.kind === 'company' ? debt.owner.id : null,
      date: movement.valueDate,
      amountCents: movement.amount,
      structuredCommunication: movement.structuredCommunication,
      contributionId: debt.contributionId,
      paymentPlanId: null,
      createdAt: at,
      updatedAt: at,
      rowVersion: 1,
      deletedAt: null,
    },
  };
}

function summarise(statements: readonly BankStatement[], outcomes: readonly MovementOutcome[], fileId: string) {
  const count = (kind: MovementOutcome['kind']): number => outcomes.filter((outcome) => outcome.kind === kind).length;
  return {
    fileId,
    format: statements[0]?.format ?? 'coda',
    statements: statements.length,
    credits: outcomes.length - count('debit'),
    debits: count('debit'),
    matched: count('matched'),
    unmatched: count('unmatched'),
  } satisfies ImportSummary;
}

async function recordFile(tx: ServerTx, fileHash: string, summary: ImportSummary, now: Date): Promise<void> {
  await tx.insert(statementFiles).values({
    id: summary.fileId,
    fileHash,
    format: summary.format,
    statementCount: summary.statements,
    movementCount: summary.credits + summary.debits,
    matchedCount: summary.matched,
    unmatchedCount: summary.unmatched,
    importedAt: now,
  });
}

async function recordMovements(
  tx: ServerTx,
  fileId: string,
  statements: readonly BankStatement[],
  outcomes: readonly MovementOutcome[],
  payments: readonly (HeadOfficeRow | null)[],
): Promise<void> {
  const statementOf = statements.flatMap((statement) => statement.movements.map(() => statement));
  const values = outcomes.map((outcome, index) => {
    const { movement } = outcome;
    const statement = statementOf[index] as BankStatement;
    return {
      id: uuidv7(),
      fileId,
      accountIban: statement.accountIban,
      statementNumber: statement.statementNumber,
      line: movement.line,
      bankReference: movement.bankReference,
      sign: movement.sign,
      amountCents: movement.amount,
      valueDate: movement.valueDate,
      structuredCommunication: movement.structuredCommunication,
      freeCommunication: movement.freeCommunication,
      payerIban: movement.counterparty.iban,
      payerName: movement.counterparty.name,
      payerBic: movement.counterparty.bic,
      outcome: outcome.kind,
      reason: outcome.kind === 'unmatched' ? outcome.reason : null,
      contributionId: outcome.kind === 'debit' ? null : (outcome.debt?.contributionId ?? null),
      paymentId: payments[index]?.id ?? null,
      status: outcome.kind === 'unmatched' ? ('open' as const) : ('resolved' as const),
    };
  });
  for (let start = 0; start < values.length; start += ROWS_PER_STATEMENT)
    await tx.insert(statementMovements).values(values.slice(start, start + ROWS_PER_STATEMENT));
}
