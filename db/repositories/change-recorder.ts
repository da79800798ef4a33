/**
 * Appends change records to the outbox. Called only from inside a repository transaction, so a
 * change and its record commit together or not at all. Keeps the device's hybrid logical clock.
 */
import type Database from 'better-sqlite3';
import { desc } from 'drizzle-orm';
import { formatHlc, parseHlc, tickHlc, type Hlc } from '../../shared/sync/hlc';
import type { GuichetDb } from '../connection';
import { outbox } from '../schema';
import { cachedStatement } from './statement-cache';

/** Where the clock of the newest outbox record is kept when that record leaves the device (db/repositories/storage-repo.ts). */
export const LAST_HLC_KEY = 'lastHlc';

export type Operation = 'insert' | 'update' | 'delete';

export type ChangeRecord = {
  entity: string;
  entityId: string;
  operation: Operation;
  rowVersion: number;
  changedFields: string[];
  payload: Record<string, unknown>;
};

/** What every write needs to know about who writes, where and when. */
export type WriteContext = {
  readonly deviceId: string;
  /** The advisor signed in at the moment of the write (read on every write), null for system writes (seed, sync). */
  readonly advisorId: string | null;
  /** Wall clock, injected so tests and the sync model can control time. */
  readonly now: () => Date;
};

/**
 * How a recorder is made: the advisor is either fixed (tests, sync tools) or a function the
 * session service answers, so every change carries whoever is signed in when it is written.
 */
export type WriteContextOptions = {
  deviceId: string;
  advisorId: string | null | (() => string | null);
  now: () => Date;
};

export type ChangeRecorder = {
  readonly context: WriteContext;
  /** The connection the repositories' transactions run on (one writer per database file). */
  readonly sqlite: Database.Database;
  /** ISO timestamp for created_at / updated_at of the current write. */
  timestamp(): string;
  /** Appends the change record and returns its mutation id. */
  record(change: ChangeRecord): string;
  /**
   * False for a recorder that writes rows the way a first sync applies pulled ones (the demo seed):
   * no outbox record, no audit line, since head office is taken to hold them already.
   */
  readonly isRecording: boolean;
};

export function createChangeRecorder(db: GuichetDb, options: WriteContextOptions): ChangeRecorder {
  const advisorOption = options.advisorId;
  const context: WriteContext = {
    deviceId: options.deviceId,
    now: options.now,
    get advisorId() {
      return typeof advisorOption === 'function' ? advisorOption() : advisorOption;
    },
  };
  // The newest record holds the clock; once compaction removed it, sync_state holds what it last read.
  const last =
    db.select({ hlc: outbox.hlc }).from(outbox).orderBy(desc(outbox.seq)).limit(1).get() ??
    db.$client
      .prepare<[string], { hlc: string }>("SELECT json_extract(value, '$') AS hlc FROM sync_state WHERE key = ?")
      .get(LAST_HLC_KEY);
  let clock: Hlc = last
    ? { ...parseHlc(last.hlc), node: context.deviceId }
    : { wallMs: 0, counter: 0, node: context.deviceId };

  const sqlite = db.$client;
  return {
    context,
    sqlite,
    isRecording: true,
    timestamp: () => context.now().toISOString(),
    record(change) {
      if (!sqlite.inTransaction)
        throw new Error('a change record must be written inside the transaction of its change');
      clock = tickHlc(clock, context.now().getTime());
      // AUTOINCREMENT never reuses a value, so the next sequence is a stable per-device mutation number.
      const next = cachedStatement<[], { seq: number }>(
        sqlite,
        `SELECT seq FROM sqlite_sequence WHERE name = 'outbox'`,
      ).get();
      const sequence = (next?.seq ?? 0) + 1;
      const mutationId = `${context.deviceId}:${sequence}`;
      cachedStatement(
        sqlite,
        `INSERT INTO outbox (mutation_id, entity, entity_id, operation, row_version, changed_fields, payload, hlc, advisor_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        mutationId,
        change.entity,
        change.entityId,
        change.operation,
        change.rowVersion,
        JSON.stringify(change.changedFields),
        JSON.stringify(change.payload),
        formatHlc(clock),
        context.advisorId,
        context.now().toISOString(),
      );
      return mutationId;
    },
  };
}

/**
 * A recorder for rows that stand as if pulled from head office (demo profiles): the rows are written,
 * but no outbox record or audit line, so a demo profile is the size of a real one after its first sync.
 * The mutation id it answers is never stored anywhere.
 */
export function createSilentRecorder(db: GuichetDb, options: WriteContextOptions): ChangeRecorder {
  const recording = createChangeRecorder(db, options);
  return {
    context: recording.context,
    sqlite: recording.sqlite,
    isRecording: false,
    timestamp: recording.timestamp,
    record: (change) => `${recording.context.deviceId}:seeded:${change.entity}:${change.entityId}`,
  };
}
