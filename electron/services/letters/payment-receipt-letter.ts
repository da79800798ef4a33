/**
 * The receipt of a payment received at the counter, drawn from its payment rows (one per
 * contribution it paid, one for surcharges or credit) and the account's balance once it is booked.
 */
import type Database from 'better-sqlite3';
import type { LetterParams } from '../../../shared/contract/channels/letters';
import { GuichetError } from '../../../shared/contract/errors';
import { formatStructuredCommunication } from '../../../shared/domain/identifiers/structured-communication';
import { cents } from '../../../shared/domain/money';
import { readContributions, readPayments, readSurcharges } from '../../../db/repositories/case-file-ledger-read';
import type { Language, LetterInput } from '../../letters/letter-data';
import { formatQuarter } from '../../letters/print-format';
import type { CaseFileParty } from './letter-header';

const accountWord: Record<Language, string> = {
  fr: 'Majorations ou crédit',
  nl: 'Verhogingen of tegoed',
  de: 'Zuschläge oder Guthaben',
};

/** Claimed (not exempted) − paid + surcharges not waived: the case file's balance, as the view shows it. */
function balanceOf(sqlite: Database.Database, party: CaseFileParty): number {
  const claimed = readContributions(sqlite, party.ref)
    .filter((row) => row.status === 'open')
    .reduce((sum, row) => sum + row.amountCents + row.feeCents, 0);
  const paid = readPayments(sqlite, party.ref).reduce((sum, row) => sum + row.amountCents, 0);
  const surcharges = readSurcharges(sqlite, party.ref).reduce(
    (sum, row) => sum + (row.isWaived ? 0 : row.amountCents),
    0,
  );
  return claimed - paid + surcharges;
}

export function paymentReceiptLetter(
  sqlite: Database.Database,
  party: CaseFileParty,
  kind: 'payment-receipt',
  params: LetterParams,
): LetterInput {
  if (params.paymentIds === undefined) throw new GuichetError('validation', 'letters.errors.paymentRequired');
  const wanted = new Set(params.paymentIds);
  const rows = readPayments(sqlite, party.ref).filter((row) => wanted.has(row.id));
  if (rows.length !== wanted.size) throw new GuichetError('not-found', 'errors.notFound', { entity: 'payment' });
  const contributions = new Map(readContributions(sqlite, party.ref).map((row) => [row.id, row]));
  const label = (contributionId: string | null): string => {
    const row = contributionId === null ? undefined : contributions.get(contributionId);
    if (row === undefined) return accountWord[party.language];
    return row.quarter === null ? String(row.year) : formatQuarter(row.year, row.quarter, party.language);
  };
  const digits = rows[0]!.structuredCommunication;
  return {
    kind,
    language: party.language,
    data: {
      ...party.header,
      paymentDate: rows[0]!.date,
      amount: cents(rows.reduce((sum, row) => sum + row.amountCents, 0)),
      ...(digits === null ? {} : { communication: formatStructuredCommunication(digits) }),
      lines: rows.map((row) => ({ label: label(row.contributionId), amount: cents(row.amountCents) })),
      balanceAfter: cents(balanceOf(sqlite, party)),
    },
  };
}
