/**
 * The letters that claim overdue debts, reminder and formal notice, and the reading of those debts
 * from the ledger: open, overdue contributions with their open surcharges, oldest first, leaving out
 * those a proposed or active payment plan covers.
 */
import type Database from 'better-sqlite3';
import {
  readContributions,
  readPayments,
  readSurcharges,
  type ContributionRecord,
} from '../../../db/repositories/case-file-ledger-read';
import { readPlans } from '../../../db/repositories/payment-plan-read';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import type { LetterParams } from '../../../shared/contract/channels/letters';
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';
import { cents } from '../../../shared/domain/money';
import type { FundIdentity } from '../../letters/fund-identity';
import type { LetterInput, QuarterLine } from '../../letters/letter-data';
import { labourCourtOf, paymentReferenceOf, type CaseFileParty } from './letter-header';

export type LetterContext = { today: string; advisorName: string; fund: FundIdentity };

/** Days given to pay a reminder, and before a formal notice goes further (fund policy, shown on the letter). */
export const REMINDER_DAYS_TO_PAY = 15;
export const FORMAL_NOTICE_GRACE_DAYS = 15;
type OpenDebt = { row: ContributionRecord; openCents: number; surchargesCents: number };

/** Open, overdue contributions of the case file with their open surcharges, oldest first; those in a running plan are left out. */
export function overdueDebts(sqlite: Database.Database, ref: CaseFileRef, today: string): OpenDebt[] {
  const payments = readPayments(sqlite, ref);
  const surcharges = readSurcharges(sqlite, ref);
  const inPlan = new Set(
    readPlans(sqlite, ref)
      .filter((plan) => plan.status === 'active' || plan.status === 'proposed')
      .flatMap((plan) => JSON.parse(plan.contributionIds) as string[]),
  );
  return readContributions(sqlite, ref)
    .filter((row) => row.status === 'open' && row.dueDate < today && !inPlan.has(row.id))
    .map((row) => {
      const paid = payments
        .filter((payment) => payment.contributionId === row.id)
        .reduce((sum, payment) => sum + payment.amountCents, 0);
      const surchargesCents = surcharges
        .filter((s) => s.contributionId === row.id && s.isWaived === 0)
        .reduce((sum, s) => sum + s.amountCents, 0);
      return { row, openCents: Math.max(0, row.amountCents + row.feeCents - paid), surchargesCents };
    })
    .filter((debt) => debt.openCents > 0);
}

export function quarterLine(row: ContributionRecord, amount: number): QuarterLine {
  // A company contribution is yearly: shown on the year's last quarter line.
  const quarter = (row.quarter ?? 4) as QuarterLine['quarter'];
  return { year: row.year, quarter, amount: cents(amount) };
}

function selectDebts(debts: OpenDebt[], params: LetterParams): OpenDebt[] {
  if (params.contributionIds === undefined) return debts;
  const wanted = new Set(params.contributionIds);
  const chosen = debts.filter((debt) => wanted.has(debt.row.id));
  if (chosen.length !== wanted.size) throw new GuichetError('validation', 'letters.errors.debtNotOverdue');
  return chosen;
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** A reminder or a formal notice for the overdue debts (all, or those the advisor chose). */
export function claimLetter(
  sqlite: Database.Database,
  party: CaseFileParty,
  kind: 'reminder' | 'formal-notice',
  params: LetterParams,
  context: LetterContext,
): LetterInput {
  const debts = selectDebts(overdueDebts(sqlite, party.ref, context.today), params);
  const oldest = debts[0];
  if (!oldest) throw new GuichetError('conflict', 'letters.errors.nothingOverdue');
  const unpaid = debts.map((debt) => quarterLine(debt.row, debt.openCents));
  const surcharges = cents(sum(debts.map((debt) => debt.surchargesCents)));
  const days = kind === 'reminder' ? REMINDER_DAYS_TO_PAY : FORMAL_NOTICE_GRACE_DAYS;
  const payment = {
    amount: cents(sum(unpaid.map((line) => line.amount)) + surcharges),
    dueDate: addDays(toIsoDate(context.today), days),
    paymentReference: paymentReferenceOf(oldest.row.structuredCommunication),
  };
  if (kind === 'reminder')
    return { kind, language: party.language, data: { ...party.header, unpaid, surcharges, payment } };
  return {
    kind,
    language: party.language,
    data: {
      ...party.header,
      unpaid,
      surcharges,
      costs: cents(0),
      graceDays: FORMAL_NOTICE_GRACE_DAYS,
      payment,
      labourCourt: labourCourtOf(party),
    },
  };
}
