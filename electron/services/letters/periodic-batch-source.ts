/**
 * The periodic mailings of the back office, from the case-file tables: the due notices of a quarter,
 * the tax certificates of a year, the company contribution notices of a year and their reminders.
 * The rows are db/repositories/periodic-batch-read.ts; who is in and why is decided by
 * shared/domain/letter-batches/periodic-selection.ts; each letter is drawn as the case file draws it.
 */
import type Database from 'better-sqlite3';
import {
  readCompanyContributions,
  readQuarterContributions,
  readYearPayers,
  type CompanyDebtRow,
  type PeriodContributionRow,
} from '../../../db/repositories/periodic-batch-read';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';
import type { ExplanationLine } from '../../../shared/domain/explanation';
import { formatEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import {
  companyNoticeVerdict,
  companyReminderVerdict,
  dueNoticeVerdict,
  quarterBounds,
  taxCertificateVerdict,
  type BatchVerdict,
  type PeriodContribution,
} from '../../../shared/domain/letter-batches/periodic-selection';
import { cents } from '../../../shared/domain/money';
import type { BatchCriteria, LetterSource } from '../../letters/batch/letter-source';
import type { FundIdentity } from '../../letters/fund-identity';
import type { LetterInput } from '../../letters/letter-data';
import { caseFileLetter } from './case-file-letters';
import { sealForArchive } from './certificate-seal';
import { claimLetter, type LetterContext } from './debt-letters';
import { loadParty, paymentReferenceOf } from './letter-header';
import { parseQuarter } from './reminder-batch-source';

export type PeriodicKind = 'due-notice' | 'tax-certificate' | 'company-notice' | 'company-reminder';
export const periodicKinds: readonly PeriodicKind[] = [
  'due-notice',
  'tax-certificate',
  'company-notice',
  'company-reminder',
];

export function isPeriodicKind(kind: string): kind is PeriodicKind {
  return (periodicKinds as readonly string[]).includes(kind);
}

/** One case file a batch would write to, or leaves out, and why. */
export type BatchCandidate = { ref: CaseFileRef; displayName: string; isIn: boolean; why: ExplanationLine[] };
type Judged<Row> = BatchCandidate & { row: Row };

export type PeriodicSourceContext = { today: () => string; advisorName: () => string; fund: () => FundIdentity };

function required<T>(value: T | undefined, messageKey: string): T {
  if (value === undefined) throw new GuichetError('validation', messageKey);
  return value;
}

function judged<Row extends { ownerId: string; displayName: string }>(
  kind: CaseFileRef['kind'],
  row: Row,
  verdict: BatchVerdict,
): Judged<Row> {
  return { ref: { kind, id: row.ownerId }, displayName: row.displayName, isIn: verdict.isIn, why: [verdict.why], row };
}

function periodFacts(row: PeriodContributionRow, period: string, from: string, to: string): PeriodContribution {
  return {
    period,
    periodFrom: from,
    periodTo: to,
    affiliationStart: row.affiliationStart,
    affiliationEnd: row.affiliationEnd,
    status: row.status,
    amountCents: row.amountCents,
    openCents: row.openCents,
    dueDate: row.dueDate,
  };
}

function judgeDueNotices(sqlite: Database.Database, criteria: BatchCriteria): Judged<PeriodContributionRow>[] {
  const label = required(criteria.quarter, 'validation.quarter');
  const { year, quarter } = parseQuarter(label);
  const { from, to } = quarterBounds(year, quarter);
  const branchCode = required(criteria.branchCode, 'letters.validation.branch');
  return readQuarterContributions(sqlite, { year, quarter, branchCode }).map((row) =>
    judged('person', row, dueNoticeVerdict(periodFacts(row, label, from, to))),
  );
}

function judgeTaxCertificates(sqlite: Database.Database, criteria: BatchCriteria) {
  const year = required(criteria.year, 'letters.validation.year');
  const branchCode = required(criteria.branchCode, 'letters.validation.branch');
  return readYearPayers(sqlite, { year, branchCode }).map((row) =>
    judged('person', row, taxCertificateVerdict({ year, paidCents: row.paidCents, paymentCount: row.paymentCount })),
  );
}

function companyRows(sqlite: Database.Database, criteria: BatchCriteria): CompanyDebtRow[] {
  const year = required(criteria.year, 'letters.validation.year');
  const branchCode = required(criteria.branchCode, 'letters.validation.branch');
  return readCompanyContributions(sqlite, { year, branchCode });
}

function judgeCompanyNotices(sqlite: Database.Database, criteria: BatchCriteria): Judged<CompanyDebtRow>[] {
  return companyRows(sqlite, criteria).map((row) =>
    judged(
      'company',
      row,
      companyNoticeVerdict(periodFacts(row, String(row.year), `${row.year}-01-01`, `${row.year}-12-31`)),
    ),
  );
}

/** The latest due date a reminder may be sent for today: at least the day after, and `daysAfterDue` later. */
export function latestDueDateFor(today: string, daysAfterDue: number | undefined): string {
  return addDays(toIsoDate(today), -Math.max(1, daysAfterDue ?? 0));
}

function judgeCompanyReminders(
  sqlite: Database.Database,
  criteria: BatchCriteria,
  today: string,
): Judged<CompanyDebtRow>[] {
  const latest = latestDueDateFor(today, criteria.daysAfterDue);
  return companyRows(sqlite, criteria).map((row) =>
    judged(
      'company',
      row,
      companyReminderVerdict(
        {
          year: row.year,
          status: row.status,
          openCents: row.openCents,
          dueDate: row.dueDate,
          reminderOn: row.reminderOn,
          formalNoticeOn: row.formalNoticeOn,
          hasJudicialFile: row.hasJudicialFile === 1,
          hasActivePlan: row.hasActivePlan === 1,
          hasPendingRequest: row.hasPendingRequest === 1,
        },
        latest,
      ),
    ),
  );
}

/** Every case file of the period, each with the batch's verdict, in print order. */
export function periodicCandidates(
  sqlite: Database.Database,
  criteria: BatchCriteria,
  today: string,
): BatchCandidate[] {
  return judgeAll(sqlite, criteria, today).map(({ ref, displayName, isIn, why }) => ({ ref, displayName, isIn, why }));
}

function judgeAll(
  sqlite: Database.Database,
  criteria: BatchCriteria,
  today: string,
): Judged<PeriodContributionRow | CompanyDebtRow | { ownerId: string; displayName: string }>[] {
  switch (criteria.kind) {
    case 'due-notice':
      return judgeDueNotices(sqlite, criteria);
    case 'tax-certificate':
      return judgeTaxCertificates(sqlite, criteria);
    case 'company-notice':
      return judgeCompanyNotices(sqlite, criteria);
    case 'company-reminder':
      return judgeCompanyReminders(sqlite, criteria, today);
    default:
      throw new GuichetError('validation', 'letters.validation.batchKind');
  }
}

/** The company contribution notice of one year, from the company's contribution row. */
function companyNoticeLetter(sqlite: Database.Database, row: CompanyDebtRow, context: LetterContext): LetterInput {
  const party = loadParty(sqlite, { kind: 'company', id: row.ownerId }, context.today, context.advisorName);
  return {
    kind: 'company-contribution-notice',
    language: party.language,
    data: {
      ...party.header,
      companyName: row.displayName,
      enterpriseNumber: formatEnterpriseNumber(row.enterpriseNumber),
      year: row.year,
      bracket: row.balanceSheetClass,
      amount: cents(row.amountCents),
      payment: {
        amount: cents(row.openCents),
        dueDate: row.dueDate,
        paymentReference: paymentReferenceOf(row.communication),
      },
    },
  };
}

/** A reminder of the company's yearly contribution: a reminder's blocks with the company's wording. */
function companyReminderLetter(sqlite: Database.Database, row: CompanyDebtRow, context: LetterContext): LetterInput {
  const party = loadParty(sqlite, { kind: 'company', id: row.ownerId }, context.today, context.advisorName, {
    kind: 'team',
    team: 'recovery',
  });
  const letter = claimLetter(sqlite, party, 'reminder', { contributionIds: [row.contributionId] }, context);
  if (letter.kind !== 'reminder') return letter;
  const company = {
    name: row.displayName,
    enterpriseNumber: formatEnterpriseNumber(row.enterpriseNumber),
    year: row.year,
  };
  return { ...letter, data: { ...letter.data, company } };
}

function letterOf(
  sqlite: Database.Database,
  kind: PeriodicKind,
  candidate: Judged<PeriodContributionRow | CompanyDebtRow | { ownerId: string; displayName: string }>,
  criteria: BatchCriteria,
  context: LetterContext,
): LetterInput & { archiveId?: string } {
  const row = candidate.row;
  switch (kind) {
    case 'due-notice':
      return caseFileLetter(
        sqlite,
        candidate.ref,
        'due-notice',
        { contributionIds: [(row as PeriodContributionRow).contributionId] },
        context,
      );
    case 'tax-certificate': {
      // Sealed now: the code printed on it is checked later against its archived record (same id).
      const sealed = sealForArchive(
        caseFileLetter(
          sqlite,
          candidate.ref,
          'tax-certificate',
          criteria.year === undefined ? {} : { year: criteria.year },
          context,
        ),
      );
      return { ...sealed.input, archiveId: sealed.id };
    }
    case 'company-notice':
      return companyNoticeLetter(sqlite, row as CompanyDebtRow, context);
    case 'company-reminder':
      return companyReminderLetter(sqlite, row as CompanyDebtRow, context);
  }
}

/** A LetterSource for the periodic mailings: the letters of the case files the selection takes. */
export function periodicBatchSource(sqlite: Database.Database, context: PeriodicSourceContext): LetterSource {
  return {
    select(criteria: BatchCriteria): readonly (LetterInput & { archiveId?: string })[] {
      const kind = criteria.kind;
      if (!isPeriodicKind(kind) || criteria.branchCode === undefined)
        throw new GuichetError('validation', 'letters.validation.batchKind');
      const today = context.today();
      const letterContext = { today, advisorName: context.advisorName(), fund: context.fund() };
      let unfit = 0;
      const letters = judgeAll(sqlite, criteria, today)
        .filter((candidate) => candidate.isIn)
        .flatMap((candidate) => {
          try {
            return [letterOf(sqlite, kind, candidate, criteria, letterContext)];
          } catch (error) {
            // No address or no structured communication: the letter cannot be posted; the case file shows why.
            if (error instanceof GuichetError && error.code === 'conflict') return [];
            if (error instanceof GuichetError && error.messageKey === 'letters.errors.addressDoesNotFit') {
              unfit += 1;
              return [];
            }
            throw error;
          }
        });
      // As for reminders (planLetters): the back office corrects those addresses before the batch runs.
      if (unfit > 0)
        throw new GuichetError('validation', 'letters.errors.batchAddressesDoNotFit', { params: { count: unfit } });
      return letters;
    },
  };
}
