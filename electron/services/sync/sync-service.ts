/**
 * The sync service the hosts expose to the renderer (status bar, sync page, conflict list): status,
 * sync on demand, enrolment, conflicts and their resolution. Runs in the main process, in the
 * background; every network wait is asynchronous and local writes are short transactions.
 */
import { MAX_CLOCK_SKEW_MS, PROTOCOL_VERSION, SCHEMA_VERSION, syncPaths } from '../../../shared/contract/sync-protocol';
import type { GuichetDb } from '../../../db/connection';
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import { pendingStats, readSyncValue, writeSyncValue } from '../../../db/repositories/sync-repo';
import {
  closeInterruptedRounds,
  countConflictRows,
  finishRound,
  startRound,
  type RoundTrigger,
} from '../../../db/repositories/sync-history-repo';
import { listConflicts, resolveConflict, type ConflictChoice, type LocalConflict } from './conflicts';
import { SyncScheduler, type SchedulerOptions } from './scheduler';
import { CLOCK_SKEW_KEY, isClockTooFarAhead, syncRound } from './sync-client';
import { SyncStopped, type SyncProgress } from './sync-context';
import {
  CREDENTIALS_KEY,
  callHeadOffice,
  enrolDevice,
  protectPlainCredentials,
  readCredentials,
  type Credentials,
} from './device-credentials';
import { SecretUnreadable, type SecretStore } from './secret-store';
import { SyncFailure, call, isHeadOfficeAnswering, type SyncTransport } from './transport';

/** Beyond this offset the status warns; head office itself refuses at MAX_CLOCK_SKEW_MS. */
export const CLOCK_WARNING_MS = 60_000;

export type SyncStatus = {
  isEnrolled: boolean;
  isOnline: boolean;
  isPaused: boolean;
  isSyncing: boolean;
  pendingCount: number;
  oldestPendingAgeMs: number | null;
  rejectedCount: number;
  lastSyncAt: string | null;
  lastError: string | null;
  conflicts: number;
  clockSkewMs: number | null;
  isClockWrong: boolean;
  /** The clock runs so far ahead that head office would refuse this device's changes: they stay queued, pulls go on. */
  isPushHeld: boolean;
  isUpdateRequired: boolean;
  consecutiveFailures: number;
  nextAttemptAt: number | null;
  progress: SyncProgress | null;
};

export type SyncServiceOptions = {
  db: GuichetDb;
  transport: SyncTransport;
  now?: () => Date;
  scheduler?: Omit<SchedulerOptions, 'run' | 'onError' | 'probe' | 'isUnreachable'>;
  pullLimit?: number;
  /** Protects the device secret at rest (see sync-context.ts `SyncContext.secrets`). */
  secrets?: SecretStore | undefined;
  /** The profile database's key, escrowed with head office when it gives an escrow key; absent: nothing escrowed. */
  databaseKey?: () => Buffer;
  /**
   * Head office asked this device to erase its data (`revoke --wipe`). The service stops and hands over:
   * the hook erases the profile, then calls `confirm` to tell head office (false when it could not).
   * Without a hook nothing is erased and nothing confirmed; the status reports `wipe-required`.
   */
  onWipe?: (wipe: WipeOrder) => Promise<void>;
};

export type WipeOrder = { confirm(erasedAt: Date): Promise<boolean> };

export type SyncService = {
  start(): void;
  stop(): void;
  syncNow(trigger?: RoundTrigger): Promise<SyncStatus>;
  /** "Work offline": no contact with head office until resumed (persisted); changes keep queuing. */
  setPaused(isPaused: boolean): void;
  notifyOnline(): void;
  notifyOffline(): void;
  status(): SyncStatus;
  enrol(code: string, deviceName: string): Promise<Credentials>;
  listConflicts(): LocalConflict[];
  resolveConflict(recorder: ChangeRecorder, conflictId: string, choice: ConflictChoice): LocalConflict;
  onStatus(listener: (status: SyncStatus) => void): () => void;
  /** An authenticated request to head office outside the sync rounds; `offline` while paused or unreachable. */
  callHeadOffice(path: string, body: Record<string, unknown>): Promise<unknown>;
  /** When this device last completed a round with head office (or enrolled, before its first): null when not enrolled. */
  lastContactAt(): string | null;
};

/** When the device enrolled: the start of its time without head office until its first round. */
export const ENROLLED_AT_KEY = 'enrolledAt';

export const PAUSED_KEY = 'paused';

