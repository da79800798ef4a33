/**
 * When sync runs: on an interval, on reconnect, on demand — one round at a time. A failed round is
 * retried with capped exponential backoff and jitter for as long as it takes: the scheduler never
 * gives up, because a queue that silently stops retrying is how offline changes get lost.
 */
export type SchedulerOptions = {
  run: () => Promise<void>;
  intervalMs?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  random?: () => number;
  onError?: (error: unknown) => void;
};

export class SyncScheduler {
  private readonly options: Required<Omit<SchedulerOptions, 'onError'>> & Pick<SchedulerOptions, 'onError'>;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private isRerunWanted = false;
  private isStarted = false;
  private failures = 0;
  nextAttemptAt: number | null = null;

  constructor(options: SchedulerOptions) {
    this.options = {
      intervalMs: 60_000,
      baseBackoffMs: 2_000,
      maxBackoffMs: 5 * 60_000,
      random: Math.random,
      ...options,
    };
  }

  get consecutiveFailures(): number {
    return this.failures;
  }

  get isRunning(): boolean {
    return this.running !== null;
  }

  /** The round under way, to wait for it without asking for another one. */
  get current(): Promise<void> | null {
    return this.running;
  }

  start(): void {
    this.isStarted = true;
    this.schedule(0);
  }

  stop(): void {
    this.isStarted = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.nextAttemptAt = null;
  }

  /** On demand (and on reconnect): runs now, or once more right after the round in progress. */
  syncNow(): Promise<void> {
    if (this.running) {
      this.isRerunWanted = true;
      return this.running;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const round = this.options
      .run()
      .then(() => {
        this.failures = 0;
      })
      .catch((error: unknown) => {
        this.failures += 1;
        this.options.onError?.(error);
      })
      .finally(() => {
        this.running = null;
        if (this.isRerunWanted) {
          this.isRerunWanted = false;
          void this.syncNow();
        } else if (this.isStarted) {
          this.schedule(this.failures === 0 ? this.options.intervalMs : this.backoffMs());
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

  private schedule(delayMs: number): void {
    if (!this.isStarted) return;
    if (this.timer) clearTimeout(this.timer);
    this.nextAttemptAt = Date.now() + delayMs;
    this.timer = setTimeout(() => void this.syncNow(), delayMs);
    this.timer.unref?.();
  }
}
