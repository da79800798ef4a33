/**
 * The back office's reminder batch read from the case-file tables: the provisional contributions of
 * one quarter still unpaid N days after their due date, of the case files of one branch, leaving out
 * those covered by a proposed or active payment plan (the plan is the agreement; a reminder would
 * contradict it). One statement for the whole batch, so 10,000 letters are planned in well under a
 * second. Each letter asks the contribution's open amount plus its open surcharges, with the
 * contribution's own structured communication. Print order: postal code, then NISS (bpost sorting).
 * Payments are summed through their person (payments_person index): payments has no index on
 * contribution_id, and a scan per contribution made the count take seconds on 3,000 persons.
 */
import type Database from 'better-sqlite3';
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';
import { cents } from '../../../shared/domain/money';
import { formatNiss } from '../../../shared/domain/identifiers/niss';
import type { BatchCriteria, LetterSource } from '../../letters/batch/letter-source';
import type { Language, LetterInput, QuarterLine } from '../../letters/letter-data';
import { REMINDER_DAYS_TO_PAY } from './case-file-letters';
import { envelopeName, paymentReferenceOf, postalAddress } from './letter-header';

type Row = {
  niss: string;
  firstName: string;
  lastName: string;
  sex: 'M' | 'F' | null;
  language: Language;
  year: number;
  quarter: number;
  openCents: number;
  surchargesCents: number;
  communication: string;
  street: string;
  houseNumber: string;
  box: string | null;
  postalCode: string;
  municipality: string;
  country: string;
};

/** The selection, shared by the letters and by the tests' expectations. `dueOnOrBefore` = today − N days. */
export const REMINDER_BATCH_SQL = `
  SELECT * FROM (
    SELECT pe.niss, pe.first_name AS firstName, pe.last_name AS lastName, pe.sex, pe.language, c.year, c.quarter,
      c.amount_cents + c.fee_cents - COALESCE((SELECT SUM(p.amount_cents) FROM payments p WHERE p.person_id = c.person_id AND p.contribution_id = c.id AND p.deleted_at IS NULL), 0) AS openCents,
      COALESCE((SELECT SUM(s.amount_cents) FROM surcharges s WHERE s.contribution_id = c.id AND s.is_waived = 0 AND s.deleted_at IS NULL), 0) AS surchargesCents,
      c.structured_communication AS communication,
      ad.street, ad.house_number AS houseNumber, ad.box, ad.postal_code AS postalCode, ad.municipality, ad.country
    FROM contributions c
    JOIN persons pe ON pe.id = c.person_id AND pe.deleted_at IS NULL
    JOIN branches b ON b.id = pe.branch_id
    JOIN addresses ad ON ad.id = (SELECT a2.id FROM addresses a2 WHERE a2.person_id = pe.id AND a2.deleted_at IS NULL ORDER BY a2.valid_from DESC LIMIT 1)
    WHERE c.kind = 'provisional' AND c.status = 'open' AND c.deleted_at IS NULL
      AND c.year = @year AND c.quarter = @quarter AND c.due_date <= @dueOnOrBefore AND b.code = @branchCode
      AND NOT EXISTS (SELECT 1 FROM payment_plans pp, json_each(pp.contribution_ids) j
                      WHERE j.value = c.id AND pp.status IN ('proposed', 'active') AND pp.deleted_at IS NULL)
  ) WHERE openCents > 0
  ORDER BY postalCode, niss`;

export type ReminderSourceContext = { today: () => string; advisorName: () => string };

export function parseQuarter(label: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!match) throw new GuichetError('validation', 'validation.quarter');
  return { year: Number(match[1]), quarter: Number(match[2]) as 1 | 2 | 3 | 4 };
}

/** A LetterSource over the profile's case files; only reminders by quarter, delay and branch for now. */
export function reminderBatchSource(sqlite: Database.Database, context: ReminderSourceContext): LetterSource {
  return {
    select(criteria: BatchCriteria): readonly LetterInput[] {
      if (criteria.kind !== 'reminder' || criteria.quarter === undefined || criteria.branchCode === undefined) {
        throw new GuichetError('validation', 'letters.validation.batchKind');
      }
      const today = toIsoDate(context.today());
      const { year, quarter } = parseQuarter(criteria.quarter);
      const rows = sqlite
        .prepare<[{ year: number; quarter: number; dueOnOrBefore: string; branchCode: string }], Row>(
          REMINDER_BATCH_SQL,
        )
        .all({
          year,
          quarter,
          dueOnOrBefore: addDays(today, -(criteria.daysAfterDue ?? 0)),
          branchCode: criteria.branchCode,
        });
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
