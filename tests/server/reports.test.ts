/**
 * Head-office reports on a real database: every report's figures are those of the rows it counts
 * (recomputed in TypeScript from the definitions), the branches sum to the national figures, and the
 * projections the sync_rows trigger keeps equal a rebuild from scratch after updates, deletions and
 * a case file moving branch.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import readXlsxFile from 'read-excel-file/node';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../shared/domain/calendar';
import { reportDefinitions, reportNames, type ReportName } from '../../shared/domain/reports/report-definitions';
import type { ServerDatabase } from '../../server/db/connection';
import { readAccessLog } from '../../server/access-log/access-log';
import { parseReportArgs, reportCommand } from '../../server/reports/report-command';
import { runReport, type ReportResult } from '../../server/reports/run-report';
import { moveCaseFile, saveRows, withNaturalKey, type StoredRow } from '../../server/sync/rows';
import { reportBranches, reportFund, fundSeed, type FundRow } from '../fixtures/report-fund';
import { expectedReport, tallyAdd, type Tally } from '../fixtures/report-oracle';
import { createTestDatabase, isPostgresReachable, type Backend, type TestDatabase } from './harness';

const backends: Backend[] = [...((await isPostgresReachable()) ? (['postgres'] as const) : []), 'pglite'];
const from = '2026-01-01' as IsoDate;
const to = '2026-12-06' as IsoDate;

let seq = 0;
function stored(row: FundRow): StoredRow {
  seq += 1;
  return withNaturalKey({ ...row, fieldMeta: {}, rowVersion: 1, seq });
}

export function tallyOf(result: ReportResult): Tally {
  const tally: Tally = new Map();
  const columns = result.definition.columns.filter((column) => column.key !== 'branchName');
  for (const row of result.rows)
    tallyAdd(
      tally,
      columns.filter((column) => !column.isCount).map((column) => row[column.key]),
      columns.filter((column) => column.isCount).map((column) => Number(row[column.key])),
    );
  return tally;
}

/** The national figures summed over the branch dimension, to compare with the branches' own runs. */
function withoutBranch(tally: Tally): Tally {
  const summed: Tally = new Map();
  for (const [key, figures] of tally) tallyAdd(summed, (JSON.parse(key) as unknown[]).slice(1), figures);
  return summed;
}

const sorted = (tally: Tally): [string, number[]][] => [...tally].sort(([left], [right]) => left.localeCompare(right));

async function projections(database: ServerDatabase): Promise<unknown[]> {
  const read = async (query: ReturnType<typeof sql>): Promise<unknown[]> =>
    ((await database.db.execute(query)) as unknown as { rows: unknown[] }).rows.map((row) => ({ ...(row as object) }));
  return [
    await read(sql`SELECT * FROM report_affiliations ORDER BY id`),
    await read(sql`SELECT * FROM report_contributions ORDER BY id`),
  ];
}

