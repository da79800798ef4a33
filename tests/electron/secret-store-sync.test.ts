/**
 * The device secret at rest, end to end: application cores on real SQLite profiles, enrolled with a
 * real head office (Fastify in-process on PGlite). The secret head office hands out is captured on
 * the wire, then looked for in the bytes of the database file and its -wal.
 */
import { invoke } from '../fixtures/core';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../db/connection';
import { readSyncValue, writeSyncValue } from '../../db/repositories/sync-repo';
import { defaultKeyDir, keyFileProfileKeyStore } from '../../db/profile-key-store';
import { safeStorageSecretStore, type SafeStorageLike } from '../../electron/main/safe-storage-secret-store';
import { DATABASE_FILE, openAppCore, type AppCore } from '../../electron/services/app-core';
import { SECRET_KEY_FILE, type SecretStore } from '../../electron/services/sync/secret-store';
import type { SyncTransport } from '../../electron/services/sync/transport';
import { syncPaths } from '../../shared/contract/sync-protocol';
import type { ChannelOutput } from '../../shared/contract/app-contract';
import { issueDemoCodes, seedHeadOffice } from '../../scripts/head-office-demo';
import type { ServerDb } from '../../server/db/connection';
import { createTestDatabase, injectTransport, startApp, type TestDatabase } from '../server/harness';

type Status = ChannelOutput<'sync.status'>;

/** The database file and its -wal, as bytes: what a copy of the database would carry. */
function databaseBytes(profileDir: string): Buffer {
  const files = [DATABASE_FILE, `${DATABASE_FILE}-wal`]
    .map((name) => join(profileDir, name))
    .filter((file) => existsSync(file));
  return Buffer.concat(files.map((file) => readFileSync(file)));
}

/** A stand-in for Electron's safeStorage: reversible only with this object's key (base64 "encryption" is not enough to hide bytes, so XOR). */
function fakeSafeStorage(): SafeStorageLike {
  const key = Buffer.from('a machine-bound key of this stand-in');
  const xor = (bytes: Buffer) => Buffer.from(bytes.map((byte, index) => byte ^ (key[index % key.length] ?? 0)));
  return {
    isEncryptionAvailable: () => true,
    encryptString: (plain: string) => Buffer.concat([Buffer.from('v10'), xor(Buffer.from(plain, 'utf8'))]),
    decryptString: (encrypted: Buffer) => {
      if (encrypted.subarray(0, 3).toString() !== 'v10')
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return xor(encrypted.subarray(3)).toString('utf8');
    },
  } as SafeStorageLike;
}

