/**
 * `npm run bench:sync` — first sync of a branch of 50,000 persons, each with an affiliation and ten
 * years of quarterly contributions and their payments (written at head office, as a migration from
 * the old system would), over real HTTP; then an incremental sync of 1,000 offline changes.
 * The floor is a bare bulk insert of the same rows into the same kind of SQLite file (same schema,
 * pragmas, indexes and encryption as the profile it is compared with, one transaction per block,
 * prepared statements, no FTS, no network), measured twice: indexes kept up to date, and plain
 * indexes set aside then rebuilt as the first sync does; the ratio is judged against the faster.
 * Target: first sync under 60 s and at least a third of the floor's rate.
 * BENCH_PERSONS and BENCH_YEARS scale it down for a quick profile; DATABASE_URL selects PostgreSQL.
 * BENCH_DATABASE=name (PostgreSQL only) seeds head office into that database next to DATABASE_URL's
 * and keeps it: the next run with the same name and size skips the seeding (7 to 15 minutes for the
 * 50,000-person branch, against 2 or 3 for the syncs). BENCH_FLOORS=off skips the floors (no ratio).
 * Head office runs in its own process (`npm run server`), as it does in the field, where it is another
 * machine: PostgreSQL, head office and the device then share this machine's two cores, and the device's
 * process does only what a device does. BENCH_SERVER=inline runs it inside the bench's process instead
 * (the figures of session 2), which makes the device wait for head office's work on its own core.
 * BENCH_ENCRYPTION=both (default) runs the first sync four times, into an encrypted profile (the app's
 * way), a plain one, a plain one and an encrypted one, and prints the cost of encryption from the sums;
 * `on` or `off` runs one of them once.
 * The device reaches head office through a link proxy on a thread of this process (tests/bench/link-proxy.ts,
 * link-proxy-thread.ts: the link carries bytes while the device writes) that
 * counts the bytes each way: `npm run bench:sync -- --link 20mbit --rtt 60ms` makes it a branch's line
 * (rate each way, half the round trip of delay each way); `--drop-after <bytes>` cuts it once during
 * the last first sync, which then resumes (pages fetched twice are counted). Answers are compressed
 * as head office offers it; the bench prints the bytes on the wire and decoded, the link's floor for
 * them, and the encodings compared on sampled pages with their CPU cost.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { v7 as uuidv7 } from 'uuid';
import { closeDatabase, type GuichetDb } from '../../db/connection';
import { balancedOrder, encryptionModes, modeName, openBenchDatabase } from './encryption-ab';
import { createChangeRecorder } from '../../db/repositories/change-recorder';
import { updatePerson } from '../../db/repositories/person-repo';
import { writeSetting } from '../../db/repositories/settings-repo';
import {
  APPLY_CHUNK as APPLY_CHUNK_DEFAULT,
  BULK_PULL_LIMIT,
  DEFAULT_PULL_LIMIT,
} from '../../electron/services/sync/pull-pages';
import { enrolDevice } from '../../electron/services/sync/device-credentials';
import { syncRound } from '../../electron/services/sync/sync-client';
import { startLinkProxyThread } from './link-proxy-thread';
import { encodingReport, linkArguments, meteredTransport, phaseReport } from './wire-meter';
import { issueEnrolmentCode } from '../../server/auth';
import { openServerDatabase, type ServerDatabase } from '../../server/db/connection';
import { buildApp } from '../../server/http/app';
import { advisorRow, branchRow, writeHeadOfficeRows, type HeadOfficeRow } from '../../server/sync/head-office';
import { caseFileRows, type CaseFileShape } from '../fixtures/head-office-case-files';
import { tempDir } from '../fixtures/temp-db';
import { POSTGRES_URL, createTestDatabase } from '../server/harness';
import { floorReport } from './sync-floors';

const PERSONS = Number(process.env['BENCH_PERSONS'] ?? 50_000);
const YEARS = Number(process.env['BENCH_YEARS'] ?? 10);
/** The app's own page sizes unless BENCH_PULL_LIMIT sets one (DEFAULT_PULL_LIMIT, then BULK_PULL_LIMIT in a large first sync). */
const PULL_LIMIT = process.env['BENCH_PULL_LIMIT'] ? Number(process.env['BENCH_PULL_LIMIT']) : undefined;
/** Rows per local transaction: the app's APPLY_CHUNK unless BENCH_APPLY_CHUNK sets one. */
const APPLY_CHUNK = process.env['BENCH_APPLY_CHUNK'] ? Number(process.env['BENCH_APPLY_CHUNK']) : undefined;
const CHANGES = 1_000;
const IS_INLINE = process.env['BENCH_SERVER'] === 'inline';
/** BENCH_DEFER=off keeps the indexes up to date row by row during the first sync, to compare. */
const DEFER = process.env['BENCH_DEFER'] === 'off' ? { deferIndexesFromRows: Number.POSITIVE_INFINITY } : {};
/** Persons generated and written at a time, so that four million rows never sit in memory at once. */
const BLOCK = 500;
const lastNames = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Dubois',
  'Lambert',
  'Dupont',
  'Martin',
  'Van den Berghe',
  'Willems',
];
const shape: CaseFileShape = {
  years: YEARS,
  branchId: 'branch-a',
  nissBase: 50_000_000_000,
  lastName: (index) => lastNames[index % 10] as string,
};

