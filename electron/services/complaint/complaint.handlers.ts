/**
 * Complaints of a case file: registered with the date the answer is due (the fund's answer period),
 * moved through their statuses, and answered: the answer and its letter in "to print" are written in
 * one transaction, each row with its outbox record and audit line.
 */
import type { complaintChannels, ComplaintDto } from '../../../shared/contract/channels/complaint';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import { GuichetError } from '../../../shared/contract/errors';
import { toIsoDate } from '../../../shared/domain/calendar';
import {
  canAnswerComplaint,
  canMoveComplaint,
  complaintAnswerDueOn,
  isComplaintNearDeadline,
  isComplaintOpen,
} from '../../../shared/domain/follow-up/complaint';
import type { ComplaintPolicy } from '../../../shared/rules/complaint-policy';
import { insertRow, updateRow } from '../../../db/repositories/case-file-repo';
import { readComplaint, readComplaints, type ComplaintRecord } from '../../../db/repositories/complaint-read';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { loadOwner, ownerColumnsOf } from '../case-file/owner';
import type { HandlerGroup, ServiceContext } from '../service-context';
import { complaintPolicyOf } from './complaint-policy';

type Out<C extends keyof typeof complaintChannels> = ChannelOutput<C>;

export function complaintDto(row: ComplaintRecord, today: string, policy: ComplaintPolicy): ComplaintDto {
  const isOpen = isComplaintOpen(row.status);
  const due = toIsoDate(row.answerDueOn);
  return {
    id: row.id,
    caseFile: row.personId !== null ? { kind: 'person', id: row.personId } : { kind: 'company', id: row.companyId! },
    subject: row.subject,
    details: row.details,
    receivedOn: row.receivedOn,
    answerDueOn: row.answerDueOn,
    status: row.status,
    answer: row.answer,
    answeredOn: row.answeredOn,
    isOverdue: isOpen && row.answerDueOn < today,
    isNearDeadline: isOpen && isComplaintNearDeadline(due, toIsoDate(today), policy),
  };
}

function registerComplaint(
  context: ServiceContext,
  { subject, details, receivedOn, ...ref }: ParsedInput<'complaint.register'>,
  advisor: AdvisorWithBranch,
): Out<'complaint.register'> {
  const { db, recorder } = context;
  const owner = loadOwner(db.$client, ref);
  const today = context.today();
  const received = toIsoDate(receivedOn ?? today);
  if (received > today)
    throw new GuichetError('validation', 'errors.validation', {
      issues: [{ path: 'receivedOn', messageKey: 'complaint.validation.receivedInFuture' }],
    });
  const policy = complaintPolicyOf(db);
  const row = db.transaction((tx) =>
    insertRow(tx, recorder, 'complaint', {
      ...ownerColumnsOf(owner),
      branchId: owner.branchId ?? advisor.branchId,
      subject,
      details,
      receivedOn: received,
      answerDueOn: complaintAnswerDueOn(received, policy),
      status: 'received',
      answer: null,
      answeredOn: null,
      registeredBy: advisor.id,
      answeredBy: null,
    }),
  );
  return complaintDto(readComplaint(db.$client, row.id)!, today, policy);
}

function loadComplaint(context: ServiceContext, id: string): ComplaintRecord {
  const row = readComplaint(context.db.$client, id);
  if (!row) throw new GuichetError('not-found', 'errors.notFound', { entity: 'complaint' });
  return row;
}

function setStatus(context: ServiceContext, { complaintId, status }: ParsedInput<'complaint.setStatus'>) {
  const { db, recorder } = context;
  const row = loadComplaint(context, complaintId);
  if (!canMoveComplaint(row.status, status))
    throw new GuichetError('conflict', 'complaint.errors.badMove', { from: row.status, to: status });
  db.transaction((tx) => updateRow(tx, recorder, 'complaint', row.id, { status }, row.rowVersion));
  return complaintDto(loadComplaint(context, complaintId), context.today(), complaintPolicyOf(db));
}

/** The answer, its date and who wrote it, and the answer letter queued for printing: one unit. */
function answerComplaint(
  context: ServiceContext,
  { complaintId, answer }: ParsedInput<'complaint.answer'>,
  advisor: AdvisorWithBranch,
): Out<'complaint.answer'> {
  const { db, recorder } = context;
  const row = loadComplaint(context, complaintId);
  if (!canAnswerComplaint(row.status)) throw new GuichetError('conflict', 'complaint.errors.alreadyAnswered');
  const ref =
    row.personId !== null
      ? { kind: 'person' as const, id: row.personId }
      : { kind: 'company' as const, id: row.companyId! };
  const owner = loadOwner(db.$client, ref);
  const today = context.today();
  db.transaction((tx) => {
    updateRow(
      tx,
      recorder,
      'complaint',
      row.id,
      { status: 'answered', answer, answeredOn: today, answeredBy: advisor.id },
      row.rowVersion,
    );
    insertRow(tx, recorder, 'letter', {
      ...ownerColumnsOf(owner),
      kind: 'complaint-answer',
      language: owner.language,
      status: 'queued',
      payload: { complaintId: row.id },
      sourceEntity: 'complaint',
      sourceId: row.id,
      issuedAt: null,
    });
  });
  return complaintDto(loadComplaint(context, complaintId), today, complaintPolicyOf(db));
}

export function complaintHandlers(context: ServiceContext): HandlerGroup<keyof typeof complaintChannels> {
  const { db } = context;
  return {
    'complaint.register': (input, { advisor }) => registerComplaint(context, input, advisor),
    'complaint.list': (ref) => {
      loadOwner(db.$client, ref);
      const policy = complaintPolicyOf(db);
      return readComplaints(db.$client, ref).map((row) => complaintDto(row, context.today(), policy));
    },
    'complaint.setStatus': (input) => setStatus(context, input),
    'complaint.answer': (input, { advisor }) => answerComplaint(context, input, advisor),
    'complaint.policy': () => complaintPolicyOf(db),
  };
}
