/**
 * Two browser-mode clients synced through one head office, for the two-client e2e.
 *
 * One head office (scripts/head-office-demo.ts on a random port, demo data of which about 60 persons
 * belong to the branch the clients are enrolled in) on a database of its own: a throw-away PostgreSQL
 * database next to DATABASE_URL's when that is set (as in CI), else PGlite in a temporary folder. Never
 * DATABASE_URL's database itself: a head office that is not empty is not seeded again, and a pair started
 * on an earlier run's data would find its persons already edited (same IBAN typed again: no change, so
 * no conflict, which is how the two-client spec once failed in CI). Two clients on
 * separate temporary profiles, each enrolled with its own one-time code and past its first sync.
 * Each client reaches head office through its own small TCP proxy: `cutNetwork(client)` closes it
 * (a real network cut: connections are refused and open ones dropped), `restoreNetwork(client)` opens
 * it again on the same port and asks that client to sync at once, as a reconnect would.
 *
 * Worker-scoped: starting everything takes a few seconds, so the tests of a spec share one pair.
 */
import { test as base, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserMode, stopChild, type BrowserModeApp } from './browser-mode';
import { openProcessLog, teeToLog } from './process-log';
import { applyDatabaseKey } from '../../db/profile-encryption';
import { profileKeyOf } from '../fixtures/profile-key';

export { expect };
export type { BrowserModeApp };

/** The branch both clients are enrolled in, and one of its demo advisors (every demo advisor signs in everywhere). */
export const syncBranch = 'NAM';
export const syncAdvisor = { username: 'nam.conseiller', password: 'guichet-demo', displayName: 'Conseiller NAM' };

export type SyncedPair = {
  /** `env`: what `npm run server -- …` needs to reach the same database (DATABASE_URL when on PostgreSQL). */
  headOffice: { url: string; env: NodeJS.ProcessEnv };
  clientA: BrowserModeApp;
  clientB: BrowserModeApp;
  /** Cuts this client's network to head office (its proxy refuses and drops connections). */
  cutNetwork(client: BrowserModeApp): Promise<void>;
  /** Restores it and nudges the client to sync now (what a reconnect does); resolves when that round ended. */
  restoreNetwork(client: BrowserModeApp): Promise<void>;
  /** Runs a sync round on this client now and answers its status. */
  syncNow(client: BrowserModeApp): Promise<SyncStatus>;
};

type SyncStatus = {
  isEnrolled: boolean;
  isOnline: boolean;
  lastSyncAt: string | null;
  pendingCount: number;
  openConflicts: number;
  lastErrorKey: string | null;
};

/** A person present on both clients: its id, names and NISS, read from the profiles' SQLite files. */
export type SharedPerson = {
  id: string;
  lastName: string;
  firstName: string;
  niss: string;
  email: string | null;
  phone: string | null;
  iban: string | null;
};

export function pickSharedPerson(pair: SyncedPair, index = 0): SharedPerson {
  const read = (client: BrowserModeApp) => {
    const db = new Database(join(client.profileDir, 'guichet.sqlite'), { readonly: true, fileMustExist: true });
    applyDatabaseKey(db, profileKeyOf(client.profileDir));
    try {
      return db
        .prepare<[], SharedPerson>(
          'SELECT id, last_name AS lastName, first_name AS firstName, niss, email, phone, iban FROM persons WHERE deleted_at IS NULL ORDER BY id',
        )
        .all();
    } finally {
      db.close();
    }
  };
  const onB = new Set(read(pair.clientB).map((person) => person.id));
  const shared = read(pair.clientA).filter((person) => onB.has(person.id));
  const person = shared[index];
  if (!person) throw new Error(`no shared person at index ${index} (${shared.length} shared)`);
  return person;
}

/** A TCP proxy in front of head office that can be cut and restored on the same port. */
class NetworkLink {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    if (this.server) return;
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await closed;
  }
}

