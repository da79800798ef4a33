/**
 * The data of the rights letters, read from the case file: the application and its decision, the
 * event, the assessment's legal sources and amount, and for a granted bridging right the payments
 * month by month from the month after the event (loi du 22 décembre 2016).
 */
import type Database from 'better-sqlite3';
import { readLifeEvent, readRightApplication } from '../../../db/repositories/rights-read';
import type { LetterParams } from '../../../shared/contract/channels/letters';
import { GuichetError } from '../../../shared/contract/errors';
import { addMonths, toIsoDate } from '../../../shared/domain/calendar';
import { cents } from '../../../shared/domain/money';
import { bridgingRightSchedule, type RightAssessment, type RightKind } from '../../../shared/domain/rights';
import type { LetterInput, RightsDecisionData, RightsLetterAmount } from '../../letters/letter-data';
import { labourCourtOf, type CaseFileParty } from '../letters/letter-header';
import { loadRightsFacts } from './rights-facts';
import { assessPerson, assessmentFor } from './rights-view';

function sourcesOf(assessment: RightAssessment | undefined): string[] {
  return [...new Set((assessment?.lines ?? []).flatMap((line) => (line.source ? [line.source.citation] : [])))];
}

function letterAmount(amount: RightAssessment['amount'] | undefined): RightsLetterAmount | null {
  if (!amount) return null;
  switch (amount.kind) {
    case 'monthly-benefit':
      return { kind: 'monthly-benefit', monthly: amount.monthlyCents, months: amount.months };
    case 'quarterly-contribution':
      return { kind: 'quarterly-contribution', quarterly: amount.quarterlyCents };
    case 'service-vouchers':
      return { ...amount };
    case 'assimilated-quarters':
      return { kind: 'assimilated-quarters', quarters: [...amount.quarters] };
  }
}

function eventOf(sqlite: Database.Database, eventId: string | null, personId: string) {
  if (eventId === null) return null;
  const event = readLifeEvent(sqlite, eventId);
  if (!event || event.personId !== personId)
    throw new GuichetError('not-found', 'errors.notFound', { entity: 'lifeEvent' });
  return event;
}

function schedule(
  sqlite: Database.Database,
  personId: string,
  today: string,
  eventDate: string,
  months: number,
): RightsDecisionData['schedule'] {
  const facts = loadRightsFacts(sqlite, personId, toIsoDate(today));
  // The rules refuse a month of a year without its table: the letter lists the months whose amount is
  // known, and says the others are paid at the amount then in force.
  for (let known = months; known > 0; known--) {
    const outcome = bridgingRightSchedule({
      firstMonth: addMonths(toIsoDate(eventDate), 1),
      months: known,
      hasFamilyCharge: facts.hasFamilyCharge === true,
    });
    if (outcome.ok)
      return outcome.value.map((line) => ({ month: line.month, amount: line.amountCents, payDate: line.payDate }));
  }
  return [];
}

function decisionLetter(
  sqlite: Database.Database,
  party: CaseFileParty,
  params: LetterParams,
  today: string,
): LetterInput {
  const application =
    params.rightApplicationId === undefined ? undefined : readRightApplication(sqlite, params.rightApplicationId);
  if (!application || application.personId !== party.ref.id)
    throw new GuichetError('not-found', 'errors.notFound', { entity: 'rightApplication' });
  if ((application.status !== 'granted' && application.status !== 'refused') || application.decidedOn === null)
    throw new GuichetError('conflict', 'rightsPanel.errors.notDecided');
  const event = eventOf(sqlite, application.eventId, application.personId);
  const assessment = assessmentFor(
    assessPerson(sqlite, application.personId, today),
    application.right,
    application.eventId,
  );
  const isGrantedBenefit = application.status === 'granted' && application.months > 0 && application.monthlyCents > 0;
  return {
    kind: 'rights-decision',
    language: party.language,
    data: {
      ...party.header,
      right: application.right,
      event: event === null ? null : { kind: event.kind, date: event.eventDate },
      amount: isGrantedBenefit
        ? { kind: 'monthly-benefit', monthly: cents(application.monthlyCents), months: application.months }
        : application.status === 'granted'
          ? letterAmount(assessment?.amount)
          : null,
      sources: sourcesOf(assessment),
      outcome: application.status,
      filedOn: application.filedOn,
      decidedOn: application.decidedOn,
      motivation: application.motivation,
      schedule:
        isGrantedBenefit && application.right === 'bridging-right' && event !== null
          ? schedule(sqlite, application.personId, today, event.eventDate, application.months)
          : [],
      labourCourt: labourCourtOf(party),
    },
  };
}

function eventLetter(
  sqlite: Database.Database,
  party: CaseFileParty,
  kind: 'rights-information' | 'rights-deadline-reminder',
  params: LetterParams,
  today: string,
): LetterInput {
  const personId = party.ref.id;
  const event = eventOf(sqlite, params.lifeEventId ?? null, personId);
  if (event === null || params.right === undefined)
    throw new GuichetError('not-found', 'errors.notFound', { entity: 'lifeEvent' });
  const right: RightKind = params.right;
  const assessment = assessmentFor(assessPerson(sqlite, personId, today), right, event.id);
  if (!assessment) throw new GuichetError('conflict', 'rightsPanel.errors.noSuchRight');
  const facts = {
    ...party.header,
    right,
    event: { kind: event.kind, date: event.eventDate },
    amount: letterAmount(assessment.amount),
    sources: sourcesOf(assessment),
  };
  const deadline = assessment.nextStep?.deadline ?? null;
  if (kind === 'rights-information') return { kind, language: party.language, data: { ...facts, deadline } };
  if (deadline === null) throw new GuichetError('conflict', 'rightsPanel.errors.noDeadline');
  return { kind, language: party.language, data: { ...facts, deadline } };
}

export function rightsLetter(
  sqlite: Database.Database,
  party: CaseFileParty,
  kind: 'rights-information' | 'rights-decision' | 'rights-deadline-reminder',
  params: LetterParams,
  today: string,
): LetterInput {
  if (party.ref.kind !== 'person') throw new GuichetError('validation', 'rightsPanel.errors.personOnly');
  return kind === 'rights-decision'
    ? decisionLetter(sqlite, party, params, today)
    : eventLetter(sqlite, party, kind, params, today);
}
