/**
 * The branch's work queue and who does what: open tasks and complaints still to answer (overdue
 * first), a task assigned by the branch manager or taken by an advisor, and the advisor a case file
 * is assigned to. The access rules keep assigning to the branch manager (shared/contract/access.ts).
 */
import type { workQueueChannels, QueueEntryDto } from '../../../shared/contract/channels/work-queue';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import { GuichetError } from '../../../shared/contract/errors';
import { toIsoDate } from '../../../shared/domain/calendar';
import { isComplaintNearDeadline } from '../../../shared/domain/follow-up/complaint';
import { filterQueue, isOverdue, orderQueue } from '../../../shared/domain/follow-up/work-queue';
import { readTask } from '../../../db/repositories/case-file-ledger-read';
import { insertRow, updateRow } from '../../../db/repositories/case-file-repo';
import { readOpenComplaintsOfBranch } from '../../../db/repositories/complaint-read';
import {
  readBranchAdvisors,
  readCaseFileAdvisor,
  readOpenTasksForQueue,
  readTaskForAssignment,
} from '../../../db/repositories/work-queue-read';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { taskDto } from '../case-file/detail-service';
import { loadOwner, ownerColumnsOf } from '../case-file/owner';
import { complaintPolicyOf } from '../complaint/complaint-policy';
import type { HandlerGroup, ServiceContext } from '../service-context';

type Out<C extends keyof typeof workQueueChannels> = ChannelOutput<C>;

const caseFileOf = (row: { personId: string | null; companyId: string | null; displayName: string }) =>
  row.personId !== null
    ? { kind: 'person' as const, id: row.personId, displayName: row.displayName }
    : { kind: 'company' as const, id: row.companyId ?? '', displayName: row.displayName };

const advisorRef = (id: string | null, name: string | null) => (id === null ? null : { id, displayName: name ?? '' });

function queueEntries(context: ServiceContext, branchId: string, limit: number): QueueEntryDto[] {
  const sqlite = context.db.$client;
  const today = toIsoDate(context.today());
  const policy = complaintPolicyOf(context.db);
  const tasks = readOpenTasksForQueue(sqlite, branchId, limit).map((task): QueueEntryDto => ({
    entryKind: 'task',
    id: task.id,
    kind: task.kind,
    title: task.title,
    dueDate: toIsoDate(task.dueDate),
    isOverdue: isOverdue({ dueDate: toIsoDate(task.dueDate) }, today),
    isNearDeadline: false,
    status: task.status,
    assignee: advisorRef(task.assigneeId, task.assigneeName),
    caseFile: caseFileOf(task),
  }));
  const complaints = readOpenComplaintsOfBranch(sqlite, branchId, limit).map((complaint): QueueEntryDto => ({
    entryKind: 'complaint',
    id: complaint.id,
    kind: 'complaint',
    title: complaint.subject,
    dueDate: toIsoDate(complaint.answerDueOn),
    isOverdue: isOverdue({ dueDate: toIsoDate(complaint.answerDueOn) }, today),
    isNearDeadline: isComplaintNearDeadline(toIsoDate(complaint.answerDueOn), today, policy),
    status: complaint.status,
    assignee: advisorRef(complaint.assigneeId, complaint.assigneeName),
    caseFile: caseFileOf(complaint),
  }));
  return [...tasks, ...complaints];
}

function listQueue(
  context: ServiceContext,
  { scope, kind, limit }: ParsedInput<'workQueue.list'>,
  advisor: AdvisorWithBranch,
): Out<'workQueue.list'> {
  const entries = queueEntries(context, advisor.branchId, limit).map((entry) => ({
    ...entry,
    dueDate: toIsoDate(entry.dueDate),
    assigneeId: entry.assignee?.id ?? null,
  }));
  const ordered = orderQueue(filterQueue(entries, { scope, kind }, advisor.id), toIsoDate(context.today()));
  return ordered.slice(0, limit).map(({ assigneeId: _assigneeId, ...entry }) => entry);
}

/** An advisor of the given branch, or a validation refusal naming the field. */
function advisorOfBranch(context: ServiceContext, advisorId: string, branchId: string) {
  const found = readBranchAdvisors(context.db.$client, branchId).find((candidate) => candidate.id === advisorId);
  if (!found)
    throw new GuichetError('validation', 'errors.validation', {
      issues: [{ path: 'advisorId', messageKey: 'workQueue.validation.advisorNotInBranch' }],
    });
  return found;
}

function assignTask(context: ServiceContext, taskId: string, assigneeId: string, advisor: AdvisorWithBranch) {
  const { db, recorder } = context;
  const task = readTaskForAssignment(db.$client, taskId);
  if (!task) throw new GuichetError('not-found', 'errors.notFound', { entity: 'task' });
  if (task.status !== 'open') throw new GuichetError('conflict', 'errors.task.notOpen');
  advisorOfBranch(context, assigneeId, task.branchId ?? advisor.branchId);
  db.transaction((tx) => updateRow(tx, recorder, 'task', taskId, { assigneeId }, task.rowVersion));
  return taskDto(readTask(db.$client, taskId)!, context.today());
}

function assignCaseFile(
  context: ServiceContext,
  { advisorId, ...ref }: ParsedInput<'caseFile.assignAdvisor'>,
  manager: AdvisorWithBranch,
): Out<'caseFile.assignAdvisor'> {
  const { db, recorder } = context;
  const owner = loadOwner(db.$client, ref);
  const chosen = advisorOfBranch(context, advisorId, owner.branchId ?? manager.branchId);
  const current = readCaseFileAdvisor(db.$client, ref);
  db.transaction((tx) => {
    if (current) updateRow(tx, recorder, 'caseFileAdvisor', current.rowId, { advisorId, assignedBy: manager.id });
    else insertRow(tx, recorder, 'caseFileAdvisor', { ...ownerColumnsOf(owner), advisorId, assignedBy: manager.id });
  });
  return { advisor: { id: chosen.id, displayName: chosen.displayName } };
}

export function workQueueHandlers(context: ServiceContext): HandlerGroup<keyof typeof workQueueChannels> {
  const sqlite = context.db.$client;
  return {
    'workQueue.list': (input, { advisor }) => listQueue(context, input, advisor),
    'workQueue.advisors': (_input, { advisor }) => readBranchAdvisors(sqlite, advisor.branchId),
    'task.assign': ({ taskId, advisorId }, { advisor }) => assignTask(context, taskId, advisorId, advisor),
    'task.take': ({ taskId }, { advisor }) => assignTask(context, taskId, advisor.id, advisor),
    'caseFile.contact': (ref) => {
      loadOwner(sqlite, ref);
      const found = readCaseFileAdvisor(sqlite, ref);
      return { advisor: found ? { id: found.advisorId, displayName: found.displayName } : null };
    },
    'caseFile.assignAdvisor': (input, { advisor }) => assignCaseFile(context, input, advisor),
  };
}
