/**
 * Handlers of the case-file view: the detail, notes taken during the appointment, tasks, payments
 * recorded at the counter, the audit trail. The access gate has admitted the advisor and checked
 * that the case file is in their reach.
 */
import { auditPaths, caseFileAuditResponseSchema } from '../../../shared/contract/audit-protocol';
import type { SyncService } from '../sync/sync-service';
import type { caseFileDetailChannels } from '../../../shared/contract/channels/case-file-detail';
import { GuichetError } from '../../../shared/contract/errors';
import { appendAccess } from '../../../db/repositories/access-log-repo';
import { readAudit } from '../../../db/repositories/audit-repo';
import { caseFileEntityIds, readOpenTasksOfBranch, readTask } from '../../../db/repositories/case-file-ledger-read';
import { insertOpenTask, insertRow, updateRow } from '../../../db/repositories/case-file-repo';
import { recordCounterPayment } from './counter-payment';
import type { HandlerGroup, ServiceContext } from '../service-context';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import { listAdvisors, type AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { readCaseFileDetail, taskDto } from './detail-service';
import { loadOwner, ownerColumnsOf } from './owner';

type In<C extends keyof typeof caseFileDetailChannels> = ParsedInput<C>;
type Out<C extends keyof typeof caseFileDetailChannels> = ChannelOutput<C>;

/** A note of the appointment (or a call, a letter received…), signed by the advisor. */
function addNote(
  context: ServiceContext,
  { channel, subject, body, ...ref }: In<'caseFile.addNote'>,
  advisor: AdvisorWithBranch,
): Out<'caseFile.addNote'> {
  const { db, recorder } = context;
  const owner = loadOwner(db.$client, ref);
  const row = db.transaction((tx) =>
    insertRow(tx, recorder, 'interaction', {
      ...ownerColumnsOf(owner),
      advisorId: advisor.id,
      occurredAt: context.now().toISOString(),
      channel,
      subject,
      body,
    }),
  );
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    channel: row.channel,
    subject: row.subject,
    body: row.body,
    advisor: { id: advisor.id, displayName: advisor.displayName },
  };
}

function createTask(
  context: ServiceContext,
  { taskKind, title, dueDate, ...ref }: In<'task.create'>,
  advisor: AdvisorWithBranch,
): Out<'task.create'> {
  const { db, recorder } = context;
  const owner = loadOwner(db.$client, ref);
  const row = db.transaction((tx) =>
    insertOpenTask(tx, recorder, {
      ...ownerColumnsOf(owner),
      branchId: owner.branchId ?? advisor.branchId,
      kind: taskKind,
      title,
      dueDate,
      createdBy: advisor.id,
      sourceEntity: null,
      sourceId: null,
    }),
  );
  return taskDto(readTask(db.$client, row.id)!, context.today());
}

function completeTask(
  context: ServiceContext,
  { taskId, note }: In<'task.complete'>,
  advisor: AdvisorWithBranch,
): Out<'task.complete'> {
  const { db, recorder } = context;
  const task = readTask(db.$client, taskId);
  if (!task) throw new GuichetError('not-found', 'errors.notFound', { entity: 'task' });
  if (task.status !== 'open') throw new GuichetError('conflict', 'errors.task.notOpen');
  db.transaction((tx) =>
    updateRow(tx, recorder, 'task', taskId, {
      status: 'done',
      completedAt: context.now().toISOString(),
      completedBy: advisor.id,
      completionNote: note === '' ? null : note,
    }),
  );
  return taskDto(readTask(db.$client, taskId)!, context.today());
}

type AuditDto = {
  id: string;
  at: string;
  advisor: { id: string; displayName: string } | null;
  entity: string;
  entityId: string;
  operation: 'insert' | 'update' | 'delete';
  fields: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/**
 * Head office's lines of the case file, online: the device keeps its own lines only until head office
 * holds them. Offline, or without a head office, the screen shows the device's lines alone.
 */
async function headOfficeAudit(
  sqlite: ServiceContext['db']['$client'],
  sync: SyncService | null,
  rootId: string,
  limit: number,
): Promise<AuditDto[]> {
  if (!sync) return [];
  let answer: unknown;
  try {
    answer = await sync.callHeadOffice(auditPaths.caseFile, { rootId, limit });
  } catch {
    return [];
  }
  const parsed = caseFileAuditResponseSchema.safeParse(answer);
  if (!parsed.success) return [];
  const names = new Map(listAdvisors(sqlite).map((advisor) => [advisor.id, advisor.displayName] as const));

  return parsed.data.lines.map(({ mutationId, deviceId: _deviceId, advisorId, ...line }) => ({
    ...line,
    id: mutationId,
    advisor: advisorId === null ? null : { id: advisorId, displayName: names.get(advisorId) ?? '' },
  }));
}

/** One line per change (the device's own copy wins: it is the one written at the counter), newest first. */
function mergeAudit(local: AuditDto[], remote: AuditDto[], limit: number): AuditDto[] {
  const seen = new Set(local.map((line) => line.id));
  return [...local, ...remote.filter((line) => !seen.has(line.id))]
    .sort((left, right) => right.at.localeCompare(left.at))
    .slice(0, limit);
}

export function caseFileDetailHandlers(
  context: ServiceContext,
  sync: SyncService | null = null,
): HandlerGroup<keyof typeof caseFileDetailChannels> {
  const { db } = context;
  const sqlite = db.$client;
  return {
    'caseFile.detail': ({ source, ...ref }) => {
      const detail = readCaseFileDetail(db, ref, context.today());
      // Recorded here, where the file is read, whatever the screen asked for: only the source is its say.
      appendAccess(context.recorder, { caseFile: ref, action: 'caseFile.open', source });
      return detail;
    },
    'caseFile.addNote': (input, { advisor }) => addNote(context, input, advisor),
    'caseFile.audit': async ({ limit, ...ref }) => {
      loadOwner(sqlite, ref);
      const local = readAudit(sqlite, caseFileEntityIds(sqlite, ref), limit).map(
        ({ advisorId, advisorName, ...row }) => ({
          ...row,
          advisor: advisorId === null ? null : { id: advisorId, displayName: advisorName ?? '' },
        }),
      );
      return mergeAudit(local, await headOfficeAudit(sqlite, sync, ref.id, limit), limit);
    },
    'task.create': (input, { advisor }) => createTask(context, input, advisor),
    'task.complete': (input, { advisor }) => completeTask(context, input, advisor),
    'task.listOpen': ({ limit }, { advisor }) =>
      readOpenTasksOfBranch(sqlite, advisor.branchId, limit).map((task) => ({
        ...taskDto(task, context.today()),
        caseFile: {
          kind: task.personId !== null ? ('person' as const) : ('company' as const),
          id: task.personId ?? task.companyId ?? '',
          displayName: task.displayName,
        },
      })),
    'payment.record': (input) => recordCounterPayment(context, input),
  };
}
