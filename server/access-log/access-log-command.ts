/**
 * `npm run server -- access-log --niss NISS [--json] [--from DATE] [--to DATE]`: every access to that
 * person's case file (and to the companies they hold a mandate in), oldest first, with the advisor,
 * the device, when and what. `--case` takes an id or an enterprise number the same way. Prints ids,
 * advisor and device names and what was done: never the person's data.
 */
import { z } from 'zod';
import { AssignmentRefusal, findCaseFile } from '../sync/assignments';
import type { ServerDb } from '../db/connection';
import { readAccessLog, type AccessLogLine } from './access-log';

const usage =
  'usage: access-log (--niss <NISS> | --case <id|enterprise number>) [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD]';

/** A day (the whole day from midnight UTC) or an instant. */
const bound = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export type AccessLogCommandOptions = {
  niss?: string | undefined;
  case?: string | undefined;
  json?: boolean | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

function boundOrRefuse(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!bound.safeParse(value).success) throw new Error(`--${name}: expected YYYY-MM-DD or an ISO timestamp\n${usage}`);
  return value;
}

/** `--to 2026-12-06` includes that whole day. */
function dayAfter(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const next = new Date(`${value}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

function line(entry: AccessLogLine): string {
  const advisor = entry.advisorId === null ? 'no advisor' : `${entry.advisorName ?? '?'} (${entry.advisorId})`;
  const device = `${entry.deviceName ?? '?'} (${entry.deviceId})`;
  const what = [entry.action, entry.detail, entry.source === null ? null : `from ${entry.source}`]
    .filter((part) => part !== null)
    .join(' ');
  const file = entry.caseFile.kind === 'company' ? `  company ${entry.caseFile.id}` : '';
  return `${entry.at}  ${advisor}  ${device}  ${what}${file}`;
}

export async function accessLogCommand(db: ServerDb, options: AccessLogCommandOptions): Promise<string[]> {
  const identifier = options.niss ?? options.case;
  if (identifier === undefined || (options.niss !== undefined && options.case !== undefined)) throw new Error(usage);
  const from = boundOrRefuse('from', options.from);
  const to = boundOrRefuse('to', options.to);
  let caseFile;
  try {
    caseFile = await findCaseFile(db, identifier);
  } catch (error) {
    if (error instanceof AssignmentRefusal)
      throw new Error(
        error.reason === 'ambiguous-case-file'
          ? 'more than one case file answers to that number: give its id with --case'
          : 'no case file with that NISS, id or enterprise number',
      );
    throw error;
  }
  const kind = caseFile.entity === 'company' ? 'company' : 'person';
  const entries = await readAccessLog(db, {
    caseFile: { kind, id: caseFile.rootId },
    from,
    to: to === undefined ? undefined : dayAfter(to),
  });
  if (options.json) return [JSON.stringify({ caseFile: { kind, id: caseFile.rootId }, accesses: entries }, null, 2)];
  if (entries.length === 0) return [`no access recorded to ${kind} case file ${caseFile.rootId}`];
  return [`${entries.length} access(es) to ${kind} case file ${caseFile.rootId}:`, ...entries.map(line)];
}
