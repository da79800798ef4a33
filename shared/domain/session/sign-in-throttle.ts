/**
 * Password-guessing brake for the local sign-in and unlock. Pure: the clock is a parameter and
 * the state is a value the shell persists.
 *
 * Five failures are free (typos, caps lock). The fifth locks the username for 30 seconds; once
 * past that threshold each further failure locks it again for twice as long, up to 15 minutes.
 * The cap keeps a colleague who types another advisor's username from locking them out of the
 * counter for the day, while 15 minutes between guesses leaves fewer than a hundred guesses a day.
 * Attempts during a lock-out are refused without checking the password, and do not lengthen it:
 * the password check is what costs, and refusing it is what stops guessing.
 */
export type ThrottleState = {
  /** Consecutive failures since the last success. */
  failures: number;
  /** ISO instant until which attempts are refused, or null. */
  lockedUntil: string | null;
};

export const SIGN_IN_THROTTLE = {
  freeFailures: 5,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
} as const;

export const initialThrottle: ThrottleState = { failures: 0, lockedUntil: null };

/** Whole seconds left before attempts are accepted again; 0 when not locked. */
export function secondsLocked(state: ThrottleState, now: Date): number {
  if (state.lockedUntil === null) return 0;
  return Math.max(0, Math.ceil((Date.parse(state.lockedUntil) - now.getTime()) / 1000));
}

/** The lock-out a failure number earns: none before the fifth, then 30 s doubling to the cap. */
export function delayAfterFailure(failures: number): number {
  if (failures < SIGN_IN_THROTTLE.freeFailures) return 0;
  const doublings = failures - SIGN_IN_THROTTLE.freeFailures;
  // 2^5 * 30 s already passes the cap: no need to compute larger powers.
  if (doublings >= 5) return SIGN_IN_THROTTLE.maxDelaySeconds;
  return Math.min(SIGN_IN_THROTTLE.maxDelaySeconds, SIGN_IN_THROTTLE.firstDelaySeconds * 2 ** doublings);
}

/** The state after a failed attempt, and the lock-out it starts (0 seconds: none). */
export function recordFailure(state: ThrottleState, now: Date): { state: ThrottleState; lockedForSeconds: number } {
  const failures = state.failures + 1;
  const lockedForSeconds = delayAfterFailure(failures);
  const lockedUntil = lockedForSeconds > 0 ? new Date(now.getTime() + lockedForSeconds * 1000).toISOString() : null;
  return { state: { failures, lockedUntil }, lockedForSeconds };
}
