/**
 * What a sync round works with, and what its steps share: the context the app core gives it, the
 * protocol versions every request carries, and the way a stopping service ends a step.
 */
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../../shared/contract/sync-protocol';
import type { GuichetDb } from '../../../db/connection';
import type { SecretStore } from './secret-store';
import type { SyncTransport } from './transport';

/** `indexes`: the indexes a large first pull set aside, being built again (done and remaining count indexes). */
export type SyncProgress = { phase: 'push' | 'pull' | 'indexes'; done: number; remaining: number | null };
export type SyncContext = {
  db: GuichetDb;
  transport: SyncTransport;
  /**
   * Protects the device secret at rest; the app core always passes one. Without it the secret is
   * stored in plain text: only protocol tests and benchmarks do that, which exercise the wire.
   */
  secrets?: SecretStore | undefined;
  now: () => Date;
  pushBatch?: number;
  pullLimit?: number;
  /** Rows written per transaction (APPLY_CHUNK; tests use fewer). */
  applyChunk?: number;
  /** From how many rows coming a pull defers the indexes (DEFER_INDEXES_FROM_ROWS; the bench compares with Infinity). */
  deferIndexesFromRows?: number;
  onProgress?: (progress: SyncProgress) => void;
  /** The profile database's key: wrapped for head office's escrow key and sent once (key-escrow.ts). Absent: nothing escrowed. */
  databaseKey?: (() => Buffer) | undefined;
  /** Aborted when the service stops (app closing): nothing is written after that; a request still on its way is ended (HTTP) or its answer dropped unread. */
  signal?: AbortSignal;
};

/** Sent with every request: head office answers a device of another protocol or schema with a clear refusal. */
export const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };

/** The round ended because the service stopped; what was committed before stays, the next round resumes from its cursor. */
export class SyncStopped extends Error {
  constructor() {
    super('sync-stopped');
    this.name = 'SyncStopped';
  }
}

export function throwIfStopped(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SyncStopped();
}

/** Waits for a head-office answer unless the service stops first; the answer is then never read. */
export async function unlessStopped<T>(answer: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return answer;
  if (signal.aborted) {
    answer.catch(() => undefined);
    throw new SyncStopped();
  }
  let onAbort = (): void => undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(new SyncStopped());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([answer, stopped]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** Clock offset against head office, from the middle of the round trip. */
export function skewOf(serverTime: number, sentAt: number, receivedAt: number): number {
  return Math.round(serverTime - (sentAt + receivedAt) / 2);
}
