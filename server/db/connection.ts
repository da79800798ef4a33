/**
 * Opens head office's database: PostgreSQL when DATABASE_URL is set, otherwise an embedded PGlite in
 * a data folder. Both are driven through the same drizzle PostgreSQL API and the same committed
 * migrations, so tests run the server on either.
 */
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema';

export type ServerSchema = typeof schema;
export type ServerDb = PgDatabase<PgQueryResultHKT, ServerSchema>;
export type ServerTx = Parameters<Parameters<ServerDb['transaction']>[0]>[0];
export type Queryable = ServerDb | ServerTx;

export const serverMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export type ServerDatabase = { db: ServerDb; kind: 'postgres' | 'pglite'; close(): Promise<void> };

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string }
  /** An already running PGlite, shared by several server instances in one process (tests). */
  | { kind: 'pglite-instance'; client: PGlite };

export async function openServerDatabase(target: DatabaseTarget): Promise<ServerDatabase> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle connection dropped by the database (restart, failover) must not crash the process; the pool reconnects.
    pool.on('error', () => undefined);
    const db = drizzlePg({ client: pool, schema });
    await migratePg(db, { migrationsFolder: serverMigrationsFolder });
    // One adapter boundary: both drivers implement the same PgDatabase API with their own result type.
    return { db: db as unknown as ServerDb, kind: 'postgres', close: () => pool.end() };
  }
  const { PGlite: PGliteClass } = await import('@electric-sql/pglite');
  const client = target.kind === 'pglite' ? new PGliteClass(target.dataDir) : target.client;
  const db = drizzlePglite({ client, schema });
  await migratePglite(db, { migrationsFolder: serverMigrationsFolder });
  return {
    db: db as unknown as ServerDb,
    kind: 'pglite',
    close: async () => {
      if (target.kind === 'pglite') await client.close();
    },
  };
}
