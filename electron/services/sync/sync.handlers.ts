/**
 * Handlers of the sync channels (shared/contract/channels/sync.ts). They read the sync service's state
 * or nudge it and answer at once: rounds run in the background. Without a head office configured the
 * channels still answer (not enrolled; enrolment refused with `sync.errors.noHeadOffice`).
 */
import type { syncChannels, SyncConflictDto, SyncStatusDto } from '../../../shared/contract/channels/sync';
import { GuichetError } from '../../../shared/contract/errors';
import { findAdvisor } from '../../../db/repositories/advisor-repo';
import { caseFileLabel, caseFileOfRow, listRejected, listRounds } from '../../../db/repositories/sync-history-repo';
import type { HandlerGroup, ServiceContext } from '../service-context';
import { readRetention } from '../../../db/repositories/storage-repo';
import { storageParts, storageSchedule } from '../../../db/repositories/storage-report-repo';
import { requeueRejected, syncedTables } from '../../../db/repositories/sync-repo';
import { discardRejected } from '../../../db/repositories/sync-rejections-repo';
import { listConflicts, type LocalConflict } from './conflicts';
import { syncErrorKey, type SyncService, type SyncStatus } from './sync-service';
import { SyncFailure } from './transport';

/** Resolved conflicts stay listed (on request) this long. */
const RESOLVED_SHOWN_MS = 30 * 24 * 3600_000;

const notEnrolled: SyncStatusDto = {
  isEnrolled: false,
  isOnline: false,
  isPaused: false,
  isSyncing: false,
  pendingCount: 0,
  oldestPendingAgeMs: null,
  rejectedCount: 0,
  lastSyncAt: null,
  lastErrorKey: null,
  openConflicts: 0,
  clockSkewMs: null,
  isClockWrong: false,
  isPushHeld: false,
  isUpdateRequired: false,
  nextAttemptAt: null,
  progress: null,
};

export function toStatusDto(status: SyncStatus): SyncStatusDto {
  return {
    isEnrolled: status.isEnrolled,
    isOnline: status.isOnline,
    isPaused: status.isPaused,
    isSyncing: status.isSyncing,
    pendingCount: status.pendingCount,
    oldestPendingAgeMs: status.oldestPendingAgeMs === null ? null : Math.round(status.oldestPendingAgeMs),
    rejectedCount: status.rejectedCount,
    lastSyncAt: status.lastSyncAt,
    lastErrorKey: status.lastError === null ? null : syncErrorKey(status.lastError),
    openConflicts: status.conflicts,
    clockSkewMs: status.clockSkewMs === null ? null : Math.round(status.clockSkewMs),
    isClockWrong: status.isClockWrong,
    isPushHeld: status.isPushHeld,
    isUpdateRequired: status.isUpdateRequired,
    nextAttemptAt: status.nextAttemptAt === null ? null : new Date(status.nextAttemptAt).toISOString(),
    progress: status.progress
      ? { phase: status.progress.phase, done: status.progress.done, remaining: status.progress.remaining }
      : null,
  };
}

type FieldValue = SyncConflictDto['serverValue'];

function fieldValue(value: unknown): FieldValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** A duplicate's other case file, from head office's value `{ duplicateOf: { entity, id }, value }`. */
function duplicateOf(conflict: LocalConflict): { kind: 'person' | 'company'; id: string } | null {
  if (conflict.kind !== 'duplicate-key' || typeof conflict.serverValue !== 'object' || conflict.serverValue === null)
    return null;
  const other = (conflict.serverValue as { duplicateOf?: { entity?: unknown; id?: unknown } }).duplicateOf;
  if ((other?.entity !== 'person' && other?.entity !== 'company') || typeof other.id !== 'string') return null;
  return { kind: other.entity, id: other.id };
}

function duplicateValue(conflict: LocalConflict): unknown {
  return typeof conflict.serverValue === 'object' && conflict.serverValue !== null
    ? (conflict.serverValue as { value?: unknown }).value
    : conflict.serverValue;
}

