/**
 * `npm run server` — head office's sync service. Subcommands:
 *   serve (default)            listen on HOST:PORT (127.0.0.1:8787)
 *   enrol --branch <code|id>   print a one-time enrolment code for a device of that branch (code as NAM, or its id)
 *   devices [--branch <code|id>]  list enrolled devices (id, branch, name, enrolled, revoked, assigned case files)
 *   assign --device <id> --case <id|NISS|enterprise number>     hand a case file of another branch to a device
 *   unassign --device <id> --case <id|NISS|enterprise number>   take it back (the device drops it at its next pull)
 *   revoke --device <id> [--wipe]  refuse a lost or stolen device from its next call on; with --wipe the
 *                              device is told at that call to erase its data, and confirms (see `devices`)
 *   escrow-key init --out <file>   make head office's key-escrow pair: private key to <file>, public to <file>.pub
 *   recover-key --device <id> --private-key <file> --out <file>
 *                              open the database key the device escrowed (support station; docs/operations.md)
 *   import-statement <file>    import a CODA or camt.053 bank statement: book the payments it matches, queue the others
 *   import-events <file>       import a life-events file (one JSON line per event): report per line, skip known events
 *   unmatched                  list the unmatched queue (ids, amounts, reasons)
 *   allocate-payment --entry <id> (--contribution <id> | --case <id|NISS|enterprise number>) [--note <text>]
 *                              book an entry of the queue to a contribution, or as a credit of a case file
 *   access-log (--niss <NISS> | --case <id|enterprise number>) [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 *                              who opened that case file (and the companies of its mandates): when, advisor, device, what
 *   report NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--branch <code|id>] --format csv|xlsx|json [--out FILE]
 *                              a statistics report over every branch; `report --list` names them and what they count.
 *                              Bad arguments exit 2.
 * DATABASE_URL selects PostgreSQL; without it an embedded PGlite keeps its data in GUICHET_SERVER_DATA
 * (default ./server-data). GUICHET_ESCROW_PUBLIC_KEY names the escrow public key file given to devices
 * at enrolment (without it no device escrows its key).
 */
import { parseArgs } from 'node:util';
import { accessLogCommand } from './access-log/access-log-command';
import { listDevices } from './auth';
import { deviceLine, revokeCommand } from './device-command';
import { branchOrRefuse, enrolCommand } from './enrol-command';
import { AssignmentRefusal, assignCaseFile, unassignCaseFile } from './sync/assignments';
import { openServerDatabase, type DatabaseTarget, type ServerDb } from './db/connection';
import { buildApp } from './http/app';
import { fundRetentionFrom } from './fund-retention';
import { escrowKeyInitCommand, escrowPublicKeyFromFile, recoverKeyCommand } from './escrow/escrow-commands';
import { checkedEscrowPublicKey } from './escrow/escrow-key';
import { importStatementCommand } from './statement-import/import-statement-command';
import { importEventsCommand } from './life-events/import-events-command';
import { allocatePaymentCommand, unmatchedCommand } from './statement-import/unmatched-command';
import { parseReportArgs, reportCommand, reportListLines, ReportUsageError } from './reports/report-command';
import { fundDay } from '../shared/domain/fund-day';

function targetFromEnv(): DatabaseTarget {
  const url = process.env['DATABASE_URL'];
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: process.env['GUICHET_SERVER_DATA'] ?? './server-data' };
}