describe.each(backends)('head-office reports on %s', (backend) => {
  let testDatabase: TestDatabase;
  let database: ServerDatabase;
  beforeAll(async () => {
    testDatabase = await createTestDatabase(backend);
    database = await testDatabase.open();
  }, 60_000);
  afterAll(async () => {
    await testDatabase.dispose();
  });

  it('counts what its definition says, and the branches sum to the national figures', async () => {
    await fc.assert(
      fc.asyncProperty(fundSeed, async (seed) => {
        await testDatabase.truncate();
        const rows = reportFund(seed, 45);
        await saveRows(database.db, rows.map(stored));
        for (const name of reportNames) {
          const national = await runReport(database.db, name, { from, to, branchId: undefined }, new Date());
          expect(sorted(tallyOf(national)), name).toEqual(sorted(expectedReport(name, rows, from, to)));
          const branches: Tally = new Map();
          for (const branch of reportBranches) {
            const own = await runReport(database.db, name, { from, to, branchId: branch.id }, new Date());
            expect(own.rows.every((row) => row['branchCode'] === branch.code)).toBe(true);
            for (const [key, figures] of tallyOf(own)) tallyAdd(branches, JSON.parse(key) as unknown[], figures);
          }
          expect(sorted(withoutBranch(branches)), name).toEqual(sorted(withoutBranch(tallyOf(national))));
        }
        // The list of debtors adds up to the debts report, branch by branch.
        const byBranch = async (name: ReportName): Promise<Tally> => {
          const tally: Tally = new Map();
          const result = await runReport(database.db, name, { from, to, branchId: undefined }, new Date());
          for (const row of result.rows)
            tallyAdd(tally, [row['branchCode']], [Number(row['debts']), Number(row['outstandingCents'])]);
          return tally;
        };
        expect(sorted(await byBranch('debtors'))).toEqual(sorted(await byBranch('debts')));
      }),
      { numRuns: backend === 'postgres' ? 6 : 2 },
    );
  }, 120_000);

  it('keeps the projections as a rebuild from sync_rows would make them, through updates, deletions and moves', async () => {
    await testDatabase.truncate();
    const rows = reportFund(7, 60);
    // Children before their case file, as a device whose push was split may send them.
    await saveRows(database.db, [...rows].reverse().map(stored));
    const changed = rows.flatMap((row, index): FundRow[] => {
      if (row.entity === 'payment' && index % 3 === 0)
        return [{ ...row, data: { ...row.data, contributionId: `${row.rootId}-contribution-2` } }];
      if (row.entity === 'affiliation' && index % 4 === 0)
        return [{ ...row, data: { ...row.data, deletedAt: '2026-06-01T00:00:00Z' } }];
      if (row.entity === 'paymentPlan') return [{ ...row, data: { ...row.data, status: 'lapsed' } }];
      if (row.entity === 'person' && index % 5 === 0)
        return [{ ...row, data: { ...row.data, sex: 'F', birthDate: '1999-02-28' } }];
      if (row.entity === 'address' && index % 2 === 0)
        return [{ ...row, data: { ...row.data, postalCode: '3500', validFrom: '2026-11-30' } }];
      return [];
    });
    await saveRows(database.db, changed.map(stored));
    await database.db.execute(sql`DELETE FROM sync_rows WHERE entity = 'payment' AND id LIKE '%-payment-1'`);
    const moved = rows.find((row) => row.entity === 'person' && row.branchId === reportBranches[0].id);
    if (moved) await moveCaseFile(database.db, moved.id, reportBranches[0].id, reportBranches[1].id);

    const kept = await projections(database);
    expect((kept[0] as unknown[]).length).toBeGreaterThan(0);
    await database.db.execute(sql`SELECT report_rebuild()`);
    expect(await projections(database)).toEqual(kept);
  }, 60_000);

  it('writes CSV, JSON and XLSX (figures, then period, date and definitions), and records each case file a debtors export names', async () => {
    await testDatabase.truncate();
    const rows = reportFund(11, 40);
    await saveRows(database.db, rows.map(stored));
    const folder = mkdtempSync(join(tmpdir(), 'guichet-reports-'));
    const now = new Date('2026-12-06T10:00:00Z');
    try {
      const run = (args: string[]) => {
        const request = parseReportArgs(args, to);
        if (request.kind !== 'run') throw new Error('a report run was expected');
        return reportCommand(database.db, request, now);
      };
      const expected = await runReport(database.db, 'debtors', { from, to, branchId: undefined }, now);
      expect(expected.rows.length).toBeGreaterThan(0);
      const columns = expected.definition.columns;

      const csv = String(await run(['debtors', '--to', to, '--format', 'csv']));
      const lines = csv.split('\r\n');
      expect(lines[0]).toBe(columns.map((column) => column.header).join(','));
      expect(csv.endsWith('\r\n')).toBe(true);
      // A name with a newline stays one quoted field; one starting like a formula is defused.
      expect(csv).toMatch(/,"[^"]* Person\n\d+",/);
      expect(csv).not.toMatch(/(^|,)=Peeters/m);

      const json = JSON.parse(String(await run(['debtors', '--to', to, '--format', 'json']))) as { rows: unknown[] };
      expect(json.rows).toEqual(expected.rows);

      const file = join(folder, 'debtors.xlsx');
      await run(['debtors', '--to', to, '--format', 'xlsx', '--out', file]);
      const sheets = await readXlsxFile(readFileSync(file));
      expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Report', 'Definitions']);
      expect(sheets[0]?.data).toEqual([
        columns.map((column) => column.header),
        ...expected.rows.map((row) => columns.map((column) => row[column.key])),
      ]);
      const definitions = new Map(sheets[1]?.data.map((line) => [line[0], line[1]]));
      expect(definitions.get('at date')).toBe(to);
      expect(definitions.get('generated at')).toBe(now.toISOString());
      expect(definitions.get('counts')).toBe(expected.definition.counts);

      // Three exports, each naming every debtor once.
      const first = expected.rows[0];
      const kind = first?.['caseFileKind'] === 'company' ? 'company' : 'person';
      const accesses = await readAccessLog(database.db, { caseFile: { kind, id: String(first?.['caseFileId']) } });
      expect(
        accesses.filter((entry) => entry.action === 'caseFile.export' && entry.deviceId === 'head-office'),
      ).toHaveLength(3);
      const total = (await database.db.execute(sql`SELECT count(*)::integer AS n FROM access_log`)) as unknown as {
        rows: { n: number }[];
      };
      expect(total.rows[0]?.n).toBe(3 * expected.rows.length);
      // Counts name nobody: nothing recorded.
      await run(['debts', '--format', 'csv']);
      const after = (await database.db.execute(sql`SELECT count(*)::integer AS n FROM access_log`)) as unknown as {
        rows: { n: number }[];
      };
      expect(after.rows[0]?.n).toBe(3 * expected.rows.length);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('lists the six reports, each with what it counts and from which tables', () => {
    for (const name of [
      'affiliates',
      'starters-cessations',
      'contributions',
      'debts',
      'recovery',
      'requests',
    ] as const) {
      const definition = reportDefinitions[name satisfies ReportName];
      expect(definition.counts.length).toBeGreaterThan(40);
      expect(definition.sources.length).toBeGreaterThan(0);
    }
  });
});
