/**
 * A demo head office: the demo data lives at head office and devices get it by their first sync, as
 * an installed app would. Builds the data set with the demo generator (db/seed/demo-data.ts) in a
 * temporary SQLite file, writes every synced row (advisors with their password hash, so sign-in works
 * offline on a fresh device) into head office, and issues enrolment codes.
 *
 *   tsx scripts/head-office-demo.ts [--data DIR] [--port N] [--persons N] [--branch CODE] [--codes N]
 *
 * Serves on 127.0.0.1:PORT (0 = any free port), on PostgreSQL when DATABASE_URL is set, else on PGlite
 * in DIR (default .profiles/head-office); seeds only an empty head office. Prints one line
 * `head office ready {json}` with the URL, the branch and the codes, for scripts/start.mjs and the e2e fixture.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { closeDatabase, openDatabase, type GuichetDb } from '../db/connection';
import { fundDay } from '../shared/domain/fund-day';
import { createSilentRecorder } from '../db/repositories/change-recorder';
import { syncedTables } from '../db/repositories/sync-repo';
import { localSearchColumns } from '../db/repositories/search-index';
import { DEMO_PASSWORD, seedDemoData } from '../db/seed/demo-data';
import { issueEnrolmentCode } from '../server/auth';
import { openServerDatabase, type DatabaseTarget, type ServerDb } from '../server/db/connection';
import { syncRows } from '../server/db/schema';
import { buildApp } from '../server/http/app';
import { fundRetentionFrom } from '../server/fund-retention';
import { writeHeadOfficeRows, type HeadOfficeRow } from '../server/sync/head-office';

export { DEMO_PASSWORD };

export type HeadOfficeSeed = {
  persons: number;
  today: string;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
};

/** Every synced row of a local database, as head office stores it; advisors carry their credentials. */
export function headOfficeRowsOf(db: GuichetDb): HeadOfficeRow[] {
  const credentials = new Map(
    db.$client
      .prepare<[], { advisor_id: string; password_hash: string; salt: string; params: string; updated_at: string }>(
        'SELECT * FROM advisor_credentials',
      )
      .all()
      .map(
        (row) =>
          [
            row.advisor_id,
            { passwordHash: row.password_hash, salt: row.salt, params: row.params, updatedAt: row.updated_at },
          ] as const,
      ),
  );
  const rows: HeadOfficeRow[] = [];
  for (const [entity, info] of Object.entries(syncedTables)) {
    for (const row of db.select().from(info.table).all() as Record<string, unknown>[]) {
      const data = Object.fromEntries(Object.entries(row).filter(([key]) => !localSearchColumns.has(key)));
      if (entity === 'advisor' && credentials.has(String(row['id'])))
        data['credentials'] = credentials.get(String(row['id']));
      rows.push({ entity, id: String(row['id']), data });
    }
  }
  return rows;
}

/** Builds the demo data set in a throw-away SQLite file and writes it into head office. */
export async function seedHeadOffice(serverDb: ServerDb, options: HeadOfficeSeed): Promise<{ rows: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-head-office-seed-'));
  try {
    const db = openDatabase(join(dir, 'seed.sqlite'));
    try {
      const recorder = createSilentRecorder(db, {
        deviceId: 'head-office-seed',
        advisorId: null,
        now: () => new Date(),
      });
      seedDemoData(db, recorder, {
        persons: options.persons,
        today: options.today,
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      const rows = headOfficeRowsOf(db);
      await writeHeadOfficeRows(serverDb, rows);
      return { rows: rows.length };
    } finally {
      closeDatabase(db);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Branch code → id, as head office knows them. */
export async function headOfficeBranches(serverDb: ServerDb): Promise<Map<string, string>> {
  const rows = await serverDb
    .select({ id: syncRows.id, data: syncRows.data })
    .from(syncRows)
    .where(eq(syncRows.entity, 'branch'));
  return new Map(rows.map((row) => [String((row.data as Record<string, unknown>)['code']), row.id]));
}

export async function issueDemoCodes(
  serverDb: ServerDb,
  branchCode: string,
  count: number,
  now: Date,
): Promise<string[]> {
  const branchId = (await headOfficeBranches(serverDb)).get(branchCode);
  if (!branchId) throw new Error(`head office has no branch ${branchCode}`);
  const codes: string[] = [];
  for (let i = 0; i < count; i++) codes.push((await issueEnrolmentCode(serverDb, branchId, now)).code);
  return codes;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string', default: process.env['GUICHET_SERVER_DATA'] ?? '.profiles/head-office' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: process.env['GUICHET_HEAD_OFFICE_PORT'] ?? '0' },
      persons: { type: 'string', default: '2000' },
      branch: { type: 'string', default: 'BXL' },
      codes: { type: 'string', default: '1' },
      seed: { type: 'string' },
    },
  });
  const url = process.env['DATABASE_URL'];
  let target: DatabaseTarget;
  if (url) target = { kind: 'postgres', url };
  else {
    mkdirSync(resolve(values.data), { recursive: true });
    target = { kind: 'pglite', dataDir: resolve(values.data) };
  }
  const database = await openServerDatabase(target);
  const isEmpty = (await headOfficeBranches(database.db)).size === 0;
  if (isEmpty) {
    const started = performance.now();
    const persons = Number(values.persons);
    const { rows } = await seedHeadOffice(database.db, {
      persons,
      today: fundDay(new Date()),
      ...(values.seed ? { seed: Number(values.seed) } : {}),
      onProgress: (done, total) => process.stderr.write(`\rhead office: demo data ${done}/${total} persons`),
    });
    process.stderr.write(
      `\nhead office: ${rows} rows of demo data in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
  const codes = await issueDemoCodes(database.db, values.branch, Number(values.codes), new Date());
  const app = buildApp({ db: database.db, retention: fundRetentionFrom(process.env['GUICHET_FUND_RETENTION']) });
  const address = await app.listen({ host: values.host, port: Number(values.port) });
  process.stdout.write(
    `head office ready ${JSON.stringify({ url: address, branch: values.branch, codes, seeded: isEmpty })}\n`,
  );

  let isClosing = false;
  const shutdown = async (): Promise<void> => {
    if (isClosing) return;
    isClosing = true;
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`head office: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
