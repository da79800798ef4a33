import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  delayAfterFailure,
  initialThrottle,
  recordFailure,
  secondsLocked,
  SIGN_IN_THROTTLE,
} from '../../../shared/domain/session/sign-in-throttle';

const at = new Date('2026-11-26T09:00:00.000Z');

describe('the sign-in brake', () => {
  it('lets four failures pass, locks for 30 s at the fifth, then doubles up to 15 minutes', () => {
    const delays = Array.from({ length: 12 }, (_, index) => delayAfterFailure(index + 1));
    expect(delays).toEqual([0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
  });

  it('counts the time left down with the clock and frees the username when it runs out', () => {
    let state = initialThrottle;
    for (let attempt = 0; attempt < 5; attempt += 1) state = recordFailure(state, at).state;
    expect(secondsLocked(state, at)).toBe(30);
    expect(secondsLocked(state, new Date(at.getTime() + 29_500))).toBe(1);
    expect(secondsLocked(state, new Date(at.getTime() + 30_000))).toBe(0);
  });

  it('never locks for less than nothing nor beyond the cap, whatever the failure count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (failures) => {
        const delay = delayAfterFailure(failures);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(SIGN_IN_THROTTLE.maxDelaySeconds);
        expect(delay >= delayAfterFailure(Math.max(0, failures - 1))).toBe(true);
      }),
    );
  });
});
