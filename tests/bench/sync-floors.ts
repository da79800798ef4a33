/**
 * The floors of bench:sync: the rows of its first sync inserted bare into the same kind of SQLite
 * file, against which the sync's rate is judged.
 */
import { closeDatabase } from '../../db/connection';
import { deferIndexes, rebuildDeferredIndexes } from '../../db/deferred-indexes';
import { bulkLoadedTables, syncedTables } from '../../db/repositories/sync-repo';
import type { HeadOfficeRow } from '../../server/sync/head-office';
import { tempDir } from '../fixtures/temp-db';
import { openBenchDatabase } from './encryption-ab';

/** The lines bench:sync prints: each floor with the sync's ratio to it, then the ratio judged against the faster. */
export function floorReport(
  firstRate: number,
  blocks: () => Iterable<HeadOfficeRow[]>,
  isEncrypted: boolean,
): string[] {
  const floors = [
    { label: 'indexes kept up to date', ...floorRate(blocks, false, isEncrypted) },
    { label: 'plain indexes set aside and rebuilt, as the sync does', ...floorRate(blocks, true, isEncrypted) },
  ];
  const floor = floors.reduce((fastest, candidate) => (candidate.rate > fastest.rate ? candidate : fastest));
  return [
    ...floors.map(
      (candidate) =>
        `floor (bare bulk insert, same SQLite schema, ${isEncrypted ? 'encrypted' : 'plain'}, ${candidate.label}): ${candidate.rows} rows in ${candidate.seconds.toFixed(2)} s = ${Math.round(candidate.rate)} rows/s; ratio ${(firstRate / candidate.rate).toFixed(3)}`,
    ),
    `ratio to floor: ${(firstRate / floor.rate).toFixed(3)} against the faster floor (target >= 0.333: ${firstRate / floor.rate >= 1 / 3 ? 'met' : 'MISSED'})`,
  ];
}

/**
 * The same rows, bare: one prepared INSERT per table with the columns the app's schema has, one
 * transaction per block. `isIndexDeferred` sets the plain indexes aside first and times their
 * rebuild, as the first sync does: the floor then gets the same trick, so the ratio stays honest.
 */
function floorRate(
  blocks: () => Iterable<HeadOfficeRow[]>,
  isIndexDeferred: boolean,
  isEncrypted: boolean,
): { rows: number; seconds: number; rate: number } {
  const dir = tempDir();
  // Encrypted like the profile whose first sync it is compared with: a plain floor would count the cipher against the sync.
  const db = openBenchDatabase(dir.dir, isEncrypted);
  if (isIndexDeferred) deferIndexes(db.$client, bulkLoadedTables);
  const inserts = new Map<string, { run(values: unknown[]): void; keys: string[] }>();
  for (const entity of ['person', 'affiliation', 'contribution', 'payment']) {
    const target = syncedTables[entity];
    if (!target) throw new Error(`no synced table for ${entity}`);
    const keys = [...target.columns.keys()];
    const statement = db.$client.prepare(
      `INSERT INTO ${target.name} (${keys.map((key) => target.columns.get(key)).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`,
    );
    inserts.set(entity, { keys, run: (values) => statement.run(values) });
  }
  let count = 0;
  let seconds = 0;
  let rowid = 0;
  db.$client.pragma('foreign_keys = OFF');
  for (const rows of blocks()) {
    // Only the insert is timed, not the generation of the rows.
    const started = performance.now();
    db.$client.transaction(() => {
      for (const row of rows) {
        const insert = inserts.get(row.entity);
        if (!insert) continue;
        const data: Record<string, unknown> = { ...row.data, id: row.id };
        if (row.entity === 'person')
          Object.assign(data, {
            searchKey: data['lastName'],
            compactKey: data['lastName'],
            firstNameKey: data['firstName'],
            searchRowid: ++rowid,
          });
        insert.run(insert.keys.map((key) => data[key] ?? null));
        count++;
      }
    })();
    seconds += (performance.now() - started) / 1000;
  }
  const rebuildStarted = performance.now();
  rebuildDeferredIndexes(db.$client);
  seconds += (performance.now() - rebuildStarted) / 1000;
  closeDatabase(db);
  dir.cleanup();
  return { rows: count, seconds, rate: count / seconds };
}
