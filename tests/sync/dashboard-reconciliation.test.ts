/**
 * One data set, two sides: a seeded head office (on PGlite, and on the local PostgreSQL when it
 * answers) and a device of Namur enrolled with it and synced. The branch dashboard the device
 * computes offline gives the same figures as the head-office reports run for Namur at the same date:
 * starters, cessations and category changes of the year; debts by age bucket and by recovery step;
 * requests of the year by kind and outcome.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import { DEMO_PASSWORD, issueDemoCodes, seedHeadOffice } from '../../scripts/head-office-demo';
import type { ServerDb } from '../../server/db/connection';
import { runReport } from '../../server/reports/run-report';
import type { IsoDate } from '../../shared/domain/calendar';
import type { ReportRow } from '../../shared/domain/reports/report-definitions';
import { call } from '../fixtures/core';
import { createTestDatabase, isPostgresReachable, startApp, type Backend, type TestDatabase } from '../server/harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const TODAY = '2026-11-26' as IsoDate;
const YEAR_FROM = '2026-01-01' as IsoDate;

async function until<T>(read: () => T | Promise<T>, isDone: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sums the figures of report lines grouped by the given dimensions. */
function summed(rows: readonly ReportRow[], by: string[], figures: string[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const row of rows) {
    const key = by.map((column) => String(row[column])).join('|');
    const current = out[key] ?? figures.map(() => 0);
    out[key] = current.map((value, index) => value + Number(row[figures[index] ?? ''] ?? 0));
  }
  return out;
}

const withoutZeros = (record: Record<string, number[]>): Record<string, number[]> =>
  Object.fromEntries(Object.entries(record).filter(([, values]) => values.some((value) => value !== 0)));

/**
 * Requests filed on the device this year and decided (granted, refused, or left pending), pushed to
 * head office by the sync: the demo data has none of its own.
 */
async function fileRequests(core: AppCore): Promise<void> {
  const quarters = core.db.$client
    .prepare<[], { personId: string; year: number; quarter: number }>(
      `SELECT k.person_id AS personId, k.year, k.quarter FROM contributions k
         JOIN persons p ON p.id = k.person_id JOIN branches b ON b.id = p.branch_id AND b.code = 'NAM'
        WHERE k.kind = 'provisional' AND k.status = 'open' AND k.year = 2026 AND k.deleted_at IS NULL
        GROUP BY k.person_id ORDER BY k.person_id LIMIT 3`,
    )
    .all();
  const decisions = ['granted', 'refused', null] as const;
  for (const [index, row] of quarters.entries()) {
    const filed = await call(core, 'request.file', {
      kind: 'person',
      id: row.personId,
      requestKind: 'surcharge-waiver',
      grounds: 'force-majeure',
      quarters: [`${row.year}-Q${row.quarter}`],
    });
    const decision = decisions[index % decisions.length];
    if (decision) await call(core, 'request.decide', { requestId: filed.id, decision });
  }
}

describe.each(backends)('the branch dashboard and the head-office reports on %s', (backend) => {
  let database: TestDatabase;
  let server: FastifyInstance;
  let serverDb: ServerDb;
  let core: AppCore;
  let profile: string;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const opened = await database.open();
    serverDb = opened.db;
    await seedHeadOffice(serverDb, { persons: 400, today: TODAY, seed: 17 });
    server = startApp(opened);
    const url = await server.listen({ host: '127.0.0.1', port: 0 });
    const [code] = await issueDemoCodes(serverDb, 'NAM', 1, new Date());
    profile = mkdtempSync(join(tmpdir(), 'guichet-dashboard-'));
    core = openAppCore({
      profileDir: profile,
      host: 'browser',
      now: () => new Date(`${TODAY}T09:00:00.000Z`),
      headOffice: { url, deviceName: 'manager', intervalMs: 3_600_000, ...(code ? { enrolCode: code } : {}) },
    });
    await until(
      () => core.sync?.status(),
      (status) => status !== undefined && status.isEnrolled && status.lastSyncAt !== null && !status.isSyncing,
      120_000,
    );
  }, 240_000);

  afterAll(async () => {
    core?.close();
    await server?.close();
    await database?.dispose();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('counts the same for Namur on both sides', async () => {
    await call(core, 'session.signIn', { username: 'nam.responsable', password: DEMO_PASSWORD });
    await fileRequests(core);
    await call(core, 'sync.now', {});
    await until(
      () =>
        core.db.$client.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox WHERE pushed_at IS NULL').get()!.n,
      (left) => left === 0,
    );
    const dashboard = await call(core, 'dashboard.branch', {});
    const branchId = core.db.$client.prepare<[], { id: string }>(`SELECT id FROM branches WHERE code = 'NAM'`).get()!
      .id;
    const report = async (name: 'starters-cessations' | 'debts' | 'requests', from: IsoDate) =>
      (await runReport(serverDb, name, { from, to: TODAY, branchId }, new Date())).rows;

    const movements = summed(
      await report('starters-cessations', YEAR_FROM),
      [],
      ['starters', 'cessations', 'categoryChanges'],
    )[''] ?? [0, 0, 0];
    expect([
      dashboard.movements.affiliations.year,
      dashboard.movements.cessations.year,
      dashboard.movements.categoryChanges.year,
    ]).toEqual(movements);
    const month = summed(
      await report('starters-cessations', '2026-11-01' as IsoDate),
      [],
      ['starters', 'cessations', 'categoryChanges'],
    )[''] ?? [0, 0, 0];
    expect([
      dashboard.movements.affiliations.month,
      dashboard.movements.cessations.month,
      dashboard.movements.categoryChanges.month,
    ]).toEqual(month);

    const debts = await report('debts', TODAY);
    const device = (rows: Array<{ debts: number; outstandingCents: number } & Record<string, unknown>>, by: string) =>
      withoutZeros(Object.fromEntries(rows.map((row) => [String(row[by]), [row.debts, row.outstandingCents]])));
    expect(device(dashboard.debtsByAge, 'ageBucket')).toEqual(
      withoutZeros(summed(debts, ['ageBucket'], ['debts', 'outstandingCents'])),
    );
    expect(device(dashboard.debtsByStep, 'recoveryStep')).toEqual(
      withoutZeros(summed(debts, ['recoveryStep'], ['debts', 'outstandingCents'])),
    );
    expect(dashboard.debtsTotal.debts).toBeGreaterThan(0);

    const requests = summed(await report('requests', YEAR_FROM), ['kind', 'status'], ['requests', 'effectCents']);
    const deviceRequests: Record<string, number[]> = {};
    for (const row of dashboard.requests) {
      if (row.pending > 0) deviceRequests[`${row.kind}|filed`] = [row.pending, 0];
      if (row.granted > 0) deviceRequests[`${row.kind}|granted`] = [row.granted, row.grantedEffectCents];
      if (row.refused > 0) deviceRequests[`${row.kind}|refused`] = [row.refused, 0];
    }
    expect(deviceRequests).toEqual(requests);
    expect(Object.keys(requests).length).toBeGreaterThan(0);
  }, 60_000);
});
