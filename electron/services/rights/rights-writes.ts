/**
 * The counter's writes on rights: an event recorded, an application filed, documents asked for, the
 * fund's decision with its letter. Each in one transaction through the synced-rows path (outbox and
 * audit); a refusal changes nothing.
 */
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { insertOpenTask, insertRow, updateRow } from '../../../db/repositories/case-file-repo';
import {
  findLifeEvent,
  readLifeEvent,
  readRightApplication,
  readRightApplications,
} from '../../../db/repositories/rights-read';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';
import { loadOwner, ownerColumnsOf } from '../case-file/owner';
import type { ServiceContext } from '../service-context';
import { personIdOf } from './rights-facts';
import { assessPerson, assessmentFor, rightsView } from './rights-view';

/** The person has this many days to send what the fund asked for. */
export const DOCUMENTS_ANSWER_DAYS = 30;

function refuse(messageKey: string, path: string): never {
  throw new GuichetError('validation', 'errors.validation', { issues: [{ path, messageKey }] });
}

export function recordEvent(
  context: ServiceContext,
  input: ParsedInput<'rights.recordEvent'>,
  advisor: AdvisorWithBranch,
): ChannelOutput<'rights.recordEvent'> {
  const { eventKind, date, source, cessationGround, isStillbirth, hasFamilyCharge, ...ref } = input;
  const personId = personIdOf(ref);
  loadOwner(context.db.$client, ref);
  const today = context.today();
  if (date > today) refuse('rightsPanel.errors.futureDate', 'date');
  if (eventKind === 'cessation' && cessationGround === null)
    refuse('rightsPanel.errors.groundRequired', 'cessationGround');
  if (isStillbirth && eventKind !== 'birth') refuse('rightsPanel.errors.stillbirthOnlyBirth', 'isStillbirth');
  // The same event told twice (at the counter and by the head-office file) is kept once.
  if (findLifeEvent(context.db.$client, personId, eventKind, date) === undefined)
    context.db.transaction((tx) => {
      insertRow(tx, context.recorder, 'lifeEvent', {
        personId,
        kind: eventKind,
        eventDate: date,
        origin: 'counter',
        source,
        cessationGround: eventKind === 'cessation' ? cessationGround : null,
        isStillbirth,
        hasFamilyCharge: eventKind === 'bankruptcy' || eventKind === 'cessation' ? hasFamilyCharge : null,
        advisorId: advisor.id,
      });
    });
  return rightsView(context.db.$client, personId, today);
}

export function applyForRight(
  context: ServiceContext,
  { right, eventId, filedOn, ...ref }: ParsedInput<'rights.apply'>,
  advisor: AdvisorWithBranch,
): ChannelOutput<'rights.apply'> {
  const sqlite = context.db.$client;
  const personId = personIdOf(ref);
  loadOwner(sqlite, ref);
  const today = context.today();
  if (eventId !== null && readLifeEvent(sqlite, eventId)?.personId !== personId)
    throw new GuichetError('not-found', 'errors.notFound', { entity: 'lifeEvent' });
  // Nothing granted twice: one live application per right and event; only a refused one may be followed by another.
  const existing = readRightApplications(sqlite, personId).find(
    (row) => row.right === right && row.eventId === eventId && row.status !== 'refused',
  );
  if (existing) throw new GuichetError('conflict', 'rightsPanel.errors.alreadyApplied', { status: existing.status });
  const assessment = assessmentFor(assessPerson(sqlite, personId, today), right, eventId);
  const amount = assessment?.amount;
  context.db.transaction((tx) => {
    insertRow(tx, context.recorder, 'rightApplication', {
      personId,
      right,
      eventId,
      status: 'filed',
      filedOn: toIsoDate(filedOn ?? today),
      decidedOn: null,
      motivation: '',
      monthlyCents: amount?.kind === 'monthly-benefit' ? amount.monthlyCents : 0,
      months: amount?.kind === 'monthly-benefit' ? amount.months : 0,
      advisorId: advisor.id,
      decidedBy: null,
    });
  });
  return rightsView(sqlite, personId, today);
}

function openApplication(context: ServiceContext, ref: { kind: 'person' | 'company'; id: string }, id: string) {
  const personId = personIdOf(ref);
  const application = readRightApplication(context.db.$client, id);
  if (!application || application.personId !== personId)
    throw new GuichetError('not-found', 'errors.notFound', { entity: 'rightApplication' });
  if (application.status === 'granted' || application.status === 'refused')
    throw new GuichetError('conflict', 'rightsPanel.errors.alreadyDecided', { status: application.status });
  return application;
}

export function requestDocuments(
  context: ServiceContext,
  { applicationId, note, ...ref }: ParsedInput<'rights.requestDocuments'>,
  advisor: AdvisorWithBranch,
): ChannelOutput<'rights.requestDocuments'> {
  const sqlite = context.db.$client;
  const application = openApplication(context, ref, applicationId);
  const owner = loadOwner(sqlite, ref);
  const today = toIsoDate(context.today());
  context.db.transaction((tx) => {
    updateRow(tx, context.recorder, 'rightApplication', application.id, { status: 'documents-requested' });
    insertOpenTask(tx, context.recorder, {
      ...ownerColumnsOf(owner),
      branchId: owner.branchId ?? advisor.branchId,
      kind: 'check-documents',
      title: note.trim() === '' ? `rightsPanel.task.documents.${application.right}` : note.trim().slice(0, 200),
      dueDate: addDays(today, DOCUMENTS_ANSWER_DAYS),
      createdBy: advisor.id,
      sourceEntity: 'rightApplication',
      sourceId: application.id,
    });
  });
  return rightsView(sqlite, application.personId, today);
}

export function decideRight(
  context: ServiceContext,
  { applicationId, decision, motivation, decidedOn, ...ref }: ParsedInput<'rights.decide'>,
  advisor: AdvisorWithBranch,
): ChannelOutput<'rights.decide'> {
  const sqlite = context.db.$client;
  const application = openApplication(context, ref, applicationId);
  // A refusal is motivated (loi du 29 juillet 1991, art. 2 and 3): the letter prints the advisor's words.
  if (decision === 'refused' && motivation.trim() === '') refuse('rightsPanel.errors.motivationRequired', 'motivation');
  const owner = loadOwner(sqlite, ref);
  const today = context.today();
  const assessment = assessmentFor(
    assessPerson(sqlite, application.personId, today),
    application.right,
    application.eventId,
  );
  const amount = assessment?.amount;
  const isBenefit = decision === 'granted' && amount?.kind === 'monthly-benefit';
  context.db.transaction((tx) => {
    updateRow(
      tx,
      context.recorder,
      'rightApplication',
      application.id,
      {
        status: decision,
        decidedOn: decidedOn ?? today,
        motivation: motivation.trim(),
        monthlyCents: isBenefit ? amount.monthlyCents : application.monthlyCents,
        months: isBenefit ? amount.months : decision === 'granted' ? application.months : 0,
        decidedBy: advisor.id,
      },
      application.rowVersion,
    );
    // No decision without its letter (Charte de l'assuré social, art. 14): queued in the same transaction.
    insertRow(tx, context.recorder, 'letter', {
      ...ownerColumnsOf(owner),
      kind: 'rights-decision',
      language: owner.language,
      status: 'queued',
      sourceEntity: 'rightApplication',
      sourceId: application.id,
      issuedAt: null,
      payload: { applicationId: application.id },
    });
  });
  return rightsView(sqlite, application.personId, today);
}
