/** Runs a head-office report: its main query, then the branch code and name on every line. */
import { sql } from 'drizzle-orm';
import type { IsoDate } from '../../shared/domain/calendar';
import {
  reportDefinitions,
  type ReportDefinition,
  type ReportName,
  type ReportRow,
  type ReportValue,
} from '../../shared/domain/reports/report-definitions';
import type { Queryable } from '../db/connection';
import { reportSql, type ReportQuery } from './report-sql';

export type BranchLabel = { id: string; code: string; name: string };

export type ReportResult = {
  definition: ReportDefinition;
  from: IsoDate;
  to: IsoDate;
  branch: BranchLabel | null;
  generatedAt: string;
  rows: ReportRow[];
};

type RawRow = Record<string, unknown>;

async function rowsOf(db: Queryable, query: ReturnType<typeof sql>): Promise<RawRow[]> {
  // Both drivers answer `{ rows }`.
  return (((await db.execute(query)) as unknown as { rows: RawRow[] }).rows ?? []).map((row) => ({ ...row }));
}

export async function branchLabels(db: Queryable): Promise<Map<string, BranchLabel>> {
  const rows = await rowsOf(
    db,
    sql`SELECT id, data->>'code' AS code, data->>'name' AS name FROM sync_rows WHERE entity = 'branch' AND data->>'deletedAt' IS NULL`,
  );
  return new Map(
    rows.map((row) => {
      const id = String(row['id']);
      return [id, { id, code: String(row['code'] ?? ''), name: String(row['name'] ?? '') }];
    }),
  );
}

const snakeCase = (key: string): string => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

function valueOf(raw: unknown, isCount: boolean): ReportValue {
  if (raw === null || raw === undefined) return isCount ? 0 : null;
  // PostgreSQL's bigint and numeric arrive as strings from node-postgres; the figures stay exact below 2^53.
  if (isCount || typeof raw === 'number' || typeof raw === 'bigint') return Number(raw);
  return typeof raw === 'string' ? raw : JSON.stringify(raw);
}

export async function runReport(
  db: Queryable,
  name: ReportName,
  query: ReportQuery,
  generatedAt: Date,
  labels?: Map<string, BranchLabel>,
): Promise<ReportResult> {
  const definition = reportDefinitions[name];
  const branches = labels ?? (await branchLabels(db));
  const raw = await rowsOf(db, reportSql(name, query));
  const rows = raw.map((row) => {
    const branchId = row['branch_id'] === null || row['branch_id'] === undefined ? null : String(row['branch_id']);
    const label = branchId === null ? undefined : branches.get(branchId);
    const line: Record<string, ReportValue> = {
      branchCode: label?.code ?? branchId ?? 'none',
      branchName: label?.name ?? '',
    };
    for (const column of definition.columns)
      if (!(column.key in line)) line[column.key] = valueOf(row[snakeCase(column.key)], column.isCount);
    return line;
  });
  return {
    definition,
    from: query.from,
    to: query.to,
    branch: query.branchId === undefined ? null : (branches.get(query.branchId) ?? null),
    generatedAt: generatedAt.toISOString(),
    rows,
  };
}
