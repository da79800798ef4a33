/**
 * The back office's reminder batch from the case-file tables (the selection is
 * db/repositories/reminder-batch-read.ts). Each letter asks the contribution's open amount plus its
 * open surcharges, with the contribution's own structured communication.
 */
import type Database from 'better-sqlite3';
import { readReminderRows } from '../../../db/repositories/reminder-batch-read';
import { readBranchIdByCode } from '../../../db/repositories/letters-read';
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';
import { cents } from '../../../shared/domain/money';
import { formatNiss } from '../../../shared/domain/identifiers/niss';
import type { BatchCriteria, LetterSource } from '../../letters/batch/letter-source';
import type { LetterInput, QuarterLine } from '../../letters/letter-data';
import { debtorsPast } from '../recovery/recovery-facts';
import { REMINDER_DAYS_TO_PAY } from './debt-letters';
import { envelopeName, paymentReferenceOf, postalAddress } from './letter-header';

export type ReminderSourceContext = { today: () => string; advisorName: () => string };

export function parseQuarter(label: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!match) throw new GuichetError('validation', 'validation.quarter');
  return { year: Number(match[1]), quarter: Number(match[2]) as 1 | 2 | 3 | 4 };
}

/**
 * A LetterSource over the profile's case files: reminders by quarter, delay and branch, never to a
 * debtor already further on the recovery path (an account statement or a formal notice went out).
 */
export function reminderBatchSource(sqlite: Database.Database, context: ReminderSourceContext): LetterSource {
  return {
    select(criteria: BatchCriteria): readonly LetterInput[] {
      if (criteria.kind !== 'reminder' || criteria.quarter === undefined || criteria.branchCode === undefined) {
        throw new GuichetError('validation', 'letters.validation.batchKind');
      }
      const today = toIsoDate(context.today());
      const { year, quarter } = parseQuarter(criteria.quarter);
      const past = debtorsPast(sqlite, today, readBranchIdByCode(sqlite, criteria.branchCode) ?? null, 'reminder');
      const rows = readReminderRows(sqlite, {
        year,
        quarter,
        dueOnOrBefore: addDays(today, -(criteria.daysAfterDue ?? 0)),
        branchCode: criteria.branchCode,
      }).filter((row) => !past.has(row.niss));
      const dueDate = addDays(today, REMINDER_DAYS_TO_PAY);
      const advisorName = context.advisorName();
      return rows.map((row): LetterInput => {
        const unpaid: QuarterLine[] = [
          { year: row.year, quarter: row.quarter as QuarterLine['quarter'], amount: cents(row.openCents) },
        ];
        return {
          kind: 'reminder',
          language: row.language,
          data: {
            caseReference: row.niss,
            recipient: {
              name: envelopeName(row.language, row.sex, row.firstName, row.lastName),
              address: postalAddress(row, row.language),
            },
            identifier: formatNiss(row.niss),
            issueDate: today,
            advisorName,
            // A batch has no advisor per file: the letter names the team that follows unpaid contributions.
            contact: { kind: 'team', team: 'recovery' },
            unpaid,
            surcharges: cents(row.surchargesCents),
            payment: {
              amount: cents(row.openCents + row.surchargesCents),
              dueDate,
              paymentReference: paymentReferenceOf(row.communication),
            },
          },
        };
      });
    },
  };
}
