/**
 * Opens the local case-file database: pragmas for a desktop app that must never lose a write
 * (WAL, foreign keys, a busy timeout), then the committed migrations.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { fileURLToPath } from 'node:url';
import { rebuildDeferredIndexes } from './deferred-indexes';
import * as schema from './schema';

export type Schema = typeof schema;
export type GuichetDb = BetterSQLite3Database<Schema> & { $client: Database.Database };

export const defaultMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export type OpenOptions = { migrationsFolder?: string; isReadonly?: boolean };

export function openDatabase(file: string, options: OpenOptions = {}): GuichetDb {
  const sqlite = new Database(file, { readonly: options.isReadonly ?? false });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle({ client: sqlite, schema });
  if (!options.isReadonly) {
    // Indexes a first sync set aside and could not rebuild (the process ended first): back before anything else.
    rebuildDeferredIndexes(sqlite);
    migrate(db, { migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder });
  }
  return db;
}

export function closeDatabase(db: GuichetDb): void {
  db.$client.close();
}
