/**
 * Reads of a person's rights: the life events that can open one, the applications and their
 * decisions, and, for the daily scan, the events no follow-up task answers yet.
 */
import type Database from 'better-sqlite3';
import { toIsoDate } from '../../shared/domain/calendar';
import type { CessationGround, LifeEvent, LifeEventKind, RightApplicationFact } from '../../shared/domain/rights/types';
import type { LifeEventRow, RightApplicationRow } from './case-file-repo';
import { cachedStatement } from './statement-cache';

type Sqlite = Database.Database;

/** The task kind and source entity a scan writes for an event: one such task per event, whatever its status. */
export const EVENT_TASK_SOURCE = 'lifeEvent';

type RawEvent = Omit<LifeEventRow, 'isStillbirth' | 'hasFamilyCharge'> & {
  isStillbirth: number;
  hasFamilyCharge: number | null;
};

const EVENT_COLUMNS = `id, created_at AS createdAt, updated_at AS updatedAt, row_version AS rowVersion, deleted_at AS deletedAt,
  person_id AS personId, kind, event_date AS eventDate, origin, source, cessation_ground AS cessationGround,
  is_stillbirth AS isStillbirth, has_family_charge AS hasFamilyCharge, advisor_id AS advisorId`;

const APPLICATION_COLUMNS = `id, created_at AS createdAt, updated_at AS updatedAt, row_version AS rowVersion, deleted_at AS deletedAt,
  person_id AS personId, "right", event_id AS eventId, status, filed_on AS filedOn, decided_on AS decidedOn, motivation,
  monthly_cents AS monthlyCents, months, advisor_id AS advisorId, decided_by AS decidedBy`;

const eventRow = (row: RawEvent): LifeEventRow => ({
  ...row,
  isStillbirth: row.isStillbirth === 1,
  hasFamilyCharge: row.hasFamilyCharge === null ? null : row.hasFamilyCharge === 1,
});

/** The person's events, oldest first. */
export function readLifeEvents(sqlite: Sqlite, personId: string): LifeEventRow[] {
  return cachedStatement<[string], RawEvent>(
    sqlite,
    `SELECT ${EVENT_COLUMNS} FROM life_events WHERE person_id = ? AND deleted_at IS NULL ORDER BY event_date, created_at`,
  )
    .all(personId)
    .map(eventRow);
}

export function readLifeEvent(sqlite: Sqlite, id: string): LifeEventRow | undefined {
  const row = cachedStatement<[string], RawEvent>(
    sqlite,
    `SELECT ${EVENT_COLUMNS} FROM life_events WHERE id = ? AND deleted_at IS NULL`,
  ).get(id);
  return row === undefined ? undefined : eventRow(row);
}

/** The same event recorded before (same person, kind and day): recording it again adds nothing. */
export function findLifeEvent(
  sqlite: Sqlite,
  personId: string,
  kind: LifeEventKind,
  eventDate: string,
): LifeEventRow | undefined {
  const row = cachedStatement<[string, string, string], RawEvent>(
    sqlite,
    `SELECT ${EVENT_COLUMNS} FROM life_events WHERE person_id = ? AND kind = ? AND event_date = ? AND deleted_at IS NULL`,
  ).get(personId, kind, eventDate);
  return row === undefined ? undefined : eventRow(row);
}

/** The person's applications, oldest first. */
export function readRightApplications(sqlite: Sqlite, personId: string): RightApplicationRow[] {
  return cachedStatement<[string], RightApplicationRow>(
    sqlite,
    `SELECT ${APPLICATION_COLUMNS} FROM right_applications WHERE person_id = ? AND deleted_at IS NULL ORDER BY filed_on, created_at`,
  ).all(personId);
}

export function readRightApplication(sqlite: Sqlite, id: string): RightApplicationRow | undefined {
  return cachedStatement<[string], RightApplicationRow>(
    sqlite,
    `SELECT ${APPLICATION_COLUMNS} FROM right_applications WHERE id = ? AND deleted_at IS NULL`,
  ).get(id);
}

export type UnfollowedEvent = { eventId: string; personId: string; kind: LifeEventKind; eventDate: string };

/** Events of persons on this device that no follow-up task names yet (done or cancelled tasks count: never twice). */
export function readEventsWithoutFollowUp(sqlite: Sqlite): UnfollowedEvent[] {
  return cachedStatement<[string], UnfollowedEvent>(
    sqlite,
    `SELECT e.id AS eventId, e.person_id AS personId, e.kind, e.event_date AS eventDate
     FROM life_events e JOIN persons p ON p.id = e.person_id AND p.deleted_at IS NULL
     WHERE e.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.source_entity = ? AND t.source_id = e.id)
     ORDER BY e.event_date, e.created_at`,
  ).all(EVENT_TASK_SOURCE);
}

/** Persons on this device with at least one live event: those whose deadlines a scan looks at. */
export function readPersonsWithEvents(sqlite: Sqlite): string[] {
  return cachedStatement<[], { personId: string }>(
    sqlite,
    `SELECT DISTINCT e.person_id AS personId FROM life_events e JOIN persons p ON p.id = e.person_id AND p.deleted_at IS NULL
     WHERE e.deleted_at IS NULL ORDER BY e.person_id`,
  )
    .all()
    .map((row) => row.personId);
}

/** Whether a letter of this kind was already queued for this event and right (whatever became of it). */
export function hasRightsLetter(sqlite: Sqlite, kind: string, eventId: string, right: string): boolean {
  return (
    cachedStatement<[string, string, string], { found: number }>(
      sqlite,
      `SELECT 1 AS found FROM letter_queue WHERE kind = ? AND source_entity = 'lifeEvent' AND source_id = ?
         AND json_extract(payload, '$.right') = ? LIMIT 1`,
    ).get(kind, eventId, right) !== undefined
  );
}

/** The person's NISS-keyed id, for the command line. */
export function findPersonIdByNiss(sqlite: Sqlite, niss: string): string | undefined {
  return cachedStatement<[string], { id: string }>(
    sqlite,
    'SELECT id FROM persons WHERE niss = ? AND deleted_at IS NULL',
  ).get(niss)?.id;
}

/** The pure rules' view of an event row. */
export function lifeEventFact(row: LifeEventRow): LifeEvent {
  return {
    id: row.id,
    kind: row.kind,
    date: toIsoDate(row.eventDate),
    origin: row.origin,
    source: row.source,
    cessationGround: (row.cessationGround ?? null) as CessationGround | null,
    isStillbirth: row.isStillbirth,
  };
}

/** The pure rules' view of an application row. */
export function rightApplicationFact(row: RightApplicationRow): RightApplicationFact {
  return {
    id: row.id,
    right: row.right,
    eventId: row.eventId,
    status: row.status,
    filedOn: toIsoDate(row.filedOn),
    decidedOn: row.decidedOn === null ? null : toIsoDate(row.decidedOn),
    monthsGranted: row.status === 'granted' ? row.months : 0,
  };
}
