/**
 * `npm run server -- import-events FILE`: the summary printed for an import, "N imported, K already
 * known, M rejected" and one line per rejected line with its number and reason (never a NISS).
 */
import { readFileSync } from 'node:fs';
import type { ServerDb } from '../db/connection';
import { importEvents } from './import-events';

export async function importEventsCommand(db: ServerDb, path: string | undefined, now: Date): Promise<string[]> {
  if (!path) throw new Error('usage: import-events <life-events file, one JSON line per event>');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`cannot read ${path}`);
  }
  const summary = await importEvents(db, text, now);
  return [
    `${summary.imported} imported, ${summary.alreadyKnown} already known, ${summary.rejected.length} rejected`,
    ...summary.rejected.map((item) => `  line ${item.line}: ${item.reason}`),
  ];
}
