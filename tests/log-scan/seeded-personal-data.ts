/**
 * The personal data of the demo persons a set of e2e processes seeded, drawn again from the same
 * generator (db/seed/demo-data.ts) with the same seed, count and day, into a throw-away SQLite file.
 * The generator is deterministic for a given seed and year, and the first N persons of a larger draw
 * are the N persons of a smaller one, so one draw of the largest count covers every process that used
 * that seed and day. History is left out: it has its own generator and does not change who is drawn.
 */
import { closeDatabase, openDatabase } from '../../db/connection';
import { createChangeRecorder } from '../../db/repositories/change-recorder';
import { DEFAULT_DEMO_SEED, seedDemoData } from '../../db/seed/demo-data';
import type { KnownPersonalData } from './personal-data-scan';

export type SeedUsed = { demoPersons: number; seed?: number; today: string };

export function seededPersonalData(seeds: readonly SeedUsed[]): {
  niss: string[];
  ibans: string[];
  lastNames: string[];
} {
  const largest = new Map<string, SeedUsed>();
  for (const used of seeds) {
    if (used.demoPersons <= 0) continue;
    const key = `${used.seed ?? DEFAULT_DEMO_SEED} ${used.today}`;
    if ((largest.get(key)?.demoPersons ?? 0) < used.demoPersons) largest.set(key, used);
  }
  const known = { niss: [] as string[], ibans: [] as string[], lastNames: [] as string[] };
  for (const used of largest.values()) {
    const db = openDatabase(':memory:');
    try {
      const recorder = createChangeRecorder(db, { deviceId: 'log-scan', advisorId: null, now: () => new Date() });
      seedDemoData(db, recorder, {
        persons: used.demoPersons,
        today: used.today,
        historyShare: 0,
        ...(used.seed !== undefined ? { seed: used.seed } : {}),
      });
      const rows = db.$client
        .prepare<[], { niss: string; iban: string | null; lastName: string }>(
          'SELECT niss, iban, last_name AS lastName FROM persons',
        )
        .all();
      for (const row of rows) {
        known.niss.push(row.niss);
        if (row.iban) known.ibans.push(row.iban);
        known.lastNames.push(row.lastName);
      }
    } finally {
      closeDatabase(db);
    }
  }
  return known;
}

/** Several lists of known data as one. */
export function mergeKnown(...lists: KnownPersonalData[]): { niss: string[]; ibans: string[]; lastNames: string[] } {
  return {
    niss: lists.flatMap((list) => [...list.niss]),
    ibans: lists.flatMap((list) => [...list.ibans]),
    lastNames: lists.flatMap((list) => [...list.lastNames]),
  };
}
