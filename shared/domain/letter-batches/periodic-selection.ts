/**
 * Who a periodic mailing goes to, and why: the due notice of a quarter, the tax certificate of a
 * year, the company contribution notice and its reminder. Each case file is judged on its own facts
 * and the verdict carries the reason the batch screen shows before anything runs, for those left
 * out as well as those in. Due notices and certificates are not recovery letters; the company
 * reminder is, so a company already further on the path (formal notice, bailiff or court) is not
 * sent an earlier letter, as for persons (electron/services/recovery/recovery-facts.ts).
 */
import { explain, type ExplanationLine } from '../explanation';
import { recoverySteps, type RecoveryStep } from '../recovery/types';

export type ContributionStatus = 'open' | 'exempted' | 'cancelled';

/** A periodic batch's verdict on one case file: in or out, and the line that says why. */
export type BatchVerdict = { readonly isIn: boolean; readonly why: ExplanationLine };

/** Literal keys, so the catalogues' completeness test finds every one. */
export const batchReasonKeys = {
  contributionDue: 'explanation.batch.contributionDue',
  paidInYear: 'explanation.batch.paidInYear',
  companyContributionDue: 'explanation.batch.companyContributionDue',
  unpaidAfterDue: 'explanation.batch.unpaidAfterDue',
  affiliationEnded: 'explanation.batch.affiliationEnded',
  notYetAffiliated: 'explanation.batch.notYetAffiliated',
  exempted: 'explanation.batch.exempted',
  cancelled: 'explanation.batch.cancelled',
  alreadyPaid: 'explanation.batch.alreadyPaid',
  nothingPaid: 'explanation.batch.nothingPaid',
  notYetLate: 'explanation.batch.notYetLate',
  laterStep: 'explanation.batch.laterStep',
  paymentPlan: 'explanation.batch.paymentPlan',
  pendingRequest: 'explanation.batch.pendingRequest',
  alreadyReminded: 'explanation.batch.alreadyReminded',
} as const;

const RULE = 'batch.selection';

function verdict(isIn: boolean, messageKey: string, params: Record<string, string | number> = {}): BatchVerdict {
  return { isIn, why: explain(RULE, messageKey, params, null) };
}

/** A recovery letter is sent only to a debtor who has not gone past its step. */
export function isLetterStepAllowed(letter: RecoveryStep, reached: RecoveryStep): boolean {
  return recoverySteps.indexOf(reached) <= recoverySteps.indexOf(letter);
}

/** The first and last day of a quarter label `YYYY-Qn`. */
export function quarterBounds(year: number, quarter: 1 | 2 | 3 | 4): { from: string; to: string } {
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  const lastDay = last === 3 || last === 12 ? 31 : 30;
  return {
    from: `${year}-${String(first).padStart(2, '0')}-01`,
    to: `${year}-${String(last).padStart(2, '0')}-${lastDay}`,
  };
}

/** One contribution claimed for a period (a quarter, or a company's year), with the affiliation it falls under. */
export type PeriodContribution = {
  /** The period as the letter names it: `2026-Q3`, or `2026` for a company. */
  period: string;
  periodFrom: string;
  periodTo: string;
  affiliationStart: string;
  affiliationEnd: string | null;
  status: ContributionStatus;
  amountCents: number;
  openCents: number;
  dueDate: string;
};

/** What stops a notice for a period, whoever the debtor; null when the notice is due. */
function periodRefusal(facts: PeriodContribution): BatchVerdict | null {
  if (facts.affiliationEnd !== null && facts.affiliationEnd < facts.periodFrom)
    return verdict(false, batchReasonKeys.affiliationEnded, { date: facts.affiliationEnd, period: facts.period });
  if (facts.affiliationStart > facts.periodTo)
    return verdict(false, batchReasonKeys.notYetAffiliated, { date: facts.affiliationStart, period: facts.period });
  if (facts.status === 'exempted') return verdict(false, batchReasonKeys.exempted, { period: facts.period });
  if (facts.status === 'cancelled') return verdict(false, batchReasonKeys.cancelled, { period: facts.period });
  if (facts.openCents <= 0) return verdict(false, batchReasonKeys.alreadyPaid, { period: facts.period });
  return null;
}

