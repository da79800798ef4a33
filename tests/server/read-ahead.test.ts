/** The page head office reads ahead for a device during a long pull (server/sync/read-ahead.ts). */
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SCHEMA_VERSION, syncPaths } from '../../shared/contract/sync-protocol';
import { advisorRow, writeHeadOfficeRows } from '../../server/sync/head-office';
import { createReadAhead } from '../../server/sync/read-ahead';
import type { PullPage } from '../../server/sync/pull';
import type { DeviceScope } from '../../server/auth';
import { newPerson, type TestDevice } from './devices';
import { deviceIdOf, tokenOf, useHeadOffice } from './head-office-suite';
import { isPostgresReachable, type Backend } from './harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };

const scope = (deviceId: string, pushCount = 0): DeviceScope => ({
  deviceId,
  branchId: 'branch-a',
  assignedRootIds: new Set(),
  pushCount,
});
const request = { protocolVersion: 1, schemaVersion: 1, clientTime: 0, cursor: 0, limit: 2, isProgressWanted: true };
const full = (cursor: number): PullPage => ({ items: `{"seq":${cursor}}`, cursor, hasMore: true, remaining: 10 });

describe('read-ahead', () => {
  it('hands the next page once, to the device it was read for, at the cursor and limit it was read for', async () => {
    const readAhead = createReadAhead();
    const reads: number[] = [];
    readAhead.prepare(scope('d1'), request, full(7), async (next) => {
      reads.push(next.cursor);
      return full(9);
    });
    expect(reads).toEqual([7]);
    expect(await readAhead.take(scope('d2'), { ...request, cursor: 7 })).toBeNull();
    expect(await readAhead.take(scope('d1'), { ...request, cursor: 7, limit: 3 })).toBeNull();
    expect(await readAhead.take(scope('d1'), { ...request, cursor: 7, isProgressWanted: false })).toBeNull();
    expect(await readAhead.take(scope('d1'), { ...request, cursor: 7 })).toEqual(full(9));
    expect(await readAhead.take(scope('d1'), { ...request, cursor: 7 })).toBeNull();
  });

  it('reads nothing after the last page', () => {
    const readAhead = createReadAhead();
    let reads = 0;
    readAhead.prepare(scope('d1'), request, { ...full(7), hasMore: false }, async () => {
      reads += 1;
      return full(9);
    });
    expect(reads).toBe(0);
    expect(readAhead.size()).toBe(0);
  });

  it("forgets a device's pages when it pushes, and pages older than their age limit", async () => {
    let clock = 0;
    const readAhead = createReadAhead({ maxAgeMs: 1_000, now: () => clock });
    readAhead.prepare(scope('d1'), request, full(7), async () => full(9));
    readAhead.prepare(scope('d2'), request, full(7), async () => full(9));
    readAhead.forget('d1');
    expect(await readAhead.take(scope('d1'), { ...request, cursor: 7 })).toBeNull();
    clock = 1_001;
    expect(await readAhead.take(scope('d2'), { ...request, cursor: 7 })).toBeNull();
  });

  it('serves nothing read before a push of the device, even one taken by another instance', async () => {
    const readAhead = createReadAhead();
    readAhead.prepare(scope('d1', 4), request, full(7), async () => full(9));
    expect(await readAhead.take(scope('d1', 5), { ...request, cursor: 7 })).toBeNull();
  });

  it('answers null when the reading failed, so the request reads the page itself', async () => {
    const readAhead = createReadAhead();
    readAhead.prepare(scope('d1'), request, full(7), async () => {
      throw new Error('connection lost');
    });
    expect(await readAhead.take(scope('d1'), { ...request, cursor: 7 })).toBeNull();
  });

  it('keeps at most maxPages pages, dropping the oldest', async () => {
    const readAhead = createReadAhead({ maxPages: 2 });
    for (const deviceId of ['d1', 'd2', 'd3'])
      readAhead.prepare(scope(deviceId), request, full(7), async () => full(9));
    expect(readAhead.size()).toBe(2);
    expect(await readAhead.take(scope('d1'), { ...request, cursor: 7 })).toBeNull();
    expect(await readAhead.take(scope('d3'), { ...request, cursor: 7 })).toEqual(full(9));
  });
});

describe.each(backends)('read-ahead through head office on %s', (backend) => {
  // Two instances, requests to each in turn: the push goes to the other instance than the pulls.
  const headOffice = useHeadOffice(backend, { instances: 2 });
  const { transport, device } = headOffice;
  const pull = async (d: TestDevice, cursor: number) => {
    const answer = await transport(
      syncPaths.pull,
      { ...versions, clientTime: Date.now(), cursor, limit: 2 },
      tokenOf(d),
    );
    return answer.body as {
      items: { kind: string; id: string; seq: number; data: Record<string, unknown> }[];
      cursor: number;
      hasMore: boolean;
    };
  };

  it('after a push from the device, serves its change, never the page read ahead before it', async () => {
    // The advisors first, so that the pages are: branches, advisors, then the persons.
    await writeHeadOfficeRows(headOffice.database.db, [
      advisorRow('advisor-a', 'branch-a'),
      advisorRow('advisor-b', 'branch-a'),
    ]);
    const a = await device('branch-a', 'a');
    const people = [newPerson(a, 'branch-a'), newPerson(a, 'branch-a'), newPerson(a, 'branch-a')];
    await a.sync();
    const b = await device('branch-a', 'b');
    const branches = await pull(b, 0);
    expect(branches.items.map((item) => item.id)).toEqual(['branch-a', 'branch-b']);
    // Page 2: the two advisors; page 3 (the first two persons) is read ahead meanwhile.
    const first = await pull(b, branches.cursor);
    expect(first.hasMore).toBe(true);
    expect(first.items.map((item) => item.id)).toEqual(['advisor-a', 'advisor-b']);

    // Device b changes the first person before it asks for page 2 (a cut, a push in between), through
    // the other instance: the one that read page 2 ahead never hears of that push but from the device's push count.
    const change = {
      mutationId: `${deviceIdOf(b)}:1`,
      entity: 'person',
      entityId: people[0]?.id,
      operation: 'update',
      changedFields: ['email'],
      payload: { email: 'new@example.be' },
      hlc: `${String(Date.now() + 1_000).padStart(15, '0')}-000000-b`,
      advisorId: 'advisor-b',
      base: {},
      createdAt: new Date().toISOString(),
    };
    const pushed = await transport(
      syncPaths.push,
      { ...versions, clientTime: Date.now(), changes: [change] },
      tokenOf(b),
    );
    expect((pushed.body as { results: { status: string }[] }).results.map((result) => result.status)).toEqual([
      'applied',
    ]);
    const again = await pull(b, first.cursor);
    expect(again.items.map((item) => item.id)).toEqual([people[1]?.id, people[2]?.id]);
    const third = await pull(b, again.cursor);
    expect(third.items.map((item) => [item.id, item.data['email']])).toEqual([[people[0]?.id, 'new@example.be']]);
    expect(third.hasMore).toBe(false);
  });
});
