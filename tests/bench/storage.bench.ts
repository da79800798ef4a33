/**
 * `npm run bench:storage -- --persons N --days D`: a simulated stretch of counter work on one device,
 * synced once a day to a real head office (Fastify over HTTP, on the local PostgreSQL when reachable,
 * PGlite otherwise), to see whether the profile grows with the data the work adds and no faster.
 *
 * Head office is seeded with N demo persons; the device enrols in the branch holding most of them and
 * makes its first sync. Then, each working day, its advisor does a day's counter work through the
 * app's own channels (notes, contact changes, tasks, payments, a payment plan, letters) and the device
 * syncs at the end of the day; the clock is simulated and shared by head office and the device. The
 * profile's size is printed at the start, every 30 days and at the end, by part, with the growth of the
 * file against the growth of its data (case files, letters and the rest, without outbox and audit).
 * Target: file growth ≤ data growth.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { syncRows } from '../../server/db/schema';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import { lettersArchiveDir } from '../../electron/services/letters/letters-module';
import { readRetention } from '../../db/repositories/storage-repo';
import { storageParts, type StorageParts } from '../../db/repositories/storage-report-repo';
import { syncedTables } from '../../db/repositories/sync-repo';
import { headOfficeBranches, issueDemoCodes, seedHeadOffice } from '../../scripts/head-office-demo';
import { createRandom } from '../../db/seed/random';
import { call } from '../fixtures/core';
import { createTestDatabase, isPostgresReachable, startApp } from '../server/harness';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '50000' },
    days: { type: 'string', default: '365' },
  },
});
const PERSONS = Number(values.persons);
const DAYS = Number(values.days);
if (!Number.isSafeInteger(PERSONS) || PERSONS < 10 || !Number.isSafeInteger(DAYS) || DAYS < 1) {
  console.error('bench:storage: --persons (at least 10) and --days (at least 1) must be whole numbers');
  process.exit(2);
}

/** A day's work of one counter advisor: persons seen, and what comes of those visits. */
const DAY = { notes: 12, contactChanges: 4, tasks: 3, payments: 2, plans: 1, letters: 2 };

