/**
 * The desktop preload exposes the contract API as `window.guichet`. In browser mode nothing is
 * exposed, hence optional: `renderer/api/client.ts` is the only code allowed to read it.
 */
import type { GuichetApi } from '../../shared/contract/client';

declare global {
  // An interface, not a type: only interfaces merge into the DOM's own `Window` declaration.
  interface Window {
    readonly guichet?: GuichetApi;
  }
}

export {};
