/**
 * Handlers of the case-file view: the detail, notes taken during the appointment, tasks, payments
 * recorded at the counter, the audit trail. The access gate has admitted the advisor and checked
 * that the case file is in their reach.
 */
import type { caseFileDetailChannels } from '../../../shared/contract/channels/case-file-detail';
import { GuichetError } from '../../../shared/contract/errors';
import { parseStructuredCommunication } from '../../../shared/domain/identifiers/structured-communication';
import { readAudit } from '../../../db/repositories/audit-repo';
import { caseFileEntityIds, readOpenTasksOfBranch, readTask } from '../../../db/repositories/case-file-ledger-read';
import { insertRow, updateRow } from '../../../db/repositories/case-file-repo';
import { findContributionByCommunication } from '../../../db/repositories/case-file-owner-read';
import type { HandlerGroup, ServiceContext } from '../service-context';
import { readCaseFileDetail, taskDto } from './detail-service';
import { loadOwner, ownerColumnsOf } from './owner';

export function caseFileDetailHandlers(context: ServiceContext): HandlerGroup<keyof typeof caseFileDetailChannels> {
  const { db, recorder } = context;
  const sqlite = db.$client;
  return {
    'caseFile.detail': (ref) => readCaseFileDetail(db, ref, context.today()),
    'caseFile.addNote': ({ channel, subject, body, ...ref }, { advisor }) => {
      const owner = loadOwner(sqlite, ref);
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
    },
    'caseFile.audit': ({ limit, ...ref }) => {
      loadOwner(sqlite, ref);
      return readAudit(sqlite, caseFileEntityIds(sqlite, ref), limit).map(({ advisorId, advisorName, ...row }) => ({
        ...row,
        advisor: advisorId === null ? null : { id: advisorId, displayName: advisorName ?? '' },
      }));
    },
    'task.create': ({ taskKind, title, dueDate, ...ref }, { advisor }) => {
      const owner = loadOwner(sqlite, ref);
      const row = db.transaction((tx) =>
        insertRow(tx, recorder, 'task', {
          ...ownerColumnsOf(owner),
          branchId: owner.branchId ?? advisor.branchId,
          kind: taskKind,
          title,
          dueDate,
          status: 'open',
          createdBy: advisor.id,
          completedAt: null,
          completedBy: null,
          sourceEntity: null,
          sourceId: null,
        }),
      );
      return taskDto(readTask(sqlite, row.id)!, context.today());
    },
    'task.complete': ({ taskId }, { advisor }) => {
      const task = readTask(sqlite, taskId);
      if (!task) throw new GuichetError('not-found', 'errors.notFound', { entity: 'task' });
      if (task.status !== 'open') throw new GuichetError('conflict', 'errors.task.notOpen');
      db.transaction((tx) =>
        updateRow(tx, recorder, 'task', taskId, {
          status: 'done',
          completedAt: context.now().toISOString(),
          completedBy: advisor.id,
        }),
      );
      return taskDto(readTask(sqlite, taskId)!, context.today());
    },
    'task.listOpen': ({ limit }, { advisor }) => {
      return readOpenTasksOfBranch(sqlite, advisor.branchId, limit).map((task) => ({
        ...taskDto(task, context.today()),
        caseFile: {
          kind: task.personId !== null ? ('person' as const) : ('company' as const),
          id: task.personId ?? task.companyId ?? '',
          displayName: task.displayName,
        },
      }));
    },
    'payment.record': ({ date, amountCents, structuredCommunication, ...ref }) => {
      const owner = loadOwner(sqlite, ref);
      let digits: string | null = null;
      if (structuredCommunication !== null && structuredCommunication.trim() !== '') {
        const parsed = parseStructuredCommunication(structuredCommunication);
        if (!parsed.ok)
          throw new GuichetError('validation', 'errors.validation', {
            issues: [{ path: 'structuredCommunication', messageKey: parsed.error.messageKey }],
          });
        digits = parsed.value;
      }
      // The structured communication designates the contribution (the fund issues one per claim).
      const target = digits === null ? undefined : findContributionByCommunication(sqlite, owner, digits);
      const row = db.transaction((tx) =>
        insertRow(tx, recorder, 'payment', {
          ...ownerColumnsOf(owner),
          date,
          amountCents,
          structuredCommunication: digits,
          contributionId: target?.id ?? null,
          paymentPlanId: null,
        }),
      );
      return {
        id: row.id,
        date: row.date,
        amountCents: row.amountCents,
        structuredCommunication: row.structuredCommunication,
        contributionId: row.contributionId,
        allocationLabel: null,
      };
    },
  };
}
