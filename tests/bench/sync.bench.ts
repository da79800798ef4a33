/**
 * `npm run bench:sync` — first sync of a branch of 50,000 persons (each with an affiliation: the
 * synced tables that exist today) over real HTTP, then an incremental sync of 1,000 offline changes.
 * The floor is a bare bulk insert of the same rows into the same kind of SQLite file (same schema,
 * pragmas and indexes, one transaction, prepared statements, no FTS, no network).
 * Target: first sync under 60 s and at least a third of the floor's rate.
 */
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { closeDatabase, openDatabase } from '../../db/connection';
import { createChangeRecorder } from '../../db/repositories/change-recorder';
import { updatePerson } from '../../db/repositories/person-repo';
import { writeSetting } from '../../db/repositories/settings-repo';
import { enrolDevice, syncRound } from '../../electron/services/sync/sync-client';
import { httpTransport } from '../../electron/services/sync/transport';
import { issueEnrolmentCode } from '../../server/auth';
import { openServerDatabase } from '../../server/db/connection';
import { buildApp } from '../../server/http/app';
import { branchRow, writeHeadOfficeRows, type HeadOfficeRow } from '../../server/sync/head-office';
import { tempDir } from '../fixtures/temp-db';

const PERSONS = Number(process.env['BENCH_PERSONS'] ?? 50_000);
const CHANGES = 1_000;
const at = '2026-01-01T00:00:00.000Z';
const system = { createdAt: at, updatedAt: at, rowVersion: 1, deletedAt: null };
const lastNames = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Dubois', 'Lambert', 'Dupont', 'Martin', 'Van den Berghe', 'Willems'];

function datasetRows(): HeadOfficeRow[] {
  const rows: HeadOfficeRow[] = [branchRow('branch-a', 'A')];
  for (let index = 0; index < PERSONS; index++) {
    const id = uuidv7();
    rows.push({
      entity: 'person',
      id,
      data: {
        niss: String(50_000_000_000 + index * 13).padStart(11, '0'), lastName: lastNames[index % 10], firstName: `Prénom${index}`,
        birthDate: '1980-05-17', sex: index % 2 ? 'M' : 'F', language: 'fr', email: null, phone: null, iban: null, branchId: 'branch-a', ...system,
      },
    });
    rows.push({ entity: 'affiliation', id: uuidv7(), data: { personId: id, companyId: null, category: 'main', startDate: '2016-01-01', endDate: null, branchId: 'branch-a', ...system } });
  }
  return rows;
}

function floorRate(rows: readonly HeadOfficeRow[]): { seconds: number; rate: number } {
  const dir = tempDir();
  const db = openDatabase(join(dir.dir, 'floor.sqlite'));
  const insertPersonRow = db.$client.prepare(
    `INSERT INTO persons (id, created_at, updated_at, row_version, deleted_at, niss, last_name, first_name, birth_date, sex, language, email, phone, iban, branch_id, search_key, compact_key, search_rowid)
     VALUES (@id, @createdAt, @updatedAt, @rowVersion, @deletedAt, @niss, @lastName, @firstName, @birthDate, @sex, @language, @email, @phone, @iban, @branchId, @lastName, @lastName, @rowid)`,
  );
  const insertAffiliation = db.$client.prepare(
    `INSERT INTO affiliations (id, created_at, updated_at, row_version, deleted_at, person_id, company_id, category, start_date, end_date, branch_id)
     VALUES (@id, @createdAt, @updatedAt, @rowVersion, @deletedAt, @personId, @companyId, @category, @startDate, @endDate, @branchId)`,
  );
  const started = performance.now();
  db.$client.pragma('foreign_keys = OFF');
  db.$client.transaction(() => {
    let rowid = 0;
    for (const row of rows) {
      if (row.entity === 'person') insertPersonRow.run({ ...row.data, id: row.id, rowid: ++rowid });
      else if (row.entity === 'affiliation') insertAffiliation.run({ ...row.data, id: row.id });
    }
  })();
  const seconds = (performance.now() - started) / 1000;
  closeDatabase(db);
  dir.cleanup();
  return { seconds, rate: rows.length / seconds };
}

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  const server = await openServerDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: join(tempDir().dir, 'pglite') });
  const rows = datasetRows();
  let started = performance.now();
  await writeHeadOfficeRows(server.db, rows);
  console.log(`server seeded with ${rows.length} rows (${server.kind}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const app = buildApp({ db: server.db });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const transport = httpTransport(address, 120_000);
  const dir = tempDir();
  const db = openDatabase(join(dir.dir, 'guichet.sqlite'));
  const deviceId = uuidv7();
  writeSetting(db, 'deviceId', deviceId);
  const { code } = await issueEnrolmentCode(server.db, 'branch-a', new Date());
  await enrolDevice({ db, transport }, code, 'bench');

  started = performance.now();
  const first = await syncRound({ db, transport, now: () => new Date(), pullLimit: 5000 });
  const firstSeconds = (performance.now() - started) / 1000;
  const firstRate = first.pulled / firstSeconds;

  const recorder = createChangeRecorder(db, { deviceId, advisorId: 'advisor-bench', now: () => new Date() });
  const ids = db.$client.prepare('SELECT id FROM persons LIMIT ?').all(CHANGES) as { id: string }[];
  ids.forEach((row, index) => updatePerson(db, recorder, row.id, { email: `bench${index}@example.be` }));
  started = performance.now();
  const incremental = await syncRound({ db, transport, now: () => new Date(), pullLimit: 5000 });
  const incrementalSeconds = (performance.now() - started) / 1000;

  const floor = floorRate(rows);
  console.log(`first sync: ${first.pulled} rows in ${firstSeconds.toFixed(2)} s = ${Math.round(firstRate)} rows/s (target < 60 s: ${firstSeconds < 60 ? 'met' : 'MISSED'})`);
  console.log(`floor (bare bulk insert, same SQLite schema): ${rows.length} rows in ${floor.seconds.toFixed(2)} s = ${Math.round(floor.rate)} rows/s`);
  console.log(`ratio to floor: ${(firstRate / floor.rate).toFixed(3)} (target >= 0.333: ${firstRate / floor.rate >= 1 / 3 ? 'met' : 'MISSED'})`);
  console.log(`incremental: pushed ${incremental.pushed}, pulled ${incremental.pulled} in ${incrementalSeconds.toFixed(2)} s = ${Math.round(incremental.pushed / incrementalSeconds)} changes/s`);

  closeDatabase(db);
  dir.cleanup();
  await app.close();
  await server.close();
}

void main();
