/**
 * Head office at its edge believes nothing: generated malformed pushes, pulls, fetches and enrolments
 * (wrong types, unparseable clocks, U+0000 and lone surrogates, unknown fields and entities, amounts
 * beyond any bound, advisors of nobody, nesting thousands deep, huge fields, wrong secrets) are all
 * answered below 500, and not one row of any table changes.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PULL_LIMIT, PROTOCOL_VERSION, SCHEMA_VERSION, syncPaths } from '../../shared/contract/sync-protocol';
import { readPendingChanges } from '../../db/repositories/sync-repo';
import type { ServerDatabase } from '../../server/db/connection';
import { buildApp } from '../../server/http/app';
import { branchRow, writeHeadOfficeRows } from '../../server/sync/head-office';
import { createDevice, newPerson, type TestDevice } from './devices';
import { tokenOf } from './head-office-suite';
import {
  createTestDatabase,
  injectTransport,
  isPostgresReachable,
  startApp,
  type Backend,
  type TestDatabase,
} from './harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };
const RUNS = 520;

type Forged = { url: string; body: string; authorization?: string };

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = { down: value };
  return value;
}

/** One way a change is wrong; every change generated carries at least one. */
function faultyChange(personId: string) {
  const base = {
    mutationId: fc.constantFrom('forged:1', 'forged:2', 'x:99'),
    entity: fc.constantFrom('person', 'payment', 'interaction'),
    entityId: fc.constantFrom(personId, '01900000-0000-7000-8000-00000000abcd'),
    operation: fc.constantFrom('insert', 'update', 'delete'),
    changedFields: fc.constant([] as string[]),
    payload: fc.dictionary(fc.constantFrom('email', 'phone', 'subject', 'amountCents', 'date'), fc.jsonValue(), {
      maxKeys: 3,
    }),
    hlc: fc.constant('000001790000000-000000-forged'),
    advisorId: fc.constant('advisor-a'),
    base: fc.constant({}),
    createdAt: fc.constant('2026-11-26T09:00:00.000Z'),
  };
  const faults: fc.Arbitrary<Record<string, unknown>>[] = [
    fc.string().map((text) => ({ payload: { email: `${text}\u0000` } })),
    fc.constantFrom('\uD800', 'a\uDC00b', '\uDBFF').map((text) => ({ payload: { phone: text } })),
    fc.constant({ payload: { isAdmin: true } }),
    fc.constant({ entity: 'person', payload: { firstName: 'x'.repeat(20_000) } }),
    fc
      .constantFrom(9_007_199_254_740_991, -1e15, 1.5, 1e300)
      .map((amountCents) => ({ entity: 'payment', payload: { amountCents } })),
    fc.constant({ advisorId: 'nobody-at-all' }),
    fc.constant({ advisorId: null }),
    fc.constantFrom('branch', 'advisor', 'isAdmin', '__proto__').map((entity) => ({ entity })),
    fc.oneof(fc.string(), fc.constant('not-a-clock'), fc.constant('999999999999999999-0-x')).map((hlc) => ({ hlc })),
    fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string())).map((hlc) => ({ hlc })),
    fc.constantFrom('drop', 7, null).map((operation) => ({ operation })),
    fc.constant({ payload: { email: nested(20) } }),
    fc.constant({ entity: 'person', payload: { firstName: 12, language: 'xx' } }),
    fc.constant({ changedFields: ['isAdmin'] }),
    fc.constant({ base: { email: -1 } }),
    fc.constant({ payload: 'not an object' }),
  ];
  return fc.tuple(fc.record(base), fc.oneof(...faults)).map(([change, fault]) => ({
    ...change,
    ...fault,
    payload:
      typeof fault['payload'] === 'object' && fault['payload'] !== null
        ? { ...change.payload, ...(fault['payload'] as Record<string, unknown>) }
        : (fault['payload'] ?? change.payload),
  }));
}

