/**
 * The proactive follow-up of rights (the fund's commitment to grant rights without being asked):
 * every event no follow-up task answers yet gets one in the work queue, and where the law makes the
 * fund act on its own (maternity aid) an information letter is queued to the person; a deadline to
 * apply about to pass brings a reminder letter. One transaction per event (and per person for the
 * reminders); an event with its task, a right with its reminder, are never taken again, so a second
 * scan creates nothing.
 */
import type { GuichetDb } from '../../../db/connection';
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import { insertOpenTask, insertRow } from '../../../db/repositories/case-file-repo';
import {
  EVENT_TASK_SOURCE,
  hasRightsLetter,
  readEventsWithoutFollowUp,
  readPersonsWithEvents,
} from '../../../db/repositories/rights-read';
import { addDays, toIsoDate, type IsoDate } from '../../../shared/domain/calendar';
import { loadOwner } from '../case-file/owner';
import { assessPerson } from './rights-view';

/** Without a legal deadline, the follow-up is due this many days after the scan found the event. */
export const FOLLOW_UP_DAYS = 14;

/** A reminder leaves when the last day to apply is this close, for a right nobody applied for yet. */
export const REMINDER_DAYS_BEFORE_DEADLINE = 45;

export type ScanOutcome = { events: number; tasks: number; letters: number; reminders: number };

export function scanRights(db: GuichetDb, recorder: ChangeRecorder, today: string): ScanOutcome {
  const sqlite = db.$client;
  const outcome: ScanOutcome = { events: 0, tasks: 0, letters: 0, reminders: 0 };
  const day = toIsoDate(today);
  for (const event of readEventsWithoutFollowUp(sqlite)) {
    outcome.events++;
    const owner = loadOwner(sqlite, { kind: 'person', id: event.personId });
    const answering = assessPerson(sqlite, event.personId, day).filter(
      (assessment) => assessment.eventId === event.eventId,
    );
    const deadlines = answering.flatMap((assessment) =>
      assessment.nextStep?.deadline ? [assessment.nextStep.deadline] : [],
    );
    const fallback = addDays(day, FOLLOW_UP_DAYS);
    const due = deadlines.reduce((earliest, deadline) => (deadline < earliest ? deadline : earliest), fallback);
    const informed = answering.filter(
      (assessment) => assessment.isFundInitiative && assessment.status !== 'not-eligible',
    );
    db.transaction((tx) => {
      insertOpenTask(tx, recorder, {
        personId: event.personId,
        companyId: null,
        branchId: owner.branchId,
        kind: 'follow-up',
        title: `rightsPanel.task.event.${event.kind}`,
        dueDate: due < day ? day : due,
        createdBy: null,
        sourceEntity: EVENT_TASK_SOURCE,
        sourceId: event.eventId,
      });
      for (const assessment of informed)
        insertRow(tx, recorder, 'letter', {
          personId: event.personId,
          companyId: null,
          kind: 'rights-information',
          language: owner.language,
          status: 'queued',
          sourceEntity: EVENT_TASK_SOURCE,
          sourceId: event.eventId,
          issuedAt: null,
          payload: { eventId: event.eventId, right: assessment.right },
        });
    });
    outcome.tasks++;
    outcome.letters += informed.length;
  }
  outcome.reminders = remindDeadlines(db, recorder, day);
  return outcome;
}

/**
 * A deadline to apply about to pass, for a right the person may have and has not applied for: one
 * reminder letter per event and right, ever (the fund's commitment to contact the person itself).
 */
function remindDeadlines(db: GuichetDb, recorder: ChangeRecorder, day: IsoDate): number {
  const sqlite = db.$client;
  const horizon = addDays(day, REMINDER_DAYS_BEFORE_DEADLINE);
  let reminders = 0;
  for (const personId of readPersonsWithEvents(sqlite)) {
    const due = assessPerson(sqlite, personId, day).filter(
      (assessment) =>
        assessment.eventId !== null &&
        assessment.status !== 'not-eligible' &&
        !assessment.isFundInitiative &&
        assessment.applicationId === null &&
        assessment.nextStep?.deadline != null &&
        assessment.nextStep.deadline >= day &&
        assessment.nextStep.deadline <= horizon &&
        !hasRightsLetter(sqlite, 'rights-deadline-reminder', assessment.eventId, assessment.right),
    );
    if (due.length === 0) continue;
    const owner = loadOwner(sqlite, { kind: 'person', id: personId });
    db.transaction((tx) => {
      for (const assessment of due)
        insertRow(tx, recorder, 'letter', {
          personId,
          companyId: null,
          kind: 'rights-deadline-reminder',
          language: owner.language,
          status: 'queued',
          sourceEntity: EVENT_TASK_SOURCE,
          sourceId: assessment.eventId as string,
          issuedAt: null,
          payload: { eventId: assessment.eventId, right: assessment.right },
        });
    });
    reminders += due.length;
  }
  return reminders;
}