/** Head office's database for one pair, created empty and dropped with it (see the file comment). */
async function freshHeadOfficeDatabase(): Promise<{ env: NodeJS.ProcessEnv; drop(): Promise<void> }> {
  const { DATABASE_URL: serverUrl, ...rest } = process.env;
  if (!serverUrl) return { env: rest, drop: async () => undefined };
  const name = `guichet_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { ...rest, DATABASE_URL: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

const headOfficePersons = 120;
const headOfficeSeed = 20261126;

export async function startHeadOffice(
  dataDir: string,
  codes: number,
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; codes: string[]; stop(): Promise<void> }> {
  const log = openProcessLog({ process: 'head-office', demoPersons: headOfficePersons, seed: headOfficeSeed });
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/head-office-demo.ts',
      '--data',
      dataDir,
      '--port',
      '0',
      '--persons',
      String(headOfficePersons),
      '--branch',
      syncBranch,
      '--codes',
      String(codes),
      '--seed',
      String(headOfficeSeed),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env },
  );
  teeToLog(child, log);
  const ready = await new Promise<{ url: string; codes: string[] }>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('head office did not start in 90 s')), 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /head office ready (\{.*\})\n/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(JSON.parse(match[1] as string) as { url: string; codes: string[] });
      }
    });
    child.once('exit', (code) => reject(new Error(`head office exited with ${code}`)));
  });
  return {
    ...ready,
    async stop() {
      await stopChild(child);
    },
  };
}

async function statusOf(
  client: BrowserModeApp,
  channel: 'sync.status' | 'sync.now' = 'sync.status',
): Promise<SyncStatus> {
  const reply = await client.call<SyncStatus>(channel, {});
  if (!reply.ok) throw new Error(`${channel} refused: ${reply.error.messageKey}`);
  return reply.value;
}

/** Waits until the client enrolled and finished its first (initial) sync. */
export async function firstSyncDone(client: BrowserModeApp): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const status = await statusOf(client);
    if (status.isEnrolled && status.lastSyncAt !== null) return;
    if (Date.now() > deadline)
      throw new Error(`first sync not done in 90 s (last error ${status.lastErrorKey ?? 'none'})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * One teardown step, given at most STOP_STEP_MS: a step that hangs (a process that never reports its
 * exit, a connection that never closes) must not keep the others, and the worker, waiting.
 */
const STOP_STEP_MS = 20_000;
async function boundedStop(stop: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      process.stderr.write(`sync fixture: a teardown step took over ${STOP_STEP_MS} ms; going on\n`);
      resolve();
    }, STOP_STEP_MS);
  });
  await Promise.race([stop().catch(() => undefined), late]);
  clearTimeout(timer);
}

export async function startSyncedPair(): Promise<{ pair: SyncedPair; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'guichet-e2e-head-office-'));
  const stops: (() => Promise<void>)[] = [];
  try {
    const database = await freshHeadOfficeDatabase();
    stops.push(() => database.drop());
    const headOffice = await startHeadOffice(dataDir, 2, database.env);
    stops.push(() => headOffice.stop());
    const target = new URL(headOffice.url);
    const links = new Map<BrowserModeApp, NetworkLink>();
    const clients: BrowserModeApp[] = [];
    for (const [index, code] of headOffice.codes.entries()) {
      const link = new NetworkLink({ host: target.hostname, port: Number(target.port) });
      await link.open();
      stops.push(() => link.cut());
      const name = index === 0 ? 'A' : 'B';
      const started = await startBrowserMode({
        demoPersons: 0,
        // A short interval so the other client's changes arrive within seconds, as the e2e expects.
        args: [
          '--head-office',
          `http://127.0.0.1:${link.port}`,
          '--enrol-code',
          code,
          '--device-name',
          `Poste e2e ${name}`,
          '--sync-interval',
          '2000',
        ],
      });
      stops.push(() => started.stop());
      links.set(started.app, link);
      clients.push(started.app);
    }
    await Promise.all(clients.map(firstSyncDone));
    const linkOf = (client: BrowserModeApp): NetworkLink => {
      const link = links.get(client);
      if (!link) throw new Error('not a client of this pair');
      return link;
    };
    const pair: SyncedPair = {
      headOffice: { url: headOffice.url, env: database.env },
      clientA: clients[0] as BrowserModeApp,
      clientB: clients[1] as BrowserModeApp,
      cutNetwork: (client) => linkOf(client).cut(),
      async restoreNetwork(client) {
        await linkOf(client).open();
        await statusOf(client, 'sync.now');
      },
      syncNow: (client) => statusOf(client, 'sync.now'),
    };
    return {
      pair,
      async stop() {
        for (const stop of stops.reverse()) await boundedStop(stop);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const stop of stops.reverse()) await boundedStop(stop);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export const test = base.extend<object, { pair: SyncedPair }>({
  pair: [
    async ({}, use) => {
      const started = await startSyncedPair();
      await use(started.pair);
      await started.stop();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
});
