/**
 * Who a periodic batch writes to and why: the due notice of a quarter, the tax certificate of a year,
 * the company notice and its reminder, and the recovery-step rule (a debtor already at a later step is
 * never sent an earlier letter).
 */
import { describe, expect, it } from 'vitest';
import {
  batchReasonKeys,
  companyNoticeVerdict,
  companyReminderVerdict,
  companyStep,
  dueNoticeVerdict,
  isLetterStepAllowed,
  personReminderVerdict,
  quarterBounds,
  taxCertificateVerdict,
  type CompanyDebtFacts,
  type PeriodContribution,
} from '../../../shared/domain/letter-batches/periodic-selection';

const quarter: PeriodContribution = {
  period: '2026-Q3',
  periodFrom: '2026-07-01',
  periodTo: '2026-09-30',
  affiliationStart: '2020-01-01',
  affiliationEnd: null,
  status: 'open',
  amountCents: 90_000,
  openCents: 90_000,
  dueDate: '2026-09-30',
};

describe('quarter bounds', () => {
  it('gives the first and last day of each quarter', () => {
    expect(quarterBounds(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterBounds(2026, 2)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterBounds(2026, 3)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterBounds(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });
});

describe('due notice', () => {
  it('goes to an affiliated person with an open contribution for the quarter, saying how much and when', () => {
    const verdict = dueNoticeVerdict(quarter);
    expect(verdict.isIn).toBe(true);
    expect(verdict.why.messageKey).toBe(batchReasonKeys.contributionDue);
    expect(verdict.why.params).toEqual({ period: '2026-Q3', amountCents: 90_000, dueDate: '2026-09-30' });
  });

  it('skips a person whose affiliation ended before the quarter began', () => {
    const verdict = dueNoticeVerdict({ ...quarter, affiliationEnd: '2026-06-30' });
    expect(verdict).toMatchObject({ isIn: false, why: { messageKey: batchReasonKeys.affiliationEnded } });
    expect(verdict.why.params).toEqual({ date: '2026-06-30', period: '2026-Q3' });
  });

  it('still writes to a person whose affiliation ends during the quarter', () => {
    expect(dueNoticeVerdict({ ...quarter, affiliationEnd: '2026-07-01' }).isIn).toBe(true);
  });

  it('skips a person affiliated only after the quarter', () => {
    const verdict = dueNoticeVerdict({ ...quarter, affiliationStart: '2026-10-01' });
    expect(verdict).toMatchObject({ isIn: false, why: { messageKey: batchReasonKeys.notYetAffiliated } });
  });

  it('skips an exempted, a cancelled and an already paid contribution', () => {
    expect(dueNoticeVerdict({ ...quarter, status: 'exempted' }).why.messageKey).toBe(batchReasonKeys.exempted);
    expect(dueNoticeVerdict({ ...quarter, status: 'cancelled' }).why.messageKey).toBe(batchReasonKeys.cancelled);
    const paid = dueNoticeVerdict({ ...quarter, openCents: 0 });
    expect(paid).toMatchObject({ isIn: false, why: { messageKey: batchReasonKeys.alreadyPaid } });
  });
});

describe('company notice', () => {
  const year: PeriodContribution = {
    ...quarter,
    period: '2026',
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    dueDate: '2026-06-30',
  };
  it('goes to a company with its yearly contribution open', () => {
    const verdict = companyNoticeVerdict(year);
    expect(verdict).toMatchObject({ isIn: true, why: { messageKey: batchReasonKeys.companyContributionDue } });
  });
  it('skips a company whose affiliation ended before the year, or whose contribution is paid', () => {
    expect(companyNoticeVerdict({ ...year, affiliationEnd: '2025-12-31' }).why.messageKey).toBe(
      batchReasonKeys.affiliationEnded,
    );
    expect(companyNoticeVerdict({ ...year, openCents: -5 }).isIn).toBe(false);
  });
});

describe('tax certificate', () => {
  it('goes to whoever paid during the year, with the total and the number of payments', () => {
    const verdict = taxCertificateVerdict({ year: 2025, paidCents: 350_000, paymentCount: 4 });
    expect(verdict).toMatchObject({ isIn: true, why: { messageKey: batchReasonKeys.paidInYear } });
    expect(verdict.why.params).toEqual({ year: 2025, amountCents: 350_000, count: 4 });
  });
  it('skips a person who paid nothing (only refunds)', () => {
    expect(taxCertificateVerdict({ year: 2025, paidCents: 0, paymentCount: 0 })).toMatchObject({
      isIn: false,
      why: { messageKey: batchReasonKeys.nothingPaid },
    });
    expect(taxCertificateVerdict({ year: 2025, paidCents: 0, paymentCount: 1 }).isIn).toBe(false);
  });
});

describe('recovery step rule', () => {
  it('allows a letter at or after the step reached, never before', () => {
    expect(isLetterStepAllowed('reminder', 'due')).toBe(true);
    expect(isLetterStepAllowed('reminder', 'reminder')).toBe(true);
    expect(isLetterStepAllowed('reminder', 'account-statement')).toBe(false);
    expect(isLetterStepAllowed('reminder', 'formal-notice')).toBe(false);
    expect(isLetterStepAllowed('account-statement', 'formal-notice')).toBe(false);
    expect(isLetterStepAllowed('formal-notice', 'reminder')).toBe(true);
  });

  it('a person already at a later step gets no reminder, and is told why', () => {
    const facts = { period: '2026-Q2', openCents: 10_000, dueDate: '2026-06-30' };
    const later = personReminderVerdict({ ...facts, step: 'formal-notice' });
    expect(later).toMatchObject({ isIn: false, why: { messageKey: batchReasonKeys.laterStep } });
    expect(later.why.params).toEqual({ step: 'formal-notice' });
    const due = personReminderVerdict({ ...facts, step: 'due' });
    expect(due).toMatchObject({ isIn: true, why: { messageKey: batchReasonKeys.unpaidAfterDue } });
    expect(due.why.params).toEqual({ period: '2026-Q2', amountCents: 10_000, dueDate: '2026-06-30' });
  });
});

describe('company reminder', () => {
  const debt: CompanyDebtFacts = {
    year: 2026,
    status: 'open',
    openCents: 99_000,
    dueDate: '2026-06-30',
    reminderOn: null,
    formalNoticeOn: null,
    hasJudicialFile: false,
    hasActivePlan: false,
    hasPendingRequest: false,
  };
  const latest = '2026-07-31';

  it('goes to a company whose contribution is unpaid after the delay', () => {
    const verdict = companyReminderVerdict(debt, latest);
    expect(verdict).toMatchObject({ isIn: true, why: { messageKey: batchReasonKeys.unpaidAfterDue } });
    expect(verdict.why.params).toEqual({ period: '2026', amountCents: 99_000, dueDate: '2026-06-30' });
  });

  it('skips an exempted, cancelled or paid contribution, and one not yet late enough', () => {
    const key = (facts: Partial<CompanyDebtFacts>, last = latest) =>
      companyReminderVerdict({ ...debt, ...facts }, last).why.messageKey;
    expect(key({ status: 'exempted' })).toBe(batchReasonKeys.exempted);
    expect(key({ status: 'cancelled' })).toBe(batchReasonKeys.cancelled);
    expect(key({ openCents: 0 })).toBe(batchReasonKeys.alreadyPaid);
    expect(key({}, '2026-06-29')).toBe(batchReasonKeys.notYetLate);
    expect(key({}, '2026-06-30')).toBe(batchReasonKeys.unpaidAfterDue);
  });

  it('a company already at a later step (formal notice, bailiff or court) gets no reminder', () => {
    const notice = companyReminderVerdict({ ...debt, reminderOn: '2026-07-15', formalNoticeOn: '2026-08-20' }, latest);
    expect(notice).toMatchObject({ isIn: false, why: { messageKey: batchReasonKeys.laterStep } });
    expect(notice.why.params).toEqual({ step: 'formal-notice' });
    const court = companyReminderVerdict({ ...debt, hasJudicialFile: true }, latest);
    expect(court.why.params).toEqual({ step: 'judicial' });
  });

  it('skips a company whose plan or pending request holds the recovery, or already reminded', () => {
    expect(companyReminderVerdict({ ...debt, hasActivePlan: true }, latest).why.messageKey).toBe(
      batchReasonKeys.paymentPlan,
    );
    expect(companyReminderVerdict({ ...debt, hasPendingRequest: true }, latest).why.messageKey).toBe(
      batchReasonKeys.pendingRequest,
    );
    const reminded = companyReminderVerdict({ ...debt, reminderOn: '2026-07-15' }, latest);
    expect(reminded).toMatchObject({ isIn: false, why: { messageKey: batchReasonKeys.alreadyReminded } });
  });

  it('reads the step reached from the letters issued and the open files', () => {
    expect(companyStep(debt)).toBe('due');
    expect(companyStep({ ...debt, reminderOn: '2026-07-15' })).toBe('reminder');
    expect(companyStep({ ...debt, reminderOn: '2026-07-15', formalNoticeOn: '2026-08-20' })).toBe('formal-notice');
    expect(companyStep({ ...debt, hasJudicialFile: true, formalNoticeOn: '2026-08-20' })).toBe('judicial');
  });
});
