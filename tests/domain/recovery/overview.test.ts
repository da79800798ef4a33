import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/calendar';
import { ageBucketOf } from '../../../shared/domain/recovery/overview';

const today = '2026-11-26' as IsoDate;

describe('age of the oldest debt', () => {
  it('falls in the bucket of its upper bound, inclusive', () => {
    expect(ageBucketOf('2026-08-28' as IsoDate, today)).toBe(0); // 90 days
    expect(ageBucketOf('2026-08-27' as IsoDate, today)).toBe(1); // 91 days
    expect(ageBucketOf('2026-05-30' as IsoDate, today)).toBe(1); // 180 days
    expect(ageBucketOf('2025-11-26' as IsoDate, today)).toBe(2); // 365 days
    expect(ageBucketOf('2025-11-25' as IsoDate, today)).toBe(3); // 366 days
  });
});
