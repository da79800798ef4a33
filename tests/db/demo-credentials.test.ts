import { afterEach, describe, expect, it } from 'vitest';
import { readCredentials, findAdvisorByUsername } from '../../db/repositories/advisor-repo';
import { verifyPassword } from '../../db/repositories/password';
import { DEMO_PASSWORD, seedDemoData } from '../../db/seed/demo-data';
import { createTempDb, type TempDb } from '../fixtures/temp-db';

let temp: TempDb;
afterEach(() => temp.cleanup());

describe('demo advisors', () => {
  it('each have a salt and hash of their own, and all sign in with the demo password', () => {
    temp = createTempDb();
    seedDemoData(temp.db, temp.recorder, { persons: 5, today: '2026-11-26' });
    const rows = temp.db.$client
      .prepare<[], { salt: string; hash: string }>('SELECT salt, password_hash AS hash FROM advisor_credentials')
      .all();
    console.log(`demo advisors: ${rows.length}, distinct salts: ${new Set(rows.map((row) => row.salt)).size}`);
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((row) => row.salt)).size).toBe(rows.length);
    expect(new Set(rows.map((row) => row.hash)).size).toBe(rows.length);
    const advisor = findAdvisorByUsername(temp.db.$client, 'bxl.backoffice')!;
    expect(verifyPassword(DEMO_PASSWORD, readCredentials(temp.db.$client, advisor.id)!)).toBe(true);
  });
});
