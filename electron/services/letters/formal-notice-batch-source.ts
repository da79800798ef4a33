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
import { reminderBatchSource, type ReminderSourceContext } from './reminder-batch-source';

export type CaseFileSourceContext = ReminderSourceContext & { fund: () => FundIdentity };

function branchIdOf(sqlite: Database.Database, branchCode: string | undefined): string {
  const branchId = branchCode === undefined ? undefined : readBranchIdByCode(sqlite, branchCode);
  if (branchId === undefined) throw new GuichetError('validation', 'letters.validation.branch');
  return branchId;
}

/** The debtors of the branch a formal notice is due for today, with the decision that says why. */
export function formalNoticeCandidates(sqlite: Database.Database, today: string, branchCode: string): DebtorDecision[] {
  const due: DebtorDecision[] = [];
  for (const debtor of decideAll(sqlite, today, branchIdOf(sqlite, branchCode)))
    if (debtor.decision.action === 'send-formal-notice' && debtor.decision.isActionDue) due.push(debtor);
  return due;
}

export function formalNoticeBatchSource(sqlite: Database.Database, context: CaseFileSourceContext): LetterSource {
  return {
    select(criteria: BatchCriteria): readonly LetterInput[] {
      if (criteria.kind !== 'formal-notice' || criteria.branchCode === undefined)
        throw new GuichetError('validation', 'letters.validation.batchKind');
      const today = context.today();
      const letterContext = { today, advisorName: context.advisorName(), fund: context.fund() };
      return formalNoticeCandidates(sqlite, today, criteria.branchCode).flatMap(({ row }) => {
        try {
          return [caseFileLetter(sqlite, { kind: 'person', id: row.personId }, 'formal-notice', {}, letterContext)];
        } catch (error) {
          // No address or no structured communication: the letter cannot be posted; the case file shows why.
          if (error instanceof GuichetError && error.code === 'conflict') return [];
          throw error;
        }
      });
    },
  };
}

/** The case-file batches by kind: reminders by quarter, formal notices by the recovery path. */
export function caseFileBatchSource(sqlite: Database.Database, context: CaseFileSourceContext): LetterSource {
  const reminders = reminderBatchSource(sqlite, context);
  const formalNotices = formalNoticeBatchSource(sqlite, context);
  return { select: (criteria) => (criteria.kind === 'formal-notice' ? formalNotices : reminders).select(criteria) };
}
