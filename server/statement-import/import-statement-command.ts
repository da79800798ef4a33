/**
 * `npm run server -- import-statement FILE`: the line printed for an import (counts and ids only,
 * never a payer's name or account); a refused file throws, so the process exits non-zero.
 */
import { readFileSync } from 'node:fs';
import type { ServerDb } from '../db/connection';
import { importStatement } from './import-statement';

export async function importStatementCommand(db: ServerDb, path: string | undefined, now: Date): Promise<string> {
  if (!path) throw new Error('usage: import-statement <CODA or camt.053 file>');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(`cannot read ${path}`);
  }
  const outcome = await importStatement(db, bytes, now);
  if (outcome.ok) {
    const { summary } = outcome;
    return `imported ${summary.format} file ${summary.fileId}: ${summary.statements} statement(s), ${summary.credits} credit(s), ${summary.debits} debit(s); ${summary.matched} payment(s) booked, ${summary.unmatched} in the unmatched queue`;
  }
  if (outcome.reason === 'already-imported')
    throw new Error(
      `${path} was already imported on ${outcome.importedAt.toISOString()} (file ${outcome.fileId}): nothing booked`,
    );
  if (outcome.reason === 'statement-already-imported')
    throw new Error(
      `${path}: statement ${outcome.statementNumber} was already imported with file ${outcome.fileId}: nothing booked`,
    );
  throw new Error(
    `${path} line ${outcome.error.line}: ${outcome.error.detail} [${outcome.error.messageKey}]: nothing booked`,
  );
}
