/**
 * Sends the access log to head office after the outbox, on its own path: entries in order of their
 * local sequence, and how far they went kept in sync_state, so the rows themselves are never touched
 * (the table refuses updates). A batch head office already stored is acknowledged again without
 * being stored twice, so an interrupted round simply sends it again.
 */
import {
  MAX_ACCESS_LOG_BATCH,
  accessLogPaths,
  accessLogPushResponseSchema,
} from '../../../shared/contract/access-log-protocol';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../../shared/contract/sync-protocol';
import { readAccessAfter } from '../../../db/repositories/access-log-repo';
import { readSyncValue, writeSyncValue } from '../../../db/repositories/sync-repo';
import type { GuichetDb } from '../../../db/connection';
import { call, type SyncTransport } from './transport';

export const ACCESS_LOG_CURSOR_KEY = 'accessLogPushedSeq';

export type AccessLogPushContext = {
  db: GuichetDb;
  transport: SyncTransport;
  batch?: number;
  signal?: AbortSignal | undefined;
};

/** Sends every entry not yet acknowledged; returns how many left the device. */
export async function pushAccessLog(context: AccessLogPushContext, token: string): Promise<number> {
  const limit = Math.min(context.batch ?? MAX_ACCESS_LOG_BATCH, MAX_ACCESS_LOG_BATCH);
  let sent = 0;
  for (;;) {
    if (context.signal?.aborted) return sent;
    const after = readSyncValue<number>(context.db, ACCESS_LOG_CURSOR_KEY) ?? 0;
    const rows = readAccessAfter(context.db.$client, after, limit);
    if (rows.length === 0) return sent;
    const entries = rows.map(({ seq: _seq, deviceId: _deviceId, ...entry }) => entry);
    accessLogPushResponseSchema.parse(
      await call(
        context.transport,
        accessLogPaths.push,
        { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION, entries },
        token,
        context.signal,
      ),
    );
    writeSyncValue(context.db, ACCESS_LOG_CURSOR_KEY, rows[rows.length - 1]!.seq);
    sent += rows.length;
  }
}
