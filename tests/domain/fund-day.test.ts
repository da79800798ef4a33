/** The fund's day is Brussels' day at both ends of the night, in winter and in summer time, whatever the process's zone. */
import { describe, expect, it } from 'vitest';
import { FUND_TIME_ZONE, fundDay } from '../../shared/domain/fund-day';

describe('fundDay', () => {
  it('is already the next day in Brussels while UTC is still on the previous one', () => {
    expect(fundDay(new Date('2026-12-01T22:59:59.000Z'))).toBe('2026-12-01');
    expect(fundDay(new Date('2026-12-01T23:00:00.000Z'))).toBe('2026-12-02'); // midnight in Brussels (UTC+1)
    expect(fundDay(new Date('2026-07-14T21:59:59.000Z'))).toBe('2026-07-14');
    expect(fundDay(new Date('2026-07-14T22:00:00.000Z'))).toBe('2026-07-15'); // summer time (UTC+2)
  });

  it('turns the year over at Brussels midnight', () => {
    expect(fundDay(new Date('2026-12-31T23:30:00.000Z'))).toBe('2027-01-01');
    expect(FUND_TIME_ZONE).toBe('Europe/Brussels');
  });
});
