/** A temporary SQLite file migrated like a profile's database (migration 0004 holds the letter tables). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type GuichetDb } from '../../../db/connection';
import { lettersDb, type LettersDb } from '../../../db/repositories/letter-batch-journal';

/** `profile`: the same connection as the whole profile's database, for what writes beside the letters (audit lines). */
export type TempLettersDb = { db: LettersDb; profile: GuichetDb; file: string; dir: string; cleanup(): void };

/** `key`: encrypted with it, as a profile's database is. */
export function createLettersDb(options: { key?: Buffer } = {}): TempLettersDb {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-letters-'));
  const file = join(dir, 'letters.sqlite');
  const profile = openDatabase(file, options.key ? { key: options.key } : {});
  const client = profile.$client;
  return {
    db: lettersDb(client),
    profile,
    file,
    dir,
    cleanup() {
      client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
