/** The browser host's header checks against arbitrary header values. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJsonMediaType, isOwnOrigin } from '../../electron/hosts/http-host';

const hosts = new Set(['127.0.0.1:4321', 'localhost:4321']);

describe('browser host header checks', () => {
  it('accepts a media type only when it is application/json, whatever follows the name', () => {
    fc.assert(
      fc.property(fc.string(), (suffix) => {
        const value = `application/json${suffix}`;
        const isAccepted = isJsonMediaType(value);
        // Anything glued to the name (application/jsonfoo, application/json-patch) is another type.
        if (isAccepted) expect(/^\s*(;|$)/.test(suffix)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (value) => {
        if (isJsonMediaType(value)) expect(value.split(';')[0]!.trim().toLowerCase()).toBe('application/json');
      }),
    );
  });

  it('accepts an Origin only when absent or exactly one of its own', () => {
    fc.assert(
      fc.property(fc.string(), (origin) => {
        expect(isOwnOrigin(origin, hosts)).toBe(
          origin === 'http://127.0.0.1:4321' || origin === 'http://localhost:4321',
        );
      }),
    );
    expect(isOwnOrigin(undefined, hosts)).toBe(true);
    expect(isOwnOrigin('http://127.0.0.1:4321/', hosts)).toBe(false);
  });
});
