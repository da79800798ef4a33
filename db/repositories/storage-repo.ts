/**
 * What a device keeps, and for how long. Head office holds the fund's data; a device holds its working
 * copy and, for a short while, the traces of its own work (outbox records, audit lines) so support can
 * still look. Everything here runs in small batches: each call is one short transaction the caller
 * repeats, so the main process is never held for long (storage: GDPR art. 5(1)(e), storage limitation).
 */
import { rmSync } from 'node:fs';
import { deviceLocalEntities } from '../../shared/sync/policy';
import type { GuichetDb } from '../connection';
import { LAST_HLC_KEY } from './change-recorder';
import { readSetting } from './settings-repo';
import { cachedStatement } from './statement-cache';

export type Sqlite = GuichetDb['$client'];

/** The fund's retention periods, in days; a device without its own setting takes these. */
export type RetentionRules = {
  /** An acknowledged outbox record (and its audit line) stays this long after head office's answer. */
  acknowledgedKeepDays: number;
  /** A letter's PDF stays on the device this long after issue; then only its hash and data remain. */
  letterPdfKeepDays: number;
};

export const DEFAULT_RETENTION: RetentionRules = { acknowledgedKeepDays: 7, letterPdfKeepDays: 90 };
export const RETENTION_SETTING = 'retention';

/** Rows removed per transaction: measured well under the ~50 ms a main-process step may take. */
export const PURGE_BATCH = 500;

