/**
 * What a device keeps, and for how long. Head office holds the fund's data; a device holds its working
 * copy and, for a short while, the traces of its own work (outbox records, audit lines) so support can
 * still look. Everything here runs in small batches: each call is one short transaction the caller
 * repeats, so the main process is never held for long (storage: GDPR art. 5(1)(e), storage limitation).
 */
import { rmSync } from 'node:fs';
import { DEFAULT_FUND_RETENTION, type FundRetention } from '../../shared/contract/sync-protocol';
import { deviceLocalEntities } from '../../shared/sync/policy';
import type { GuichetDb } from '../connection';
import { LAST_HLC_KEY } from './change-recorder';
import { readSetting, writeSetting } from './settings-repo';
import { cachedStatement } from './statement-cache';

export type Sqlite = GuichetDb['$client'];

/**
 * The fund's retention periods, in days (shared/contract/sync-protocol.ts says what each one rules).
 * Head office sends them with every pull; a device that has not heard from it yet takes the defaults.
 * An audit line head office never receives is a fact of this device, not a change of a synced row:
 * it goes after `deviceAuditKeepDays`; an issued letter's own journal row (who, when, which kind,
 * the PDF's hash) stays with its case file.
 */
export type RetentionRules = FundRetention;

export const DEFAULT_RETENTION: RetentionRules = DEFAULT_FUND_RETENTION;
export const RETENTION_SETTING = 'retention';

/** The rules in force and whether they came from head office (else the defaults hold). */
export type RetentionPolicy = RetentionRules & { isSetByFund: boolean };

/** Rows removed per transaction: measured well under the ~50 ms a main-process step may take. */
export const PURGE_BATCH = 500;

export function readRetention(db: GuichetDb): RetentionPolicy {
  const stored = readSetting<Partial<RetentionRules> & { setBy?: unknown }>(db, RETENTION_SETTING) ?? {};
  const days = (value: unknown, fallback: number): number =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : fallback;
  return {
    acknowledgedKeepDays: days(stored.acknowledgedKeepDays, DEFAULT_RETENTION.acknowledgedKeepDays),
    letterPdfKeepDays: days(stored.letterPdfKeepDays, DEFAULT_RETENTION.letterPdfKeepDays),
    deviceAuditKeepDays: days(stored.deviceAuditKeepDays, DEFAULT_RETENTION.deviceAuditKeepDays),
    isSetByFund: stored.setBy === 'fund',
  };
}

/** Stores the periods head office sent; unchanged ones are not written again. */
export function writeFundRetention(db: GuichetDb, rules: RetentionRules): void {
  const current = readRetention(db);
  if (
    current.isSetByFund &&
    current.acknowledgedKeepDays === rules.acknowledgedKeepDays &&
    current.letterPdfKeepDays === rules.letterPdfKeepDays &&
    current.deviceAuditKeepDays === rules.deviceAuditKeepDays
  )
    return;
  writeSetting(db, RETENTION_SETTING, {
    acknowledgedKeepDays: rules.acknowledgedKeepDays,
    letterPdfKeepDays: rules.letterPdfKeepDays,
    deviceAuditKeepDays: rules.deviceAuditKeepDays,
    setBy: 'fund',
  });
}

export function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

const localEntities = deviceLocalEntities.map((entity) => `'${entity}'`).join(', ');

/**
 * An outbox record that may leave the device: head office acknowledged it before `cutoff`, it was not
 * refused, and no conflict still open names it. A device-local record (intake drafts) is never sent:
 * it goes once older than the cutoff. AUTOINCREMENT keeps the sequence in sqlite_sequence, so mutation
 * ids never come back; the clock of the newest record is kept aside before it goes (rememberClock).
 */
const COMPACTABLE = `
  FROM outbox o
  WHERE (o.pushed_at <= @cutoff OR (o.pushed_at IS NULL AND o.entity IN (${localEntities}) AND o.created_at <= @cutoff))
    AND NOT EXISTS (SELECT 1 FROM sync_rejections r WHERE r.outbox_seq = o.seq)
    AND NOT EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.losing_mutation_id = o.mutation_id AND c.status <> 'resolved')`;

/**
 * One batch of compaction: the oldest compactable outbox records, their captured bases and the audit
 * lines of the same changes. Returns how many records went (0: nothing left to do).
 */
