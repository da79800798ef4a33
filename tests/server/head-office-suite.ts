/**
 * The head office a describe block of the sync suites runs against: started once (one or more server
 * instances on one database, requests going to each in turn as behind a load balancer), emptied
 * before each test with branches A and B, stopped after; devices made through it are closed with it.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { readSyncValue } from '../../db/repositories/sync-repo';
import type { Credentials } from '../../electron/services/sync/device-credentials';
import type { SyncTransport } from '../../electron/services/sync/transport';
import type { ServerDatabase } from '../../server/db/connection';
import { branchRow, writeHeadOfficeRows } from '../../server/sync/head-office';
import { createDevice, type TestDevice } from './devices';
import { createTestDatabase, injectTransport, startApp, type Backend, type TestDatabase } from './harness';

export type HeadOfficeSuite = {
  /** The first instance's database (valid inside tests). */
  readonly database: ServerDatabase;
  /** The running instances, in the order requests go to them. */
  readonly apps: readonly FastifyInstance[];
  transport: SyncTransport;
  device(branch: string, name: string): Promise<TestDevice>;
  /** `count(*)` of a table, or of `table WHERE …`, at head office. */
  count(table: string): Promise<number>;
};

export function useHeadOffice(backend: Backend, options: { instances?: number } = {}): HeadOfficeSuite {
  let testDb: TestDatabase;
  let database: ServerDatabase;
  let apps: FastifyInstance[] = [];
  let turn = 0;
  const devices: TestDevice[] = [];
  const transport = injectTransport(() => apps[turn++ % apps.length] as FastifyInstance);

  beforeAll(async () => {
    testDb = await createTestDatabase(backend);
    database = await testDb.open();
    const others = await Promise.all(Array.from({ length: (options.instances ?? 1) - 1 }, () => testDb.open()));
    apps = [database, ...others].map((instance) => startApp(instance));
  }, 60_000);
  afterAll(async () => {
    devices.splice(0).forEach((device) => device.close());
    await Promise.all(apps.map((app) => app.close()));
    await testDb.dispose();
  });
  beforeEach(async () => {
    await testDb.truncate();
    await writeHeadOfficeRows(database.db, [branchRow('branch-a', 'A'), branchRow('branch-b', 'B')]);
  });

  return {
    get database() {
      return database;
    },
    get apps() {
      return apps;
    },
    transport,
    async device(branch, name) {
      const created = await createDevice(database.db, transport, branch, { name });
      devices.push(created);
      return created;
    },
    async count(table) {
      const result = (await database.db.execute(sql.raw(`SELECT count(*) AS n FROM ${table}`))) as unknown as {
        rows: { n: string | number }[];
      };
      return Number(result.rows[0]?.n);
    },
  };
}

/** The device's bearer token, for requests a test forges by hand. */
export function tokenOf(device: TestDevice): string {
  const credentials = readSyncValue<Credentials>(device.db, 'credentials') as Credentials;
  return `${credentials.deviceId}.${credentials.secret}`;
}

export function deviceIdOf(device: TestDevice): string {
  return (readSyncValue<Credentials>(device.db, 'credentials') as Credentials).deviceId;
}

/** The outcome of each change of a push answer: its status, and the reason of a refused one. */
export function outcomesOf(body: unknown): string[] {
  const results = (body as { results?: { status: string; reason?: { code: string } }[] }).results ?? [];
  return results.map((result) => (result.reason ? `${result.status}:${result.reason.code}` : result.status));
}
