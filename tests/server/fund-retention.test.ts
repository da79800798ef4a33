/**
 * The fund's retention periods as head office's operator sets them (GUICHET_FUND_RETENTION): the
 * defaults when unset, a partial object completed by them, anything else refused with the reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundRetentionFrom } from '../../server/fund-retention';
import { DEFAULT_FUND_RETENTION } from '../../shared/contract/sync-protocol';

describe('fund retention at head office', () => {
  it('takes the defaults when unset and completes a partial setting with them', () => {
    expect(fundRetentionFrom(undefined)).toEqual(DEFAULT_FUND_RETENTION);
    expect(fundRetentionFrom('  ')).toEqual(DEFAULT_FUND_RETENTION);
    expect(fundRetentionFrom('{"acknowledgedKeepDays":14}')).toEqual({
      ...DEFAULT_FUND_RETENTION,
      acknowledgedKeepDays: 14,
    });
  });

  it('keeps any whole number of days from 0 to 3650 as set', () => {
    const days = fc.integer({ min: 0, max: 3650 });
    fc.assert(
      fc.property(days, days, days, (acknowledgedKeepDays, letterPdfKeepDays, deviceAuditKeepDays) => {
        const set = { acknowledgedKeepDays, letterPdfKeepDays, deviceAuditKeepDays };
        expect(fundRetentionFrom(JSON.stringify(set))).toEqual(set);
      }),
    );
  });

  it('refuses what is not a period of whole days, or names an unknown one', () => {
    const bad = fc.oneof(
      fc.string().filter((text) => text.trim() !== '' && !isObjectText(text)),
      fc
        .record({
          acknowledgedKeepDays: fc.oneof(
            fc.integer({ max: -1 }),
            fc.integer({ min: 3651 }),
            fc.double({ noInteger: true }),
            fc.string(),
          ),
        })
        .map((value) => JSON.stringify(value)),
      fc.constant('{"keepDays":7}'),
      fc.constant('[7, 90, 90]'),
      fc.constant('null'),
    );
    fc.assert(fc.property(bad, (text) => void expect(() => fundRetentionFrom(text)).toThrow(/GUICHET_FUND_RETENTION/)));
  });
});

function isObjectText(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