export function compactOutboxBatch(db: GuichetDb, cutoff: string, batch = PURGE_BATCH): number {
  const sqlite = db.$client;
  return sqlite.transaction(() => {
    const seqs = cachedStatement<[{ cutoff: string; batch: number }], { seq: number; mutation_id: string }>(
      sqlite,
      `SELECT o.seq, o.mutation_id ${COMPACTABLE} ORDER BY o.seq LIMIT @batch`,
    ).all({ cutoff, batch });
    if (seqs.length === 0) return 0;
    const list = JSON.stringify(seqs.map((row) => row.seq));
    const ids = JSON.stringify(seqs.map((row) => row.mutation_id));
    cachedStatement(sqlite, 'DELETE FROM sync_outbox_base WHERE outbox_seq IN (SELECT value FROM json_each(?))').run(
      list,
    );
    cachedStatement(sqlite, 'DELETE FROM audit_log WHERE id IN (SELECT value FROM json_each(?))').run(ids);
    rememberClock(sqlite, list);
    cachedStatement(sqlite, 'DELETE FROM outbox WHERE seq IN (SELECT value FROM json_each(?))').run(list);
    return seqs.length;
  })();
}

/**
 * When the newest outbox record is about to go, its clock is kept in sync_state: the change recorder
 * starts from it on the next opening, so the device's hybrid logical clock never runs backwards.
 */
