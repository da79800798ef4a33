import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/calendar';
import { decideRecovery } from '../../../shared/domain/recovery/next-step';
import type { RecoveryFacts, RecoverySettings } from '../../../shared/domain/recovery/types';

const date = (value: string) => value as IsoDate;
const settings: RecoverySettings = {
  reminderAfterDueDays: 15,
  statementAfterReminderDays: 30,
  formalNoticeAfterStatementDays: 30,
  contactAfterFormalNoticeDays: 14,
  contactTaskDays: 10,
  handOverAfterContactDays: 21,
  judicialMinimumCents: 10_000,
};
const afterFormalNotice: RecoveryFacts = {
  oldestDueDate: date('2026-01-05'),
  openCents: 92_559,
  reminderOn: date('2026-01-20'),
  accountStatementOn: date('2026-02-19'),
  formalNoticeOn: date('2026-03-21'),
  contact: null,
  judicial: null,
  hasPriorJudicialFile: false,
  hasActivePlan: false,
  hasPendingRequest: false,
  isBankrupt: false,
  resumedOn: null,
};

describe('the recovery path of a debtor already handed over once', () => {
  it('hands over again after the formal notice delay, without a personal contact (promised only before the first time)', () => {
    const decision = decideRecovery({ ...afterFormalNotice, hasPriorJudicialFile: true }, settings, date('2026-04-10'));
    expect(decision).toMatchObject({
      step: 'formal-notice',
      action: 'hand-over',
      actionDueOn: '2026-04-04', // 2026-03-21 + 14 days
      isActionDue: true,
    });
    expect(decision.explanation.at(-1)).toMatchObject({
      messageKey: 'explanation.recovery.next.handOver',
      params: { date: '2026-04-04' },
    });
  });

  it('without a prior judicial file the same debtor gets a personal contact first', () => {
    const decision = decideRecovery(afterFormalNotice, settings, date('2026-04-10'));
    expect(decision).toMatchObject({ action: 'open-personal-contact', actionDueOn: '2026-04-04' });
  });
});

describe('a debtor with an open judicial file', () => {
  it('a citation is followed up, explained as a citation', () => {
    const decision = decideRecovery(
      { ...afterFormalNotice, judicial: { kind: 'citation', handedOverOn: date('2026-05-02') } },
      settings,
      date('2026-06-01'),
    );
    expect(decision).toMatchObject({ step: 'judicial', action: 'follow-up-judicial', actionDueOn: null });
    expect(decision.explanation[0]).toMatchObject({
      messageKey: 'explanation.recovery.judicialCitation',
      params: { date: '2026-05-02' },
    });
  });

  it('a contrainte is explained as a contrainte', () => {
    const decision = decideRecovery(
      { ...afterFormalNotice, judicial: { kind: 'contrainte', handedOverOn: date('2026-05-02') } },
      settings,
      date('2026-06-01'),
    );
    expect(decision.explanation[0]?.messageKey).toBe('explanation.recovery.judicialContrainte');
  });
});

describe('the personal contact after the formal notice (every case, not left to the random lives)', () => {
  const contact = (openedOn: string, completedOn: string | null, hasPromise = false) => ({
    openedOn: date(openedOn),
    dueOn: date('2026-04-20'),
    completedOn: completedOn === null ? null : date(completedOn),
    hasPromise,
  });

  it('a contact opened before the delay does not count: it is to be opened again', () => {
    const decision = decideRecovery(
      { ...afterFormalNotice, contact: contact('2026-03-25', '2026-03-30') },
      settings,
      date('2026-04-10'),
    );
    expect(decision).toMatchObject({ step: 'formal-notice', action: 'open-personal-contact' });
  });

  it('a contact completed before it was opened does not count either', () => {
    const decision = decideRecovery(
      { ...afterFormalNotice, contact: contact('2026-04-06', '2026-04-05') },
      settings,
      date('2026-04-10'),
    );
    expect(decision).toMatchObject({ step: 'formal-notice', action: 'open-personal-contact' });
  });

  it('an open contact is to be completed by its due date', () => {
    const decision = decideRecovery(
      { ...afterFormalNotice, contact: contact('2026-04-06', null) },
      settings,
      date('2026-04-10'),
    );
    expect(decision).toMatchObject({
      step: 'formal-notice',
      action: 'complete-personal-contact',
      actionDueOn: '2026-04-20',
    });
  });

  it('a completed contact offers the hand-over at once, or after the promise delay when the debtor promised', () => {
    const done = decideRecovery(
      { ...afterFormalNotice, contact: contact('2026-04-06', '2026-04-08') },
      settings,
      date('2026-04-10'),
    );
    expect(done).toMatchObject({ step: 'personal-contact', action: 'hand-over', actionDueOn: '2026-04-08' });
    const promised = decideRecovery(
      { ...afterFormalNotice, contact: contact('2026-04-06', '2026-04-08', true) },
      settings,
      date('2026-04-10'),
    );
    expect(promised).toMatchObject({ step: 'personal-contact', action: 'hand-over', actionDueOn: '2026-04-29' });
  });
});
