import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SyncScheduler } from '../../electron/services/sync/scheduler';
import { virtualClock } from './virtual-clock';

const second = 1000;
const minute = 60 * second;
const unreachable = new Error('head office unreachable');
/** Draws for the jitter: any value in [0, 1), as Math.random gives. */
const draws = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 20 });

function cycling(values: number[]): () => number {
  let index = 0;
  return () => values[index++ % values.length] as number;
}

/** A scheduler against a head office that is down until `up()`; records when rounds and probes ran. */
function outage(random: () => number) {
  const time = virtualClock(Date.parse('2026-12-06T08:00:00.000Z'));
  let isUp = false;
  const rounds: number[] = [];
  const probes: number[] = [];
  const scheduler = new SyncScheduler({
    run: async () => {
      rounds.push(time.now());
      if (!isUp) throw unreachable;
    },
    probe: async () => {
      probes.push(time.now());
      return isUp;
    },
    isUnreachable: (error) => error === unreachable,
    random,
    clock: time.clock,
  });
  return { time, scheduler, rounds, probes, up: () => (isUp = true) };
}

function gaps(times: number[]): number[] {
  return times.slice(1).map((at, index) => at - (times[index] as number));
}

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

  it('probes every 15–30 s while head office is unreachable, and its first answer starts a round at once', async () => {
    await fc.assert(
      fc.asyncProperty(draws, fc.integer({ min: 0, max: 2 * minute }), async (values, recoverAfterMs) => {
        const { time, scheduler, rounds, probes, up } = outage(cycling(values));
        scheduler.start();
        await time.advance(10 * minute);
        // Only the first round went out in full; after it, cheap probes only.
        expect(rounds).toHaveLength(1);
        for (const gap of gaps([rounds[0] as number, ...probes])) {
          expect(gap).toBeGreaterThanOrEqual(15 * second);
          expect(gap).toBeLessThanOrEqual(30 * second);
        }
        expect(scheduler.isHeadOfficeReachable).toBe(false);
        expect(scheduler.nextAttemptKind).toBe('probe');

        await time.advance(recoverAfterMs);
        const recoveredAt = time.now();
        up();
        await time.advance(31 * second);
        expect(rounds).toHaveLength(2);
        const caughtUpAt = rounds[1] as number;
        expect(caughtUpAt - recoveredAt).toBeLessThanOrEqual(30 * second);
        // The round starts on the probe that got the answer, not a timer later.
        expect(caughtUpAt).toBe(probes.at(-1));
        expect(scheduler.isHeadOfficeReachable).toBe(true);
        expect(scheduler.nextAttemptKind).toBe('round');
        scheduler.stop();
      }),
      { numRuns: 40 },
    );
  });

  it('"sync now" during an outage tries at once and never puts the next probe later', async () => {
    await fc.assert(
      fc.asyncProperty(
        draws,
        fc.array(fc.integer({ min: 0, max: 40 * second }), { minLength: 1, maxLength: 12 }),
        async (values, pauses) => {
          const { time, scheduler, rounds, probes } = outage(cycling(values));
          scheduler.start();
          await time.advance(0);
          for (const pause of pauses) {
            await time.advance(pause);
            const before = scheduler.nextAttemptAt;
            const roundsBefore = rounds.length;
            await scheduler.syncNow();
            expect(rounds.length).toBe(roundsBefore + 1);
            expect(scheduler.nextAttemptAt).not.toBeNull();
            if (before !== null) expect(scheduler.nextAttemptAt).toBeLessThanOrEqual(before);
          }
          await time.advance(2 * minute);
          // However often it was pressed, head office was asked at least every 30 s.
          const attempts = [...rounds, ...probes].sort((a, b) => a - b);
          for (const gap of gaps(attempts)) expect(gap).toBeLessThanOrEqual(30 * second);
          scheduler.stop();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('retries a round head office refused with backoff capped at one minute, and "sync now" does not put it later', async () => {
    const time = virtualClock(0);
    const refused = new Error('refused');
    const scheduler = new SyncScheduler({
      run: async () => {
        throw refused;
      },
      isUnreachable: (error) => error === unreachable,
      random: () => 0.999_999,
      clock: time.clock,
    });
    scheduler.start();
    const delays: number[] = [];
    for (let round = 0; round < 8; round++) {
      await time.advance(scheduler.nextAttemptAt === null ? 0 : scheduler.nextAttemptAt - time.now());
      delays.push((scheduler.nextAttemptAt as number) - time.now());
    }
    expect(delays).toEqual([2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000]);
    const due = scheduler.nextAttemptAt;
    await scheduler.syncNow();
    expect(scheduler.nextAttemptAt).toBe(due);
    scheduler.stop();
  });

  it('plans the next round an interval after a good one, and stops planning when stopped', async () => {
    const time = virtualClock(0);
    let rounds = 0;
    const scheduler = new SyncScheduler({ run: async () => void rounds++, intervalMs: minute, clock: time.clock });
    scheduler.start();
    await time.advance(0);
    expect(rounds).toBe(1);
    expect(scheduler.nextAttemptAt).toBe(minute);
    await time.advance(3 * minute);
    expect(rounds).toBe(4);
    scheduler.stop();
    expect(scheduler.nextAttemptAt).toBeNull();
    expect(time.pendingCount()).toBe(0);
  });
});
