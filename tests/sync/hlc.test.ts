import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHlc, parseHlc, receiveHlc, tickHlc, type Hlc } from '../../shared/sync/hlc';

const hlcArb = fc.record({
  wallMs: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  counter: fc.integer({ min: 0, max: 99_999 }),
  node: fc.constantFrom('a', 'b', 'device-1'),
});

describe('hybrid logical clock', () => {
  it('round-trips through its text form, and text order is clock order', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, (a: Hlc, b: Hlc) => {
        expect(parseHlc(formatHlc(a))).toEqual(a);
        const byFields =
          a.wallMs !== b.wallMs
            ? a.wallMs < b.wallMs
            : a.counter !== b.counter
              ? a.counter < b.counter
              : a.node < b.node;
        if (formatHlc(a) !== formatHlc(b)) expect(formatHlc(a) < formatHlc(b)).toBe(byFields);
      }),
    );
  });

  it('never goes backwards, whatever the wall clock does', () => {
    fc.assert(
      fc.property(hlcArb, fc.integer({ min: 0, max: 4_102_444_800_000 }), (previous, now) => {
        expect(formatHlc(tickHlc(previous, now)) > formatHlc(previous)).toBe(true);
      }),
    );
  });

  it('after receiving, is later than both the local and the remote stamp', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, fc.integer({ min: 0, max: 4_102_444_800_000 }), (local, remote, now) => {
        const next = receiveHlc(local, { ...remote, node: 'zzz' }, now);
        const key = (h: Hlc) => [h.wallMs, h.counter] as const;
        const later = (x: Hlc, y: Hlc) => key(x)[0] > key(y)[0] || (key(x)[0] === key(y)[0] && key(x)[1] > key(y)[1]);
        expect(later(next, local)).toBe(true);
        expect(later(next, remote)).toBe(true);
      }),
    );
  });

  it('rejects text that is not a clock value', () => {
    expect(() => parseHlc('yesterday')).toThrow(RangeError);
  });
});