function* blocks(): Generator<HeadOfficeRow[]> {
  for (let start = 0; start < PERSONS; start += BLOCK) {
    const rows: HeadOfficeRow[] = [];
    for (let index = start; index < Math.min(PERSONS, start + BLOCK); index++) rows.push(...caseFileRows(index, shape));
    yield rows;
  }
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', () => done()));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

/** `npm run server` in a child process on this database; resolves once /health answers. */
async function startServerProcess(env: NodeJS.ProcessEnv): Promise<{ address: string; stop(): Promise<void> }> {
  const port = await freePort();
  // BENCH_SERVER_PROFILE=dir writes head office's CPU profile there (node --cpu-prof), to see where its time goes.
  const profile = process.env['BENCH_SERVER_PROFILE']
    ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env['BENCH_SERVER_PROFILE'])}`]
    : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', resolve('server/main.ts'), 'serve'],
    {
      env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const address = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`head office exited with ${child.exitCode}`);
    const answer = await fetch(`${address}/health`).catch(() => null);
    if (answer?.ok) break;
    if (Date.now() > deadline) throw new Error('head office did not answer /health in 60 s');
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    address,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

type BenchDatabase = { url?: string; open(): Promise<ServerDatabase>; dispose(): Promise<void> };

/** BENCH_DATABASE's database, created when missing; kept at the end. */
async function keptDatabase(name: string): Promise<BenchDatabase> {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error('BENCH_DATABASE: lower-case letters, digits and _ only');
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    open: () => openServerDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 }),
    dispose: async () => undefined,
  };
}

/** The branch and its case files at head office, unless a kept database already holds exactly them. */
async function seed(server: ServerDatabase, isKept: boolean): Promise<void> {
  const expected = 1 + PERSONS * (2 + 8 * YEARS);
  if (isKept) {
    const counted = await server.db.execute(sql`SELECT count(*)::int AS n FROM sync_rows WHERE entity <> 'advisor'`);
    const present = (counted as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0;
    if (present === expected) {
      console.log(
        `head office: the kept database already holds the ${present} rows (${PERSONS} persons, ${YEARS} years): seeding skipped`,
      );
      return;
    }
    if (present > 0)
      await server.db.execute(
        sql`TRUNCATE devices, enrolment_codes, assignments, sync_rows, mutations, conflicts, evictions`,
      );
  }
  const started = performance.now();
  let seeded = 1;
  await writeHeadOfficeRows(server.db, [branchRow('branch-a', 'A')]);
  for (const rows of blocks()) {
    await writeHeadOfficeRows(server.db, rows);
    seeded += rows.length;
  }
  console.log(
    `server seeded with ${seeded} rows (${PERSONS} persons, ${YEARS} years; ${server.kind}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function main(): Promise<void> {
  // On PostgreSQL, a throw-away database next to DATABASE_URL's (dropped at the end), never that database itself.
  const keptName = process.env['BENCH_DATABASE'];
  if (keptName && !process.env['DATABASE_URL']) throw new Error('BENCH_DATABASE needs DATABASE_URL (PostgreSQL)');
  const throwAway: BenchDatabase | null = keptName
    ? await keptDatabase(keptName)
    : process.env['DATABASE_URL']
      ? await createTestDatabase('postgres')
      : null;
  const pgliteDir = join(tempDir().dir, 'pglite');
  const server: ServerDatabase = throwAway
    ? await throwAway.open()
    : await openServerDatabase({ kind: 'pglite', dataDir: pgliteDir });
  await seed(server, keptName !== undefined);
  // Head office accepts a change only from an advisor of the device's branch.
  await writeHeadOfficeRows(server.db, [advisorRow('advisor-bench', 'branch-a')]);
  let started: number;
  // Encrypted, plain, plain, encrypted: a load that drifts weighs on both alike, and the last device,
  // which the incremental sync below uses, is encrypted like the app's.
  const chosen = encryptionModes(process.env['BENCH_ENCRYPTION']);
  const modes = chosen.length === 2 ? balancedOrder(chosen).map((isEncrypted) => !isEncrypted) : chosen;
  const codes: string[] = [];
  for (const _mode of modes) codes.push((await issueEnrolmentCode(server.db, 'branch-a', new Date())).code);

  let address: string;
  let stopServer: () => Promise<void>;
  if (IS_INLINE) {
    const app = buildApp({ db: server.db });
    address = await app.listen({ host: '127.0.0.1', port: 0 });
    stopServer = () => app.close();
  } else {
    // PGlite is one process's: the bench lets go of it before head office opens it.
    if (!throwAway) await server.close();
    const { DATABASE_URL: _url, ...env } = process.env;
    const child = await startServerProcess(
      throwAway?.url ? { ...env, DATABASE_URL: throwAway.url } : { ...env, GUICHET_SERVER_DATA: pgliteDir },
    );
    address = child.address;
    stopServer = child.stop;
  }
  console.log(
    `head office: ${IS_INLINE ? 'inside the bench process (BENCH_SERVER=inline)' : 'its own process (npm run server)'}, pull pages of ${PULL_LIMIT ?? `${DEFAULT_PULL_LIMIT}, then ${BULK_PULL_LIMIT} once the first sync is known to be large,`} rows written ${APPLY_CHUNK ?? APPLY_CHUNK_DEFAULT} a transaction, indexes ${DEFER.deferIndexesFromRows ? 'kept up to date row by row (BENCH_DEFER=off)' : 'deferred on a large pull'}`,
  );
  const link = linkArguments(process.argv.slice(2));
  const proxy = await startLinkProxyThread(address, {
    bitsPerSecond: link.bitsPerSecond,
    roundTripMs: link.roundTripMs,
  });
  // One page in 40 kept to weigh the encodings on afterwards (a 50,000-person first sync is about 800 pages).
  const metered = meteredTransport(proxy.address, 300_000, 40);
  const { transport } = metered;
  const wireSince = (before: { up: number; down: number }) => ({
    up: proxy.counters.up - before.up,
    down: proxy.counters.down - before.down,
  });
  const reports: string[] = [];
  let firstDecodedBytes = 0;
  const loadBefore = loadavg()[0] as number;
  const firstSyncs = new Map<boolean, { seconds: number; pulled: number; runs: number }>();
  let device: { db: GuichetDb; deviceId: string; cleanup(): void } | undefined;
  for (const [index, isEncrypted] of modes.entries()) {
    device?.cleanup();
    const dir = tempDir();
    const db = openBenchDatabase(dir.dir, isEncrypted);
    const deviceId = uuidv7();
    writeSetting(db, 'deviceId', deviceId);
    await enrolDevice({ db, transport }, codes[index] as string, `bench-${modeName(isEncrypted)}`);
    metered.take();
    const wireBefore = { ...proxy.counters };
    const isCut = link.dropAfterBytes !== undefined && index === modes.length - 1;
    if (isCut) await proxy.dropAfter(link.dropAfterBytes as number);
    started = performance.now();
    const round = { pulled: 0 };
    // A cut link fails the round; the next one resumes from the cursor, as the scheduler's next round would.
    for (let attempt = 0; ; attempt++) {
      // Rows a cut round committed before the cut: they count, they are not pulled again.
      let committed = 0;
      const done = await syncRound({
        db,
        transport,
        now: () => new Date(),
        onProgress: (progress) => {
          if (progress.phase === 'pull') committed = progress.done;
        },
        ...(PULL_LIMIT ? { pullLimit: PULL_LIMIT } : {}),
        ...(APPLY_CHUNK ? { applyChunk: APPLY_CHUNK } : {}),
        ...DEFER,
      }).catch((error: unknown) => {
        if (!isCut || attempt >= 3) throw error;
        console.log(`link cut during the first sync (${(error as Error).message}): next round resumes`);
        round.pulled += committed;
        return null;
      });
      if (done) {
        round.pulled += done.pulled;
        break;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const tally = metered.take();
    firstDecodedBytes = tally.responseBytes;
    reports.push(
      phaseReport(
        `first sync (${modeName(isEncrypted)}${isCut ? ', link cut once' : ''})`,
        tally,
        wireSince(wireBefore),
        link,
        seconds,
      ),
    );
    firstSyncs.set(isEncrypted, {
      seconds: (firstSyncs.get(isEncrypted)?.seconds ?? 0) + seconds,
      pulled: round.pulled,
      runs: (firstSyncs.get(isEncrypted)?.runs ?? 0) + 1,
    });
    console.log(`first sync into a ${modeName(isEncrypted)} profile: ${round.pulled} rows in ${seconds.toFixed(2)} s`);
    device = {
      db,
      deviceId,
      cleanup: () => {
        closeDatabase(db);
        dir.cleanup();
      },
    };
  }
  if (!device) throw new Error('no device synced');
  const { db, deviceId } = device;
  // The figures below are the app's (encrypted) profile's when it was measured.
  const appFirst = firstSyncs.get(true) ?? firstSyncs.get(false) ?? { seconds: 0, pulled: 0, runs: 1 };
  const first = { pulled: appFirst.pulled };
  const firstSeconds = appFirst.seconds / appFirst.runs;
  const firstRate = first.pulled / firstSeconds;
  const plainFirst = firstSyncs.get(false);
  const encryptedFirst = firstSyncs.get(true);
  if (plainFirst && encryptedFirst) {
    const ratio = encryptedFirst.seconds / plainFirst.seconds;
    console.log(
      `cost of encryption at rest, first sync (sum of ${plainFirst.runs} runs each): plain ${plainFirst.seconds.toFixed(2)} s, encrypted ${encryptedFirst.seconds.toFixed(2)} s → ${ratio.toFixed(2)}x (target ≤ 1.3x: ${ratio <= 1.3 ? 'met' : 'NOT met'})`,
    );
  }

  const recorder = createChangeRecorder(db, { deviceId, advisorId: 'advisor-bench', now: () => new Date() });
  const ids = db.$client.prepare('SELECT id FROM persons LIMIT ?').all(CHANGES) as { id: string }[];
  // New addresses at each run: a kept head-office database already holds the previous run's.
  const run = Date.now().toString(36);
  ids.forEach((row, index) => updatePerson(db, recorder, row.id, { email: `bench${index}.${run}@example.be` }));
  metered.take();
  const incrementalWire = { ...proxy.counters };
  started = performance.now();
  const incremental = await syncRound({
    db,
    transport,
    now: () => new Date(),
    ...(PULL_LIMIT ? { pullLimit: PULL_LIMIT } : {}),
  });
  const incrementalSeconds = (performance.now() - started) / 1000;
  reports.push(
    phaseReport(
      `incremental (${CHANGES} changes)`,
      metered.take(),
      wireSince(incrementalWire),
      link,
      incrementalSeconds,
    ),
  );
  await proxy.close();
  for (const line of [...reports, ...encodingReport(metered.samples, firstDecodedBytes)]) console.log(line);
  if (link.isShaped)
    console.log(
      `targets over this link: first sync < 180 s: ${firstSeconds < 180 ? 'met' : 'MISSED'}; incremental < 5 s: ${incrementalSeconds < 5 ? 'met' : 'MISSED'}`,
    );
  const loadAfter = loadavg()[0] as number;
  device.cleanup();
  await stopServer();
  if (IS_INLINE || throwAway) await server.close();

  if (process.env['BENCH_FLOORS'] === 'off') {
    // For quick iterations on the sync alone: no ratio without the floors.
    console.log(
      `first sync: ${first.pulled} rows in ${firstSeconds.toFixed(2)} s = ${Math.round(firstRate)} rows/s (floors not measured: BENCH_FLOORS=off)`,
    );
    console.log(
      `incremental: pushed ${incremental.pushed}, pulled ${incremental.pulled} in ${incrementalSeconds.toFixed(2)} s`,
    );
    await throwAway?.dispose();
    return;
  }
  console.log(
    `first sync: ${first.pulled} rows in ${firstSeconds.toFixed(2)} s = ${Math.round(firstRate)} rows/s (target < 60 s: ${firstSeconds < 60 ? 'met' : 'MISSED'})`,
  );
  for (const line of floorReport(firstRate, blocks, firstSyncs.has(true))) console.log(line);
  console.log(
    `incremental: pushed ${incremental.pushed}, pulled ${incremental.pulled} in ${incrementalSeconds.toFixed(2)} s = ${Math.round(incremental.pushed / incrementalSeconds)} changes/s`,
  );
  console.log(
    `machine load (1-min average, 2 cores shared): ${loadBefore.toFixed(2)} before the first sync, ${loadAfter.toFixed(2)} after the incremental one, ${(loadavg()[0] as number).toFixed(2)} at the end`,
  );
  await throwAway?.dispose();
}

void main();