/**
 * The quarterly due notice: to every person affiliated during the quarter whose provisional
 * contribution for it is open and not paid in advance. A person whose affiliation ended before the
 * quarter began is left out even if a contribution row was created before the cessation was known.
 */
export function dueNoticeVerdict(facts: PeriodContribution): BatchVerdict {
  return (
    periodRefusal(facts) ??
    verdict(true, batchReasonKeys.contributionDue, {
      period: facts.period,
      amountCents: facts.openCents,
      dueDate: facts.dueDate,
    })
  );
}

/** The yearly company contribution notice: same rules as a due notice, for the company's year. */
export function companyNoticeVerdict(facts: PeriodContribution): BatchVerdict {
  return (
    periodRefusal(facts) ??
    verdict(true, batchReasonKeys.companyContributionDue, {
      period: facts.period,
      amountCents: facts.openCents,
      dueDate: facts.dueDate,
    })
  );
}

/** The yearly tax certificate: to everyone who paid contributions during the year (refunds are not payments). */
export function taxCertificateVerdict(facts: { year: number; paidCents: number; paymentCount: number }): BatchVerdict {
  if (facts.paymentCount === 0 || facts.paidCents <= 0)
    return verdict(false, batchReasonKeys.nothingPaid, { year: facts.year });
  return verdict(true, batchReasonKeys.paidInYear, {
    year: facts.year,
    amountCents: facts.paidCents,
    count: facts.paymentCount,
  });
}

/** A company's yearly contribution and where its recovery stands. */
export type CompanyDebtFacts = {
  year: number;
  status: ContributionStatus;
  openCents: number;
  dueDate: string;
  /** The letters of the path issued since the due date (null: none). */
  reminderOn: string | null;
  formalNoticeOn: string | null;
  /** An open bailiff or court file. */
  hasJudicialFile: boolean;
  hasActivePlan: boolean;
  hasPendingRequest: boolean;
};

/** The step of the recovery path a company has reached. */
export function companyStep(facts: CompanyDebtFacts): RecoveryStep {
  if (facts.hasJudicialFile) return 'judicial';
  if (facts.formalNoticeOn !== null) return 'formal-notice';
  if (facts.reminderOn !== null) return 'reminder';
  return 'due';
}

/**
 * The company reminder: the yearly contribution still open `daysAfterDue` days after its due date,
 * to a company that has not gone past the reminder step, has had no reminder for it yet, and whose
 * recovery no plan or pending request holds.
 */
export function companyReminderVerdict(facts: CompanyDebtFacts, latestDueDate: string): BatchVerdict {
  const period = String(facts.year);
  if (facts.status === 'exempted') return verdict(false, batchReasonKeys.exempted, { period });
  if (facts.status === 'cancelled') return verdict(false, batchReasonKeys.cancelled, { period });
  if (facts.openCents <= 0) return verdict(false, batchReasonKeys.alreadyPaid, { period });
  if (facts.dueDate > latestDueDate) return verdict(false, batchReasonKeys.notYetLate, { dueDate: facts.dueDate });
  const step = companyStep(facts);
  if (!isLetterStepAllowed('reminder', step)) return verdict(false, batchReasonKeys.laterStep, { step });
  if (facts.hasActivePlan) return verdict(false, batchReasonKeys.paymentPlan, {});
  if (facts.hasPendingRequest) return verdict(false, batchReasonKeys.pendingRequest, {});
  if (facts.reminderOn !== null) return verdict(false, batchReasonKeys.alreadyReminded, { date: facts.reminderOn });
  return verdict(true, batchReasonKeys.unpaidAfterDue, {
    period,
    amountCents: facts.openCents,
    dueDate: facts.dueDate,
  });
}

/**
 * A person's quarterly reminder: the contribution is unpaid after the delay (the SQL selection says
 * so); it goes out unless the person is already further on the recovery path than a reminder.
 */
export function personReminderVerdict(facts: {
  period: string;
  openCents: number;
  dueDate: string;
  step: RecoveryStep;
}): BatchVerdict {
  if (!isLetterStepAllowed('reminder', facts.step))
    return verdict(false, batchReasonKeys.laterStep, { step: facts.step });
  return verdict(true, batchReasonKeys.unpaidAfterDue, {
    period: facts.period,
    amountCents: facts.openCents,
    dueDate: facts.dueDate,
  });
}