async function reportMain(argv: string[]): Promise<void> {
  const now = new Date();
  const request = parseReportArgs(argv, fundDay(now));
  if (request.kind === 'list') {
    reportListLines().forEach((line) => void process.stdout.write(`${line}\n`));
    return;
  }
  const database = await openServerDatabase(targetFromEnv());
  try {
    process.stdout.write(await reportCommand(database.db, request, now));
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'report') return reportMain(argv.slice(1));
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      branch: { type: 'string' },
      device: { type: 'string' },
      case: { type: 'string' },
      entry: { type: 'string' },
      contribution: { type: 'string' },
      note: { type: 'string' },
      niss: { type: 'string' },
      json: { type: 'boolean' },
      from: { type: 'string' },
      to: { type: 'string' },
      wipe: { type: 'boolean' },
      out: { type: 'string' },
      'private-key': { type: 'string' },
    },
  });
  const command = positionals[0] ?? 'serve';
  // Needs no database: the key pair is made on the support station.
  if (command === 'escrow-key') {
    if (positionals[1] !== 'init') throw new Error('usage: escrow-key init --out <private key file>');
    escrowKeyInitCommand(values.out).forEach((line) => void process.stdout.write(`${line}\n`));
    return;
  }
  const escrowPublicKey = escrowPublicKeyFromFile(process.env['GUICHET_ESCROW_PUBLIC_KEY']);
  const database = await openServerDatabase(targetFromEnv());

  if (command !== 'serve') {
    try {
      await runAdministration(database.db, command, values, positionals[1]);
    } finally {
      await database.close();
    }
    return;
  }

  const app = buildApp({
    db: database.db,
    isLogging: true,
    retention: fundRetentionFrom(process.env['GUICHET_FUND_RETENTION']),
    ...(escrowPublicKey === undefined ? {} : { escrowPublicKey: checkedEscrowPublicKey(escrowPublicKey) }),
  });
  const shutdown = async (): Promise<void> => {
    await app.close();
    await database.close();
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ host: process.env['HOST'] ?? '127.0.0.1', port: Number(process.env['PORT'] ?? 8787) });
}

const refusals: Record<AssignmentRefusal['reason'], string> = {
  'unknown-device': 'no device with that id (see `devices`)',
  'revoked-device': 'that device is revoked',
  'unknown-case-file': 'no case file with that id, NISS or enterprise number',
  'ambiguous-case-file': 'more than one case file answers to that number: give its id',
};

/** Head office's device administration; prints what it did, never personal data (ids and counts only). */
async function runAdministration(
  db: ServerDb,
  command: string,
  values: {
    branch?: string;
    device?: string;
    case?: string;
    entry?: string;
    contribution?: string;
    note?: string;
    niss?: string;
    json?: boolean;
    from?: string;
    to?: string;
    wipe?: boolean;
    out?: string;
    'private-key'?: string;
  },
  argument?: string,
): Promise<void> {
  const print = (line: string): void => void process.stdout.write(`${line}\n`);
  if (command === 'recover-key') {
    print(await recoverKeyCommand(db, values));
    return;
  }
  if (command === 'import-statement') {
    print(await importStatementCommand(db, argument, new Date()));
    return;
  }
  if (command === 'import-events') return void (await importEventsCommand(db, argument, new Date())).forEach(print);
  if (command === 'access-log') {
    (await accessLogCommand(db, values)).forEach(print);
    return;
  }
  if (command === 'unmatched') {
    (await unmatchedCommand(db)).forEach(print);
    return;
  }
  if (command === 'allocate-payment') {
    print(await allocatePaymentCommand(db, values, new Date()));
    return;
  }
  if (command === 'enrol') {
    print(await enrolCommand(db, values.branch, new Date()));
    return;
  }
  if (command === 'devices') {
    const branch = values.branch === undefined ? undefined : await branchOrRefuse(db, values.branch);
    const listed = await listDevices(db, branch?.id);
    if (listed.length === 0) print('no device enrolled');
    for (const device of listed) {
      print(deviceLine(device));
    }
    return;
  }
  if (!values.device)
    throw new Error(
      `usage: ${command} --device <deviceId>${command === 'revoke' ? '' : ' --case <id|NISS|enterprise number>'}`,
    );
  if (command === 'revoke') {
    print(await revokeCommand(db, values.device, values.wipe === true, new Date()));
    return;
  }
  if (command !== 'assign' && command !== 'unassign') throw new Error(`unknown command ${command}`);
  if (!values.case) throw new Error(`usage: ${command} --device <deviceId> --case <id|NISS|enterprise number>`);
  try {
    const { outcome, caseFile } = await (command === 'assign' ? assignCaseFile : unassignCaseFile)(
      db,
      values.device,
      values.case,
    );
    print(
      `${caseFile.entity} case file ${caseFile.rootId} (branch ${caseFile.branchId ?? '-'}): ${outcome === 'unchanged' ? 'unchanged' : outcome} for device ${values.device}`,
    );
  } catch (error) {
    if (error instanceof AssignmentRefusal) throw new Error(refusals[error.reason]);
    throw error;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof ReportUsageError ? 2 : 1);
});
