/** The load bench's code path with small numbers: two head-office processes, four devices, a few seconds, invariants checked. */
import { describe, expect, it } from 'vitest';
import { createTestDatabase, isPostgresReachable } from '../server/harness';
import { runHeadOfficeLoad } from './head-office-load';

describe.skipIf(!(await isPostgresReachable()))('head office under load (small)', () => {
  it('serves every round through two instances and keeps the sync invariants', async () => {
    const database = await createTestDatabase('postgres');
    try {
      const result = await runHeadOfficeLoad({
        databaseUrl: database.url as string,
        devices: 4,
        durationMs: 3_000,
        roundIntervalMs: 300,
        branches: 2,
        personsPerBranch: 30,
        lateShare: 0.25,
        changesPerPush: 3,
      });
      expect(result.violations).toEqual([]);
      expect([...result.errors]).toEqual([]);
      expect([...result.statuses.keys()].every((status) => status !== 'refused')).toBe(true);
      expect(result.rounds).toBeGreaterThan(4);
      expect(result.mutations).toBe(result.pushes.length * 3);
      expect(result.maxConnections).toBeGreaterThan(0);
    } finally {
      await database.dispose();
    }
  }, 120_000);
});
