/**
 * `npm run server -- report NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--branch code|id]
 * --format csv|xlsx|json [--out FILE]` and `report --list`. The arguments are checked before the
 * database is opened; a bad one is a ReportUsageError (the process exits 2, nothing is written).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseIsoDate, type IsoDate } from '../../shared/domain/calendar';
import {
  defaultReportPeriod,
  reportDefinitions,
  reportFormats,
  reportNames,
  type ReportFormat,
  type ReportName,
} from '../../shared/domain/reports/report-definitions';
import type { ServerDb } from '../db/connection';
import { findBranch, listBranches } from '../sync/head-office';
import { recordReportAccess } from './report-access';
import { reportOutput } from './report-output';
import { runReport } from './run-report';

export class ReportUsageError extends Error {}

export const EARLIEST_REPORT_DATE = '1970-01-01';

export const reportUsage = `usage: report NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--branch <code|id>] --format csv|xlsx|json [--out FILE]
       report --list
NAME: ${reportNames.join(', ')}. Without --from/--to: from the first of January to today; at-date reports read --to.
xlsx needs --out.`;

export type ReportRequest =
  | { kind: 'list' }
  | {
      kind: 'run';
      name: ReportName;
      format: ReportFormat;
      from: IsoDate;
      to: IsoDate;
      branch: string | undefined;
      out: string | undefined;
    };

const refuse = (message: string): never => {
  throw new ReportUsageError(`${message}\n${reportUsage}`);
};

function dateOption(name: string, value: string | undefined, fallback: IsoDate): IsoDate {
  if (value === undefined) return fallback;
  const date = parseIsoDate(value) ?? refuse(`--${name}: expected a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  // The age bands reach 65 years back, and the calendar starts in 1900.
  if (date < EARLIEST_REPORT_DATE) refuse(`--${name}: reports start on ${EARLIEST_REPORT_DATE}`);
  return date;
}

/** Reads the command line of `report`; throws ReportUsageError on anything it cannot run. */
export function parseReportArgs(argv: readonly string[], today: IsoDate): ReportRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        list: { type: 'boolean' },
        format: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        branch: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
  const { positionals, values } = parsed;
  if (values.list === true) {
    if (positionals.length > 0) refuse('--list takes no report name');
    return { kind: 'list' };
  }
  if (positionals.length !== 1) refuse(positionals.length === 0 ? 'which report?' : 'one report at a time');
  const name = reportNames.find((candidate) => candidate === positionals[0]);
  if (name === undefined) return refuse(`unknown report ${JSON.stringify(positionals[0])}`);
  const format = reportFormats.find((candidate) => candidate === values.format);
  if (format === undefined)
    return refuse(
      values.format === undefined ? '--format is required' : `unknown format ${JSON.stringify(values.format)}`,
    );
  if (format === 'xlsx' && values.out === undefined) refuse('an xlsx report is written to a file: give --out FILE');
  const period = defaultReportPeriod(today);
  const to = dateOption('to', values.to, period.to);
  const from = dateOption(
    'from',
    values.from,
    values.to === undefined ? period.from : (`${to.slice(0, 4)}-01-01` as IsoDate),
  );
  if (from > to) refuse(`--from ${from} is after --to ${to}`);
  if (values.branch !== undefined && values.branch.trim() === '') refuse('--branch: give a branch code or id');
  return { kind: 'run', name, format, from, to, branch: values.branch, out: values.out };
}

export function reportListLines(): string[] {
  return reportNames.flatMap((name) => {
    const definition = reportDefinitions[name];
    return [
      `${name} (${definition.period === 'at-date' ? 'at --to' : '--from..--to'})`,
      `  counts: ${definition.counts}`,
      `  from: ${definition.sources.join('; ')}`,
    ];
  });
}

/**
 * Runs the report; writes it to --out or returns it for stdout. A report naming case files is
 * recorded in the access log first (one transaction), so no export leaves unrecorded.
 */
export async function reportCommand(
  db: ServerDb,
  request: Extract<ReportRequest, { kind: 'run' }>,
  now: Date,
): Promise<string | Buffer> {
  let branchId: string | undefined;
  if (request.branch !== undefined) {
    const branch = await findBranch(db, request.branch);
    if (branch === null) {
      const known = (await listBranches(db)).map((one) => one.code).join(', ');
      refuse(`no branch ${JSON.stringify(request.branch)} at head office; known branches: ${known || 'none'}`);
    }
    branchId = branch?.id;
  }
  const query = { from: request.from, to: request.to, branchId };
  const result = await db.transaction(async (tx) => {
    const read = await runReport(tx, request.name, query, now);
    await recordReportAccess(tx, read, now);
    return read;
  });
  const output = await reportOutput(result, request.format);
  if (request.out === undefined) return output;
  writeFileSync(request.out, output);
  return `${request.name}: ${result.rows.length} line(s) written to ${request.out}\n`;
}
