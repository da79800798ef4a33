/**
 * Recovery writes: the personal-contact task (opened when the path reaches it, completed with its
 * outcome), the hand-over to judicial recovery and the follow-up of judicial files. Each write is one
 * transaction through the case-file repository, so its outbox record and audit line go with it.
 */
import { insertOpenTask, insertRow, updateRow } from '../../../db/repositories/case-file-repo';
import { readContactTask, readJudicialFile } from '../../../db/repositories/recovery-files-read';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import type { recoveryChannels } from '../../../shared/contract/channels/recovery';
import { GuichetError } from '../../../shared/contract/errors';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';
import { loadOwner, ownerColumnsOf } from '../case-file/owner';
import type { HandlerGroup, ServiceContext } from '../service-context';
import { decideAll, decideForPerson, recoverySettings } from './recovery-facts';
import { readBranchIdByCode } from '../../../db/repositories/letters-read';
import { ageBucketDays, recoveryOverview } from '../../../shared/domain/recovery/overview';
import { recoveryStatus } from './recovery-status';
import { formalNoticeCandidates } from '../letters/formal-notice-batch-source';
import { FORMAL_NOTICE_LIST_LIMIT } from '../../../shared/contract/channels/recovery';

type Output = ChannelOutput<'recovery.status'>;

function openContact(context: ServiceContext, ref: ParsedInput<'recovery.openContact'>, advisor: AdvisorWithBranch) {
  const { db, recorder } = context;
  const owner = loadOwner(db.$client, ref);
  const decided = ref.kind === 'person' ? decideForPerson(db.$client, ref.id, context.today()) : undefined;
  if (decided?.decision.action !== 'open-personal-contact' || !decided.decision.isActionDue)
    throw new GuichetError('conflict', 'errors.recovery.notAtContact');
  const today = toIsoDate(context.today());
  db.transaction((tx) =>
    insertOpenTask(tx, recorder, {
      ...ownerColumnsOf(owner),
      branchId: owner.branchId ?? advisor.branchId,
      kind: 'call-before-judicial-recovery',
      title: 'recovery.task.contact',
      dueDate: addDays(today, recoverySettings.contactTaskDays),
      createdBy: advisor.id,
      sourceEntity: 'recovery',
      sourceId: null,
    }),
  );
  return recoveryStatus(db.$client, ref, context.today());
}

function completeContact(
  context: ServiceContext,
  { taskId, outcome, ...ref }: ParsedInput<'recovery.completeContact'>,
  advisor: AdvisorWithBranch,
): Output {
  const { db, recorder } = context;
  loadOwner(db.$client, ref);
  const task = readContactTask(db.$client, ref);
  if (task?.id !== taskId) throw new GuichetError('not-found', 'errors.notFound', { entity: 'task' });
  // A task closed without its outcome (the work queue's plain "done") may still be given one.
  if (task.status === 'cancelled' || (task.status === 'done' && task.outcome !== null))
    throw new GuichetError('conflict', 'errors.recovery.contactNotOpen');
  // The path counts in fund days (context.today), which the hand-over's delay is measured from.
  const completedAt = `${context.today()}${context.now().toISOString().slice(10)}`;
  db.transaction((tx) => {
    updateRow(
      tx,
      recorder,
      'task',
      task.id,
      { status: 'done', completedAt, completedBy: advisor.id, outcome },
      task.rowVersion,
    );
  });
  return recoveryStatus(db.$client, ref, context.today());
}

function handOver(
  context: ServiceContext,
  { judicialKind, agentKind, agentName, handedOverOn, ...ref }: ParsedInput<'recovery.handOver'>,
  advisor: AdvisorWithBranch,
): Output {
  const { db, recorder } = context;
  const owner = loadOwner(db.$client, ref);
  const decided = ref.kind === 'person' ? decideForPerson(db.$client, ref.id, context.today()) : undefined;
  const isClaim = judicialKind === 'bankruptcy-claim';
  if (isClaim !== (agentKind === 'receiver')) throw new GuichetError('validation', 'validation.recovery.agentKind');
  // A claim is filed whenever the debtor is bankrupt; a contrainte or a citation only at the end of the path.
  if (decided === undefined || (!isClaim && !(decided.decision.action === 'hand-over' && decided.decision.isActionDue)))
    throw new GuichetError('conflict', 'errors.recovery.handOverNotOffered');
  const on = toIsoDate(handedOverOn ?? context.today());
  db.transaction((tx) => {
    const file = insertRow(tx, recorder, 'judicialFile', {
      ...ownerColumnsOf(owner),
      kind: judicialKind,
      agentKind,
      agentName,
      handedOverOn: on,
      claimedCents: decided.facts.openCents,
      contributionIds: [],
      status: 'open',
      judgementOn: null,
      closedOn: null,
      closure: null,
      advisorId: advisor.id,
    });
    insertRow(tx, recorder, 'judicialEvent', {
      fileId: file.id,
      occurredOn: on,
      kind: isClaim ? 'claim-filed' : 'act',
      amountCents: 0,
      note: '',
      advisorId: advisor.id,
    });
  });
  return recoveryStatus(db.$client, ref, context.today());
}

