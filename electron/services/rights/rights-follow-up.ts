/**
 * Runs the rights scan (rights-scan.ts) by itself: once a day (the first check after the day
 * changes, and at start-up), and after every completed sync round, since a round may bring events
 * imported at head office. The scan is idempotent, so running it more often never doubles a task.
 * A narrow stateful adapter: it owns a timer and a listener, nothing else.
 */
import type { GuichetDb } from '../../../db/connection';
import type { ChangeRecorder } from '../../../db/repositories/change-recorder';
import { readSetting, writeSetting } from '../../../db/repositories/settings-repo';
import type { SyncService } from '../sync/sync-service';
import { scanRights, type ScanOutcome } from './rights-scan';

/** The day of the last complete scan, so a restart the same day does not scan again on its own. */
export const RIGHTS_SCAN_DAY_KEY = 'rightsScanDay';
const CHECK_EVERY_MS = 60 * 60 * 1000;

export type RightsFollowUp = {
  /** Scans now whatever the day; returns what it created. */
  runNow(): ScanOutcome;
  stop(): void;
};

export type RightsFollowUpOptions = {
  db: GuichetDb;
  recorder: ChangeRecorder;
  today: () => string;
  sync: SyncService | null;
  /** Where a failed scan is told; by default one line on stderr (the error's message only, no personal data). */
  onError?: (error: unknown) => void;
};

function reportOnStderr(error: unknown): void {
  process.stderr.write(`guichet: rights scan failed (${error instanceof Error ? error.message : 'unknown'})\n`);
}

export function startRightsFollowUp(options: RightsFollowUpOptions): RightsFollowUp {
  const { db, recorder, today } = options;
  let isStopped = false;
  const runNow = (): ScanOutcome => {
    const outcome = scanRights(db, recorder, today());
    writeSetting(db, RIGHTS_SCAN_DAY_KEY, today());
    return outcome;
  };
  const guarded = (isDueOnly: boolean): void => {
    if (isStopped) return;
    if (isDueOnly && readSetting<string>(db, RIGHTS_SCAN_DAY_KEY) === today()) return;
    try {
      runNow();
    } catch (error) {
      (options.onError ?? reportOnStderr)(error);
    }
  };
  const timer = setInterval(() => guarded(true), CHECK_EVERY_MS);
  timer.unref();
  const start = setTimeout(() => guarded(true), 0);
  start.unref();
  let lastSyncAt = options.sync?.status().lastSyncAt ?? null;
  const unsubscribe =
    options.sync?.onStatus((status) => {
      if (status.lastSyncAt === null || status.lastSyncAt === lastSyncAt) return;
      lastSyncAt = status.lastSyncAt;
      guarded(false);
    }) ?? (() => undefined);
  return {
    runNow,
    stop() {
      isStopped = true;
      clearInterval(timer);
      clearTimeout(start);
      unsubscribe();
    },
  };
}
