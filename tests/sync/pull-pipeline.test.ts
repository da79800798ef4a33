/**
 * The pull asks for page N+1 while page N is written locally. These tests hold it to what
 * the unpipelined loop guaranteed: pages apply in order and once, the cursor commits with each chunk,
 * an error on the page asked ahead surfaces only after the current chunk is safe, and a stop leaves
 * no answer that applies later. Real SQLite files and a real PGlite head office; only the network is
 * instrumented (delays, a failure), as the transport seam allows.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { LEGACY_MAX_PULL_LIMIT, MAX_PULL_LIMIT, syncPaths } from '../../shared/contract/sync-protocol';
import type { SyncCursor } from '../../shared/sync/cursor';
import { readSyncValue } from '../../db/repositories/sync-repo';
import { listRounds } from '../../db/repositories/sync-history-repo';
import { BULK_PULL_LIMIT, CURSOR_KEY, DEFAULT_PULL_LIMIT } from '../../electron/services/sync/pull-pages';
import { SyncStopped } from '../../electron/services/sync/sync-context';
import { createSyncService } from '../../electron/services/sync/sync-service';
import type { SyncTransport } from '../../electron/services/sync/transport';
import type { ServerDatabase } from '../../server/db/connection';
import { branchRow, writeHeadOfficeRows, type HeadOfficeRow } from '../../server/sync/head-office';
import { createDevice, type TestDevice } from '../server/devices';
import { createTestDatabase, injectTransport, startApp, type TestDatabase } from '../server/harness';

const PERSONS = 23;
const PAGE = 5;
const at = '2026-01-01T00:00:00.000Z';

function personRows(count: number): HeadOfficeRow[] {
  return Array.from({ length: count }, (_unused, index) => ({
    entity: 'person',
    id: uuidv7(),
    data: {
      niss: String(60_000_000_000 + index * 13).padStart(11, '0'),
      lastName: `Pipeline${index}`,
      firstName: 'Test',
      birthDate: '1980-05-17',
      sex: 'F',
      language: 'fr',
      email: null,
      phone: null,
      iban: null,
      branchId: 'branch-a',
      createdAt: at,
      updatedAt: at,
      rowVersion: 1,
      deletedAt: null,
    },
  }));
}

/** An answer as an older head office gives it: without the largest page it serves. */
function withoutMaxLimit(answer: Awaited<ReturnType<SyncTransport>>): Awaited<ReturnType<SyncTransport>> {
  const { maxLimit: _maxLimit, ...rest } = answer.body as Record<string, unknown>;
  return { ...answer, body: rest };
}

type PullCall = { cursor: number; limit: number; committedCursor: number; inFlight: number };

