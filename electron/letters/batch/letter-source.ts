/**
 * Where a batch's letters come from. The engine reads letters through this narrow interface: the
 * demo source generates them (CLI, benchmark), the case-file source
 * (electron/services/letters/reminder-batch-source.ts) maps the ledger onto the same types.
 */
import { demoLetter } from '../sample-letters';
import type { Language, LetterInput, LetterKind } from '../letter-data';
import type { PlannedLetter as JournalLetter } from '../../../db/repositories/letter-batch-journal';
import { languages } from '../../../shared/contract/schemas';
import { GuichetError } from '../../../shared/contract/errors';
import { fitAddressBlock } from '../../../shared/domain/letters/address-block';

/**
 * What a batch sends: a letter kind, or a kind of mailing whose letters are of an existing kind (the
 * company notice is the company contribution notice, the company reminder a reminder to a company).
 */
export type BatchKind = LetterKind | 'company-notice' | 'company-reminder';

export function letterKindOf(kind: BatchKind): LetterKind {
  if (kind === 'company-notice') return 'company-contribution-notice';
  if (kind === 'company-reminder') return 'reminder';
  return kind;
}

export type BatchCriteria = {
  kind: BatchKind;
  /** Only letters in this language; all languages when absent. */
  language?: Language;
  /** Only letters asking at least this amount (cents). */
  minimumCents?: number;
  /** Demo source only: how many case files to draw from. */
  demoCount?: number;
  /** Case-file source: the contributions of this quarter (`2026-Q2`)… */
  quarter?: string;
  /** …still unpaid this many days after their due date… */
  daysAfterDue?: number;
  /** …of the case files of this branch (code, e.g. `BXL`). */
  branchCode?: string;
  /** Yearly mailings (tax certificates, company notices and reminders): the calendar year. */
  year?: number;
};

/** A letter planned into a batch, as the journal freezes it. */
export type PlannedLetter = JournalLetter<LetterInput>;

/**
 * A source may seal an attestation when it plans it (electron/services/letters/certificate-seal.ts):
 * `archiveId` is then the id its issued-letter record takes, the one its verification code derives from.
 */
export type LetterSource = { select(criteria: BatchCriteria): readonly (LetterInput & { archiveId?: string })[] };

/** The amount a letter asks for (0 for letters that ask nothing); used for totals and the manifest. */
export function amountOf(input: LetterInput): number {
  return 'payment' in input.data && input.data.payment !== undefined ? input.data.payment.amount : 0;
}

/**
 * The letters of a batch, in print order. A batch whose letters include an address the envelope window
 * cannot show is refused before it is created (otherwise its chunk would fail half-way): the back office
 * corrects those case files first. Only the count travels, no personal data.
 */
export function planLetters(source: LetterSource, criteria: BatchCriteria): PlannedLetter[] {
  const letters = source
    .select(criteria)
    .filter((input) => input.kind === letterKindOf(criteria.kind))
    .filter((input) => criteria.language === undefined || input.language === criteria.language)
    .filter((input) => criteria.minimumCents === undefined || amountOf(input) >= criteria.minimumCents);
  const unfit = letters.filter((input) => !fitsWindow(input)).length;
  if (unfit > 0)
    throw new GuichetError('validation', 'letters.errors.batchAddressesDoNotFit', { params: { count: unfit } });
  return letters.map((input) => ({ input, caseReference: input.data.caseReference, amountCents: amountOf(input) }));
}

function fitsWindow(input: LetterInput): boolean {
  const { recipient } = input.data;
  return fitAddressBlock(
    {
      name: recipient.name,
      ...(recipient.attention === undefined ? {} : { attention: recipient.attention }),
      ...recipient.address,
    },
    input.language,
  ).ok;
}

/** What the back office sees before running: how many letters and the total they ask for. */
export function previewBatch(source: LetterSource, criteria: BatchCriteria): { count: number; totalCents: number } {
  const letters = planLetters(source, criteria);
  return { count: letters.length, totalCents: letters.reduce((sum, letter) => sum + letter.amountCents, 0) };
}

const cycle: readonly Language[] = languages;

export const demoSource: LetterSource = {
  select(criteria) {
    return Array.from({ length: criteria.demoCount ?? 100 }, (_, index) =>
      demoLetter(letterKindOf(criteria.kind), cycle[index % cycle.length] ?? 'fr', index),
    );
  },
};