const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`;
const caseFileTables = new Set(Object.values(syncedTables).map((table) => table.name));
/**
 * The data the work adds: case files (rows, indexes, search), letters, and the device's own tables
 * (each synced row's field clocks in sync_row_state, the sync history, settings, access log…). Not data: the outbox, the audit lines and free pages, the
 * copies whose growth is the question.
 */
const dataBytes = (parts: StorageParts): number => parts.caseFilesBytes + parts.lettersBytes + parts.otherBytes;
const ratio = (growth: number, data: number): string => (data > 0 ? `, ratio ${(growth / data).toFixed(2)}x` : '');

function directoryBytes(dir: string): number {
  try {
    return readdirSync(dir, { withFileTypes: true }).reduce(
      (sum, entry) =>
        sum + (entry.isFile() ? statSync(join(dir, entry.name)).size : directoryBytes(join(dir, entry.name))),
      0,
    );
  } catch {
    return 0;
  }
}

/** The database file itself; its write-ahead log is reported apart (a fixed-size journal SQLite reuses, not data). */
function profileBytes(file: string): number {
  const size = (path: string): number => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  return size(file);
}

/** Bytes by table, its indexes included (dbstat), to show where the data added went. */
function tableBytes(sqlite: AppCore['db']['$client']): Map<string, number> {
  const rows = sqlite
    .prepare<[], { name: string; bytes: number }>(
      `SELECT coalesce(m.tbl_name, s.name) AS name, sum(s.pgsize) AS bytes FROM dbstat s
       LEFT JOIN sqlite_master m ON m.name = s.name GROUP BY 1`,
    )
    .all();
  return new Map(rows.map((row) => [row.name, row.bytes]));
}

function tableGrowth(before: Map<string, number>, after: Map<string, number>): string {
  return [...after]
    .map(([name, bytes]) => [name, bytes - (before.get(name) ?? 0)] as const)
    .filter(([, grown]) => grown !== 0)
    .sort((left, right) => right[1] - left[1])
    .map(([name, grown]) => `${name} ${(grown / 1024).toFixed(0)} KiB`)
    .join(', ');
}

async function main(): Promise<void> {
  const backend = (await isPostgresReachable()) ? 'postgres' : 'pglite';
  const started = performance.now();
  let clock = new Date('2027-01-04T07:00:00.000Z').getTime();
  const now = (): Date => new Date(clock);
  const database = await createTestDatabase(backend);
  const opened = await database.open();
  const profileDir = mkdtempSync(join(tmpdir(), 'guichet-bench-storage-'));
  let core: AppCore | undefined;
  try {
    await seedHeadOffice(opened.db, {
      persons: PERSONS,
      today: '2027-01-04',
      seed: 20270104,
      onProgress: (done, total) => process.stderr.write(`\rhead office: ${done}/${total} persons`),
    });
    process.stderr.write('\n');
    console.log(
      `bench:storage: head office seeded with ${PERSONS} persons in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    const branches = await headOfficeBranches(opened.db);
    const counts = await opened.db
      .select({ branchId: syncRows.branchId, n: sql<number>`count(*)::int` })
      .from(syncRows)
      .where(eq(syncRows.entity, 'person'))
      .groupBy(syncRows.branchId);
    const largest = counts.reduce((best, row) => (row.n > best.n ? row : best));
    const branchCode = [...branches].find(([, id]) => id === largest.branchId)?.[0] ?? 'BXL';
    const server = startApp(opened, now);
    const url = await server.listen({ host: '127.0.0.1', port: 0 });
    const [code] = await issueDemoCodes(opened.db, branchCode, 1, now());
    core = openAppCore({
      profileDir,
      host: 'browser',
      now,
      headOffice: { url, deviceName: 'bench', intervalMs: 3_600_000, enrolCode: code ?? '' },
    });
    const device = core;
    const file = join(profileDir, 'guichet.sqlite');
    const sqlite = device.db.$client;
    for (let waited = 0; ; waited += 1) {
      const status = await call(device, 'sync.status', {});
      if (status.isEnrolled && status.lastSyncAt !== null && !status.isSyncing) break;
      if (waited > 20 * 60 * 10) throw new Error('first sync did not finish');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const persons = sqlite
      .prepare<[], { id: string; row_version: number }>(
        'SELECT id, row_version FROM persons WHERE deleted_at IS NULL ORDER BY id',
      )
      .all()
      .map((row) => row.id);
    console.log(
      `bench:storage: ${PERSONS} persons at head office (${backend}); device of branch ${branchCode} holds ${persons.length} persons after its first sync (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
    const username = `${branchCode.toLowerCase()}.conseiller`;
    const random = createRandom(7);
    const start = storageParts(sqlite, caseFileTables);
    const tablesAtStart = tableBytes(sqlite);
    sqlite.pragma('wal_checkpoint(PASSIVE)');
    const startFile = profileBytes(file);
    const retention = readRetention(device.db);
    const kept = (parts: StorageParts): number => parts.outboxKeptBytes + parts.auditKeptBytes;
    const report = (label: string): void => {
      // What the write-ahead log holds goes into the file first, as SQLite's own checkpoints do.
      sqlite.pragma('wal_checkpoint(PASSIVE)');
      const parts = storageParts(sqlite, caseFileTables);
      const fileGrowth = profileBytes(file) - startFile;
      const dataGrowth = dataBytes(parts) - dataBytes(start);
      const keptGrowth = kept(parts) - kept(start);
      console.log(
        [
          `${label.padEnd(8)} file ${mib(profileBytes(file)).padStart(10)} (+ wal ${mib(statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0)})`,
          `case files ${mib(parts.caseFilesBytes)}`,
          `letters ${mib(parts.lettersBytes)} (+ PDFs ${mib(directoryBytes(lettersArchiveDir(profileDir)))})`,
          `outbox pending ${mib(parts.outboxPendingBytes)} / kept ${mib(parts.outboxKeptBytes)} (${parts.outboxPending}/${parts.outboxKept} records)`,
          `audit pending ${mib(parts.auditPendingBytes)} / kept ${mib(parts.auditKeptBytes)} / device-only ${mib(parts.auditDeviceOnlyBytes)} (${parts.auditLines} lines, ${parts.auditDeviceOnly} device-only)`,
          `other ${mib(parts.otherBytes)}, free ${mib(parts.freeBytes)}`,
          `data added ${mib(dataGrowth)}, file growth ${mib(fileGrowth)}${ratio(fileGrowth, dataGrowth)}`,
          `kept for support ${retention.acknowledgedKeepDays} days: ${mib(kept(parts))} (growth without it ${mib(fileGrowth - keptGrowth)}${ratio(fileGrowth - keptGrowth, dataGrowth)})`,
        ].join(' | '),
      );
    };
    report('start');
    const pick = (): string => persons[random.integer(0, persons.length - 1)] as string;
    const isoDay = (): string => now().toISOString().slice(0, 10);
    const failures = new Map<string, number>();
    const attempt = async (what: string, work: () => Promise<unknown>): Promise<void> => {
      try {
        await work();
      } catch (error) {
        const key = `${what}: ${(error as { contractError?: { messageKey?: string } }).contractError?.messageKey ?? (error as Error).message}`;
        failures.set(key, (failures.get(key) ?? 0) + 1);
      }
    };
    const dayStart = clock;
    for (let day = 1; day <= DAYS; day++) {
      clock = dayStart + (day - 1) * 86_400_000;
      const weekday = now().getUTCDay();
      if (weekday !== 0 && weekday !== 6) {
        clock += 60 * 60_000;
        await call(device, 'session.signIn', { username, password: 'guichet-demo' });
        const tick = (): void => {
          clock += 2 * 60_000;
        };
        for (let i = 0; i < DAY.notes; i++, tick())
          await attempt('note', () =>
            call(device, 'caseFile.addNote', {
              kind: 'person',
              id: pick(),
              channel: 'appointment',
              subject: 'Passage au guichet',
              body: 'Question sur les cotisations provisoires; explications données et documents remis.',
            }),
          );
        for (let i = 0; i < DAY.contactChanges; i++, tick()) {
          const id = pick();
          const row = sqlite
            .prepare<[string], { row_version: number }>('SELECT row_version FROM persons WHERE id = ?')
            .get(id);
          await attempt('contact', () =>
            call(device, 'caseFile.updatePerson', {
              id,
              rowVersion: row?.row_version ?? 1,
              changes: {
                phone: `+32 4${random.integer(70, 99)} ${random.integer(10, 99)} ${random.integer(10, 99)} ${random.integer(10, 99)}`,
              },
            }),
          );
        }
        for (let i = 0; i < DAY.tasks; i++, tick())
          await attempt('task', () =>
            call(device, 'task.create', {
              kind: 'person',
              id: pick(),
              taskKind: 'follow-up',
              title: 'Rappeler pour le plan',
              dueDate: new Date(clock + 7 * 86_400_000).toISOString().slice(0, 10),
            }),
          );
        for (let i = 0; i < DAY.payments; i++, tick())
          await attempt('payment', () =>
            call(device, 'payment.record', {
              kind: 'person',
              id: pick(),
              date: isoDay(),
              amountCents: random.integer(50, 900) * 100,
              structuredCommunication: null,
            }),
          );
        for (let i = 0; i < DAY.plans; i++, tick()) {
          const ref = { kind: 'person' as const, id: pick() };
          await attempt('plan', async () => {
            const debts = await call(device, 'paymentPlan.openDebts', ref);
            if (debts.debts.length === 0) return;
            const plan = await call(device, 'paymentPlan.save', {
              ...ref,
              contributionIds: debts.debts.map((debt) => debt.contributionId),
              terms: { kind: 'months', months: 6 },
            });
            await call(device, 'paymentPlan.propose', { planId: plan.id });
          });
        }
        for (let i = 0; i < DAY.letters; i++, tick())
          await attempt('letter', () =>
            call(device, 'letters.issue', {
              source: 'case-file',
              caseFile: { kind: 'person', id: pick() },
              kind: 'account-statement',
              params: {},
            }),
          );
        clock += 8 * 60 * 60_000;
        const status = await call(device, 'sync.now', {});
        if (status.lastErrorKey !== null)
          failures.set(`sync: ${status.lastErrorKey}`, (failures.get(`sync: ${status.lastErrorKey}`) ?? 0) + 1);
      }
      if (day % 30 === 0 && day !== DAYS) report(`day ${day}`);
      process.stderr.write(`\rday ${day}/${DAYS}`);
    }
    process.stderr.write('\n');
    report('end');
    const end = storageParts(sqlite, caseFileTables);
    const fileGrowth = profileBytes(file) - startFile;
    const dataGrowth = dataBytes(end) - dataBytes(start);
    const keptGrowth = kept(end) - kept(start);
    const windowsGrowth = keptGrowth + end.auditDeviceOnlyBytes - start.auditDeviceOnlyBytes;
    console.log(
      `bench:storage: ${DAYS} days; data added ${mib(dataGrowth)}; file growth ${mib(fileGrowth)}${ratio(fileGrowth, dataGrowth)}` +
        `; kept for support ${retention.acknowledgedKeepDays} days: ${mib(kept(end))}` +
        `; device-only audit lines (kept ${retention.deviceAuditKeepDays} days): ${mib(end.auditDeviceOnlyBytes)}` +
        `; growth without the support window ${mib(fileGrowth - keptGrowth)}${ratio(fileGrowth - keptGrowth, dataGrowth)}` +
        `; without both bounded windows ${mib(fileGrowth - windowsGrowth)}${ratio(fileGrowth - windowsGrowth, dataGrowth)} (target ≤ 1.00x)` +
        `; ${((performance.now() - started) / 1000).toFixed(0)} s in all`,
    );
    const grew = (part: (parts: StorageParts) => number): string => mib(part(end) - part(start));
    console.log(
      `bench:storage: growth by part: case files ${grew((p) => p.caseFilesBytes)}, letters ${grew((p) => p.lettersBytes)}` +
        `, row sync state, history and settings ${grew((p) => p.otherBytes)} (data); outbox pending ${grew((p) => p.outboxPendingBytes)}` +
        `, outbox kept ${grew((p) => p.outboxKeptBytes)}, audit pending ${grew((p) => p.auditPendingBytes)}, audit kept ${grew((p) => p.auditKeptBytes)}` +
        `, device-only audit ${grew((p) => p.auditDeviceOnlyBytes)}, free pages ${grew((p) => p.freeBytes)} (not data)`,
    );
    console.log(`bench:storage: growth by table (indexes included): ${tableGrowth(tablesAtStart, tableBytes(sqlite))}`);
    if (failures.size > 0)
      console.log(
        `refused along the way (counted, not fatal): ${[...failures].map(([key, n]) => `${key} ×${n}`).join('; ')}`,
      );
    await server.close();
  } finally {
    core?.close();
    await database.dispose();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

await main();
