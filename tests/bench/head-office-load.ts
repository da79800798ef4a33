/**
 * Head office under many devices: two head-office processes (`npm run server`) on one PostgreSQL,
 * devices speaking the sync protocol over HTTP with their own credentials, each request sent to one
 * instance or the other as a load balancer would. A device's round is a push of a few changes to its
 * branch's persons, then a pull to the end of its cursor; a share of the devices arrive during the run
 * and start with a first sync. At the end every device pulls to the end and the sync model's
 * invariants are checked: every pushed mutation stored exactly once at head office, and every device
 * has seen every change of its branch at (or after) the sequence head office gave it.
 * Devices here are protocol clients, not SQLite profiles: the load is head office's, not the device's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import {
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  syncPaths,
  type PullResponse,
  type PushResponse,
} from '../../shared/contract/sync-protocol';
import { enrolDevice, issueEnrolmentCode } from '../../server/auth';
import { openServerDatabase, type ServerDatabase } from '../../server/db/connection';
import { advisorRow, branchRow, writeHeadOfficeRows, type HeadOfficeRow } from '../../server/sync/head-office';
import { summarize } from './stats';

export type LoadOptions = {
  databaseUrl: string;
  devices: number;
  durationMs: number;
  /** Mean time between two rounds of one device. */
  roundIntervalMs: number;
  branches: number;
  personsPerBranch: number;
  /** Share of the devices that arrive during the run and start with a first sync. */
  lateShare: number;
  changesPerPush: number;
  log?: (line: string) => void;
};

export type LoadResult = {
  rounds: number;
  pushes: number[];
  pulls: number[];
  mutations: number;
  /** Bare HTTP round trips to an instance's health route under the same load: the floor beside the latencies. */
  health: number[];
  /** Push answers by status (applied, conflict, ignored when a newer change won, duplicate). */
  statuses: Map<string, number>;
  errors: Map<string, number>;
  maxConnections: number;
  seconds: number;
  /** Empty when every invariant holds. */
  violations: string[];
};

type Device = {
  id: string;
  token: string;
  branchId: string;
  advisorId: string;
  persons: string[];
  cursor: number;
  counter: number;
  /** The highest sequence at which this device has seen each row. */
  seen: Map<string, number>;
};

type Instance = { address: string; child: ChildProcess };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', () => done()));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

async function startInstance(databaseUrl: string, name: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('server/main.ts'), 'serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', GUICHET_INSTANCE: name },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const address = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`head office ${name} exited with ${child.exitCode}`);
    if ((await fetch(`${address}/health`).catch(() => null))?.ok) return { address, child };
    if (Date.now() > deadline) throw new Error(`head office ${name} did not answer /health in 60 s`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function stopInstance(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null) return;
  const exited = new Promise((done) => instance.child.once('exit', done));
  instance.child.kill('SIGTERM');
  await exited;
}

const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };
const at = '2026-01-01T00:00:00.000Z';

function personRow(branchId: string, index: number): HeadOfficeRow {
  return {
    entity: 'person',
    id: uuidv7(),
    data: {
      niss: String(80_000_000_000 + index * 13).padStart(11, '0'),
      lastName: `Charge${index}`,
      firstName: 'Test',
      birthDate: '1980-05-17',
      sex: 'F',
      language: 'fr',
      email: null,
      phone: null,
      iban: null,
      branchId,
      createdAt: at,
      updatedAt: at,
      rowVersion: 1,
      deletedAt: null,
    },
  };
}

async function pace<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

export async function runHeadOfficeLoad(options: LoadOptions): Promise<LoadResult> {
  const log = options.log ?? (() => undefined);
  const server = await openServerDatabase({ kind: 'postgres', url: options.databaseUrl, poolSize: 4 });
  const branchIds = Array.from({ length: options.branches }, (_unused, index) => `load-branch-${index}`);
  const personsByBranch = new Map<string, string[]>();
  let personIndex = 0;
  for (const [index, branchId] of branchIds.entries()) {
    const rows = Array.from({ length: options.personsPerBranch }, () => personRow(branchId, personIndex++));
    await writeHeadOfficeRows(server.db, [
      branchRow(branchId, `L${index}`),
      advisorRow(`advisor-${branchId}`, branchId),
      ...rows,
    ]);
    personsByBranch.set(
      branchId,
      rows.map((row) => row.id),
    );
  }
  const instances = [await startInstance(options.databaseUrl, 'a'), await startInstance(options.databaseUrl, 'b')];
  try {
    return await drive(options, server, instances, branchIds, personsByBranch, log);
  } finally {
    await Promise.all(instances.map(stopInstance));
    await server.close();
  }
}

