/** The screens' date defaults follow the fund's (Brussels') day, like the services, whatever the browser's zone. */
import { describe, expect, it } from 'vitest';
import { previousQuarter } from '../../renderer/features/letters/batch-form';
import { defaultYear } from '../../renderer/features/simulation/simulation-form';

describe("defaults the screens take from the fund's day", () => {
  it("the reminder run's quarter and the simulation's year turn over at Brussels midnight, not at UTC midnight", () => {
    const newYearInBrussels = new Date('2026-12-31T23:30:00.000Z');
    expect(previousQuarter(newYearInBrussels)).toBe('2026-Q4');
    expect(previousQuarter(new Date('2026-12-31T22:30:00.000Z'))).toBe('2026-Q3');
    expect(defaultYear(new Date('2025-12-31T23:30:00.000Z'))).toBe(2026);
    expect(defaultYear(new Date('2025-12-31T22:30:00.000Z'))).toBe(2025);
  });
});
