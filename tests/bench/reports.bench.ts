/**
 * `npm run bench:reports -- --persons 1000000`
 * Every head-office report (server/reports) on a PostgreSQL head office of N persons over six
 * branches, against the bare-SQL floor of its main query (the same statement through node-postgres,
 * rows read and dropped: no mapping, no file). Target: each report < 5 s.
 *
 * The head office is seeded on the server side (generate_series, one INSERT per entity) into the
 * database `guichet_reports_bench_<N>`, with sync_rows' secondary indexes and the report trigger set
 * aside during the load and the projections then built by `report_rebuild()`, the migration's own
 * set rebuild. A seed of the same size left by an earlier run is reused. Each person has an address,
 * an affiliation (one in ten ended), two quarters of 2026 (most paid, some partly), and some have
 * requests, plans, judicial files and category changes. DATABASE_URL names the server (its database
 * part is replaced); default postgres://postgres@127.0.0.1:5432.
 */
import { parseArgs } from 'node:util';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { IsoDate } from '../../shared/domain/calendar';
import { reportDefinitions, reportNames } from '../../shared/domain/reports/report-definitions';
import { openServerDatabase } from '../../server/db/connection';
import { reportOutput } from '../../server/reports/report-output';
import { reportSql } from '../../server/reports/report-sql';
import { branchLabels, runReport } from '../../server/reports/run-report';

const { values } = parseArgs({ options: { persons: { type: 'string', default: '100000' } } });
const persons = Number(values.persons);
if (!Number.isSafeInteger(persons) || persons < 6) {
  console.error('bench:reports: --persons must be a whole number ≥ 6');
  process.exit(2);
}
const FROM = '2026-01-01' as IsoDate;
const TO = '2026-12-06' as IsoDate;
const RUNS = 3;

const serverUrl = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test');
const name = `guichet_reports_bench_${persons}`;
const benchUrl = new URL(serverUrl);
benchUrl.pathname = `/${name}`;

async function ensureDatabase(): Promise<boolean> {
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 1 && (await isSeeded())) return true;
    // A seed interrupted half-way (its indexes set aside) is started again from an empty database.
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    return false;
  } finally {
    await admin.end();
  }
}