async function drive(
  options: LoadOptions,
  server: ServerDatabase,
  instances: Instance[],
  branchIds: string[],
  personsByBranch: Map<string, string[]>,
  log: (line: string) => void,
): Promise<LoadResult> {
  let turn = 0;
  const errors = new Map<string, number>();
  const countError = (what: string): void => void errors.set(what, (errors.get(what) ?? 0) + 1);
  async function post<T>(path: string, body: unknown, token: string | null): Promise<T> {
    const instance = instances[turn++ % instances.length] as Instance;
    const answer = await fetch(`${instance.address}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': 'br, gzip',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ ...versions, ...(body as object) }),
      signal: AbortSignal.timeout(120_000),
    });
    if (!answer.ok) throw new Error(`${path} ${answer.status}`);
    return (await answer.json()) as T;
  }

  log(`enrolling ${options.devices} devices across ${options.branches} branches…`);
  const devices: Device[] = [];
  await pace(
    Array.from({ length: options.devices }, (_unused, index) => index),
    8,
    async (index) => {
      const branchId = branchIds[index % branchIds.length] as string;
      const { code } = await issueEnrolmentCode(server.db, branchId, new Date());
      // In bulk at head office, as its enrol command does: over HTTP, one address is held to a few enrolments a minute.
      const enrolled = await enrolDevice(server.db, code, `load-${index}`, new Date());
      if (!enrolled) throw new Error('enrolment refused');
      devices.push({
        id: enrolled.deviceId,
        token: `${enrolled.deviceId}.${enrolled.secret}`,
        branchId,
        advisorId: `advisor-${branchId}`,
        persons: personsByBranch.get(branchId) ?? [],
        cursor: 0,
        counter: 0,
        seen: new Map(),
      });
    },
  );

  const pushes: number[] = [];
  const pulls: number[] = [];
  const pushed = new Map<string, { branchId: string; entityId: string; seq: number }>();
  const statuses = new Map<string, number>();
  let rounds = 0;

  async function pullToEnd(device: Device, isTimed: boolean): Promise<void> {
    for (;;) {
      const started = performance.now();
      const page = await post<PullResponse>(
        syncPaths.pull,
        { clientTime: Date.now(), cursor: device.cursor, limit: 2000 },
        device.token,
      );
      if (isTimed) pulls.push(performance.now() - started);
      for (const item of page.items)
        if (item.kind === 'row') device.seen.set(item.id, Math.max(item.seq, device.seen.get(item.id) ?? 0));
      device.cursor = page.cursor;
      if (!page.hasMore) return;
    }
  }

  async function round(device: Device): Promise<void> {
    const changes = Array.from({ length: options.changesPerPush }, () => {
      device.counter += 1;
      const entityId = device.persons[Math.floor(Math.random() * device.persons.length)] as string;
      return {
        mutationId: `${device.id}:${device.counter}`,
        entity: 'person',
        entityId,
        operation: 'update',
        changedFields: ['email'],
        payload: { email: `load.${device.counter}@example.be` },
        hlc: `${String(Date.now()).padStart(15, '0')}-${String(device.counter % 1_000_000).padStart(6, '0')}-${device.id}`,
        advisorId: device.advisorId,
        base: { email: device.seen.get(entityId) ?? 0 },
        createdAt: new Date().toISOString(),
      };
    });
    const started = performance.now();
    const answer = await post<PushResponse>(syncPaths.push, { clientTime: Date.now(), changes }, device.token);
    pushes.push(performance.now() - started);
    for (const [index, result] of answer.results.entries()) {
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
      if (result.status === 'refused') countError(`push refused: ${result.reason?.code ?? 'unknown'}`);
      else
        pushed.set(result.mutationId, {
          branchId: device.branchId,
          entityId: changes[index]?.entityId ?? '',
          seq: result.seq,
        });
    }
    await pullToEnd(device, true);
    rounds += 1;
  }

  // The devices present from the start have done their first sync; the late ones do theirs during the run.
  const lateCount = Math.round(devices.length * options.lateShare);
  const early = devices.slice(lateCount);
  log(`first sync of the ${early.length} devices present from the start…`);
  await pace(early, 8, (device) => pullToEnd(device, false));

  const connections = new pg.Client({ connectionString: options.databaseUrl });
  await connections.connect();
  const database = new URL(options.databaseUrl).pathname.slice(1);
  let maxConnections = 0;
  const sampler = setInterval(() => {
    void connections
      .query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [database])
      .then((result) => (maxConnections = Math.max(maxConnections, (result.rows[0] as { n: number }).n)))
      .catch(() => undefined);
  }, 500);

  log(
    `load: ${devices.length} devices (${lateCount} arriving with a first sync), one round every ~${options.roundIntervalMs / 1000} s each, for ${options.durationMs / 1000} s`,
  );
  const started = performance.now();
  const endAt = Date.now() + options.durationMs;
  const health: number[] = [];
  const healthProbe = setInterval(() => {
    const sent = performance.now();
    void fetch(`${(instances[0] as Instance).address}/health`)
      .then((answer) => answer.arrayBuffer())
      .then(() => health.push(performance.now() - sent))
      .catch(() => undefined);
  }, 1000);
  await Promise.all(
    devices.map(async (device, index) => {
      // Spread over the interval; late devices arrive over the first half of the run.
      const arrival =
        index < lateCount ? Math.random() * options.durationMs * 0.5 : Math.random() * options.roundIntervalMs;
      await new Promise((done) => setTimeout(done, arrival));
      while (Date.now() < endAt) {
        await round(device).catch((error: unknown) => countError((error as Error).message));
        await new Promise((done) => setTimeout(done, options.roundIntervalMs * (0.5 + Math.random())));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  clearInterval(healthProbe);
  await connections.end();

  // Every device pulls to the end, then the invariants.
  await pace(devices, 8, (device) =>
    pullToEnd(device, false).catch((error: unknown) => countError((error as Error).message)),
  );
  const violations: string[] = [];
  const stored = (await server.db.execute(
    'SELECT mutation_id, count(*)::int AS n FROM mutations GROUP BY mutation_id',
  )) as unknown as { rows: { mutation_id: string; n: number }[] };
  const storedCounts = new Map(stored.rows.map((row) => [row.mutation_id, row.n]));
  for (const mutationId of pushed.keys()) {
    const count = storedCounts.get(mutationId) ?? 0;
    if (count !== 1) violations.push(`mutation ${mutationId} stored ${count} times`);
  }
  // Applied but its answer lost (a timeout): the device would send it again and be told `duplicate`.
  for (const mutationId of storedCounts.keys()) if (!pushed.has(mutationId)) countError('applied, answer lost');
  // A change that lost last-writer-wins to a newer one is acknowledged (`ignored`) but leaves the row at the newer
  // change's sequence: what each device must have seen is every changed row at the sequence head office holds now.
  const changedIds = [...new Set([...pushed.values()].map((change) => change.entityId))];
  const current = (changedIds.length === 0
    ? { rows: [] }
    : await server.db.execute(
        sql`SELECT id, branch_id, seq FROM sync_rows WHERE id IN (${sql.join(
          changedIds.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      )) as unknown as { rows: { id: string; branch_id: string; seq: string | number }[] };
  for (const device of devices)
    for (const row of current.rows)
      if (row.branch_id === device.branchId && (device.seen.get(row.id) ?? 0) < Number(row.seq))
        violations.push(`device ${device.id} never saw row ${row.id} at seq ${row.seq}`);
  return {
    rounds,
    pushes,
    pulls,
    mutations: pushed.size,
    health,
    statuses,
    errors,
    maxConnections,
    seconds,
    violations: violations.slice(0, 20).concat(violations.length > 20 ? [`… and ${violations.length - 20} more`] : []),
  };
}

export function loadReport(options: LoadOptions, result: LoadResult): string[] {
  const ms = (values: number[], p: 'p50' | 'p95' | 'p99'): string => summarize(values)[p].toFixed(0);
  return [
    `${options.devices} devices, 2 head-office instances on one PostgreSQL, ${result.seconds.toFixed(0)} s: ${result.rounds} rounds (${(result.rounds / result.seconds).toFixed(1)}/s), ${result.mutations} mutations (${(result.mutations / result.seconds).toFixed(1)}/s), ${result.pulls.length} pull pages`,
    `push latency ms: p50 ${ms(result.pushes, 'p50')}, p95 ${ms(result.pushes, 'p95')}, p99 ${ms(result.pushes, 'p99')} (${result.pushes.length} pushes of ${options.changesPerPush} changes)`,
    `pull latency ms: p50 ${ms(result.pulls, 'p50')}, p95 ${ms(result.pulls, 'p95')}, p99 ${ms(result.pulls, 'p99')}`,
    `floor: bare HTTP round trip to an instance's health route (one SELECT 1) during the run: p50 ${ms(result.health, 'p50')}, p95 ${ms(result.health, 'p95')}, p99 ${ms(result.health, 'p99')} ms`,
    `PostgreSQL connections (pg_stat_activity, this database, max sampled): ${result.maxConnections}`,
    `push answers: ${[...result.statuses].map(([status, count]) => `${status} ${count}`).join(', ')}`,
    `errors: ${result.errors.size === 0 ? 'none' : [...result.errors].map(([what, count]) => `${what} ×${count}`).join(', ')}`,
    `invariants (each pushed mutation stored once; every device saw every change of its branch): ${result.violations.length === 0 ? 'hold' : `BROKEN: ${result.violations.join('; ')}`}`,
  ];
}