function rememberClock(sqlite: Sqlite, seqs: string): void {
  cachedStatement(
    sqlite,
    `INSERT INTO sync_state (key, value) SELECT '${LAST_HLC_KEY}', json_quote(hlc) FROM outbox
       WHERE seq = (SELECT max(seq) FROM outbox) AND seq IN (SELECT value FROM json_each(?))
     ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  ).run(seqs);
}

/** Where head office's acknowledgement of the access log stands (electron/services/sync/access-log-push.ts). */
const ACCESS_LOG_ACKNOWLEDGED = `coalesce((SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'accessLogPushedSeq'), 0)`;

/**
 * One batch of the access log's entries head office holds and that are older than `cutoff`: the
 * device's copy goes, head office's stays the record (`npm run server -- access-log`). Entries not yet
 * acknowledged are never touched (the table's trigger refuses it anyway).
 */
export function compactAccessLogBatch(db: GuichetDb, cutoff: string, batch = PURGE_BATCH): number {
  return cachedStatement(
    db.$client,
    `DELETE FROM access_log WHERE seq IN (SELECT seq FROM access_log
       WHERE seq <= ${ACCESS_LOG_ACKNOWLEDGED} AND at <= @cutoff ORDER BY seq LIMIT @batch)`,
  ).run({ cutoff, batch }).changes;
}

/**
 * An audit line no outbox record stands behind: head office never receives it (see
 * RetentionRules.deviceAuditKeepDays). The line of a synced change always has its outbox record
 * (same mutation id) until compaction removes both together, so it is never matched here.
 */
export const DEVICE_ONLY_AUDIT = `NOT EXISTS (SELECT 1 FROM outbox o WHERE o.mutation_id = a.mutation_id)`;

/** One batch of device-only audit lines older than `cutoff`; returns how many went. */
export function compactDeviceAuditBatch(db: GuichetDb, cutoff: string, batch = PURGE_BATCH): number {
  return cachedStatement(
    db.$client,
    `DELETE FROM audit_log WHERE rowid IN (SELECT a.rowid FROM audit_log a
       WHERE a.at <= @cutoff AND ${DEVICE_ONLY_AUDIT} ORDER BY a.at LIMIT @batch)`,
  ).run({ cutoff, batch }).changes;
}

/** How many outbox records compaction would remove now (the storage page's "will go"). */
export function countCompactable(db: GuichetDb, cutoff: string): number {
  return (
    cachedStatement<[{ cutoff: string }], { n: number }>(db.$client, `SELECT count(*) AS n ${COMPACTABLE}`).get({
      cutoff,
    })?.n ?? 0
  );
}

/**
 * The local traces of rows head office told this device to drop (a case file moved to another branch,
 * an assignment taken back): their audit lines, their acknowledged outbox records, the intake drafts
 * that created them and, for a case file's root, its issued letters and their own PDF files. Changes
 * still waiting for head office stay: they are this device's work, shown until head office judges them.
 * Called inside the pull's transaction, after the rows themselves went.
 */
export function purgeEvictedTraces(
  sqlite: Sqlite,
  evicted: readonly string[],
  caseReferences: readonly string[],
): { letterFiles: string[] } {
  if (evicted.length === 0) return { letterFiles: [] };
  const ids = JSON.stringify(evicted);
  const drafts = cachedStatement<[string], { id: string }>(
    sqlite,
    'SELECT id FROM intake_drafts WHERE result_id IN (SELECT value FROM json_each(?))',
  )
    .all(ids)
    .map((row) => row.id);
  const all = JSON.stringify([...evicted, ...drafts]);
  cachedStatement(sqlite, 'DELETE FROM intake_drafts WHERE id IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(drafts),
  );
  cachedStatement(
    sqlite,
    `DELETE FROM sync_outbox_base WHERE outbox_seq IN (SELECT o.seq FROM outbox o WHERE o.entity_id IN (SELECT value FROM json_each(?))
       AND (o.pushed_at IS NOT NULL OR o.entity IN (${localEntities})))`,
  ).run(all);
  // Refused changes stay with their rejection; conflicts on rows no longer here have nothing to decide.
  const leaving = cachedStatement<[string], { seqs: string }>(
    sqlite,
    `SELECT json_group_array(seq) AS seqs FROM outbox WHERE entity_id IN (SELECT value FROM json_each(?))
       AND (pushed_at IS NOT NULL OR entity IN (${localEntities}))`,
  ).get(all);
  rememberClock(sqlite, leaving?.seqs ?? '[]');
  cachedStatement(sqlite, 'DELETE FROM outbox WHERE seq IN (SELECT value FROM json_each(?))').run(
    leaving?.seqs ?? '[]',
  );
  cachedStatement(
    sqlite,
    `DELETE FROM audit_log WHERE entity_id IN (SELECT value FROM json_each(?))
       AND id NOT IN (SELECT mutation_id FROM outbox)`,
  ).run(all);
  cachedStatement(sqlite, 'DELETE FROM sync_conflicts WHERE entity_id IN (SELECT value FROM json_each(?))').run(all);
  // Who read the file: the entries head office holds go; one not sent yet stays until it is.
  cachedStatement(
    sqlite,
    `DELETE FROM access_log WHERE seq <= ${ACCESS_LOG_ACKNOWLEDGED}
       AND (person_id IN (SELECT value FROM json_each(@ids)) OR company_id IN (SELECT value FROM json_each(@ids)))`,
  ).run({ ids });
  if (caseReferences.length === 0) return { letterFiles: [] };
  const references = JSON.stringify(caseReferences);
  const letters = cachedStatement<[string], { id: string; pdf_file: string; batch_id: string | null }>(
    sqlite,
    'SELECT id, pdf_file, batch_id FROM issued_letters WHERE case_reference IN (SELECT value FROM json_each(?))',
  ).all(references);
  // Issuing a letter is audited on the device under the letter's own id.
  cachedStatement(sqlite, 'DELETE FROM audit_log WHERE entity_id IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(letters.map((letter) => letter.id)),
  );
  cachedStatement(sqlite, 'DELETE FROM issued_letters WHERE case_reference IN (SELECT value FROM json_each(?))').run(
    references,
  );
  // A batch's merged PDF holds other persons' letters too: only a letter's own file goes with it.
  return { letterFiles: letters.filter((row) => row.batch_id === null && row.pdf_file !== '').map((r) => r.pdf_file) };
}

/** Removes files once the transaction that forgot them has committed; a file already gone is fine. */
export function removeFiles(files: readonly string[]): void {
  for (const file of files) rmSync(file, { force: true });
}

/**
 * One batch of letter PDFs past their keeping period: the file goes, the row keeps its hash, data and
 * pages, so the letter can be drawn again identically and a printed copy still checked against the
 * hash. Head office keeps no copy of the PDFs: what it holds is the data the letter was drawn from.
 * Letters of a batch share the batch's file and follow the batch (left to the batch journal).
 */
export function expireLetterPdfsBatch(db: GuichetDb, issuedBefore: string, batch = PURGE_BATCH): number {
  const sqlite = db.$client;
  const rows = cachedStatement<[string, number], { id: string; pdf_file: string }>(
    sqlite,
    `SELECT id, pdf_file FROM issued_letters WHERE batch_id IS NULL AND pdf_file <> '' AND issued_at <= ? ORDER BY issued_at LIMIT ?`,
  ).all(issuedBefore, batch);
  if (rows.length === 0) return 0;
  sqlite.transaction(() => {
    for (const row of rows) cachedStatement(sqlite, `UPDATE issued_letters SET pdf_file = '' WHERE id = ?`).run(row.id);
  })();
  removeFiles(rows.map((row) => row.pdf_file));
  return rows.length;
}

/** Hands up to `pages` free pages back to the file system (a profile created with auto_vacuum INCREMENTAL). */
export function reclaimSpace(sqlite: Sqlite, pages = 2_000): number {
  if (sqlite.pragma('auto_vacuum', { simple: true }) !== 2) return 0;
  const before = sqlite.pragma('freelist_count', { simple: true }) as number;
  if (before === 0) return 0;
  sqlite.pragma(`incremental_vacuum(${pages})`);
  return before - (sqlite.pragma('freelist_count', { simple: true }) as number);
}