export function createSyncService(options: SyncServiceOptions): SyncService {
  const { db, transport } = options;
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(status: SyncStatus) => void>();
  let isOnline = false;
  let lastError: string | null = null;
  let isUpdateRequired = false;
  let progress: SyncProgress | null = null;
  // Why the next round runs: set by whoever asks for it, read once by the round.
  let nextTrigger: RoundTrigger = 'start';
  // Aborted by stop(): the round under way writes nothing more (the app closes its database right after).
  let roundStopper: AbortController | null = null;
  // Set once the profile is being erased: nothing reads or writes the database after that.
  let isWiped = false;
  const { secrets } = options;
  if (secrets) {
    try {
      protectPlainCredentials(db, secrets);
    } catch (error) {
      // Left as it was (still usable); retried on the next start. The store's kind only: no secret, no personal data.
      process.stderr.write(
        `guichet: could not protect the device secret with ${secrets.kind} (${error instanceof Error ? error.name : 'unknown'})\n`,
      );
    }
  }
  // Revealed once per stored value, not on every status call (safeStorage may ask the OS keychain).
  let checked: { stored: string; state: 'ready' | 'unreadable' } | null = null;
  const credentialState = (): 'none' | 'ready' | 'unreadable' => {
    const value = readSyncValue<unknown>(db, CREDENTIALS_KEY);
    if (value === undefined) return 'none';
    const stored = JSON.stringify(value);
    if (checked?.stored !== stored) checked = { stored, state: isRevealable() ? 'ready' : 'unreadable' };
    return checked.state;
  };
  const isRevealable = (): boolean => {
    try {
      return readCredentials(db, secrets) !== undefined;
    } catch (error) {
      if (error instanceof SecretUnreadable) return false;
      throw error;
    }
  };
  // An unreadable secret (profile copied to another machine) counts as not enrolled: the advisor re-enrols.
  const isEnrolled = (): boolean => credentialState() === 'ready';
  const isPaused = (): boolean => readSyncValue<boolean>(db, PAUSED_KEY) === true;
  closeInterruptedRounds(db, now().toISOString());

  const status = (): SyncStatus => {
    if (isWiped) return wipedStatus;
    const stats = pendingStats(db);
    const clockSkewMs = readSyncValue<number>(db, CLOCK_SKEW_KEY) ?? null;
    return {
      isEnrolled: isEnrolled(),
      isOnline: isOnline && !isPaused(),
      isPaused: isPaused(),
      isSyncing: scheduler.isRunning,
      pendingCount: stats.pendingCount,
      oldestPendingAgeMs: stats.oldestCreatedAt
        ? Math.max(0, now().getTime() - Date.parse(stats.oldestCreatedAt))
        : null,
      rejectedCount: stats.rejectedCount,
      lastSyncAt: readSyncValue<string>(db, 'lastSyncAt') ?? null,
      lastError: credentialState() === 'unreadable' ? 'secret-unreadable' : lastError,
      conflicts: listConflicts(db).filter((conflict) => conflict.status === 'open').length,
      clockSkewMs,
      isClockWrong: clockSkewMs !== null && Math.abs(clockSkewMs) > CLOCK_WARNING_MS,
      isPushHeld: isClockTooFarAhead(clockSkewMs),
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
    // Erased, paused or not enrolled: head office is not contacted, and no round is recorded.
    if (isWiped || isPaused() || !isEnrolled()) return;
    const trigger = nextTrigger;
    nextTrigger = 'interval';
    const roundId = startRound(db, trigger, now().toISOString());
    const conflictsBefore = countConflictRows(db);
    const counts = { pushed: 0, pulled: 0, rejected: 0, conflicts: 0 };
    const stopper = new AbortController();
    roundStopper = stopper;
    const onProgress = (next: SyncProgress): void => {
      progress = next;
      if (next.phase === 'push') counts.pushed = next.done;
      else if (next.phase === 'pull') counts.pulled = next.done;
      publish();
    };
    try {
      const result = await syncRound({
        db,
        transport,
        secrets,
        now,
        databaseKey: options.databaseKey,
        ...(options.pullLimit ? { pullLimit: options.pullLimit } : {}),
        onProgress,
        signal: stopper.signal,
      });
      Object.assign(counts, { pushed: result.pushed, pulled: result.pulled, rejected: result.rejected });
      isOnline = true;
      // Held pushes are not a failure of the round (it pulled), but the reason stays visible.
      lastError = result.isPushHeld ? 'clock-skew' : null;
      isUpdateRequired = false;
      finishRound(
        db,
        roundId,
        now().toISOString(),
        'ok',
        { ...counts, conflicts: countConflictRows(db) - conflictsBefore },
        lastError === null ? null : syncErrorKey(lastError),
      );
    } catch (error) {
      if (error instanceof SyncFailure && error.code === 'wipe-required') {
        await wipe();
        return;
      }
      if (error instanceof SyncStopped || stopper.signal.aborted) {
        // Still open (stopped without closing): recorded now; otherwise the next start closes it as interrupted.
        if (db.$client.open)
          finishRound(
            db,
            roundId,
            now().toISOString(),
            'failed',
            { ...counts, conflicts: countConflictRows(db) - conflictsBefore },
            'sync.errors.interrupted',
          );
        return;
      }
      const code =
        error instanceof SyncFailure
          ? error.code
          : error instanceof SecretUnreadable
            ? 'secret-unreadable'
            : 'internal';
      isOnline = code !== 'offline';
      lastError = code;
      isUpdateRequired = code === 'update-required';
      const serverTime = error instanceof SyncFailure ? error.details['serverTime'] : undefined;
      if (code === 'clock-skew' && typeof serverTime === 'number')
        writeSyncValue(db, CLOCK_SKEW_KEY, serverTime - now().getTime());
      finishRound(
        db,
        roundId,
        now().toISOString(),
        'failed',
        { ...counts, conflicts: countConflictRows(db) - conflictsBefore },
        syncErrorKey(code),
      );
      throw error;
    } finally {
      roundStopper = null;
      progress = null;
      if (!isWiped && db.$client.open) publish();
    }
  };
  /**
   * Stops for good, then lets the host erase the profile. The credentials are read before the erasure:
   * the confirmation is the device's last call, made with them from memory.
   */
  const wipe = async (): Promise<void> => {
    lastError = 'wipe-required';
    isOnline = true;
    scheduler.stop();
    if (!options.onWipe) return;
    const credentials = readCredentials(db, secrets);
    const token = credentials ? `${credentials.deviceId}.${credentials.secret}` : null;
    isWiped = true;
    await options.onWipe({
      confirm: async (erasedAt) => {
        try {
          await call(
            transport,
            syncPaths.wipeConfirmed,
            { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION, erasedAt: erasedAt.toISOString() },
            token,
          );
          return true;
        } catch {
          return false;
        }
      },
    });
  };
  const scheduler = new SyncScheduler({
    ...options.scheduler,
    run,
    probe: () => (isPaused() || !isEnrolled() ? Promise.resolve(false) : isHeadOfficeAnswering(transport)),
    isUnreachable: (error) => error instanceof SyncFailure && error.code === 'offline',
  });
  const start = (): void => {
    if (isEnrolled() && !isPaused()) scheduler.start();
  };

  return {
    start,
    stop: () => {
      scheduler.stop();
      roundStopper?.abort();
    },
    syncNow: async (trigger = 'manual') => {
      if (isWiped) return wipedStatus;
      if (isPaused() || !isEnrolled()) return status();
      nextTrigger = trigger;
      const wasRunning = scheduler.isRunning;
      await scheduler.syncNow();
      // A round already under way may have started before the latest changes: answer after the one that follows it.
      if (wasRunning) await scheduler.current;
      return isWiped ? wipedStatus : status();
    },
    setPaused: (paused) => {
      if (paused === isPaused()) return;
      writeSyncValue(db, PAUSED_KEY, paused);
      if (paused) {
        scheduler.stop();
        isOnline = false;
      } else {
        nextTrigger = 'reconnect';
        start();
      }
      publish();
    },
    notifyOnline: () => {
      if (isWiped || isPaused() || !isEnrolled()) return;
      nextTrigger = 'reconnect';
      scheduler.notifyOnline();
    },
    notifyOffline: () => {
      isOnline = false;
      publish();
    },
    status,
    enrol: async (code, deviceName) => {
      const credentials = await enrolDevice({ db, transport, secrets }, code, deviceName);
      writeSyncValue(db, ENROLLED_AT_KEY, now().toISOString());
      nextTrigger = 'start';
      start();
      publish();
      return credentials;
    },
    listConflicts: () => listConflicts(db),
    resolveConflict: (recorder, conflictId, choice) => {
      const resolved = resolveConflict(db, recorder, conflictId, choice);
      publish();
      if (!isPaused()) void scheduler.syncNow();
      return resolved;
    },
    onStatus: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lastContactAt: () => {
      if (isWiped || !isEnrolled()) return null;
      return readSyncValue<string>(db, 'lastSyncAt') ?? readSyncValue<string>(db, ENROLLED_AT_KEY) ?? null;
    },
    callHeadOffice: async (path, body) => {
      // "Work offline" means no contact with head office at all, this request included.
      if (isPaused()) throw new SyncFailure('offline', { reason: 'paused' });
      return callHeadOffice({ db, transport, secrets }, path, body);
    },
  };
}

/** What the service reports once the profile is erased: the database it would read is gone. */
const wipedStatus: SyncStatus = {
  isEnrolled: false,
  isOnline: false,
  isPaused: false,
  isSyncing: false,
  pendingCount: 0,
  oldestPendingAgeMs: null,
  rejectedCount: 0,
  lastSyncAt: null,
  lastError: 'wipe-required',
  conflicts: 0,
  clockSkewMs: null,
  isClockWrong: false,
  isPushHeld: false,
  isUpdateRequired: false,
  consecutiveFailures: 0,
  nextAttemptAt: null,
  progress: null,
};

/** The translation key of a sync failure, as the status bar and the history show it. */
export function syncErrorKey(code: string): string {
  return `sync.errors.${code.replace(/-([a-z])/g, (_match: string, letter: string) => letter.toUpperCase())}`;
}

export { MAX_CLOCK_SKEW_MS };
