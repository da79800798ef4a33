import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../db/connection';
import { createChangeRecorder } from '../../db/repositories/change-recorder';
import { seedDemoData } from '../../db/seed/demo-data';
import { seededPersonalData } from './seeded-personal-data';

const today = '2026-12-06';

/** What a profile seeded as the app seeds it (electron/services/app-core.ts: default seed, full history) holds. */
function profileSeededLikeTheApp(persons: number): { niss: string; iban: string | null; lastName: string }[] {
  const db = openDatabase(':memory:');
  try {
    const recorder = createChangeRecorder(db, { deviceId: 'app', advisorId: null, now: () => new Date() });
    seedDemoData(db, recorder, { persons, today });
    return db.$client
      .prepare<[], { niss: string; iban: string | null; lastName: string }>(
        'SELECT niss, iban, last_name AS lastName FROM persons',
      )
      .all();
  } finally {
    closeDatabase(db);
  }
}

describe('the demo persons the e2e processes seeded, drawn again for the log scan', () => {
  it('are the persons of a profile the app seeded, history or not', () => {
    const profile = profileSeededLikeTheApp(40);
    const drawn = seededPersonalData([{ demoPersons: 40, today }]);
    expect(new Set(drawn.niss)).toEqual(new Set(profile.map((person) => person.niss)));
    expect(new Set(drawn.ibans)).toEqual(new Set(profile.map((person) => person.iban)));
    expect(new Set(drawn.lastNames)).toEqual(new Set(profile.map((person) => person.lastName)));
  });

  it('draws the largest count once per seed and day (a smaller draw is its beginning), and again for another seed', () => {
    const small = profileSeededLikeTheApp(10);
    const drawn = seededPersonalData([
      { demoPersons: 10, today },
      { demoPersons: 25, seed: 20261126, today },
      { demoPersons: 0, today },
      { demoPersons: 5, seed: 7, today },
    ]);
    expect(drawn.niss).toHaveLength(30);
    expect(new Set(drawn.niss).size).toBe(30);
    expect(drawn.niss).toEqual(expect.arrayContaining(small.map((person) => person.niss)));
  });
});
