/**
 * The device's credentials: enrolment with a one-time code, the secret kept as the secret store
 * protects it, and the token each request to head office carries.
 */
import { enrolResponseSchema, syncPaths } from '../../../shared/contract/sync-protocol';
import type { GuichetDb } from '../../../db/connection';
import { readSyncValue, replaceSyncValueErasingOld, writeSyncValue } from '../../../db/repositories/sync-repo';
import { ESCROW_PUBLIC_KEY } from './key-escrow';
import { SecretUnreadable, type SecretStore } from './secret-store';
import { versions, type SyncContext } from './sync-context';
import { SyncFailure, call } from './transport';

export type Credentials = { deviceId: string; secret: string; branchId: string };

export const CREDENTIALS_KEY = 'credentials';

/** What sync_state holds: the secret only as the secret store protected it (`secret` is the plaintext of before, migrated on start). */
type StoredCredentials = {
  deviceId: string;
  branchId: string;
  protectedSecret?: string;
  secretStore?: string;
  secret?: string;
};

function stored(credentials: Credentials, secrets: SecretStore | undefined): StoredCredentials {
  if (!secrets) return { deviceId: credentials.deviceId, branchId: credentials.branchId, secret: credentials.secret };
  return {
    deviceId: credentials.deviceId,
    branchId: credentials.branchId,
    protectedSecret: secrets.protect(credentials.secret),
    secretStore: secrets.kind,
  };
}

export async function enrolDevice(
  context: Pick<SyncContext, 'db' | 'transport' | 'secrets'>,
  code: string,
  deviceName: string,
): Promise<Credentials> {
  const body = enrolResponseSchema.parse(
    await call(context.transport, syncPaths.enrol, { ...versions, code, deviceName }, null),
  );
  const credentials = { deviceId: body.deviceId, secret: body.secret, branchId: body.branchId };
  context.db.transaction((tx) => {
    writeSyncValue(tx, CREDENTIALS_KEY, stored(credentials, context.secrets));
    if (body.escrowPublicKey !== undefined) writeSyncValue(tx, ESCROW_PUBLIC_KEY, body.escrowPublicKey);
  });
  return credentials;
}

/** The device's credentials, or undefined when not enrolled; throws SecretUnreadable when the stored secret cannot be revealed here. */
export function readCredentials(db: GuichetDb, secrets: SecretStore | undefined): Credentials | undefined {
  const value = readSyncValue<StoredCredentials>(db, CREDENTIALS_KEY);
  if (!value) return undefined;
  if (value.protectedSecret !== undefined && !secrets) throw new SecretUnreadable('none');
  const secret = value.protectedSecret !== undefined && secrets ? secrets.reveal(value.protectedSecret) : value.secret;
  if (secret === undefined) throw new SecretUnreadable(secrets?.kind ?? 'none');
  return { deviceId: value.deviceId, secret, branchId: value.branchId };
}

/**
 * Credentials written in plain text by earlier versions are protected on start, the plaintext erased
 * from the database file and its -wal. Returns whether anything was migrated.
 */
export function protectPlainCredentials(db: GuichetDb, secrets: SecretStore): boolean {
  return replaceSyncValueErasingOld<StoredCredentials>(db, CREDENTIALS_KEY, (value) =>
    !value || value.secret === undefined || value.protectedSecret !== undefined
      ? undefined
      : stored({ deviceId: value.deviceId, secret: value.secret, branchId: value.branchId }, secrets),
  );
}

export function tokenOf(db: GuichetDb, secrets: SecretStore | undefined): string {
  const credentials = readCredentials(db, secrets);
  if (!credentials) throw new SyncFailure('not-enrolled');
  return `${credentials.deviceId}.${credentials.secret}`;
}

/**
 * One authenticated request to head office beside the sync rounds (the unmatched queue, read and
 * resolved online): the device's credentials and the protocol versions, the body as the route wants it.
 */
export async function callHeadOffice(
  context: Pick<SyncContext, 'db' | 'transport' | 'secrets'>,
  path: string,
  body: Record<string, unknown>,
): Promise<unknown> {
  return call(context.transport, path, { ...versions, ...body }, tokenOf(context.db, context.secrets));
}