describe('pipelined pull on pglite', () => {
  let testDb: TestDatabase;
  let database: ServerDatabase;
  let app: FastifyInstance;
  let device: TestDevice;
  const inner = injectTransport(() => app);
  // Instrumented per test: what each pull asked for, what was committed locally at that moment, and a hook to delay or fail it.
  let calls: PullCall[] = [];
  let inFlight = 0;
  let onPull: (call: PullCall, index: number) => Promise<void> = async () => undefined;
  let isInstrumented = false;
  let isOlderHeadOffice = false;
  const transport: SyncTransport = async (path, body, token) => {
    if (path !== syncPaths.pull || !isInstrumented) return inner(path, body, token);
    inFlight += 1;
    try {
      const { cursor, limit } = body as { cursor: number; limit: number };
      const call = { cursor, limit, committedCursor: committed(), inFlight };
      calls.push(call);
      await onPull(call, calls.length - 1);
      const answer = await inner(path, body, token);
      return isOlderHeadOffice ? withoutMaxLimit(answer) : answer;
    } finally {
      inFlight -= 1;
    }
  };
  const committed = (): number => readSyncValue<SyncCursor>(device.db, CURSOR_KEY)?.seq ?? 0;
  const localPersons = (): number =>
    (
      device.db.$client.prepare("SELECT count(*) AS n FROM persons WHERE last_name LIKE 'Pipeline%'").get() as {
        n: number;
      }
    ).n;

  beforeAll(async () => {
    testDb = await createTestDatabase('pglite');
    database = await testDb.open();
    app = startApp(database);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await testDb.dispose();
  });
  beforeEach(async () => {
    await testDb.truncate();
    await writeHeadOfficeRows(database.db, [branchRow('branch-a', 'A')]);
    onPull = async () => undefined;
    isInstrumented = false;
    isOlderHeadOffice = false;
    device?.close();
    device = await createDevice(database.db, transport, 'branch-a', { name: 'pipeline' });
    await writeHeadOfficeRows(database.db, personRows(PERSONS));
    calls = [];
    isInstrumented = true;
  });

  it('asks for the next page while applying one, one ahead at most, in cursor order', async () => {
    const start = committed();
    const result = await device.sync({ pullLimit: PAGE });
    expect(result.pulled).toBe(PERSONS);
    expect(localPersons()).toBe(PERSONS);
    const pages = Math.ceil(PERSONS / PAGE);
    expect(calls).toHaveLength(pages);
    expect(calls.every((call) => call.inFlight === 1)).toBe(true);
    expect(calls[0]?.cursor).toBe(start);
    calls.slice(1).forEach((call, index) => {
      const previous = calls[index] as PullCall;
      // Page N+1 asked from where page N ends, before page N (whose cursor it starts from) is committed.
      expect(call.cursor).toBeGreaterThan(previous.cursor);
      expect(call.committedCursor).toBe(previous.cursor);
    });
    expect(committed()).toBeGreaterThan(calls.at(-1)?.cursor ?? 0);
  });

  it('surfaces an error on the page asked ahead after the current chunk is committed, and resumes from it', async () => {
    onPull = async (_call, index) => {
      if (index === 2) throw new Error('cable cut');
    };
    await expect(device.sync({ pullLimit: PAGE })).rejects.toMatchObject({ code: 'offline' });
    // Pages 1 and 2 are in, with the cursor the failed request started from.
    expect(localPersons()).toBe(2 * PAGE);
    expect(committed()).toBe(calls[2]?.cursor);

    onPull = async () => undefined;
    const again = await device.sync({ pullLimit: PAGE });
    expect(again.pulled).toBe(PERSONS - 2 * PAGE);
    expect(localPersons()).toBe(PERSONS);
    expect(calls[3]?.cursor).toBe(calls[2]?.cursor);
  });

  it('a stop between chunks drops the answer asked ahead unread; a restart resumes without applying anything twice', async () => {
    const controller = new AbortController();
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let answered: Promise<void> = Promise.resolve();
    onPull = async (_call, index) => {
      if (index !== 2) return;
      answered = held;
      await held;
    };
    const round = device.sync({
      pullLimit: PAGE,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase === 'pull' && progress.done === 2 * PAGE) controller.abort();
      },
    });
    await expect(round).rejects.toBeInstanceOf(SyncStopped);
    const cursorAtStop = committed();
    expect(localPersons()).toBe(2 * PAGE);
    expect(cursorAtStop).toBe(calls[2]?.cursor);
    // The page asked ahead answers after the stop: nothing of it is written.
    release();
    await answered;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(localPersons()).toBe(2 * PAGE);
    expect(committed()).toBe(cursorAtStop);

    device.restart();
    onPull = async () => undefined;
    const again = await device.sync({ pullLimit: PAGE });
    expect(again.pulled).toBe(PERSONS - 2 * PAGE);
    expect(localPersons()).toBe(PERSONS);
    expect(
      (
        device.db.$client
          .prepare("SELECT count(DISTINCT niss) AS n FROM persons WHERE last_name LIKE 'Pipeline%'")
          .get() as { n: number }
      ).n,
    ).toBe(PERSONS);
  });

  it('writes a large page in chunks, each with its own cursor: a stop mid-page keeps them and the restart goes on from there', async () => {
    const controller = new AbortController();
    const cursors: number[] = [];
    const round = device.sync({
      pullLimit: 20,
      applyChunk: 3,
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.phase !== 'pull') return;
        cursors.push(committed());
        if (progress.done === 9) controller.abort();
      },
    });
    await expect(round).rejects.toBeInstanceOf(SyncStopped);
    // One page asked, written three rows at a time, each chunk's cursor committed with it.
    expect(calls.map((call) => call.limit)).toEqual([20, 20]);
    expect(localPersons()).toBe(9);
    expect(cursors).toHaveLength(3);
    expect(cursors[0]).toBeLessThan(cursors[1]!);
    expect(cursors[1]).toBeLessThan(cursors[2]!);
    expect(committed()).toBe(cursors[2]);
    expect(committed()).toBeLessThan(calls[1]!.cursor);

    device.restart();
    const again = await device.sync({ pullLimit: 20, applyChunk: 3 });
    expect(calls[2]?.cursor).toBe(cursors[2]);
    expect(again.pulled).toBe(PERSONS - 9);
    expect(localPersons()).toBe(PERSONS);
  });

  it('asks a large first sync for pages as large as head office serves, no larger than an older one takes', async () => {
    isInstrumented = false;
    const older = await createDevice(database.db, transport, 'branch-a', { name: 'bulk-older' });
    // More than a first page of the default size, so that a second page is asked for.
    const more = personRows(DEFAULT_PULL_LIMIT).map((row, index) => ({
      ...row,
      data: { ...row.data, niss: String(70_000_000_000 + index * 13).padStart(11, '0') },
    }));
    await writeHeadOfficeRows(database.db, more);
    isInstrumented = true;
    const limitsAsked = async (target: TestDevice, isOlder: boolean): Promise<number[]> => {
      isOlderHeadOffice = isOlder;
      calls = [];
      await target.sync({ deferIndexesFromRows: 1 });
      return calls.map((call) => call.limit);
    };
    try {
      expect(await limitsAsked(device, false)).toEqual([DEFAULT_PULL_LIMIT, Math.min(BULK_PULL_LIMIT, MAX_PULL_LIMIT)]);
      expect(await limitsAsked(older, true)).toEqual([DEFAULT_PULL_LIMIT, LEGACY_MAX_PULL_LIMIT]);
      expect(localPersons()).toBe(PERSONS + more.length);
    } finally {
      older.close();
    }
  });

  it('the service stop() ends a round mid-pull and records it as interrupted', async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    onPull = async (_call, index) => {
      if (index === 1) await held;
    };
    const service = createSyncService({ db: device.db, transport, pullLimit: PAGE });
    // Stopped once the first page is committed, while the second (asked ahead) is still on its way.
    service.onStatus((status) => {
      if (status.progress?.phase === 'pull' && status.progress.done === PAGE) service.stop();
    });
    await service.syncNow();
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(localPersons()).toBe(PAGE);
    const [last] = listRounds(device.db, 1);
    expect(last).toMatchObject({ outcome: 'failed', errorKey: 'sync.errors.interrupted', pulled: PAGE });
  });
});
