/**
 * When sync runs: on an interval, on reconnect, on demand — one round at a time. The scheduler never
 * gives up, because a queue that silently stops retrying is how offline changes get lost.
 *
 * While head office cannot be reached at all, a cheap probe asks it every 15–30 s (jittered, so a
 * fleet of devices does not knock in step) and its first answer starts a full round at once: catching
 * up after an outage waits for the next probe, never for a long backoff. A round head office answered
 * but refused is retried with capped exponential backoff. "Sync now" may try at once but never puts
 * the next attempt later than it already was.
 */

/** Time and timers, as parameters so that tests move a virtual clock instead of sleeping. */
export type SchedulerClock = {
  now: () => number;
  /** Calls `run` once after `delayMs`; returns what cancels it. */
  after: (delayMs: number, run: () => void) => () => void;
};

export const systemClock: SchedulerClock = {
  now: () => Date.now(),
  after: (delayMs, run) => {
    const timer = setTimeout(run, delayMs);
    // A pending attempt must not keep the process alive on its own.
    timer.unref();
    return () => clearTimeout(timer);
  },
};

export type SchedulerOptions = {
  run: () => Promise<void>;
  /** A light request to head office; true when it answered. Without one, a full round is the probe. */
  probe?: () => Promise<boolean>;
  /** Whether a failed round means head office could not be reached (then probe) rather than refused (then back off). */
  isUnreachable?: (error: unknown) => boolean;
  intervalMs?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  probeMinMs?: number;
  probeMaxMs?: number;
  random?: () => number;
  clock?: SchedulerClock;
  onError?: (error: unknown) => void;
};

type Settings = Required<Omit<SchedulerOptions, 'onError' | 'probe'>> & Pick<SchedulerOptions, 'onError' | 'probe'>;
type AttemptKind = 'round' | 'probe';
type Pending = { at: number; kind: AttemptKind; cancel: () => void };

export class SyncScheduler {
  private readonly options: Settings;
  private pending: Pending | null = null;
  private running: Promise<void> | null = null;
  private isRerunWanted = false;
  private isStarted = false;
  // An attempt fell due while a round was running: the round's end must not put it off.
  private isAttemptOverdue = false;
  private failures = 0;
  private isReachable = true;

  constructor(options: SchedulerOptions) {
    this.options = {
      intervalMs: 60_000,
      baseBackoffMs: 2_000,
      maxBackoffMs: 60_000,
      probeMinMs: 15_000,
      probeMaxMs: 30_000,
      random: Math.random,
      clock: systemClock,
      isUnreachable: () => false,
      ...options,
    };
  }

  get consecutiveFailures(): number {
    return this.failures;
  }

  get isRunning(): boolean {
    return this.running !== null;
  }

  /** False after a round that could not reach head office, until it answers again. */
  get isHeadOfficeReachable(): boolean {
    return this.isReachable;
  }

  /** When the next attempt (round or probe) is due, in the clock's milliseconds; null when none is planned. */
  get nextAttemptAt(): number | null {
    return this.pending?.at ?? null;
  }

  /** What the next planned attempt is: a full round, or a probe of head office while it is unreachable. */
  get nextAttemptKind(): AttemptKind | null {
    return this.pending?.kind ?? null;
  }

  /** The round under way, to wait for it without asking for another one. */
  get current(): Promise<void> | null {
    return this.running;
  }

  start(): void {
    this.isStarted = true;
    this.plan('round', 0, true);
  }

  stop(): void {
    this.isStarted = false;
    this.pending?.cancel();
    this.pending = null;
  }

  /** On demand (and on reconnect): runs now, or once more right after the round in progress. */
  syncNow(): Promise<void> {
    if (this.running) {
      this.isRerunWanted = true;
      return this.running;
    }
    const round = this.runRound().finally(() => {
      this.running = null;
      if (this.isRerunWanted) {
        this.isRerunWanted = false;
        void this.syncNow();
      }
    });
    this.running = round;
    return round;
  }

  notifyOnline(): void {
    this.failures = 0;
    void this.syncNow();
  }

  backoffMs(): number {
    const exponential = this.options.baseBackoffMs * 2 ** Math.min(this.failures - 1, 20);
    const capped = Math.min(exponential, this.options.maxBackoffMs);
    // Full jitter keeps a fleet of devices from hammering head office in step after an outage.
    return Math.round(capped / 2 + (capped / 2) * this.options.random());
  }

  probeDelayMs(): number {
    const { probeMinMs, probeMaxMs, random } = this.options;
    return Math.round(probeMinMs + (probeMaxMs - probeMinMs) * random());
  }

  private async runRound(): Promise<void> {
    try {
      await this.options.run();
      this.failures = 0;
      this.isReachable = true;
      this.isAttemptOverdue = false;
      this.plan('round', this.options.intervalMs, true);
    } catch (error) {
      this.failures += 1;
      this.isReachable = !this.options.isUnreachable(error);
      this.options.onError?.(error);
      const overdue = this.isAttemptOverdue;
      this.isAttemptOverdue = false;
      if (this.isReachable) this.plan('round', overdue ? 0 : this.backoffMs(), false);
      else this.plan('probe', overdue ? 0 : this.probeDelayMs(), false);
    }
  }

  /**
   * Plans the next attempt `delayMs` from now. After a success the plan replaces whatever was pending;
   * after a failure it only brings the pending attempt forward, never later (a "sync now" that fails
   * during an outage must not lengthen the wait for the probe that was already due).
   */
  private plan(kind: AttemptKind, delayMs: number, isReplacing: boolean): void {
    if (!this.isStarted) return;
    const at = this.options.clock.now() + delayMs;
    if (!isReplacing && this.pending && this.pending.at <= at) return;
    this.pending?.cancel();
    const pending: Pending = {
      at,
      kind,
      cancel: this.options.clock.after(delayMs, () => {
        if (this.pending === pending) this.pending = null;
        void this.attempt(kind);
      }),
    };
    this.pending = pending;
  }

  private async attempt(kind: AttemptKind): Promise<void> {
    if (this.running) {
      this.isAttemptOverdue = true;
      return;
    }
    if (kind === 'round' || !this.options.probe) {
      await this.syncNow();
      return;
    }
    const isAnswered = await this.options.probe().catch(() => false);
    if (!this.isStarted || this.running) return;
    if (isAnswered) void this.syncNow();
    else this.plan('probe', this.probeDelayMs(), false);
  }
}
