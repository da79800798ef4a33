/**
 * The one way into a profile's database, for every entry point (the app core, the command line, the
 * seed scripts, the benches): the profile key from its store (made on the first open), the file
 * encrypted with it (a plain one encrypted in place), and a key that does not fit turned into
 * ProfileKeyUnavailable, which the hosts show as a translated message.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type GuichetDb } from './connection';
import { DatabaseKeyRejected, isEncryptedDatabaseFile } from './profile-encryption';
import {
  ProfileKeyUnavailable,
  defaultKeyDir,
  keyFileProfileKeyStore,
  profileKeyFor,
  type ProfileKeyStore,
} from './profile-key-store';

export const DATABASE_FILE = 'guichet.sqlite';

export type ProfileDatabaseOptions = {
  profileDir: string;
  migrationsFolder?: string;
  /** Where the key lives; by default the key file of browser mode, in the profile's sibling `.keys` folder. */
  profileKeys?: ProfileKeyStore;
  /**
   * Benchmarks only, to measure what encryption costs (plain against encrypted in one run): the
   * database stays plain and no key is made. No host passes it.
   */
  isPlainForBenchmark?: boolean;
};

export function openProfileDatabase(options: ProfileDatabaseOptions): { db: GuichetDb; key: Buffer | null } {
  const file = join(options.profileDir, DATABASE_FILE);
  mkdirSync(options.profileDir, { recursive: true, mode: 0o700 });
  if (options.isPlainForBenchmark)
    return {
      db: openDatabase(file, options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}),
      key: null,
    };
  const store = options.profileKeys ?? keyFileProfileKeyStore(defaultKeyDir(options.profileDir));
  const key = profileKeyFor(store, { isDatabaseEncrypted: isEncryptedDatabaseFile(file) });
  try {
    const db = openDatabase(file, {
      key,
      ...(options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}),
    });
    return { db, key };
  } catch (error) {
    if (error instanceof DatabaseKeyRejected)
      throw new ProfileKeyUnavailable(error.reason === 'wrong-key' ? 'wrongKey' : 'keyMissing', store.kind);
    throw error;
  }
}
