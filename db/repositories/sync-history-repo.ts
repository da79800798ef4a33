/**
 * The sync page's memory: one line per sync round (written when it starts and when it ends, the last
 * 500 kept) and the changes head office refused for good, with what they were about. Local bookkeeping,
 * never synced itself.
 */
import type { GuichetDb } from '../connection';
import { syncedTables } from './sync-repo';

export type RoundTrigger = 'interval' | 'reconnect' | 'manual' | 'start';
export type RoundOutcome = 'running' | 'ok' | 'failed';

export type SyncRound = {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  trigger: RoundTrigger;
  outcome: RoundOutcome;
  pushed: number;
  pulled: number;
  rejected: number;
  conflicts: number;
  errorKey: string | null;
  /** Rounds folded into this line: successful rounds that moved nothing, from `startedAt` to `finishedAt`. */
  quietRounds: number;
};

export type RoundCounts = { pushed: number; pulled: number; rejected: number; conflicts: number };

export const KEPT_ROUNDS = 500;

export function startRound(db: GuichetDb, trigger: RoundTrigger, at: string): number {
  const result = db.$client
    .prepare("INSERT INTO sync_rounds (started_at, trigger, outcome) VALUES (?, ?, 'running')")
    .run(at, trigger);
  return Number(result.lastInsertRowid);
}

/**
 * Closes a round. A successful round that moved nothing joins the line of the quiet rounds just
 * before it (same trigger or not), so the history keeps what happened instead of filling up with
 * a line every few minutes: that line counts the rounds and runs from the first one's start to the
 * last one's end.
 */
export function finishRound(
  db: GuichetDb,
  id: number,
  at: string,
  outcome: 'ok' | 'failed',
  counts: RoundCounts,
  errorKey: string | null,
): void {
  const isQuiet =
    outcome === 'ok' && counts.pushed === 0 && counts.pulled === 0 && counts.rejected === 0 && counts.conflicts === 0;
  db.$client.transaction(() => {
    const previous = isQuiet
      ? db.$client
          .prepare<[number], { id: number; quiet: number }>(
            `SELECT id, (outcome = 'ok' AND pushed = 0 AND pulled = 0 AND rejected = 0 AND conflicts = 0) AS quiet
             FROM sync_rounds WHERE id < ? ORDER BY id DESC LIMIT 1`,
          )
          .get(id)
      : undefined;
    if (previous?.quiet === 1) {
      db.$client
        .prepare('UPDATE sync_rounds SET finished_at = ?, quiet_rounds = quiet_rounds + 1 WHERE id = ?')
        .run(at, previous.id);
      db.$client.prepare('DELETE FROM sync_rounds WHERE id = ?').run(id);
      return;
    }
    db.$client
      .prepare(
        'UPDATE sync_rounds SET finished_at = ?, outcome = ?, pushed = ?, pulled = ?, rejected = ?, conflicts = ?, error_key = ? WHERE id = ?',
      )
      .run(at, outcome, counts.pushed, counts.pulled, counts.rejected, counts.conflicts, errorKey, id);
    db.$client.prepare('DELETE FROM sync_rounds WHERE id <= (SELECT max(id) FROM sync_rounds) - ?').run(KEPT_ROUNDS);
  })();
}

/** A round left 'running' by a process that stopped mid-round (crash, power cut) is closed as failed. */
export function closeInterruptedRounds(db: GuichetDb, at: string): void {
  db.$client
    .prepare(
      "UPDATE sync_rounds SET outcome = 'failed', finished_at = ?, error_key = 'sync.errors.interrupted' WHERE outcome = 'running'",
    )
    .run(at);
}

type RoundRow = {
  id: number;
  started_at: string;
  finished_at: string | null;
  trigger: RoundTrigger;
  outcome: RoundOutcome;
  pushed: number;
  pulled: number;
  rejected: number;
  conflicts: number;
  error_key: string | null;
  quiet_rounds: number;
};

export function listRounds(db: GuichetDb, limit: number): SyncRound[] {
  return db.$client
    .prepare<[number], RoundRow>('SELECT * FROM sync_rounds ORDER BY id DESC LIMIT ?')
    .all(limit)
    .map((row) => ({
      id: row.id,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      trigger: row.trigger,
      outcome: row.outcome,
      pushed: row.pushed,
      pulled: row.pulled,
      rejected: row.rejected,
      conflicts: row.conflicts,
      errorKey: row.error_key,
      quietRounds: row.quiet_rounds,
    }));
}

export type RejectedChange = {
  mutationId: string;
  entity: string;
  entityId: string;
  /** The outbox payload's links, to find the case file of a child row. */
  personId: string | null;
  companyId: string | null;
  code: string;
  rejectedAt: string;
};

export function listRejected(db: GuichetDb, limit: number): RejectedChange[] {
  return db.$client
    .prepare<[number], RejectedChange>(
      `SELECT r.mutation_id AS mutationId, o.entity, o.entity_id AS entityId, json_extract(o.payload, '$.personId') AS personId,
         json_extract(o.payload, '$.companyId') AS companyId, r.code, r.rejected_at AS rejectedAt
       FROM sync_rejections r JOIN outbox o ON o.seq = r.outbox_seq ORDER BY r.outbox_seq DESC LIMIT ?`,
    )
    .all(limit);
}

export function countConflictRows(db: GuichetDb): number {
  return db.$client.prepare<[], { n: number }>('SELECT count(*) AS n FROM sync_conflicts').get()?.n ?? 0;
}

/** A readable name of a case file for lists: "Last, First" of a person or a company's name; null when not stored here. */
export function caseFileLabel(db: GuichetDb, kind: 'person' | 'company', id: string): string | null {
  if (kind === 'person') {
    const person = db.$client
      .prepare<[string], { last_name: string; first_name: string }>(
        'SELECT last_name, first_name FROM persons WHERE id = ?',
      )
      .get(id);
    return person ? `${person.last_name}, ${person.first_name}` : null;
  }
  return (
    db.$client.prepare<[string], { name: string }>('SELECT name FROM companies WHERE id = ?').get(id)?.name ?? null
  );
}

/** The case file a synced row belongs to, read from the local row (or from its links when given). */
export function caseFileOfRow(
  db: GuichetDb,
  entity: string,
  id: string,
  links?: { personId: string | null; companyId: string | null },
): { kind: 'person' | 'company'; id: string } | null {
  if (entity === 'person' || entity === 'company') return { kind: entity, id };
  let found = links;
  if (!found || (found.personId === null && found.companyId === null)) {
    const table = syncedTables[entity]?.name;
    if (!table) return null;
    const columns = new Set(
      db.$client
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
        .all()
        .map((column) => column.name),
    );
    if (!columns.has('person_id') && !columns.has('company_id')) return null;
    const select = `SELECT ${columns.has('person_id') ? 'person_id' : 'NULL'} AS personId, ${columns.has('company_id') ? 'company_id' : 'NULL'} AS companyId FROM ${table} WHERE id = ?`;
    found = db.$client.prepare<[string], { personId: string | null; companyId: string | null }>(select).get(id);
  }
  if (found?.personId) return { kind: 'person', id: found.personId };
  if (found?.companyId) return { kind: 'company', id: found.companyId };
  return null;
}
