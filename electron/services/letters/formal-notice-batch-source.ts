/**
 * The back office's formal-notice batch: the debtors of one branch whose recovery path
 * (shared/domain/recovery) is due for a formal notice today: a reminder and an account statement
 * went out, each after its delay, and no plan, pending request or bankruptcy holds the path. Each
 * letter claims all the debtor's overdue contributions with their surcharges, as one formal notice
 * printed from the case file does (debt-letters.ts).
 */
import type Database from 'better-sqlite3';
import { readBranchIdByCode } from '../../../db/repositories/letters-read';
import { GuichetError } from '../../../shared/contract/errors';
import type { FundIdentity } from '../../letters/fund-identity';
import type { BatchCriteria, LetterSource } from '../../letters/batch/letter-source';
import type { LetterInput } from '../../letters/letter-data';
import { decideAll, type DebtorDecision } from '../recovery/recovery-facts';
import { caseFileLetter } from './case-file-letters';
import { isPeriodicKind, periodicBatchSource } from './periodic-batch-source';
import { reminderBatchSource, type ReminderSourceContext } from './reminder-batch-source';

export type CaseFileSourceContext = ReminderSourceContext & { fund: () => FundIdentity };

function branchIdOf(sqlite: Database.Database, branchCode: string | undefined): string {
  const branchId = branchCode === undefined ? undefined : readBranchIdByCode(sqlite, branchCode);
  if (branchId === undefined) throw new GuichetError('validation', 'letters.validation.branch');
  return branchId;
}

/** The letters the recovery path sends, and the action that says a debtor is due for one. */
const pathLetters = { 'formal-notice': 'send-formal-notice', 'account-statement': 'send-account-statement' } as const;
type PathLetter = keyof typeof pathLetters;

/** The debtors of the branch a letter of the path is due for today, with the decision that says why. */
export function pathCandidates(
  sqlite: Database.Database,
  today: string,
  branchCode: string,
  kind: PathLetter,
): DebtorDecision[] {
  const due: DebtorDecision[] = [];
  for (const debtor of decideAll(sqlite, today, branchIdOf(sqlite, branchCode)))
    if (debtor.decision.action === pathLetters[kind] && debtor.decision.isActionDue) due.push(debtor);
  return due;
}

export function formalNoticeCandidates(sqlite: Database.Database, today: string, branchCode: string): DebtorDecision[] {
  return pathCandidates(sqlite, today, branchCode, 'formal-notice');
}

/** Formal notices, or account statements, to the debtors the recovery path has brought to one. */
export function recoveryPathBatchSource(sqlite: Database.Database, context: CaseFileSourceContext): LetterSource {
  return {
    select(criteria: BatchCriteria): readonly LetterInput[] {
      const kind = criteria.kind;
      if ((kind !== 'formal-notice' && kind !== 'account-statement') || criteria.branchCode === undefined)
        throw new GuichetError('validation', 'letters.validation.batchKind');
      const today = context.today();
      const letterContext = { today, advisorName: context.advisorName(), fund: context.fund() };
      return pathCandidates(sqlite, today, criteria.branchCode, kind).flatMap(({ row }) => {
        try {
          return [caseFileLetter(sqlite, { kind: 'person', id: row.personId }, kind, {}, letterContext)];
        } catch (error) {
          // No address or no structured communication: the letter cannot be posted; the case file shows why.
          if (error instanceof GuichetError && error.code === 'conflict') return [];
          throw error;
        }
      });
    },
  };
}

/**
 * The case-file batches by kind: reminders by quarter, statements and formal notices by the recovery
 * path, and the periodic mailings (due notices, tax certificates, company notices and reminders).
 */
export function caseFileBatchSource(sqlite: Database.Database, context: CaseFileSourceContext): LetterSource {
  const reminders = reminderBatchSource(sqlite, context);
  const path = recoveryPathBatchSource(sqlite, context);
  const periodic = periodicBatchSource(sqlite, context);
  return {
    select: (criteria) =>
      (criteria.kind === 'reminder' ? reminders : isPeriodicKind(criteria.kind) ? periodic : path).select(criteria),
  };
}
