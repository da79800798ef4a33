/** The lock of a device too long without head office, as a pure rule: whole days since the last contact. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFLINE_LOCK_DAYS, offlineLockOf } from '../../shared/sync/offline-lock';

const last = '2026-11-01T12:00:00.000Z';

describe('offlineLockOf', () => {
  it('locks once the whole days since the last contact reach the delay', () => {
    expect(offlineLockOf(last, new Date('2026-12-01T11:59:59.999Z'), 30)).toEqual({
      isLocked: false,
      daysWithoutContact: 29,
    });
    expect(offlineLockOf(last, new Date('2026-12-01T12:00:00.000Z'), 30)).toEqual({
      isLocked: true,
      daysWithoutContact: 30,
    });
  });

  it('never locks a device without a known contact (not enrolled, working alone)', () => {
    expect(offlineLockOf(null, new Date('2030-01-01T00:00:00.000Z'), DEFAULT_OFFLINE_LOCK_DAYS)).toBeNull();
  });

  it('counts a clock set back before the last contact as no time passed', () => {
    expect(offlineLockOf(last, new Date('2026-10-01T00:00:00.000Z'), 30)).toEqual({
      isLocked: false,
      daysWithoutContact: 0,
    });
  });

  it('defaults to 30 days', () => {
    expect(DEFAULT_OFFLINE_LOCK_DAYS).toBe(30);
  });
});