async function isSeeded(): Promise<boolean> {
  const client = new pg.Client({ connectionString: benchUrl.toString() });
  await client.connect();
  try {
    const seeded = await client.query(`SELECT persons FROM bench_seed WHERE persons = $1`, [persons]);
    return seeded.rowCount === 1;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

const seedStatements = (count: number): string[] => {
  const row = (entity: string, id: string, data: string, extra = ''): string =>
    `INSERT INTO sync_rows (entity, id, root_id, branch_id, data, field_meta, row_version, seq, natural_key)
     SELECT '${entity}', ${id}, 'p' || i, 'branch-' || (i % 6 + 1), ${data}, '{}'::jsonb, 1, nextval('sync_seq'), ${extra || 'NULL'}
     FROM generate_series(1, ${count}) AS i`;
  const day = (year: string, month: string, dayOfMonth: string): string =>
    `make_date(${year}, ${month}, ${dayOfMonth})::text`;
  return [
    `INSERT INTO sync_rows (entity, id, root_id, branch_id, data, field_meta, row_version, seq)
     SELECT 'branch', 'branch-' || b, NULL, NULL, jsonb_build_object('id', 'branch-' || b, 'code', 'B' || b, 'name', 'Branch ' || b, 'deletedAt', NULL), '{}'::jsonb, 1, nextval('sync_seq')
     FROM generate_series(1, 6) AS b`,
    row(
      'person',
      `'p' || i`,
      `jsonb_build_object('id', 'p' || i, 'niss', lpad(i::text, 11, '0'), 'lastName', 'Bench', 'firstName', 'Person',
        'sex', CASE WHEN i % 2 = 0 THEN 'F' ELSE 'M' END, 'birthDate', ${day('1950 + i % 55', '1 + i % 12', '1 + i % 28')},
        'language', (ARRAY['fr', 'nl', 'de'])[1 + i % 3], 'branchId', 'branch-' || (i % 6 + 1), 'deletedAt', NULL)`,
      `'person:' || lpad(i::text, 11, '0')`,
    ),
    row(
      'address',
      `'d' || i`,
      `jsonb_build_object('id', 'd' || i, 'personId', 'p' || i, 'street', 'Rue', 'houseNumber', '1',
        'postalCode', (1000 + (i::bigint * 7919) % 9000)::text, 'municipality', 'Commune', 'country', CASE WHEN i % 50 = 0 THEN 'FR' ELSE 'BE' END,
        'validFrom', '2015-01-01', 'deletedAt', NULL)`,
    ),
    row(
      'affiliation',
      `'a' || i`,
      `jsonb_build_object('id', 'a' || i, 'personId', 'p' || i,
        'category', (ARRAY['main', 'main', 'main', 'complementary', 'complementary', 'helping-spouse', 'student', 'active-pensioner'])[1 + i % 8],
        'startDate', ${day('2000 + i % 27', '1 + i % 12', '1 + i % 28')},
        'endDate', CASE WHEN i % 10 = 0 THEN ${day('2026', '1 + i % 12', '1 + i % 28')} END,
        'branchId', 'branch-' || (i % 6 + 1), 'deletedAt', NULL)`,
    ),
    ...[2, 3].flatMap((quarter) => [
      row(
        'contribution',
        `'k${quarter}-' || i`,
        `jsonb_build_object('id', 'k${quarter}-' || i, 'personId', 'p' || i, 'affiliationId', 'a' || i, 'year', 2026, 'quarter', ${quarter},
          'kind', 'provisional', 'amountCents', 80000 + i % 200000, 'feeCents', 3000 + i % 8000,
          'dueDate', '${quarter === 2 ? '2026-06-30' : '2026-09-30'}', 'status', CASE WHEN i % 40 = 0 THEN 'exempted' ELSE 'open' END,
          'structuredCommunication', '', 'deletedAt', NULL)`,
      ),
      `INSERT INTO sync_rows (entity, id, root_id, branch_id, data, field_meta, row_version, seq)
       SELECT 'payment', 'y${quarter}-' || i, 'p' || i, 'branch-' || (i % 6 + 1),
         jsonb_build_object('id', 'y${quarter}-' || i, 'personId', 'p' || i, 'date', '2026-07-15', 'contributionId', 'k${quarter}-' || i,
           'amountCents', CASE WHEN i % 10 = 1 THEN 40000 ELSE 83000 + i % 200000 + i % 8000 END, 'deletedAt', NULL),
         '{}'::jsonb, 1, nextval('sync_seq')
       FROM generate_series(1, ${count}) AS i WHERE i % 5 <> 0`,
    ]),
    `INSERT INTO sync_rows (entity, id, root_id, branch_id, data, field_meta, row_version, seq)
     SELECT 'request', 'r' || i, 'p' || i, 'branch-' || (i % 6 + 1),
       jsonb_build_object('id', 'r' || i, 'personId', 'p' || i, 'kind', (ARRAY['exemption', 'surcharge-waiver', 'provisional-reduction'])[1 + (i / 7) % 3],
         'status', (ARRAY['filed', 'granted', 'refused'])[1 + (i / 11) % 3], 'filedOn', ${day('2026', '1 + i % 11', '1 + i % 28')}, 'effectCents', i % 90000, 'deletedAt', NULL),
       '{}'::jsonb, 1, nextval('sync_seq')
     FROM generate_series(1, ${count}) AS i WHERE i % 20 = 3`,
    `INSERT INTO sync_rows (entity, id, root_id, branch_id, data, field_meta, row_version, seq)
     SELECT 'paymentPlan', 'q' || i, 'p' || i, 'branch-' || (i % 6 + 1),
       jsonb_build_object('id', 'q' || i, 'personId', 'p' || i, 'status', (ARRAY['active', 'active', 'lapsed', 'completed'])[1 + i % 4],
         'contributionIds', jsonb_build_array('k2-' || i, 'k3-' || i), 'termsKind', 'months', 'startDate', ${day('2026', '1 + i % 11', '1 + i % 28')},
         'totalCents', 160000 + i % 50000, 'deletedAt', NULL),
       '{}'::jsonb, 1, nextval('sync_seq')
     FROM generate_series(1, ${count}) AS i WHERE i % 5 = 0 AND i % 3 = 0`,
    `INSERT INTO sync_rows (entity, id, root_id, branch_id, data, field_meta, row_version, seq)
     SELECT 'judicialFile', 'j' || i, 'p' || i, 'branch-' || (i % 6 + 1),
       jsonb_build_object('id', 'j' || i, 'personId', 'p' || i, 'kind', (ARRAY['contrainte', 'citation'])[1 + i % 2], 'agentKind', 'bailiff',
         'status', CASE WHEN i % 4 = 0 THEN 'closed' ELSE 'open' END, 'closure', CASE WHEN i % 4 = 0 THEN 'paid' END,
         'contributionIds', jsonb_build_array('k2-' || i), 'handedOverOn', ${day('2026', '1 + i % 11', '1 + i % 28')}, 'claimedCents', 90000 + i % 9000, 'deletedAt', NULL),
       '{}'::jsonb, 1, nextval('sync_seq')
     FROM generate_series(1, ${count}) AS i WHERE i % 5 = 0 AND i % 3 = 1`,
    `INSERT INTO sync_rows (entity, id, root_id, branch_id, data, field_meta, row_version, seq)
     SELECT 'situationChange', 's' || i, 'p' || i, 'branch-' || (i % 6 + 1),
       jsonb_build_object('id', 's' || i, 'personId', 'p' || i, 'affiliationId', 'a' || i, 'kind', 'category',
         'effectiveDate', ${day('2026', '1 + i % 11', '1 + i % 28')}, 'details', jsonb_build_object('fromCategory', 'main', 'toCategory', 'complementary'), 'deletedAt', NULL),
       '{}'::jsonb, 1, nextval('sync_seq')
     FROM generate_series(1, ${count}) AS i WHERE i % 50 = 7`,
  ];
};

async function seed(): Promise<void> {
  const client = new pg.Client({ connectionString: benchUrl.toString() });
  await client.connect();
  const step = async (label: string, statement: string): Promise<void> => {
    const started = performance.now();
    await client.query(statement);
    console.log(`  seed ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  try {
    await client.query("SET maintenance_work_mem = '256MB'");
    const indexes = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'sync_rows' AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    );
    await client.query('TRUNCATE sync_rows, report_affiliations, report_contributions');
    for (const index of indexes.rows) await client.query(`DROP INDEX ${index.indexname}`);
    await client.query('ALTER TABLE sync_rows DISABLE TRIGGER report_project');
    for (const [position, statement] of seedStatements(persons).entries())
      await step(`rows ${position + 1}`, statement);
    for (const index of indexes.rows) await step(index.indexname, index.indexdef);
    await client.query('ALTER TABLE sync_rows ENABLE TRIGGER report_project');
    await step('analyze sync_rows', 'ANALYZE sync_rows');
    await step('report_rebuild()', 'SELECT report_rebuild()');
    await step('analyze', 'ANALYZE');
    await client.query('CREATE TABLE IF NOT EXISTS bench_seed (persons integer NOT NULL)');
    await client.query('TRUNCATE bench_seed');
    await client.query('INSERT INTO bench_seed VALUES ($1)', [persons]);
  } finally {
    await client.end();
  }
}

const median = (timings: number[]): number =>
  [...timings].sort((left, right) => left - right)[Math.floor(timings.length / 2)] ?? 0;

async function main(): Promise<void> {
  const isSeeded = await ensureDatabase();
  const database = await openServerDatabase({ kind: 'postgres', url: benchUrl.toString(), poolSize: 2 });
  try {
    if (isSeeded) console.log(`reusing the seed of ${name}`);
    else {
      console.log(`seeding ${name} (${persons} persons over six branches)`);
      const started = performance.now();
      await seed();
      console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const floorClient = new pg.Client({ connectionString: benchUrl.toString() });
    await floorClient.connect();
    const sizes = await floorClient.query<{ entity: string; rows: string }>(
      `SELECT 'sync_rows' AS entity, count(*)::text AS rows FROM sync_rows
       UNION ALL SELECT 'report_affiliations', count(*)::text FROM report_affiliations
       UNION ALL SELECT 'report_contributions', count(*)::text FROM report_contributions`,
    );
    console.log(sizes.rows.map((row) => `${row.entity}: ${row.rows}`).join(', '));
    const dialect = new PgDialect();
    const labels = await branchLabels(database.db);
    console.log('report               lines   report (median of 3, with its file)   bare SQL floor');
    for (const reportName of reportNames) {
      const query = { from: FROM, to: TO, branchId: undefined };
      const { sql: text, params } = dialect.sqlToQuery(reportSql(reportName, query));
      const format = reportDefinitions[reportName].hasPersonalData ? 'csv' : 'xlsx';
      const floors: number[] = [];
      const totals: number[] = [];
      let lines = 0;
      for (let run = 0; run < RUNS; run += 1) {
        let started = performance.now();
        await floorClient.query(text, params);
        floors.push(performance.now() - started);
        started = performance.now();
        const result = await runReport(database.db, reportName, query, new Date(), labels);
        // A list of case files runs to hundreds of thousands of lines: it is measured as CSV.
        await reportOutput(result, format);
        totals.push(performance.now() - started);
        lines = result.rows.length;
      }
      const total = median(totals);
      console.log(
        `${reportName.padEnd(20)} ${String(lines).padStart(7)}   ${(total / 1000).toFixed(2).padStart(8)} s ${format.padEnd(4)} ${total < 5000 ? '(< 5 s)' : '(OVER 5 s)'}          ${(median(floors) / 1000).toFixed(2)} s`,
      );
    }
    await floorClient.end();
  } finally {
    await database.close();
  }
}

await main();
