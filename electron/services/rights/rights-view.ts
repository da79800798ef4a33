/** A person's rights as the panel shows them: every assessment of the pure rules, with the events and applications. */
import type Database from 'better-sqlite3';
import { readLifeEvents, readRightApplications } from '../../../db/repositories/rights-read';
import type { LifeEventRow, RightApplicationRow } from '../../../db/repositories/case-file-repo';
import type { LifeEventDto, RightApplicationDto, RightsViewDto } from '../../../shared/contract/channels/rights';
import { assessRights, type RightAssessment } from '../../../shared/domain/rights';
import { toIsoDate } from '../../../shared/domain/calendar';
import { loadRightsFacts } from './rights-facts';

export function assessPerson(sqlite: Database.Database, personId: string, today: string): RightAssessment[] {
  return assessRights(loadRightsFacts(sqlite, personId, toIsoDate(today)));
}

/** The assessment answering this right and event (the event-less one for pension information). */
export function assessmentFor(
  assessments: readonly RightAssessment[],
  right: string,
  eventId: string | null,
): RightAssessment | undefined {
  return assessments.find((assessment) => assessment.right === right && assessment.eventId === eventId);
}

export function lifeEventDto(row: LifeEventRow): LifeEventDto {
  return {
    id: row.id,
    kind: row.kind,
    date: row.eventDate,
    origin: row.origin,
    source: row.source,
    cessationGround: row.cessationGround ?? null,
    isStillbirth: row.isStillbirth,
    hasFamilyCharge: row.hasFamilyCharge ?? null,
  };
}

export function rightApplicationDto(row: RightApplicationRow): RightApplicationDto {
  return {
    id: row.id,
    right: row.right,
    eventId: row.eventId,
    status: row.status,
    filedOn: row.filedOn,
    decidedOn: row.decidedOn,
    motivation: row.motivation,
    monthlyCents: row.monthlyCents,
    months: row.months,
    rowVersion: row.rowVersion,
  };
}

export function rightsView(sqlite: Database.Database, personId: string, today: string): RightsViewDto {
  return {
    assessments: assessPerson(sqlite, personId, today).map((assessment) => ({
      ...assessment,
      lines: assessment.lines.map((line) => ({ ...line, params: { ...line.params } })),
      amount:
        assessment.amount?.kind === 'assimilated-quarters'
          ? { ...assessment.amount, quarters: [...assessment.amount.quarters] }
          : assessment.amount,
    })),
    events: readLifeEvents(sqlite, personId).map(lifeEventDto),
    applications: readRightApplications(sqlite, personId).map(rightApplicationDto),
  };
}
