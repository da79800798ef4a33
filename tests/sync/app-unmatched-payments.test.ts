/**
 * The unmatched queue worked from the app: a real head office (Fastify over HTTP on PGlite, and on
 * the local PostgreSQL when it answers) imports a CODA statement; a back-office advisor on an enrolled
 * app core lists the unmatched credits through the contract's channels, allocates one to a case file,
 * and the device's balance for that case file drops by the amount once the payment is synced.
 * Refused for a counter advisor; refused with a clear error, nothing changed, when head office is away.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import { DEMO_PASSWORD, issueDemoCodes, seedHeadOffice } from '../../scripts/head-office-demo';
import type { ServerDb } from '../../server/db/connection';
import { importStatement } from '../../server/statement-import/import-statement';
import { call, callError } from '../fixtures/core';
import { buildCoda } from '../fixtures/statements/coda-builder';
import { FUND_ACCOUNT, PAYER_PEETERS } from '../fixtures/statements/samples';
import { createTestDatabase, isPostgresReachable, startApp, type Backend, type TestDatabase } from '../server/harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const AMOUNT_CENTS = 12_345;

async function until<T>(read: () => T | Promise<T>, isDone: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function statementWithoutReference(number: number): Buffer {
  const file = buildCoda([
    {
      account: FUND_ACCOUNT,
      number,
      openingCents: 0,
      date: '2026-11-25',
      movements: [
        {
          amountCents: AMOUNT_CENTS,
          valueDate: '2026-11-25',
          free: 'cotisation Q4',
          iban: PAYER_PEETERS,
          name: 'PEETERS AN',
        },
      ],
    },
  ]);
  return Buffer.from(file, 'latin1');
}

describe.each(backends)('the unmatched queue worked from an app core on %s', (backend) => {
  let database: TestDatabase;
  let server: FastifyInstance;
  let serverDb: ServerDb;
  let core: AppCore;
  let profile: string;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const opened = await database.open();
    serverDb = opened.db;
    await seedHeadOffice(serverDb, { persons: 20, today: '2026-11-26', seed: 11 });
    server = startApp(opened);
    const url = await server.listen({ host: '127.0.0.1', port: 0 });
    const [code] = await issueDemoCodes(serverDb, 'NAM', 1, new Date());
    profile = mkdtempSync(join(tmpdir(), 'guichet-unmatched-'));
    core = openAppCore({
      profileDir: profile,
      host: 'browser',
      headOffice: { url, deviceName: 'back office', intervalMs: 3_600_000, ...(code ? { enrolCode: code } : {}) },
    });
    await until(
      () => core.sync?.status(),
      (status) => status !== undefined && status.isEnrolled && status.lastSyncAt !== null && !status.isSyncing,
      60_000,
    );
  }, 120_000);

  afterAll(async () => {
    core?.close();
    await server?.close();
    await database?.dispose();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const signInAs = async (username: string): Promise<void> => {
    await call(core, 'session.signOut', {});
    await call(core, 'session.signIn', { username, password: DEMO_PASSWORD });
  };
  const balanceOf = async (id: string): Promise<number> =>
    (await call(core, 'caseFile.detail', { kind: 'person', id })).balance.balanceCents;

  it('lists, allocates to a case file, syncs the payment into its balance; refuses a counter advisor', async () => {
    await importStatement(serverDb, statementWithoutReference(412), new Date());
    await signInAs('nam.conseiller');
    expect(await callError(core, 'bankStatement.unmatched', {})).toMatchObject({ code: 'forbidden' });

    await signInAs('nam.backoffice');
    const entries = await call(core, 'bankStatement.unmatched', {});
    const entry = entries.find((item) => item.amountCents === AMOUNT_CENTS);
    expect(entry).toMatchObject({
      reason: 'no-reference',
      payerName: 'PEETERS AN',
      freeCommunication: 'cotisation Q4',
    });
    const person = core.db.$client.prepare('SELECT id FROM persons ORDER BY id LIMIT 1').get() as { id: string };
    const before = await balanceOf(person.id);

    await call(core, 'bankStatement.allocate', {
      entryId: entry?.id ?? '',
      target: { kind: 'caseFile', caseFile: person.id },
      note: 'virement sans communication',
    });
    await call(core, 'sync.now', {});
    expect(await balanceOf(person.id)).toBe(before - AMOUNT_CENTS);
    const left = await call(core, 'bankStatement.unmatched', {});
    expect(left.map((item) => item.id)).not.toContain(entry?.id);

    const again = await callError(core, 'bankStatement.allocate', {
      entryId: entry?.id ?? '',
      target: { kind: 'caseFile', caseFile: person.id },
      note: null,
    });
    expect(again).toMatchObject({ code: 'conflict', messageKey: 'unmatchedPayments.errors.alreadyResolved' });
  }, 120_000);

  it('answers "head office unreachable" while offline, and changes nothing', async () => {
    await importStatement(serverDb, statementWithoutReference(413), new Date());
    await signInAs('nam.backoffice');
    const open = await call(core, 'bankStatement.unmatched', {});
    expect(open.length).toBeGreaterThan(0);
    await server.close();
    const listed = await callError(core, 'bankStatement.unmatched', {});
    const allocated = await callError(core, 'bankStatement.allocate', {
      entryId: open[0]?.id ?? '',
      target: { kind: 'caseFile', caseFile: 'x' },
      note: null,
    });
    expect([listed.messageKey, allocated.messageKey]).toEqual([
      'unmatchedPayments.errors.offline',
      'unmatchedPayments.errors.offline',
    ]);
    const result = (await serverDb.execute(
      `SELECT count(*) AS n FROM statement_movements WHERE outcome = 'unmatched' AND status = 'open'`,
    )) as unknown as { rows: { n: string | number }[] };
    expect(Number(result.rows[0]?.n)).toBe(open.length);
  }, 60_000);
});
