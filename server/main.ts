/**
 * `npm run server` — head office's sync service. Subcommands:
 *   serve (default)            listen on HOST:PORT (127.0.0.1:8787)
 *   enrol --branch <branchId>  print a one-time enrolment code for a device of that branch
 * DATABASE_URL selects PostgreSQL; without it an embedded PGlite keeps its data in GUICHET_SERVER_DATA
 * (default ./server-data).
 */
import { parseArgs } from 'node:util';
import { issueEnrolmentCode } from './auth';
import { openServerDatabase, type DatabaseTarget } from './db/connection';
import { buildApp } from './http/app';

function targetFromEnv(): DatabaseTarget {
  const url = process.env['DATABASE_URL'];
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: process.env['GUICHET_SERVER_DATA'] ?? './server-data' };
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { branch: { type: 'string' } } });
  const command = positionals[0] ?? 'serve';
  const database = await openServerDatabase(targetFromEnv());

  if (command === 'enrol') {
    if (!values.branch) throw new Error('usage: enrol --branch <branchId>');
    const { code, expiresAt } = await issueEnrolmentCode(database.db, values.branch, new Date());
    process.stdout.write(`Enrolment code for branch ${values.branch}: ${code} (valid until ${expiresAt.toISOString()}, usable once)\n`);
    await database.close();
    return;
  }
  if (command !== 'serve') throw new Error(`unknown command ${command}`);

  const app = buildApp({ db: database.db, isLogging: true });
  const shutdown = async (): Promise<void> => {
    await app.close();
    await database.close();
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ host: process.env['HOST'] ?? '127.0.0.1', port: Number(process.env['PORT'] ?? 8787) });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