async function until<T>(read: () => T | Promise<T>, isDone: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('device secret at rest (head office on PGlite)', () => {
  let database: TestDatabase;
  let server: FastifyInstance;
  let serverDb: ServerDb;
  const secrets: string[] = [];
  const profiles: string[] = [];
  const cores = new Set<AppCore>();

  // Head office in-process; the enrolment answers are read on the way to keep the secret they carry.
  const transport: SyncTransport = async (path, body, token) => {
    const response = await injectTransport(() => server)(path, body, token);
    const secret = path === syncPaths.enrol ? (response.body as { secret?: unknown } | null)?.secret : undefined;
    if (typeof secret === 'string') secrets.push(secret);
    return response;
  };
  const newProfile = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'guichet-secret-'));
    profiles.push(dir);
    return dir;
  };
  const open = (profileDir: string, secretStore?: SecretStore): AppCore => {
    const core = openAppCore({
      profileDir,
      host: 'browser',
      headOffice: { url: 'http://head-office.invalid', deviceName: 'test device', intervalMs: 3_600_000, transport },
      ...(secretStore ? { secretStore } : {}),
    });
    cores.add(core);
    return core;
  };
  const close = (core: AppCore): void => {
    cores.delete(core);
    core.close();
  };
  const status = (core: AppCore): Status => invoke(core, 'sync.status', {}) as Status;
  const enrol = async (core: AppCore): Promise<string> => {
    const [code] = await issueDemoCodes(serverDb, 'NAM', 1, new Date());
    await invoke(core, 'sync.enrol', { code: code ?? '', deviceName: 'poste' });
    await until(
      () => status(core),
      (current) => current.lastSyncAt !== null && !current.isSyncing,
    );
    const secret = secrets.at(-1);
    if (!secret) throw new Error('no secret seen on the wire');
    return secret;
  };

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const opened = await database.open();
    serverDb = opened.db;
    await seedHeadOffice(serverDb, { persons: 3, today: '2026-11-26', seed: 11 });
    server = startApp(opened);
    await server.ready();
  }, 120_000);

  afterAll(async () => {
    for (const core of cores) core.close();
    await server?.close();
    await database?.dispose();
    for (const dir of profiles) {
      rmSync(dir, { recursive: true, force: true });
      rmSync(defaultKeyDir(dir), { recursive: true, force: true });
    }
  });

  it('keeps the secret out of the database file and its -wal after enrolment, and syncs with it', async () => {
    const profile = newProfile();
    const core = open(profile);
    const secret = await enrol(core);
    expect(secret.length).toBeGreaterThan(10);
    expect(status(core)).toMatchObject({ isEnrolled: true, lastErrorKey: null });
    // Open (WAL in use) and after closing (checkpointed): the secret's bytes are in neither.
    expect(databaseBytes(profile).includes(secret)).toBe(false);
    const stored = readSyncValue<Record<string, unknown>>(core.db, 'credentials');
    expect(stored).toMatchObject({ secretStore: 'key-file', protectedSecret: expect.stringMatching(/^k1:/) });
    expect(stored).not.toHaveProperty('secret');
    close(core);
    expect(databaseBytes(profile).includes(secret)).toBe(false);
    expect(statSync(join(profile, SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);

    // Restarted: the protected secret is revealed and head office accepts it.
    const again = open(profile);
    expect(await invoke(again, 'sync.now', {})).toMatchObject({ isEnrolled: true, lastErrorKey: null });
    close(again);
  });

  it('protects plaintext credentials of an earlier version on start, in place, and the secret still works', async () => {
    const profile = newProfile();
    const core = open(profile);
    const secret = await enrol(core);
    close(core);
    // What an earlier version wrote: the secret in plain text in sync_state.
    // The profile itself is encrypted at rest: opened with its key to write what the earlier version held.
    const profileKey = keyFileProfileKeyStore(defaultKeyDir(profile)).read() ?? undefined;
    const legacy = openDatabase(join(profile, DATABASE_FILE), { key: profileKey });
    const credentials = readSyncValue<{ deviceId: string; branchId: string }>(legacy, 'credentials');
    writeSyncValue(legacy, 'credentials', { deviceId: credentials?.deviceId, secret, branchId: credentials?.branchId });
    expect(readSyncValue(legacy, 'credentials')).toMatchObject({ secret });
    closeDatabase(legacy);

    const migrated = open(profile);
    expect(databaseBytes(profile).includes(secret)).toBe(false);
    const stored = readSyncValue<Record<string, unknown>>(migrated.db, 'credentials');
    expect(stored).toMatchObject({
      deviceId: credentials?.deviceId,
      branchId: credentials?.branchId,
      secretStore: 'key-file',
    });
    expect(stored).not.toHaveProperty('secret');
    expect(await invoke(migrated, 'sync.now', {})).toMatchObject({ isEnrolled: true, lastErrorKey: null });
    close(migrated);
    expect(databaseBytes(profile).includes(secret)).toBe(false);
  });

  it('shows a profile copied to another machine as not enrolled (secretUnreadable), keeps working, and re-enrols', async () => {
    const profile = newProfile();
    const core = open(profile);
    await enrol(core);
    const persons = core.db.$client.prepare('SELECT count(*) AS n FROM persons').get();
    close(core);
    // Another machine: the database file travels with its profile key (restored from escrow), the
    // device secret's key file does not.
    const elsewhere = newProfile();
    copyFileSync(join(profile, DATABASE_FILE), join(elsewhere, DATABASE_FILE));
    cpSync(defaultKeyDir(profile), defaultKeyDir(elsewhere), { recursive: true });

    const copy = open(elsewhere);
    const expected = { isEnrolled: false, lastErrorKey: 'sync.errors.secretUnreadable' };
    expect(status(copy)).toMatchObject(expected);
    expect(await invoke(copy, 'sync.now', {})).toMatchObject(expected);
    // The rest of the app is untouched: local data readable, history answers, nothing was recorded.
    expect(copy.db.$client.prepare('SELECT count(*) AS n FROM persons').get()).toEqual(persons);
    expect(invoke(copy, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' })).toMatchObject({
      advisor: { username: 'nam.conseiller' },
    });
    expect(invoke(copy, 'sync.history', { limit: 10 })).toMatchObject({ rejected: [] });

    // Re-enrolment with a new code is allowed and replaces the unreadable secret.
    const secret = await enrol(copy);
    expect(status(copy)).toMatchObject({ isEnrolled: true, lastErrorKey: null });
    expect(databaseBytes(elsewhere).includes(secret)).toBe(false);
    close(copy);
  });

  it("uses Electron's safeStorage when the desktop passes it (stand-in), and another machine's cannot reveal it", async () => {
    const profile = newProfile();
    const desktop = () =>
      safeStorageSecretStore(fakeSafeStorage(), { platform: 'win32', profileDir: profile, warn: () => undefined });
    const core = open(profile, desktop());
    const secret = await enrol(core);
    expect(readSyncValue<Record<string, unknown>>(core.db, 'credentials')).toMatchObject({
      secretStore: 'safe-storage',
      protectedSecret: expect.stringMatching(/^s1:/),
    });
    expect(databaseBytes(profile).includes(secret)).toBe(false);
    expect(existsSync(join(profile, SECRET_KEY_FILE))).toBe(false);
    close(core);

    const restarted = open(profile, desktop());
    expect(await invoke(restarted, 'sync.now', {})).toMatchObject({ isEnrolled: true, lastErrorKey: null });
    close(restarted);
    // Same database, but the key-file store (as if safeStorage were gone): unreadable, never a crash.
    const without = open(profile);
    expect(status(without)).toMatchObject({ isEnrolled: false, lastErrorKey: 'sync.errors.secretUnreadable' });
    close(without);
  });
});
