/**
 * A clock the test moves by hand, for the sync scheduler: timers fire in order of their due time as
 * the clock passes it, and after each one the test's `settle` waits until the work it started (a
 * probe, a round against a real head office) is over. Nothing sleeps for the virtual minutes.
 */
import type { SchedulerClock } from '../../electron/services/sync/scheduler';

type Timer = { at: number; order: number; run: () => void };

export type VirtualClock = {
  clock: SchedulerClock;
  now(): number;
  /** Timers still to fire. */
  pendingCount(): number;
  /** Moves the clock `ms` forward, firing every timer due on the way, each followed by `settle()`. */
  advance(ms: number, settle?: () => Promise<void>): Promise<void>;
};

/** Lets promise chains that resolve without real I/O run to their end. */
export async function flushMicrotasks(): Promise<void> {
  for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
}

export function virtualClock(startMs: number): VirtualClock {
  let current = startMs;
  let order = 0;
  const timers: Timer[] = [];
  const next = (until: number): Timer | undefined =>
    timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at || a.order - b.order)[0];
  return {
    clock: {
      now: () => current,
      after: (delayMs, run) => {
        const timer = { at: current + Math.max(0, delayMs), order: order++, run };
        timers.push(timer);
        return () => {
          const index = timers.indexOf(timer);
          if (index >= 0) timers.splice(index, 1);
        };
      },
    },
    now: () => current,
    pendingCount: () => timers.length,
    async advance(ms, settle = flushMicrotasks) {
      const until = current + ms;
      await settle();
      for (let timer = next(until); timer; timer = next(until)) {
        timers.splice(timers.indexOf(timer), 1);
        current = Math.max(current, timer.at);
        timer.run();
        await settle();
      }
      current = until;
    },
  };
}
