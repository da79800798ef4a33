/**
 * The sync service the hosts expose to the renderer (status bar, sync page, conflict list): status,
 * sync on demand, enrolment, conflicts and their resolution. Runs in the main process, in the
 * background; every network wait is asynchronous and local writes are short transactions.
 */
import { MAX_CLOCK_SKEW_MS } from '../../../shared/contract/sync-protocol';
import type { GuichetDb } from '../../../db/connection';
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import { pendingStats, readSyncValue, writeSyncValue } from '../../../db/repositories/sync-repo';
import { listConflicts, resolveConflict, type ConflictChoice, type LocalConflict } from './conflicts';
import { SyncScheduler, type SchedulerOptions } from './scheduler';
import { enrolDevice, syncRound, type Credentials, type SyncProgress } from './sync-client';
import { SyncFailure, type SyncTransport } from './transport';

/** Beyond this offset the status warns; head office itself refuses at MAX_CLOCK_SKEW_MS. */
export const CLOCK_WARNING_MS = 60_000;

export type SyncStatus = {
  isEnrolled: boolean;
  isOnline: boolean;
  isSyncing: boolean;
  pendingCount: number;
  oldestPendingAgeMs: number | null;
  rejectedCount: number;
  lastSyncAt: string | null;
  lastError: string | null;
  conflicts: number;
  clockSkewMs: number | null;
  isClockWrong: boolean;
  isUpdateRequired: boolean;
  consecutiveFailures: number;
  nextAttemptAt: number | null;
  progress: SyncProgress | null;
};

export type SyncServiceOptions = {
  db: GuichetDb;
  transport: SyncTransport;
  now?: () => Date;
  scheduler?: Omit<SchedulerOptions, 'run' | 'onError'>;
  pullLimit?: number;
};

export type SyncService = {
  start(): void;
  stop(): void;
  syncNow(): Promise<SyncStatus>;
  notifyOnline(): void;
  notifyOffline(): void;
  status(): SyncStatus;
  enrol(code: string, deviceName: string): Promise<Credentials>;
  listConflicts(): LocalConflict[];
  resolveConflict(recorder: ChangeRecorder, conflictId: string, choice: ConflictChoice): void;
  onStatus(listener: (status: SyncStatus) => void): () => void;
};

export function createSyncService(options: SyncServiceOptions): SyncService {
  const { db, transport } = options;
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(status: SyncStatus) => void>();
  let isOnline = false;
  let lastError: string | null = null;
  let isUpdateRequired = false;
  let progress: SyncProgress | null = null;

  const status = (): SyncStatus => {
    const stats = pendingStats(db);
    const clockSkewMs = readSyncValue<number>(db, 'clockSkewMs') ?? null;
    return {
      isEnrolled: readSyncValue<Credentials>(db, 'credentials') !== undefined,
      isOnline,
      isSyncing: scheduler.isRunning,
      pendingCount: stats.pendingCount,
      oldestPendingAgeMs: stats.oldestCreatedAt ? Math.max(0, now().getTime() - Date.parse(stats.oldestCreatedAt)) : null,
      rejectedCount: stats.rejectedCount,
      lastSyncAt: readSyncValue<string>(db, 'lastSyncAt') ?? null,
      lastError,
      conflicts: listConflicts(db).filter((conflict) => conflict.status === 'open').length,
      clockSkewMs,
      isClockWrong: clockSkewMs !== null && Math.abs(clockSkewMs) > CLOCK_WARNING_MS,
      isUpdateRequired,
      consecutiveFailures: scheduler.consecutiveFailures,
      nextAttemptAt: scheduler.nextAttemptAt,
      progress,
    };
  };
  const publish = (): void => {
    if (listeners.size === 0) return;
    const current = status();
    listeners.forEach((listener) => listener(current));
  };

  const run = async (): Promise<void> => {
    try {
      await syncRound({ db, transport, now, ...(options.pullLimit ? { pullLimit: options.pullLimit } : {}), onProgress: (next) => ((progress = next), publish()) });
      isOnline = true;
      lastError = null;
      isUpdateRequired = false;
    } catch (error) {
      const code = error instanceof SyncFailure ? error.code : 'internal';
      isOnline = code !== 'offline';
      lastError = code;
      isUpdateRequired = code === 'update-required';
      const serverTime = error instanceof SyncFailure ? error.details['serverTime'] : undefined;
      if (code === 'clock-skew' && typeof serverTime === 'number') writeSyncValue(db, 'clockSkewMs', serverTime - now().getTime());
      throw error;
    } finally {
      progress = null;
      publish();
    }
  };
  const scheduler = new SyncScheduler({ ...options.scheduler, run });

  return {
    start: () => scheduler.start(),
    stop: () => scheduler.stop(),
    syncNow: async () => {
      await scheduler.syncNow();
      return status();
    },
    notifyOnline: () => scheduler.notifyOnline(),
    notifyOffline: () => {
      isOnline = false;
      publish();
    },
    status,
    enrol: (code, deviceName) => enrolDevice({ db, transport }, code, deviceName),
    listConflicts: () => listConflicts(db),
    resolveConflict: (recorder, conflictId, choice) => {
      resolveConflict(db, recorder, conflictId, choice);
      publish();
      void scheduler.syncNow();
    },
    onStatus: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export { MAX_CLOCK_SKEW_MS };
