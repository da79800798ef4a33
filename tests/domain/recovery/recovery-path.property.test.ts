/**
 * Model test of the recovery path: random debtors live through random days (payments plans that start
 * and lapse, requests filed and decided, bankruptcies, advisors completing the personal contact late
 * or never, batches that do not run every day) and the fund does only what decideRecovery offers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../../shared/domain/calendar';
import { decideRecovery } from '../../../shared/domain/recovery/next-step';
import type { RecoveryDecision, RecoveryFacts, RecoverySettings } from '../../../shared/domain/recovery/types';

type Event = {
  gapDays: number;
  isFundActing: boolean;
  isAdvisorCompleting: boolean;
  change: 'none' | 'plan-starts' | 'instalment-missed' | 'request-filed' | 'request-decided' | 'bankruptcy' | 'paid';
};

const settingsArb: fc.Arbitrary<RecoverySettings> = fc.record({
  reminderAfterDueDays: fc.integer({ min: 0, max: 60 }),
  statementAfterReminderDays: fc.integer({ min: 0, max: 60 }),
  formalNoticeAfterStatementDays: fc.integer({ min: 0, max: 60 }),
  contactAfterFormalNoticeDays: fc.integer({ min: 0, max: 30 }),
  contactTaskDays: fc.integer({ min: 0, max: 30 }),
  handOverAfterContactDays: fc.integer({ min: 0, max: 30 }),
  judicialMinimumCents: fc.integer({ min: 0, max: 100_000 }),
});

const eventArb: fc.Arbitrary<Event> = fc.record({
  gapDays: fc.integer({ min: 1, max: 20 }),
  isFundActing: fc.boolean(),
  isAdvisorCompleting: fc.boolean(),
  change: fc.oneof(
    { weight: 80, arbitrary: fc.constant('none' as const) },
    { weight: 4, arbitrary: fc.constantFrom('plan-starts', 'instalment-missed', 'request-filed', 'request-decided') },
    { weight: 1, arbitrary: fc.constantFrom('bankruptcy' as const, 'paid' as const) },
  ),
});

const dateArb = fc.integer({ min: 0, max: 3 * 365 }).map((offset) => addDays('2024-01-01' as IsoDate, offset));

function freshFacts(oldestDueDate: IsoDate, openCents: number): RecoveryFacts {
  return {
    oldestDueDate,
    openCents,
    reminderOn: null,
    accountStatementOn: null,
    formalNoticeOn: null,
    contact: null,
    judicial: null,
    hasPriorJudicialFile: false,
    hasActivePlan: false,
    hasPendingRequest: false,
    isBankrupt: false,
    resumedOn: null,
  };
}

function applyChange(facts: RecoveryFacts, change: Event['change'], today: IsoDate): RecoveryFacts {
  switch (change) {
    case 'plan-starts':
      return { ...facts, hasActivePlan: true };
    case 'instalment-missed':
      return facts.hasActivePlan ? { ...facts, hasActivePlan: false, resumedOn: today } : facts;
    case 'request-filed':
      return { ...facts, hasPendingRequest: true };
    case 'request-decided':
      return { ...facts, hasPendingRequest: false };
    case 'bankruptcy':
      return { ...facts, isBankrupt: true };
    case 'paid':
      return { ...facts, openCents: 0 };
    default:
      return facts;
  }
}

function act(facts: RecoveryFacts, decision: RecoveryDecision, settings: RecoverySettings, today: IsoDate) {
  switch (decision.action) {
    case 'send-reminder':
      return { ...facts, reminderOn: today };
    case 'send-account-statement':
      return { ...facts, accountStatementOn: today };
    case 'send-formal-notice':
      return { ...facts, formalNoticeOn: today };
    case 'open-personal-contact':
      return {
        ...facts,
        contact: {
          openedOn: today,
          dueOn: addDays(today, settings.contactTaskDays),
          completedOn: null,
          hasPromise: false,
        },
      };
    case 'hand-over':
      return { ...facts, judicial: { kind: 'contrainte' as const, handedOverOn: today } };
    default:
      return facts;
  }
}

type Trace = { today: IsoDate; before: RecoveryFacts; decision: RecoveryDecision; after: RecoveryFacts }[];

function live(start: RecoveryFacts, settings: RecoverySettings, startDay: IsoDate, events: Event[]): Trace {
  const trace: Trace = [];
  let facts = start;
  let today = startDay;
  for (const event of events) {
    today = addDays(today, event.gapDays);
    facts = applyChange(facts, event.change, today);
    if (event.isAdvisorCompleting && facts.contact !== null && facts.contact.completedOn === null)
      facts = { ...facts, contact: { ...facts.contact, completedOn: today, hasPromise: event.gapDays % 2 === 0 } };
    const decision = decideRecovery(facts, settings, today);
    const after = event.isFundActing && decision.isActionDue ? act(facts, decision, settings, today) : facts;
    trace.push({ today, before: facts, decision, after });
    facts = after;
  }
  return trace;
}

/** The whole promised path, in order, each step after its delay. */
function expectFullPath(facts: RecoveryFacts, settings: RecoverySettings, handOverOn: IsoDate) {
  const { oldestDueDate, reminderOn, accountStatementOn, formalNoticeOn, contact } = facts;
  expect(oldestDueDate).not.toBeNull();
  expect(reminderOn! >= addDays(oldestDueDate!, settings.reminderAfterDueDays)).toBe(true);
  expect(accountStatementOn! >= addDays(reminderOn!, settings.statementAfterReminderDays)).toBe(true);
  expect(formalNoticeOn! >= addDays(accountStatementOn!, settings.formalNoticeAfterStatementDays)).toBe(true);
  expect(contact!.openedOn >= addDays(formalNoticeOn!, settings.contactAfterFormalNoticeDays)).toBe(true);
  expect(contact!.completedOn).not.toBeNull();
  expect(contact!.completedOn! >= contact!.openedOn).toBe(true);
  const wait = contact!.hasPromise ? settings.handOverAfterContactDays : 0;
  expect(handOverOn >= addDays(contact!.completedOn!, wait)).toBe(true);
  expect(facts.openCents >= settings.judicialMinimumCents).toBe(true);
}