function addJudicialEvent(
  context: ServiceContext,
  { fileId, eventKind, occurredOn, amountCents, closure, note, ...ref }: ParsedInput<'recovery.addJudicialEvent'>,
  advisor: AdvisorWithBranch,
): Output {
  const { db, recorder } = context;
  const owner = loadOwner(db.$client, ref);
  const file = readJudicialFile(db.$client, fileId);
  if (file === undefined || (file.personId ?? file.companyId) !== owner.id)
    throw new GuichetError('not-found', 'errors.notFound', { entity: 'judicialFile' });
  if (file.status !== 'open') throw new GuichetError('conflict', 'errors.recovery.fileClosed');
  if ((eventKind === 'closure') !== (closure !== undefined))
    throw new GuichetError('validation', 'validation.recovery.closure');
  db.transaction((tx) => {
    insertRow(tx, recorder, 'judicialEvent', {
      fileId,
      occurredOn,
      kind: eventKind,
      amountCents,
      note,
      advisorId: advisor.id,
    });
    if (eventKind === 'judgement')
      updateRow(tx, recorder, 'judicialFile', fileId, { judgementOn: occurredOn }, file.rowVersion);
    if (eventKind === 'closure')
      updateRow(
        tx,
        recorder,
        'judicialFile',
        fileId,
        { status: 'closed', closedOn: occurredOn, closure: closure ?? null },
        file.rowVersion,
      );
  });
  return recoveryStatus(db.$client, ref, context.today());
}

function candidates(context: ServiceContext, branchCode: string): ChannelOutput<'recovery.formalNoticeCandidates'> {
  const due = formalNoticeCandidates(context.db.$client, context.today(), branchCode).sort((a, b) =>
    a.row.oldestDueDate < b.row.oldestDueDate ? -1 : a.row.oldestDueDate > b.row.oldestDueDate ? 1 : 0,
  );
  return {
    total: due.length,
    totalCents: due.reduce((sum, debtor) => sum + debtor.row.openCents, 0),
    debtors: due.slice(0, FORMAL_NOTICE_LIST_LIMIT).map(({ row, decision }) => ({
      caseFile: { kind: 'person' as const, id: row.personId },
      displayName: `${row.lastName} ${row.firstName}`,
      openCents: row.openCents,
      oldestDueDate: row.oldestDueDate,
      explanation: decision.explanation.map((line) => ({
        ...line,
        params: { ...line.params },
        source: line.source && { ...line.source },
      })),
    })),
  };
}

function overview(context: ServiceContext, branchCode: string): ChannelOutput<'recovery.overview'> {
  const sqlite = context.db.$client;
  const branchId = readBranchIdByCode(sqlite, branchCode);
  if (branchId === undefined) throw new GuichetError('validation', 'letters.validation.branch');
  const today = toIsoDate(context.today());
  const debtors = [...decideAll(sqlite, today, branchId)].map(({ row, decision }) => ({
    decision,
    oldestDueDate: toIsoDate(row.oldestDueDate),
    openCents: row.openCents,
  }));
  return {
    ageBucketDays: [...ageBucketDays],
    rows: recoveryOverview(debtors, today),
  };
}

export function recoveryHandlers(context: ServiceContext): HandlerGroup<keyof typeof recoveryChannels> {
  return {
    'recovery.status': (ref) => (
      loadOwner(context.db.$client, ref),
      recoveryStatus(context.db.$client, ref, context.today())
    ),
    'recovery.openContact': (ref, { advisor }) => openContact(context, ref, advisor),
    'recovery.completeContact': (input, { advisor }) => completeContact(context, input, advisor),
    'recovery.handOver': (input, { advisor }) => handOver(context, input, advisor),
    'recovery.addJudicialEvent': (input, { advisor }) => addJudicialEvent(context, input, advisor),
    'recovery.formalNoticeCandidates': ({ branchCode }) => candidates(context, branchCode),
    'recovery.overview': ({ branchCode }) => overview(context, branchCode),
  };
}
