/**
 * The attestations of a case file, drawn from its ledger and affiliations: affiliation (periods and
 * categories), regularity on a date, payments of a period, and the tax certificate of a year. The
 * figures come from shared/domain/attestation; pure reads, nothing is written.
 */
import type Database from 'better-sqlite3';
import {
  readContributions,
  readPayments,
  readSurcharges,
  type ContributionRecord,
} from '../../../db/repositories/case-file-ledger-read';
import { readAffiliationRecords } from '../../../db/repositories/case-file-summary-read';
import type { LetterParams } from '../../../shared/contract/channels/letters';
import { GuichetError } from '../../../shared/contract/errors';
import { affiliationCategorySchema } from '../../../shared/contract/schemas';
import { allocatePayments } from '../../../shared/domain/attestation/payment-allocation';
import { regularityAsOf } from '../../../shared/domain/attestation/regularity';
import { taxDeductible } from '../../../shared/domain/attestation/tax-deductible';
import { cents } from '../../../shared/domain/money';
import type { LetterInput } from '../../letters/letter-data';
import type { LetterContext } from './debt-letters';
import type { CaseFileParty } from './letter-header';

export type CertificateLetterKind =
  'affiliation-certificate' | 'regularity-certificate' | 'payment-certificate' | 'tax-certificate';

export function certificateLetter(
  sqlite: Database.Database,
  party: CaseFileParty,
  kind: CertificateLetterKind,
  params: LetterParams,
  context: LetterContext,
): LetterInput {
  switch (kind) {
    case 'affiliation-certificate':
      return affiliationCertificate(sqlite, party, context);
    case 'regularity-certificate':
      return regularityCertificate(sqlite, party, params, context);
    case 'payment-certificate':
      return paymentCertificate(sqlite, party, params, context);
    case 'tax-certificate':
      return taxCertificate(sqlite, party, params, context);
  }
}

function periodOf(row: ContributionRecord | undefined, fallback: string): string {
  if (row === undefined) return fallback;
  return row.quarter === null ? String(row.year) : `Q${row.quarter} ${row.year}`;
}

function affiliationCertificate(sqlite: Database.Database, party: CaseFileParty, context: LetterContext): LetterInput {
  const periods = readAffiliationRecords(sqlite, party.ref)
    .filter((row) => row.startDate <= context.today)
    .map((row) => ({
      startDate: row.startDate,
      endDate: row.endDate,
      category: affiliationCategorySchema.catch(party.ref.kind === 'company' ? 'company' : 'main').parse(row.category),
    }));
  if (periods.length === 0) throw new GuichetError('not-found', 'errors.notFound', { entity: 'affiliation' });
  return {
    kind: 'affiliation-certificate',
    language: party.language,
    data: { ...party.header, asOf: context.today, isCompany: party.ref.kind === 'company', periods },
  };
}

function regularityCertificate(
  sqlite: Database.Database,
  party: CaseFileParty,
  params: LetterParams,
  context: LetterContext,
): LetterInput {
  const asOf = params.asOf ?? context.today;
  if (asOf > context.today) throw new GuichetError('validation', 'letters.errors.period');
  const regularity = regularityAsOf(
    asOf,
    readContributions(sqlite, party.ref).map((row) => ({ ...row, isOpen: row.status === 'open' })),
    readSurcharges(sqlite, party.ref).map((row) => ({ ...row, isWaived: row.isWaived !== 0 })),
    readPayments(sqlite, party.ref),
  );
  return {
    kind: 'regularity-certificate',
    language: party.language,
    data: {
      ...party.header,
      asOf,
      open: regularity.open.map((line) => ({
        period: line.quarter === null ? String(line.year) : `Q${line.quarter} ${line.year}`,
        amount: line.amount,
        surcharges: line.surcharges,
      })),
      totalOpen: regularity.totalOpen,
    },
  };
}

/** Payments received in a period (default: 1 January of this year to today). */
function paymentCertificate(
  sqlite: Database.Database,
  party: CaseFileParty,
  params: LetterParams,
  context: LetterContext,
): LetterInput {
  const from = params.from ?? `${context.today.slice(0, 4)}-01-01`;
  const to = params.to ?? context.today;
  if (from > to) throw new GuichetError('validation', 'letters.errors.period');
  const contributions = new Map(readContributions(sqlite, party.ref).map((row) => [row.id, row]));
  const payments = readPayments(sqlite, party.ref)
    .filter((payment) => payment.date >= from && payment.date <= to && payment.amountCents > 0)
    .map((payment) => ({
      date: payment.date,
      amount: cents(payment.amountCents),
      period: periodOf(
        payment.contributionId === null ? undefined : contributions.get(payment.contributionId),
        payment.date.slice(0, 4),
      ),
    }));
  if (payments.length === 0) throw new GuichetError('conflict', 'letters.errors.noPayments');
  const total = cents(payments.reduce((sum, payment) => sum + payment.amount, 0));
  return {
    kind: 'payment-certificate',
    language: party.language,
    data: { ...party.header, periodFrom: from, periodTo: to, payments, total },
  };
}

/** What was paid in a year (the last one by default) and what of it is deductible. */
function taxCertificate(
  sqlite: Database.Database,
  party: CaseFileParty,
  params: LetterParams,
  context: LetterContext,
): LetterInput {
  const year = params.year ?? Number(context.today.slice(0, 4)) - 1;
  const rows = readContributions(sqlite, party.ref);
  const contributions = new Map(rows.map((row) => [row.id, row]));
  const ledgerPayments = readPayments(sqlite, party.ref);
  const payments = ledgerPayments
    // Refunds are not payments: the breakdown subtracts them.
    .filter((payment) => payment.date.startsWith(`${year}-`) && payment.amountCents > 0)
    .map((payment) => ({
      date: payment.date,
      amount: cents(payment.amountCents),
      period: periodOf(
        payment.contributionId === null ? undefined : contributions.get(payment.contributionId),
        String(year),
      ),
    }));
  if (payments.length === 0) throw new GuichetError('conflict', 'letters.errors.noPayments');
  const surcharges = readSurcharges(sqlite, party.ref).map((row) => ({ ...row, isWaived: row.isWaived !== 0 }));
  const { year: _year, ...breakdown } = taxDeductible(allocatePayments(rows, surcharges, ledgerPayments), year);
  return {
    kind: 'tax-certificate',
    language: party.language,
    data: {
      ...party.header,
      year,
      payments,
      total: cents(payments.reduce((sum, payment) => sum + payment.amount, 0)),
      breakdown,
    },
  };
}
