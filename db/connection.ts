/**
 * Opens the local case-file database: pragmas for a desktop app that must never lose a write
 * (WAL, foreign keys, a busy timeout), then the committed migrations. A profile's database is
 * encrypted with the profile key (SQLite3 Multiple Ciphers, see profile-encryption.ts); a throw-away
 * database of a test or a headless journal may stay plain by passing no key.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { fileURLToPath } from 'node:url';
import { rebuildDeferredIndexes } from './deferred-indexes';
import { fillFirstNameKeys } from './repositories/search-index';
import {
  DatabaseKeyRejected,
  applyDatabaseKey,
  encryptPlainDatabase,
  isEncryptedDatabaseFile,
  isPlainDatabaseFile,
  protectProfileFiles,
} from './profile-encryption';

export { DatabaseKeyRejected } from './profile-encryption';
import * as schema from './schema';

export type Schema = typeof schema;
export type GuichetDb = BetterSQLite3Database<Schema> & { $client: Database.Database };

export const defaultMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export type OpenOptions = {
  migrationsFolder?: string;
  isReadonly?: boolean;
  /**
   * The profile key (32 random bytes): the file is encrypted with it, a plain file is encrypted in
   * place first, and a wrong key throws DatabaseKeyRejected. Without it the file stays plain.
   */
  key?: Buffer;
};

/**
 * Page size of a new profile. 16 KiB instead of SQLite's 4 KiB: a first sync writes millions of
 * rows, and applying the 4.1 million rows of bench:sync's branch straight into a profile (no
 * network) took 6.2 instead of 7.5 µs a row, and rebuilding the indexes 1.0 instead of 1.6 µs a row
 * (2 December 2026); a counter write touches a page or two either way. Fixed once the file has
 * content: existing profiles keep theirs.
 */
export const NEW_PROFILE_PAGE_SIZE = 16_384;
/**
 * The page cache per connection, in KiB: a ceiling, SQLite allocates only the pages it reads. Large
 * enough to hold what searches at the counter read in a profile of a few hundred thousand persons
 * (their rows, current addresses and the name and NISS indexes); smaller, successive searches evict
 * each other's pages and an encrypted profile deciphers them again at each keystroke.
 */
const PAGE_CACHE_KIB = 256 * 1024;

export function openDatabase(file: string, options: OpenOptions = {}): GuichetDb {
  const { key } = options;
  if (key) {
    if (!options.isReadonly && isPlainDatabaseFile(file)) encryptPlainDatabase(file, key);
    if (!options.isReadonly) protectProfileFiles(file);
  } else if (isEncryptedDatabaseFile(file)) {
    throw new DatabaseKeyRejected('key-missing');
  }
  const sqlite = new Database(file, { readonly: options.isReadonly ?? false });
  if (key) applyDatabaseKey(sqlite, key);
  // Sorts and temporary indexes stay in memory: a temporary file would hold case data unencrypted.
  sqlite.pragma('temp_store = MEMORY');
  // SQLite's default page cache is 2 MiB.
  sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  // Only an empty file takes a page size, and only before WAL mode writes its header.
  if (!options.isReadonly && sqlite.pragma('page_count', { simple: true }) === 0)
    // auto_vacuum too is fixed at creation: INCREMENTAL lets db/repositories/storage-repo.ts hand freed pages back.
    sqlite.exec(`PRAGMA page_size = ${NEW_PROFILE_PAGE_SIZE}; PRAGMA auto_vacuum = INCREMENTAL`);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle({ client: sqlite, schema });
  if (!options.isReadonly) {
    // Indexes a first sync set aside and could not rebuild (the process ended first): back before anything else.
    rebuildDeferredIndexes(sqlite);
    migrate(db, { migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder });
    fillFirstNameKeys(sqlite);
  }
  return db;
}

export function closeDatabase(db: GuichetDb): void {
  db.$client.close();
}
