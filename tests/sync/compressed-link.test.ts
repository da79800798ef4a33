/**
 * Sync over real HTTP through the bench's link proxy: pull pages come brotli-compressed and are decoded
 * by fetch, a large push goes gzip-compressed once head office has said it reads it, a compressed body
 * that inflates past the body limit is refused with nothing written, and a link cut in the middle of a
 * page leaves a sync that resumes from its cursor without fetching any whole page twice.
 */
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { syncPaths, PROTOCOL_VERSION, SCHEMA_VERSION } from '../../shared/contract/sync-protocol';
import { updatePerson } from '../../db/repositories/person-repo';
import { httpTransport, type SyncTransport, type TransportExchange } from '../../electron/services/sync/transport';
import type { ServerDatabase } from '../../server/db/connection';
import { branchRow, writeHeadOfficeRows } from '../../server/sync/head-office';
import { caseFileRows } from '../fixtures/head-office-case-files';
import { startLinkProxy, type LinkProxy } from '../bench/link-proxy';
import { createDevice, type TestDevice } from '../server/devices';
import { createTestDatabase, startApp, type TestDatabase } from '../server/harness';

const PERSONS = 60;
const PAGE = 500;
const DROP_AFTER_BYTES = 20_000;
const shape = { years: 2, branchId: 'branch-a', nissBase: 70_000_000_000, lastName: () => 'Lien' };

describe('sync over a compressed, cut link', () => {
  let testDb: TestDatabase;
  let database: ServerDatabase;
  let app: FastifyInstance;
  let address: string;
  let proxy: LinkProxy;
  const exchanges: TransportExchange[] = [];
  const pages: number[] = [];
  let device: TestDevice;

  beforeAll(async () => {
    testDb = await createTestDatabase('pglite');
    database = await testDb.open();
    app = startApp(database);
    address = await app.listen({ host: '127.0.0.1', port: 0 });
    await writeHeadOfficeRows(database.db, [branchRow('branch-a', 'A')]);
  }, 60_000);
  afterAll(async () => {
    device?.close();
    await proxy?.close();
    await app.close();
    await testDb.dispose();
  });

  /** The device's transport through the proxy, noting every whole pull page by the cursor it started from. */
  function linkedTransport(): SyncTransport {
    const inner = httpTransport(proxy.address, { onExchange: (exchange) => exchanges.push(exchange) });
    return async (path, body, token, signal) => {
      const answer = await inner(path, body, token, signal);
      if (path === syncPaths.pull && answer.status === 200) pages.push((body as { cursor: number }).cursor);
      return answer;
    };
  }

  it('pulls compressed pages, resumes after a cut mid-page, and fetches no page twice', async () => {
    proxy = await startLinkProxy(address, { bitsPerSecond: Number.POSITIVE_INFINITY, roundTripMs: 0 });
    device = await createDevice(database.db, linkedTransport(), 'branch-a', { name: 'link' });
    const rows = Array.from({ length: PERSONS }, (_unused, index) => caseFileRows(index, shape)).flat();
    await writeHeadOfficeRows(database.db, rows);
    // Cut once, in the middle of the second page of this pull.
    proxy.dropAfter(DROP_AFTER_BYTES);
    const local = (): number =>
      (device.db.$client.prepare("SELECT count(*) AS n FROM persons WHERE last_name = 'Lien'").get() as { n: number })
        .n;
    pages.length = 0;
    let failures = 0;
    for (let attempt = 0; attempt < 5 && local() < PERSONS; attempt++)
      await device.sync({ pullLimit: PAGE }).catch(() => (failures += 1));
    expect(local()).toBe(PERSONS);
    expect(proxy.counters.drops).toBe(1);
    expect(failures).toBe(1);
    expect(new Set(pages).size).toBe(pages.length);
    const pulls = exchanges.filter((exchange) => exchange.path === syncPaths.pull && exchange.responseBytes > 2048);
    expect(pulls.length).toBeGreaterThan(0);
    expect(pulls.every((exchange) => exchange.responseEncoding === 'br')).toBe(true);
    console.log(
      pages,
      pulls.map((exchange) => exchange.responseBytes),
      proxy.counters,
    );
  });

  it('sends a large push gzip-compressed, and head office applies it', async () => {
    const ids = device.db.$client.prepare("SELECT id FROM persons WHERE last_name = 'Lien'").all() as { id: string }[];
    ids.forEach((row, index) =>
      updatePerson(device.db, device.recorder, row.id, {
        email: `lien.${index}.address-long-enough-to-matter@example.be`,
      }),
    );
    const round = await device.sync();
    expect(round.pushed).toBe(PERSONS);
    const push = exchanges.filter((exchange) => exchange.path === syncPaths.push).at(-1);
    expect(push?.requestBytes).toBeGreaterThan(16 * 1024);
    expect(push?.requestSentBytes).toBeLessThan((push?.requestBytes ?? 0) / 3);
  });

  it('refuses a compressed body that inflates past the limit, nothing written', async () => {
    const countMutations = async () =>
      ((await database.db.execute('SELECT count(*)::int AS n FROM mutations')) as unknown as { rows: { n: number }[] })
        .rows[0]?.n;
    const before = await countMutations();
    const padding = 'x'.repeat(30 * 1024 * 1024);
    const bomb = gzipSync(
      JSON.stringify({
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: SCHEMA_VERSION,
        clientTime: Date.now(),
        changes: [{ id: uuidv7(), padding }],
      }),
    );
    expect(bomb.byteLength).toBeLessThan(100_000);
    const answer = await fetch(`${address}${syncPaths.push}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: bomb,
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({
      error: { code: 'validation', details: { reason: 'FST_ERR_CTP_BODY_TOO_LARGE' } },
    });
    expect(await countMutations()).toBe(before);
  });
});
