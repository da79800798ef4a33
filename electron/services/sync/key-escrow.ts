/**
 * The device side of key escrow: the database key wrapped with head office's escrow public key
 * (RSA-OAEP-SHA256) and sent once per key pair, retried by every round until head office acknowledges
 * it. Only the wrapped key leaves the device; only the offline private key opens it.
 */
import { constants, createHash, createPublicKey, publicEncrypt } from 'node:crypto';
import {
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  escrowResponseSchema,
  syncPaths,
} from '../../../shared/contract/sync-protocol';
import type { GuichetDb } from '../../../db/connection';
import { readSyncValue, writeSyncValue } from '../../../db/repositories/sync-repo';
import { SyncFailure, call, type SyncTransport } from './transport';

/** Where the escrow public key given at enrolment is kept (PEM; not a secret). */
export const ESCROW_PUBLIC_KEY = 'escrowPublicKey';
/** The key id head office acknowledged an escrow for; a round escrows again while it differs. */
export const ESCROWED_FOR_KEY = 'escrowedFor';

/** The SHA-256 of the public key's DER encoding, as head office names the key pair. */
export function escrowKeyIdOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex');
}

export function wrapDatabaseKey(databaseKey: Buffer, publicKeyPem: string): string {
  return publicEncrypt(
    { key: createPublicKey(publicKeyPem), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
    databaseKey,
  ).toString('base64');
}

/** Whether a round still has to send the wrapped key: a public key is known and was not acknowledged for. */
export function isEscrowDue(db: GuichetDb): boolean {
  const publicKey = readSyncValue<string>(db, ESCROW_PUBLIC_KEY);
  return publicKey !== undefined && readSyncValue<string>(db, ESCROWED_FOR_KEY) !== escrowKeyIdOf(publicKey);
}

/** Sends the wrapped key when due; returns whether it was sent (and acknowledged) in this call. */
export async function escrowIfDue(
  context: { db: GuichetDb; transport: SyncTransport; signal?: AbortSignal | undefined },
  databaseKey: () => Buffer,
  token: string,
): Promise<boolean> {
  if (!isEscrowDue(context.db)) return false;
  const publicKey = readSyncValue<string>(context.db, ESCROW_PUBLIC_KEY) as string;
  const escrowKeyId = escrowKeyIdOf(publicKey);
  const request = {
    protocolVersion: PROTOCOL_VERSION,
    schemaVersion: SCHEMA_VERSION,
    wrappedKey: wrapDatabaseKey(databaseKey(), publicKey),
    escrowKeyId,
  };
  let answer: unknown;
  try {
    answer = await call(context.transport, syncPaths.escrow, request, token, context.signal);
  } catch (error) {
    // Head office changed its key pair since enrolment: it answers with the current public key, used
    // next round; null when it no longer escrows at all, and then this device stops asking.
    const current = error instanceof SyncFailure ? error.details['escrowPublicKey'] : undefined;
    if (typeof current === 'string') writeSyncValue(context.db, ESCROW_PUBLIC_KEY, current);
    else if (current === null) writeSyncValue(context.db, ESCROWED_FOR_KEY, escrowKeyId);
    else throw error;
    return false;
  }
  writeSyncValue(context.db, ESCROWED_FOR_KEY, escrowResponseSchema.parse(answer).escrowKeyId);
  return true;
}