export function readRetention(db: GuichetDb): RetentionRules {
  const stored = readSetting<Partial<RetentionRules>>(db, RETENTION_SETTING) ?? {};
  const days = (value: unknown, fallback: number): number =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : fallback;
  return {
    acknowledgedKeepDays: days(stored.acknowledgedKeepDays, DEFAULT_RETENTION.acknowledgedKeepDays),
    letterPdfKeepDays: days(stored.letterPdfKeepDays, DEFAULT_RETENTION.letterPdfKeepDays),
  };
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

/** The profile's size by part, in bytes, from SQLite's own page statistics (dbstat). */
export type StorageParts = {
  fileBytes: number;
  freeBytes: number;
  caseFilesBytes: number;
  lettersBytes: number;
  outboxPendingBytes: number;
  outboxKeptBytes: number;
  auditPendingBytes: number;
  auditKeptBytes: number;
  otherBytes: number;
  outboxPending: number;
  outboxKept: number;
  auditLines: number;
};

const LETTER_TABLES = new Set(['issued_letters', 'letter_batches', 'letter_batch_chunks', 'letter_batch_items']);
const SYNC_BOOKKEEPING = new Set(['outbox', 'sync_outbox_base']);

export function storageParts(sqlite: Sqlite, caseFileTables: ReadonlySet<string>): StorageParts {
  const owners = new Map(
    sqlite
      .prepare<[], { name: string; tbl_name: string }>(
        "SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')",
      )
      .all()
      .map((row) => [row.name, row.tbl_name] as const),
  );
  const bytesByTable = new Map<string, number>();
  for (const row of sqlite
    .prepare<[], { name: string; bytes: number }>('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name')
    .all()) {
    const table = owners.get(row.name) ?? row.name;
    // FTS5 shadow tables (person_search_data…) belong with the search index of their table.
    const owner = /^(\w+_search)_(data|idx|content|docsize|config)$/.exec(table)?.[1] ?? table;
    bytesByTable.set(owner, (bytesByTable.get(owner) ?? 0) + row.bytes);
  }
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  const fileBytes = (sqlite.pragma('page_count', { simple: true }) as number) * pageSize;
  const freeBytes = (sqlite.pragma('freelist_count', { simple: true }) as number) * pageSize;
  let caseFilesBytes = 0;
  let lettersBytes = 0;
  let outboxBytes = 0;
  let auditBytes = 0;
  let otherBytes = 0;
  for (const [table, bytes] of bytesByTable) {
    if (caseFileTables.has(table) || /_search$/.test(table)) caseFilesBytes += bytes;
    else if (LETTER_TABLES.has(table) || table === 'letter_queue') lettersBytes += bytes;
    else if (SYNC_BOOKKEEPING.has(table)) outboxBytes += bytes;
    else if (table === 'audit_log') auditBytes += bytes;
    else otherBytes += bytes;
  }
  const outbox = sqlite
    .prepare<[], { pending: number; kept: number; pendingLength: number; keptLength: number }>(
      `SELECT count(*) FILTER (WHERE pushed_at IS NULL) AS pending, count(*) FILTER (WHERE pushed_at IS NOT NULL) AS kept,
              coalesce(sum(length(payload)) FILTER (WHERE pushed_at IS NULL), 0) AS pendingLength,
              coalesce(sum(length(payload)) FILTER (WHERE pushed_at IS NOT NULL), 0) AS keptLength
       FROM outbox`,
    )
    .get() ?? { pending: 0, kept: 0, pendingLength: 0, keptLength: 0 };
  const pendingShare =
    outbox.pendingLength + outbox.keptLength === 0
      ? 0
      : outbox.pendingLength / (outbox.pendingLength + outbox.keptLength);
  const audit = sqlite
    .prepare<[], { lines: number; pending: number }>(
      `SELECT count(*) AS lines, count(*) FILTER (WHERE id IN (SELECT mutation_id FROM outbox WHERE pushed_at IS NULL)) AS pending FROM audit_log`,
    )
    .get() ?? { lines: 0, pending: 0 };
  const auditPendingShare = audit.lines === 0 ? 0 : audit.pending / audit.lines;
  return {
    fileBytes,
    freeBytes,
    caseFilesBytes,
    lettersBytes,
    outboxPendingBytes: Math.round(outboxBytes * pendingShare),
    outboxKeptBytes: outboxBytes - Math.round(outboxBytes * pendingShare),
    auditPendingBytes: Math.round(auditBytes * auditPendingShare),
    auditKeptBytes: auditBytes - Math.round(auditBytes * auditPendingShare),
    otherBytes,
    outboxPending: outbox.pending,
    outboxKept: outbox.kept,
    auditLines: audit.lines,
  };
}

/** The retention schedule beside the sizes: what leaves the device, and from when. */
export type StorageSchedule = {
  outboxHeld: number;
  nextOutboxPurgeAt: string | null;
  lettersWithPdf: number;
  nextLetterPdfPurgeAt: string | null;
};

const addDays = (iso: string | null, days: number): string | null =>
  iso === null ? null : new Date(new Date(iso).getTime() + days * 86_400_000).toISOString();

export function storageSchedule(db: GuichetDb, rules: RetentionRules): StorageSchedule {
  const sqlite = db.$client;
  const outbox = sqlite
    .prepare<[], { oldest: string | null; held: number }>(
      `SELECT min(o.pushed_at) FILTER (WHERE NOT held) AS oldest, count(*) FILTER (WHERE held) AS held FROM (
         SELECT o.pushed_at,
                EXISTS (SELECT 1 FROM sync_rejections r WHERE r.outbox_seq = o.seq)
                  OR EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.losing_mutation_id = o.mutation_id AND c.status <> 'resolved') AS held
         FROM outbox o WHERE o.pushed_at IS NOT NULL) AS o`,
    )
    .get() ?? { oldest: null, held: 0 };
  const letters = sqlite
    .prepare<[], { n: number; oldest: string | null }>(
      `SELECT count(*) AS n, min(issued_at) AS oldest FROM issued_letters WHERE batch_id IS NULL AND pdf_file <> ''`,
    )
    .get() ?? { n: 0, oldest: null };
  return {
    outboxHeld: outbox.held,
    nextOutboxPurgeAt: addDays(outbox.oldest, rules.acknowledgedKeepDays),
    lettersWithPdf: letters.n,
    nextLetterPdfPurgeAt: addDays(letters.oldest, rules.letterPdfKeepDays),
  };
}