function forgedRequest(token: string, personId: string): fc.Arbitrary<Forged> {
  const authorization = fc.oneof(
    { weight: 6, arbitrary: fc.constant(`Bearer ${token}`) },
    fc.constant(`Bearer ${token.split('.')[0]}.wrong-secret`),
    fc.string().map((text) => `Bearer ${text}`),
  );
  const push = fc.record({
    url: fc.constant(syncPaths.push),
    authorization,
    body: fc
      .oneof({ weight: 5, arbitrary: fc.array(faultyChange(personId), { minLength: 1, maxLength: 4 }) }, fc.jsonValue())
      .chain((changes) =>
        fc.oneof(
          { weight: 6, arbitrary: fc.constant({ ...versions, clientTime: Date.now(), changes }) },
          fc.constant({ ...versions, clientTime: 'soon', changes }),
          fc.constant({ ...versions, clientTime: Date.now(), changes: { changes } }),
          fc.constant({ ...versions, protocolVersion: 1, clientTime: Date.now(), changes }),
        ),
      )
      .map((body) => JSON.stringify(body)),
  });
  const pull = fc.record({
    url: fc.constantFrom(syncPaths.pull, syncPaths.fetch),
    authorization,
    body: fc
      .record({
        cursor: fc.oneof(fc.integer({ min: -1e9, max: -1 }), fc.double(), fc.string(), fc.constant(1e300)),
        limit: fc.oneof(fc.integer({ min: -10, max: 0 }), fc.integer({ min: MAX_PULL_LIMIT + 1 }), fc.string()),
        entity: fc.oneof(fc.string(), fc.integer()),
        id: fc.oneof(
          fc.string().map((text) => `${text}\u0000`),
          fc.constant({}),
        ),
      })
      .map((fields) => JSON.stringify({ ...versions, clientTime: Date.now(), ...fields })),
  });
  const enrol = fc.record({
    url: fc.constant(syncPaths.enrol),
    body: fc
      .record({ code: fc.oneof(fc.string(), fc.integer()), deviceName: fc.oneof(fc.string(), fc.constant(null)) })
      .map((fields) => JSON.stringify({ ...versions, ...fields })),
  });
  const raw = fc.record({
    url: fc.constantFrom(syncPaths.push, syncPaths.pull, syncPaths.enrol),
    authorization: fc.constant(`Bearer ${token}`),
    body: fc.oneof(
      fc.string(),
      fc.constant('{"protocolVersion": 2, "schemaVersion": 2, "changes": [}'),
      fc.integer({ min: 40, max: 6000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
      fc.constant(JSON.stringify({ ...versions, __proto__: { isAdmin: true } })),
    ),
  });
  return fc.oneof({ weight: 5, arbitrary: push }, { weight: 2, arbitrary: pull }, enrol, raw);
}

async function tableHashes(database: ServerDatabase): Promise<Record<string, string>> {
  const tables = (await database.db.execute(
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )) as unknown as { rows: { table_name: string }[] };
  const hashes: Record<string, string> = {};
  for (const { table_name: table } of tables.rows) {
    const rows = (await database.db.execute(
      sql.raw(`SELECT row_to_json(t)::text AS line FROM "${table}" t ORDER BY 1`),
    )) as unknown as { rows: { line: string }[] };
    hashes[table] = `${rows.rows.length}:${createHash('sha256')
      .update(rows.rows.map((row) => row.line).join('\n'))
      .digest('hex')}`;
  }
  return hashes;
}

describe.each(backends)('head office at its edge on %s', (backend) => {
  let testDb: TestDatabase;
  let database: ServerDatabase;
  let app: FastifyInstance;
  let device: TestDevice;
  let personId: string;

  beforeAll(async () => {
    testDb = await createTestDatabase(backend);
    database = await testDb.open();
    await writeHeadOfficeRows(database.db, [branchRow('branch-a', 'A'), branchRow('branch-b', 'B')]);
    // Limits out of the way here (as in every suite): the fuzz reaches the validators; the last test checks the limits.
    app = startApp(database);
    device = await createDevice(
      database.db,
      injectTransport(() => app),
      'branch-a',
      { name: 'a' },
    );
    personId = newPerson(device, 'branch-a').id;
    await device.sync();
  }, 60_000);

  afterAll(async () => {
    device?.close();
    await app?.close();
    await testDb?.dispose();
  });

  it('answers generated malformed requests below 500 and writes nothing', async () => {
    const before = await tableHashes(database);
    const statuses = new Map<number, number>();
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(forgedRequest(tokenOf(device), personId), async (forged) => {
        const response = await app.inject({
          method: 'POST',
          url: forged.url,
          payload: forged.body,
          headers: {
            'content-type': 'application/json',
            ...(forged.authorization ? { authorization: forged.authorization } : {}),
          },
        });
        requests += 1;
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(500);
        if (response.statusCode === 200 && forged.url === syncPaths.push) {
          const results = (response.json() as { results: { status: string }[] }).results;
          expect(results.every((result) => result.status === 'refused')).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    const seen = [...statuses].sort(([left], [right]) => left - right);
    console.info(`${backend}: ${requests} malformed requests, statuses ${JSON.stringify(Object.fromEntries(seen))}`);
    expect(requests).toBeGreaterThanOrEqual(500);
    expect(await tableHashes(database)).toEqual(before);
  }, 300_000);

  it('refuses a 19 MB field and a body nested 5,000 deep with a reason, and the device still syncs', async () => {
    const before = await tableHashes(database);
    const huge = {
      mutationId: 'forged:19',
      entity: 'person',
      entityId: personId,
      operation: 'update',
      changedFields: ['firstName'],
      payload: { firstName: 'x'.repeat(19 * 1024 * 1024) },
      hlc: '000001790000000-000000-forged',
      advisorId: 'advisor-a',
      base: {},
      createdAt: '2026-11-26T09:00:00.000Z',
    };
    const send = (body: string) =>
      app.inject({
        method: 'POST',
        url: syncPaths.push,
        payload: body,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf(device)}` },
      });
    const big = await send(JSON.stringify({ ...versions, clientTime: Date.now(), changes: [huge] }));
    expect(big.statusCode, big.body.slice(0, 300)).toBe(200);
    expect(big.json()).toMatchObject({
      results: [{ status: 'refused', reason: { code: 'invalid-value', fields: ['firstName'] } }],
    });
    const deepChange = `${'{"down":'.repeat(5000)}"bottom"${'}'.repeat(5000)}`;
    const deep = await send(
      `{"protocolVersion":${PROTOCOL_VERSION},"schemaVersion":${SCHEMA_VERSION},"clientTime":0,"changes":[${deepChange}]}`,
    );
    expect(deep.statusCode).toBe(400);
    expect(deep.json()).toMatchObject({ error: { code: 'validation', details: { reason: 'body-too-deep' } } });
    expect(await tableHashes(database)).toEqual(before);

    newPerson(device, 'branch-a');
    expect(readPendingChanges(device.db, 10)).toHaveLength(1);
    expect(await device.sync()).toMatchObject({ pushed: 1, rejected: 0 });
  }, 120_000);

  it('stops guessing enrolment codes and device secrets after a few failures per address', async () => {
    const guarded = buildApp({ db: database.db });
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_unused, index) =>
        guarded.inject({
          method: 'POST',
          url: syncPaths.enrol,
          payload: { ...versions, code: `WRONG-${String(index).padStart(4, '0')}`, deviceName: 'guess' },
        }),
      ),
    );
    const enrolStatuses = guesses.map((response) => response.statusCode);
    const secrets = [];
    for (let index = 0; index < 60; index++)
      secrets.push(
        await guarded.inject({
          method: 'POST',
          url: syncPaths.pull,
          payload: { ...versions, clientTime: Date.now(), cursor: 0, limit: 10 },
          headers: { authorization: `Bearer ${tokenOf(device).split('.')[0]}.guess-${index}` },
        }),
      );
    const secretStatuses = secrets.map((response) => response.statusCode);
    await guarded.close();
    console.info(
      `${backend}: enrolment guesses ${JSON.stringify(count(enrolStatuses))}, secret guesses ${JSON.stringify(count(secretStatuses))}`,
    );
    expect(enrolStatuses.filter((status) => status === 401).length).toBeLessThanOrEqual(11);
    expect(enrolStatuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(29);
    expect(secretStatuses.filter((status) => status === 401).length).toBeLessThanOrEqual(31);
    expect(secrets.at(-1)?.statusCode).toBe(429);
    expect(secrets.at(-1)?.headers['retry-after']).toBeDefined();
  });
});

function count(statuses: readonly number[]): Record<number, number> {
  const counted: Record<number, number> = {};
  for (const status of statuses) counted[status] = (counted[status] ?? 0) + 1;
  return counted;
}
