/**
 * What the storage page and bench:storage show: the profile's size by part, from SQLite's own page
 * statistics, and when each kind of trace leaves the device under the fund's retention rules.
 */
import type { GuichetDb } from '../connection';
import { DEVICE_ONLY_AUDIT, type RetentionRules, type Sqlite } from './storage-repo';

/** The profile's size by part, in bytes, from SQLite's own page statistics (dbstat). */
export type StorageParts = {
  fileBytes: number;
  freeBytes: number;
  caseFilesBytes: number;
  lettersBytes: number;
  outboxPendingBytes: number;
  outboxKeptBytes: number;
  auditPendingBytes: number;
  /** Lines of synced changes head office acknowledged, kept for support until their outbox record goes. */
  auditKeptBytes: number;
  /** Lines head office never receives, kept for the fund's period (RetentionRules.deviceAuditKeepDays). */
  auditDeviceOnlyBytes: number;
  otherBytes: number;
  outboxPending: number;
  outboxKept: number;
  auditLines: number;
  auditDeviceOnly: number;
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
  // Lines differ in size (a full row against a letter's few fields): each part's share is by length.
  const audit = sqlite
    .prepare<
      [],
      { lines: number; deviceOnly: number; pendingLength: number; deviceOnlyLength: number; allLength: number }
    >(
      `SELECT count(*) AS lines, count(*) FILTER (WHERE device_only) AS deviceOnly,
              coalesce(sum(size) FILTER (WHERE pending), 0) AS pendingLength,
              coalesce(sum(size) FILTER (WHERE device_only), 0) AS deviceOnlyLength,
              coalesce(sum(size), 0) AS allLength
       FROM (SELECT length(a.fields) + coalesce(length(a.before), 0) + coalesce(length(a.after), 0) + 100 AS size,
                    ${DEVICE_ONLY_AUDIT} AS device_only,
                    EXISTS (SELECT 1 FROM outbox o WHERE o.mutation_id = a.mutation_id AND o.pushed_at IS NULL) AS pending
             FROM audit_log a)`,
    )
    .get() ?? { lines: 0, deviceOnly: 0, pendingLength: 0, deviceOnlyLength: 0, allLength: 0 };
  const share = (length: number): number =>
    audit.allLength === 0 ? 0 : Math.round((auditBytes * length) / audit.allLength);
  const auditPendingBytes = share(audit.pendingLength);
  const auditDeviceOnlyBytes = share(audit.deviceOnlyLength);
  return {
    fileBytes,
    freeBytes,
    caseFilesBytes,
    lettersBytes,
    outboxPendingBytes: Math.round(outboxBytes * pendingShare),
    outboxKeptBytes: outboxBytes - Math.round(outboxBytes * pendingShare),
    auditPendingBytes,
    auditKeptBytes: auditBytes - auditPendingBytes - auditDeviceOnlyBytes,
    auditDeviceOnlyBytes,
    otherBytes,
    outboxPending: outbox.pending,
    outboxKept: outbox.kept,
    auditLines: audit.lines,
    auditDeviceOnly: audit.deviceOnly,
  };
}

/** The retention schedule beside the sizes: what leaves the device, and from when. */
export type StorageSchedule = {
  outboxHeld: number;
  nextOutboxPurgeAt: string | null;
  lettersWithPdf: number;
  nextLetterPdfPurgeAt: string | null;
  nextDeviceAuditPurgeAt: string | null;
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
  const deviceAudit = sqlite
    .prepare<[], { oldest: string | null }>(`SELECT min(a.at) AS oldest FROM audit_log a WHERE ${DEVICE_ONLY_AUDIT}`)
    .get() ?? { oldest: null };
  return {
    outboxHeld: outbox.held,
    nextOutboxPurgeAt: addDays(outbox.oldest, rules.acknowledgedKeepDays),
    lettersWithPdf: letters.n,
    nextLetterPdfPurgeAt: addDays(letters.oldest, rules.letterPdfKeepDays),
    nextDeviceAuditPurgeAt: addDays(deviceAudit.oldest, rules.deviceAuditKeepDays),
  };
}
