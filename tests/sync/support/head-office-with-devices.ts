/**
 * A real head office (Fastify over HTTP, on PGlite or the local PostgreSQL) seeded with demo data,
 * and app cores enrolled in it as devices, driven only through the contract. `useHeadOfficeWithDevices`
 * registers the suite's beforeAll/afterAll: every device opened is closed and its profile removed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { ChannelOutput } from '../../../shared/contract/app-contract';
import { openAppCore, type AppCore, type AppCoreOptions } from '../../../electron/services/app-core';
import type { AppOptions } from '../../../server/http/app';
import { issueDemoCodes, seedHeadOffice } from '../../../scripts/head-office-demo';
import type { ServerDb } from '../../../server/db/connection';
import { invoke } from '../../fixtures/core';
import { createTestDatabase, startApp, type Backend, type TestDatabase } from '../../server/harness';

export type DeviceStatus = ChannelOutput<'sync.status'>;

/** Reads until `isDone` holds, every 50 ms, for at most `timeoutMs`. */
export async function until<T>(
  read: () => T | Promise<T>,
  isDone: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export type DeviceOptions = {
  enrolCode?: string;
  profileDir?: string;
  now?: () => Date;
  /** Passed to openAppCore as they are (database key, key files, offline lock delay). */
  core?: Pick<AppCoreOptions, 'offlineLockDays'>;
};

export type HeadOfficeWithDevices = {
  readonly url: string;
  readonly serverDb: ServerDb;
  /** Enrolment codes of `count` new devices of the branch. */
  enrolCodes(branchCode: string, count: number): Promise<string[]>;
  newProfile(): string;
  /** An app core on a new profile (or `profileDir`), enrolling with `enrolCode` when given. */
  open(options?: DeviceOptions): AppCore;
  /** Closes a device before the end of the suite (a restart, a lost laptop). */
  close(core: AppCore): void;
  status(core: AppCore): DeviceStatus;
  syncNow(core: AppCore): Promise<DeviceStatus>;
  /** Waits for the device's enrolment and first sync round. */
  enrolled(core: AppCore): Promise<DeviceStatus>;
};

export function useHeadOfficeWithDevices(
  backend: Backend,
  demo: { persons: number; seed: number; today?: string },
  profilePrefix: string,
  /** Head office's settings beyond the database (its escrow public key); read when the suite starts. */
  serverOptions: () => Pick<AppOptions, 'escrowPublicKey' | 'retention'> = () => ({}),
): HeadOfficeWithDevices {
  let database: TestDatabase | undefined;
  let server: FastifyInstance | undefined;
  let url = '';
  let serverDb: ServerDb | undefined;
  const profiles: string[] = [];
  const cores: AppCore[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const opened = await database.open();
    serverDb = opened.db;
    await seedHeadOffice(serverDb, { persons: demo.persons, today: demo.today ?? '2026-11-26', seed: demo.seed });
    server = startApp(opened, undefined, serverOptions());
    url = await server.listen({ host: '127.0.0.1', port: 0 });
  }, 120_000);

  afterAll(async () => {
    for (const core of cores) core.close();
    await server?.close();
    await database?.dispose();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  });

  const newProfile = (): string => {
    const dir = mkdtempSync(join(tmpdir(), `guichet-${profilePrefix}-`));
    profiles.push(dir);
    return dir;
  };
  const status = (core: AppCore): DeviceStatus => invoke(core, 'sync.status', {}) as DeviceStatus;
  return {
    get url() {
      return url;
    },
    get serverDb() {
      if (serverDb === undefined) throw new Error('head office not started: use it inside a test');
      return serverDb;
    },
    enrolCodes: (branchCode, count) => issueDemoCodes(serverDb as ServerDb, branchCode, count, new Date()),
    newProfile,
    open(options = {}) {
      const core = openAppCore({
        profileDir: options.profileDir ?? newProfile(),
        host: 'browser',
        ...(options.now ? { now: options.now } : {}),
        ...options.core,
        headOffice: {
          url,
          deviceName: 'test device',
          intervalMs: 3_600_000,
          ...(options.enrolCode ? { enrolCode: options.enrolCode } : {}),
        },
      });
      cores.push(core);
      return core;
    },
    close(core) {
      cores.splice(cores.indexOf(core), 1);
      core.close();
    },
    status,
    syncNow: async (core) => invoke(core, 'sync.now', {}) as Promise<DeviceStatus>,
    enrolled: (core) =>
      until(
        () => status(core),
        (current) => current.isEnrolled && current.lastSyncAt !== null && !current.isSyncing,
      ),
  };
}
