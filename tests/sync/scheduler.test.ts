import { describe, expect, it } from 'vitest';
import { SyncScheduler } from '../../electron/services/sync/scheduler';

describe('sync scheduler', () => {
  it('backs off exponentially, capped, and never gives up', async () => {
    let attempts = 0;
    const scheduler = new SyncScheduler({
      run: async () => {
        attempts++;
        throw new Error('offline');
      },
      baseBackoffMs: 1000,
      maxBackoffMs: 8000,
      random: () => 1,
    });
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      await scheduler.syncNow();
      delays.push(scheduler.backoffMs());
    }
    expect(attempts).toBe(6);
    expect(delays).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(scheduler.consecutiveFailures).toBe(6);
  });
  it('runs one round at a time and one more after it when asked during it', async () => {
    let active = 0;
    let maxActive = 0;
    let rounds = 0;
    const scheduler = new SyncScheduler({
      run: async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        rounds++;
        await new Promise((r) => setTimeout(r, 10));
        active--;
      },
    });
    await Promise.all([scheduler.syncNow(), scheduler.syncNow(), scheduler.syncNow()]);
    await new Promise((r) => setTimeout(r, 40));
    expect(maxActive).toBe(1);
    expect(rounds).toBe(2);
    scheduler.stop();
  });
});
