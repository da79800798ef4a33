/**
 * Real servers on real databases for the sync suites: PGlite in memory (one per test file, it takes
 * seconds to start) and the local PostgreSQL, where each suite gets a throw-away database.
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openServerDatabase, type ServerDatabase } from '../../server/db/connection';
import { buildApp, type AppOptions } from '../../server/http/app';
import type { SyncTransport } from '../../electron/services/sync/transport';

export type Backend = 'pglite' | 'postgres';

export const POSTGRES_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function isPostgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export type TestDatabase = {
  backend: Backend;
  /** PostgreSQL only: the throw-away database's URL, for a server started in another process. */
  url?: string;
  open(): Promise<ServerDatabase>;
  truncate(): Promise<void>;
  dispose(): Promise<void>;
};

/** A fresh database; `open()` may be called again to simulate another server instance or a restart. */
export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  const opened: ServerDatabase[] = [];
  if (backend === 'pglite') {
    const client = new PGlite();
    await client.waitReady;
    const open = async () => {
      const database = await openServerDatabase({ kind: 'pglite-instance', client });
      opened.push(database);
      return database;
    };
    const first = await open();
    return { backend, open, truncate: () => truncateAll(first), dispose: async () => client.close() };
  }
  const name = `guichet_sync_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const open = async () => {
    const database = await openServerDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
    opened.push(database);
    return database;
  };
  const first = await open();
  return {
    backend,
    url: url.toString(),
    open,
    truncate: () => truncateAll(first),
    dispose: async () => {
      await Promise.all(opened.map((database) => database.close().catch(() => undefined)));
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

async function truncateAll(database: ServerDatabase): Promise<void> {
  await database.db.execute(
    sql`TRUNCATE devices, enrolment_codes, assignments, sync_rows, mutations, conflicts, evictions, statement_files, statement_movements, imported_statements, access_log, report_affiliations, report_contributions`,
  );
}

/** The server in-process, without sockets: requests go through Fastify's full routing and validation. */
export function injectTransport(app: () => FastifyInstance): SyncTransport {
  return async (path, body, token) => {
    const response = await app().inject({
      method: 'POST',
      url: path,
      payload: body as Record<string, unknown>,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.statusCode, body: response.json() };
  };
}

/**
 * Suites enrol hundreds of devices from one address; the limits on failed attempts are proved by
 * tests/server/edge-fuzz.test.ts on an app with the default limits.
 */
const SUITE_ATTEMPT_LIMITS = { enrolment: 1_000_000, authentication: 1_000_000, windowMs: 60_000 };

export function startApp(
  database: ServerDatabase,
  now?: () => Date,
  extra: Pick<AppOptions, 'escrowPublicKey' | 'retention'> = {},
): FastifyInstance {
  return buildApp({ db: database.db, attemptLimits: SUITE_ATTEMPT_LIMITS, ...(now ? { now } : {}), ...extra });
}
