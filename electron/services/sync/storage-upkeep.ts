/**
 * After each sync round, what this device no longer needs leaves it: acknowledged outbox records and
 * their audit lines, and acknowledged access-log entries, past the fund's keeping period; audit lines
 * head office never receives and letter PDFs past theirs; then the freed pages go back to the file system. Batch by batch, letting the main process answer in between.
 */
import type { GuichetDb } from '../../../db/connection';
import {
  compactAccessLogBatch,
  compactDeviceAuditBatch,
  compactOutboxBatch,
  daysBefore,
  expireLetterPdfsBatch,
  readRetention,
  reclaimSpace,
} from '../../../db/repositories/storage-repo';

export type UpkeepResult = {
  outboxRemoved: number;
  accessEntriesRemoved: number;
  deviceAuditRemoved: number;
  letterPdfsRemoved: number;
  pagesReclaimed: number;
};

const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function keepStorage(db: GuichetDb, now: Date, signal?: AbortSignal): Promise<UpkeepResult> {
  const rules = readRetention(db);
  const result: UpkeepResult = {
    outboxRemoved: 0,
    accessEntriesRemoved: 0,
    deviceAuditRemoved: 0,
    letterPdfsRemoved: 0,
    pagesReclaimed: 0,
  };
  const acknowledgedBefore = daysBefore(now, rules.acknowledgedKeepDays);
  for (let removed = 1; removed > 0 && !signal?.aborted;) {
    removed = compactOutboxBatch(db, acknowledgedBefore);
    result.outboxRemoved += removed;
    await breathe();
  }
  for (let removed = 1; removed > 0 && !signal?.aborted;) {
    removed = compactAccessLogBatch(db, acknowledgedBefore);
    result.accessEntriesRemoved += removed;
    await breathe();
  }
  const deviceAuditBefore = daysBefore(now, rules.deviceAuditKeepDays);
  for (let removed = 1; removed > 0 && !signal?.aborted;) {
    removed = compactDeviceAuditBatch(db, deviceAuditBefore);
    result.deviceAuditRemoved += removed;
    await breathe();
  }
  const issuedBefore = daysBefore(now, rules.letterPdfKeepDays);
  for (let removed = 1; removed > 0 && !signal?.aborted;) {
    removed = expireLetterPdfsBatch(db, issuedBefore);
    result.letterPdfsRemoved += removed;
    await breathe();
  }
  for (let pages = 1; pages > 0 && !signal?.aborted;) {
    pages = reclaimSpace(db.$client);
    result.pagesReclaimed += pages;
    await breathe();
  }
  return result;
}
