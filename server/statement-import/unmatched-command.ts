/**
 * `npm run server -- unmatched` lists the unmatched queue (ids, amounts, reasons: no payer's name or
 * account); `allocate-payment --entry ID (--contribution ID | --case ID|NISS|BCE) [--note TEXT]` books
 * one entry. A refusal throws, so the process exits non-zero.
 */
import { multiLineText } from '../../shared/contract/text';
import { formatEuros, type Cents } from '../../shared/domain/money';
import type { ServerDb } from '../db/connection';
import { allocateUnmatched, listUnmatched, QueueRefusal, type AllocationTarget } from './unmatched-queue';

const refusals: Record<QueueRefusal['reason'], string> = {
  'unknown-entry': 'no entry of the unmatched queue with that id (see `unmatched`)',
  'already-resolved': 'that entry was already allocated',
  'unknown-contribution': 'no contribution with that id',
  'unknown-case-file': 'no case file with that id, NISS or enterprise number',
  'ambiguous-case-file': 'more than one case file answers to that number: give its id',
};

const noteText = multiLineText({ max: 2000 });

export async function unmatchedCommand(db: ServerDb): Promise<string[]> {
  const entries = await listUnmatched(db);
  if (entries.length === 0) return ['the unmatched queue is empty'];
  return entries.map(
    (entry) =>
      `${entry.id}  ${entry.valueDate}  ${formatEuros(entry.amountCents as Cents).padStart(14)}  ${entry.reason.padEnd(17)}  file ${entry.fileId} line ${entry.line}${entry.contributionId === null ? '' : `  names contribution ${entry.contributionId}`}`,
  );
}

export async function allocatePaymentCommand(
  db: ServerDb,
  values: { entry?: string; contribution?: string; case?: string; note?: string },
  now: Date,
): Promise<string> {
  const usage =
    'usage: allocate-payment --entry <id> (--contribution <id> | --case <id|NISS|enterprise number>) [--note <text>]';
  if (!values.entry || (values.contribution === undefined) === (values.case === undefined)) throw new Error(usage);
  const note = values.note === undefined ? null : noteText.safeParse(values.note);
  if (note !== null && !note.success) throw new Error('the note holds a control character or is too long');
  const target: AllocationTarget =
    values.contribution !== undefined ? { contributionId: values.contribution } : { caseFile: values.case ?? '' };
  try {
    const { paymentId } = await allocateUnmatched(db, values.entry, target, note?.data ?? null, now);
    return `entry ${values.entry} allocated: payment ${paymentId} booked`;
  } catch (error) {
    if (error instanceof QueueRefusal) throw new Error(refusals[error.reason]);
    throw error;
  }
}
