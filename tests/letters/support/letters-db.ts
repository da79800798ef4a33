/** A temporary SQLite file migrated like a profile's database (migration 0004 holds the letter tables). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../db/connection';
import { lettersDb, type LettersDb } from '../../../db/repositories/letter-batch-journal';

export type TempLettersDb = { db: LettersDb; file: string; dir: string; cleanup(): void };

export function createLettersDb(): TempLettersDb {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-letters-'));
  const file = join(dir, 'letters.sqlite');
  const client = openDatabase(file).$client;
  return {
    db: lettersDb(client),
    file,
    dir,
    cleanup() {
      client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
