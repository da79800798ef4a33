/**
 * A large first sync sets the plain indexes of the case-file tables aside and builds them again at
 * the end (db/deferred-indexes.ts). These tests hold it to its promises: the same indexes come back,
 * unique and search indexes are never touched, a process that ends mid-pull gets them back when the
 * database next opens, and a device that already holds more rows than are coming keeps them.
 * Real SQLite files and a real PGlite head office.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { closeDatabase, openDatabase } from '../../db/connection';
import { deferIndexes, readDeferredIndexes } from '../../db/deferred-indexes';
import { bulkLoadedTables } from '../../db/repositories/sync-repo';
import { syncPaths } from '../../shared/contract/sync-protocol';
import { SyncStopped, type SyncProgress } from '../../electron/services/sync/sync-context';
import type { SyncTransport } from '../../electron/services/sync/transport';
import type { ServerDatabase } from '../../server/db/connection';
import { branchRow, writeHeadOfficeRows, type HeadOfficeRow } from '../../server/sync/head-office';
import { caseFileRows } from '../fixtures/head-office-case-files';
import { createTempDb } from '../fixtures/temp-db';
import { createDevice, type TestDevice } from '../server/devices';
import { createTestDatabase, injectTransport, startApp, type TestDatabase } from '../server/harness';
import type Database from 'better-sqlite3';

type IndexRow = { name: string; tbl_name: string; sql: string };

function indexes(sqlite: Database.Database): IndexRow[] {
  return sqlite
    .prepare<[], IndexRow>(
      "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
    )
    .all();
}

describe('deferred indexes on a real SQLite file', () => {
  it('sets aside only plain indexes of the bulk-loaded tables, and the next opening brings back exactly those', () => {
    const temp = createTempDb();
    try {
      const before = indexes(temp.db.$client);
      const count = deferIndexes(temp.db.$client, bulkLoadedTables);
      const during = indexes(temp.db.$client);
      const setAside = before.filter((index) => !during.some((kept) => kept.name === index.name));
      expect(count).toBe(setAside.length);
      expect(setAside.map((index) => index.name)).toContain('contributions_person');
      // Unique indexes and those of the searched tables (persons, companies) stay, whatever the table.
      expect(
        setAside.every((index) => !index.sql.startsWith('CREATE UNIQUE') && bulkLoadedTables.includes(index.tbl_name)),
      ).toBe(true);
      expect(during.map((index) => index.name)).toEqual(
        expect.arrayContaining([
          'persons_niss_unique',
          'persons_search_key',
          'advisors_username_unique',
          'outbox_pending',
        ]),
      );
      expect(
        readDeferredIndexes(temp.db.$client)
          .map((index) => index.name)
          .sort(),
      ).toEqual(setAside.map((index) => index.name).sort());

      // The process ends before the rebuild: the next opening does it, before the migrations.
      closeDatabase(temp.db);
      const reopened = openDatabase(temp.file);
      expect(indexes(reopened.$client)).toEqual(before);
      expect(readDeferredIndexes(reopened.$client)).toEqual([]);
      closeDatabase(reopened);
    } finally {
      temp.cleanup();
    }
  });

  it('a second deferral adds to what is already set aside, losing nothing', () => {
    const temp = createTempDb();
    try {
      const before = indexes(temp.db.$client);
      deferIndexes(temp.db.$client, ['contributions']);
      deferIndexes(temp.db.$client, ['contributions', 'payments']);
      expect(
        readDeferredIndexes(temp.db.$client)
          .map((index) => index.name)
          .sort(),
      ).toEqual([
        'contributions_communication',
        'contributions_company',
        'contributions_person',
        'payments_company',
        'payments_person',
      ]);
      closeDatabase(temp.db);
      const reopened = openDatabase(temp.file);
      expect(indexes(reopened.$client)).toEqual(before);
      closeDatabase(reopened);
    } finally {
      temp.cleanup();
    }
  });
});

const PERSONS = 6;
const QUARTERS = 8;
const caseFiles = (count: number, offset = 0): HeadOfficeRow[] =>
  Array.from({ length: count }, (_unused, index) =>
    caseFileRows(index + offset, {
      years: QUARTERS / 4,
      branchId: 'branch-a',
      nissBase: 70_000_000_000,
      lastName: (at) => `Deferred${at}`,
    }),
  ).flat();

describe('a pull that defers the indexes, on pglite', () => {
  let testDb: TestDatabase;
  let database: ServerDatabase;
  let app: FastifyInstance;
  let device: TestDevice | undefined;
  const inner = injectTransport(() => app);
  /** Called before each page is asked for, with the device's indexes at that moment. */
  let onPull: (seenIndexes: string[]) => void = () => undefined;
  const transport: SyncTransport = async (path, body, token) => {
    if (path === syncPaths.pull && device) onPull(indexes(device.db.$client).map((index) => index.name));
    return inner(path, body, token);
  };
  const localRows = (): number =>
    (
      device?.db.$client
        .prepare('SELECT (SELECT count(*) FROM contributions) + (SELECT count(*) FROM payments) AS n')
        .get() as { n: number }
    ).n;

  beforeAll(async () => {
    testDb = await createTestDatabase('pglite');
    database = await testDb.open();
    app = startApp(database);
  }, 60_000);
  afterAll(async () => {
    device?.close();
    await app.close();
    await testDb.dispose();
  });
  beforeEach(async () => {
    await testDb.truncate();
    await writeHeadOfficeRows(database.db, [branchRow('branch-a', 'A')]);
    device?.close();
    device = undefined;
    onPull = () => undefined;
    const enrolled = await createDevice(database.db, transport, 'branch-a', { name: 'deferred' });
    await writeHeadOfficeRows(database.db, caseFiles(PERSONS));
    device = enrolled;
  });

  it('pulls without the plain indexes once the first page shows enough rows coming, and builds them again at the end', async () => {
    const active = device as TestDevice;
    const before = indexes(active.db.$client);
    const seen: string[][] = [];
    onPull = (names) => seen.push(names);
    const rebuilding: SyncProgress[] = [];
    const result = await active.sync({
      pullLimit: 10,
      deferIndexesFromRows: 20,
      onProgress: (progress) => progress.phase === 'indexes' && rebuilding.push(progress),
    });
    expect(result.pulled).toBeGreaterThanOrEqual(PERSONS * (2 + 2 * QUARTERS));
    expect(localRows()).toBe(PERSONS * 2 * QUARTERS);
    // The first page is asked for with every index; the pages after it, without the plain ones.
    expect(seen[0]).toContain('contributions_person');
    expect(seen.length).toBeGreaterThan(3);
    expect(
      seen.slice(1).every((names) => !names.includes('contributions_person') && names.includes('persons_niss_unique')),
    ).toBe(true);
    expect(indexes(active.db.$client)).toEqual(before);
    expect(readDeferredIndexes(active.db.$client)).toEqual([]);
    // The rebuild shows as a phase of its own, one step per index.
    const setAside = before.length - (seen[1]?.length ?? 0);
    expect(setAside).toBeGreaterThan(5);
    expect(rebuilding).toEqual(
      Array.from({ length: setAside }, (_unused, index) => ({
        phase: 'indexes',
        done: index + 1,
        remaining: setAside - index - 1,
      })),
    );
  });

  it('keeps them when the device already holds more rows than are coming', async () => {
    const active = device as TestDevice;
    await active.sync({ pullLimit: 50, deferIndexesFromRows: Number.POSITIVE_INFINITY });
    await writeHeadOfficeRows(database.db, caseFiles(2, PERSONS));
    const seen: string[][] = [];
    onPull = (names) => seen.push(names);
    const result = await active.sync({ pullLimit: 5, deferIndexesFromRows: 10 });
    expect(result.pulled).toBe(2 * (2 + 2 * QUARTERS));
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((names) => names.includes('contributions_person'))).toBe(true);
  });

  it('a stop mid-pull leaves them set aside, written down; the next opening builds them and the pull resumes', async () => {
    const active = device as TestDevice;
    const before = indexes(active.db.$client);
    const controller = new AbortController();
    const round = active.sync({
      pullLimit: 10,
      deferIndexesFromRows: 20,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase === 'pull' && progress.done >= 30) controller.abort();
      },
    });
    await expect(round).rejects.toBeInstanceOf(SyncStopped);
    expect(readDeferredIndexes(active.db.$client).map((index) => index.name)).toContain('contributions_person');
    expect(indexes(active.db.$client).map((index) => index.name)).not.toContain('contributions_person');

    active.restart();
    expect(indexes(active.db.$client)).toEqual(before);
    await active.sync({ pullLimit: 10, deferIndexesFromRows: Number.POSITIVE_INFINITY });
    expect(localRows()).toBe(PERSONS * 2 * QUARTERS);
    expect(indexes(active.db.$client)).toEqual(before);
  });
});