const isSuspended = (facts: RecoveryFacts) => facts.hasActivePlan || facts.hasPendingRequest || facts.isBankrupt;

describe('recovery path over random lives', () => {
  const lifeArb = fc.record({
    settings: settingsArb,
    dueDate: dateArb,
    openCents: fc.integer({ min: 1, max: 2_000_000 }),
    events: fc.array(eventArb, { minLength: 1, maxLength: 120, size: 'max' }),
  });

  it('hands over only after reminder, statement, formal notice and a completed personal contact, each after its delay', () => {
    let handOvers = 0;
    fc.assert(
      fc.property(lifeArb, ({ settings, dueDate, openCents, events }) => {
        const trace = live(freshFacts(dueDate, openCents), settings, dueDate, events);
        for (const { today, before, decision, after } of trace)
          if (after.judicial !== null && before.judicial === null) {
            expect(decision.action).toBe('hand-over');
            expectFullPath(before, settings, today);
            handOvers += 1;
          }
      }),
      { numRuns: 400, seed: 20_261_206 },
    );
    // The generated lives do reach the end of the path, so the property is not vacuous.
    expect(handOvers).toBeGreaterThan(20);
  });

  it('offers nothing while a plan is active, a request is pending or the debtor is bankrupt', () => {
    fc.assert(
      fc.property(lifeArb, ({ settings, dueDate, openCents, events }) => {
        for (const { before, decision, after } of live(freshFacts(dueDate, openCents), settings, dueDate, events))
          if (isSuspended(before) && before.judicial === null) {
            expect(decision.action).toBe('none');
            if (before.openCents > 0) expect(decision.suspension).not.toBeNull();
            expect(after).toEqual(before);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('never sends an earlier letter to a debtor already further on the path', () => {
    fc.assert(
      fc.property(lifeArb, ({ settings, dueDate, openCents, events }) => {
        for (const { decision, before } of live(freshFacts(dueDate, openCents), settings, dueDate, events)) {
          if (decision.action === 'send-reminder')
            expect(before.accountStatementOn ?? before.formalNoticeOn).toBeNull();
          if (decision.action === 'send-account-statement') expect(before.formalNoticeOn).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('resumes the path when a missed instalment lapses the plan, never before that day', () => {
    fc.assert(
      fc.property(
        settingsArb,
        dateArb,
        fc.integer({ min: 100_000, max: 2_000_000 }),
        fc.integer({ min: 1, max: 400 }),
        (settings, dueDate, openCents, lapseAfter) => {
          const lapsedOn = addDays(dueDate, lapseAfter);
          const planned = { ...freshFacts(dueDate, openCents), hasActivePlan: true };
          expect(decideRecovery(planned, settings, lapsedOn).action).toBe('none');
          const lapsed = { ...planned, hasActivePlan: false, resumedOn: lapsedOn };
          const decision = decideRecovery(lapsed, settings, lapsedOn);
          expect(decision.action).toBe('send-reminder');
          expect(decision.actionDueOn! >= lapsedOn).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('recovery path over arbitrary facts', () => {
  const maybeDate = fc.option(dateArb, { nil: null });
  const factsArb: fc.Arbitrary<RecoveryFacts> = fc.record({
    oldestDueDate: maybeDate,
    openCents: fc.integer({ min: -1_000_000, max: 5_000_000 }),
    reminderOn: maybeDate,
    accountStatementOn: maybeDate,
    formalNoticeOn: maybeDate,
    contact: fc.option(
      fc.record({ openedOn: dateArb, dueOn: dateArb, completedOn: maybeDate, hasPromise: fc.boolean() }),
      { nil: null },
    ),
    judicial: fc.constant(null),
    hasPriorJudicialFile: fc.constant(false),
    hasActivePlan: fc.boolean(),
    hasPendingRequest: fc.boolean(),
    isBankrupt: fc.boolean(),
    resumedOn: maybeDate,
  });

  it('offers the hand-over only over a complete, ordered path', () => {
    fc.assert(
      fc.property(factsArb, settingsArb, dateArb, (facts, settings, today) => {
        const decision = decideRecovery(facts, settings, today);
        if (decision.action === 'hand-over') {
          expect(isSuspended(facts)).toBe(false);
          expectFullPath(facts, settings, decision.actionDueOn!);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