export function toConflictDto(context: ServiceContext, conflict: LocalConflict): SyncConflictDto {
  const advisor = (id: string | null) => {
    if (id === null) return null;
    const found = findAdvisor(context.db.$client, id);
    return found ? { id, displayName: found.displayName } : null;
  };
  const caseFile = caseFileOfRow(context.db, conflict.entity, conflict.entityId);
  const duplicate = duplicateOf(conflict);
  const duplicateLabel = duplicate ? caseFileLabel(context.db, duplicate.kind, duplicate.id) : null;
  return {
    id: conflict.id,
    entity: conflict.entity,
    entityId: conflict.entityId,
    caseFile,
    caseFileLabel: caseFile ? caseFileLabel(context.db, caseFile.kind, caseFile.id) : null,
    field: conflict.field,
    kind: conflict.kind,
    // Only a case file stored here can be opened; the other one of a pair waits aside until its key is settled.
    duplicateOf: duplicateLabel === null ? null : duplicate,
    duplicateOfLabel: duplicateLabel,
    serverValue: fieldValue(conflict.kind === 'duplicate-key' ? duplicateValue(conflict) : conflict.serverValue),
    losingValue: fieldValue(conflict.losingValue),
    losingAdvisor: advisor(conflict.losingAdvisorId),
    status: conflict.status,
    resolvedValue: fieldValue(conflict.resolvedValue),
    resolvedBy: advisor(conflict.resolvedBy),
    createdAt: conflict.createdAt,
  };
}

function enrolmentError(error: unknown): never {
  if (error instanceof SyncFailure) {
    if (error.code === 'enrolment-invalid')
      throw new GuichetError('validation', 'sync.errors.badCode', {
        issues: [{ path: 'code', messageKey: 'sync.errors.badCode' }],
      });
    throw new GuichetError('internal', syncErrorKey(error.code));
  }
  throw error;
}

export function syncHandlers(
  context: ServiceContext,
  sync: SyncService | null,
): HandlerGroup<keyof typeof syncChannels> {
  const status = (): SyncStatusDto => (sync ? toStatusDto(sync.status()) : notEnrolled);
  const conflicts = (): LocalConflict[] => (sync ? sync.listConflicts() : listConflicts(context.db));
  return {
    'sync.status': () => status(),
    'sync.now': async () => (sync ? toStatusDto(await sync.syncNow('manual')) : notEnrolled),
    'sync.setPaused': ({ isPaused }) => {
      sync?.setPaused(isPaused);
      return status();
    },
    'sync.enrol': async ({ code, deviceName }) => {
      if (!sync) throw new GuichetError('validation', 'sync.errors.noHeadOffice');
      if (sync.status().isEnrolled) throw new GuichetError('conflict', 'sync.errors.alreadyEnrolled');
      await sync.enrol(code, deviceName).catch(enrolmentError);
      return status();
    },
    'sync.storage': () => {
      const rules = readRetention(context.db);
      const caseFileTables = new Set(Object.values(syncedTables).map((table) => table.name));
      return { ...storageParts(context.db.$client, caseFileTables), ...rules, ...storageSchedule(context.db, rules) };
    },
    'sync.history': ({ limit }) => ({
      rounds: listRounds(context.db, limit),
      rejected: listRejected(context.db, limit).map((change) => ({
        mutationId: change.mutationId,
        entity: change.entity,
        entityId: change.entityId,
        caseFile: caseFileOfRow(context.db, change.entity, change.entityId, {
          personId: change.personId,
          companyId: change.companyId,
        }),
        reasonKey: syncErrorKey(change.code),
        rejectedAt: change.rejectedAt,
      })),
    }),
    'sync.rejected.retry': ({ mutationId }) => {
      if (!requeueRejected(context.db, mutationId))
        throw new GuichetError('not-found', 'errors.notFound', { entity: 'rejectedChange' });
      return status();
    },
    'sync.rejected.discard': ({ mutationId }, { advisor }) => {
      const discarding = {
        mutationId,
        advisorId: advisor.id,
        deviceId: context.recorder.context.deviceId,
        at: context.now().toISOString(),
      };
      if (!discardRejected(context.db, discarding))
        throw new GuichetError('not-found', 'errors.notFound', { entity: 'rejectedChange' });
      return status();
    },
    'sync.conflicts.list': ({ includeResolved }) => {
      const since = context.now().getTime() - RESOLVED_SHOWN_MS;
      const order = { open: 0, resolving: 1, resolved: 2 } as const;
      return conflicts()
        .filter(
          (conflict) => conflict.status !== 'resolved' || (includeResolved && Date.parse(conflict.createdAt) >= since),
        )
        .sort((a, b) => order[a.status] - order[b.status])
        .map((conflict) => toConflictDto(context, conflict));
    },
    'sync.conflicts.resolve': ({ id, decision }) => {
      if (!sync) throw new GuichetError('not-found', 'errors.notFound', { entity: 'conflict' });
      return toConflictDto(context, sync.resolveConflict(context.recorder, id, decision));
    },
  };
}
