/**
 * A fake transport at the contract boundary: the real `buildApi` over an in-memory `invoke`, with
 * per-channel answers chosen by each test and every call recorded. Components cannot tell it from
 * the preload or the HTTP client; nothing below the contract (services, database) is imitated.
 */
import { channels, type Channel, type ChannelInput, type ChannelOutput } from '../../../shared/contract/app-contract';
import { buildApi, type GuichetApi } from '../../../shared/contract/client';
import type { SessionDto } from '../../../shared/contract/channels/session';
import type { Reply } from '../../../shared/contract/errors';

export type FakeHandlers = {
  [C in Channel]?: (input: ChannelInput<C>) => Reply<ChannelOutput<C>> | Promise<Reply<ChannelOutput<C>>>;
};

export type FakeCall = { channel: Channel; input: unknown };

/** The advisor the fake services have signed in, unless a test says otherwise. */
export const signedInSession: SessionDto = {
  advisor: {
    id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e01',
    username: 'amartin',
    displayName: 'Anne Martin',
    role: 'advisor',
    branch: { id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e02', code: 'BXL', name: 'Bruxelles' },
  },
  signedInAt: '2026-11-26T08:00:00.000Z',
  isLocked: false,
  lockAfterMinutes: 10,
};

const defaults: FakeHandlers = {
  'session.current': () => ({ ok: true, value: signedInSession }),
  'advisor.list': () => ({ ok: true, value: [signedInSession.advisor] }),
  'app.info': () => ({ ok: true, value: { version: '0.1.0', host: 'browser', personCount: 400, pendingChanges: 0 } }),
  'caseFile.search': () => ({ ok: true, value: [] }),
  'caseFile.get': () => ({ ok: false, error: { code: 'not-found', messageKey: 'errors.notFound' } }),
  'caseFile.detail': () => ({ ok: false, error: { code: 'not-found', messageKey: 'errors.notFound' } }),
  'settings.get': () => ({ ok: true, value: { language: 'fr' } }),
  'settings.update': (input) => ({ ok: true, value: { language: input.language ?? 'fr' } }),
};

export function createFakeApi(handlers: FakeHandlers = {}): { api: GuichetApi; calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const api = buildApi(channels, async (channel, input) => {
    calls.push({ channel, input });
    // The handler and its input are correlated by channel, which TypeScript cannot follow through a lookup.
    const handler = (handlers[channel] ?? defaults[channel]) as
      ((input: unknown) => Reply<unknown> | Promise<Reply<unknown>>) | undefined;
    // A channel no test answers behaves like a host that does not know it.
    if (!handler) return { ok: false, error: { code: 'unknown-channel', messageKey: 'errors.unknownChannel' } };
    return handler(input);
  });
  return { api, calls };
}

export function callsTo(calls: FakeCall[], channel: Channel): unknown[] {
  return calls.filter((call) => call.channel === channel).map((call) => call.input);
}

/** A promise the test settles by hand, to order replies as a slow disk or network would. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
