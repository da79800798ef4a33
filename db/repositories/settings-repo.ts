/**
 * Device settings. These are the one kind of local write that does not go to the outbox: they
 * belong to this installation (language, device id), not to a case file.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from './synced-rows';
import { settings } from '../schema';

export function readSetting<T>(db: Tx, key: string): T | undefined {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (row.value as T) : undefined;
}

export function writeSetting(db: Tx, key: string, value: unknown): void {
  db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}
