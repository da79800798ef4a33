// @vitest-environment jsdom
/**
 * Browser mode's HTTP transport: the bearer token travels with every call, the reply body is the
 * contract's Reply, and refusals or network failures come back as translated-key errors, never as
 * exceptions. Checked against a recording fetch and against the real loopback host.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/contract/app-contract';
import { buildApi } from '../../shared/contract/client';
import { startHttpHost, type HttpHost } from '../../electron/hosts/http-host';
import type { Handlers } from '../../electron/services/handler-types';
import type { AccessGate } from '../../electron/services/access/access-gate';
import { GuichetError } from '../../shared/contract/errors';
import { createHttpInvoke } from '../../renderer/api/http-transport';
import { takeLaunchToken } from '../../renderer/api/launch-token';
import { dupontHit } from './support/case-files';

type Recorded = { url: string; init: RequestInit };

function recordingFetch(respond: () => Response | Promise<Response>): { fetch: typeof fetch; requests: Recorded[] } {
  const requests: Recorded[] = [];
  const fake = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    requests.push({ url: String(url), init: init ?? {} });
    return respond();
  });
  return { fetch: fake as unknown as typeof fetch, requests };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the HTTP transport', () => {
  it('posts the input as JSON to /api/<channel> with the bearer token, and returns the Reply', async () => {
    const { fetch, requests } = recordingFetch(() => json({ ok: true, value: [dupontHit] }));
    const api = buildApi(channels, createHttpInvoke({ getToken: () => 'launch-token', fetch }));

    const reply = await api.caseFile.search({ query: 'dupont', limit: 5 });

    expect(reply).toEqual({ ok: true, value: [dupontHit] });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('/api/caseFile.search');
    expect(request?.init.method).toBe('POST');
    expect(request?.init.headers).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer launch-token' });
    expect(JSON.parse(String(request?.init.body))).toEqual({ query: 'dupont', limit: 5 });
  });

  it('keeps channels with a dotted verb apart (sync.conflicts.list and sync.conflicts.resolve)', async () => {
    const { fetch, requests } = recordingFetch(() => json({ ok: true, value: [] }));
    const api = buildApi(channels, createHttpInvoke({ getToken: () => 'launch-token', fetch }));

    await api.sync['conflicts.list']({});
    await api.sync['conflicts.resolve']({ id: 'c1', decision: { choice: 'server' } });

    expect(requests.map((request) => request.url)).toEqual(['/api/sync.conflicts.list', '/api/sync.conflicts.resolve']);
  });

  it('passes a refusal of the services through unchanged', async () => {
    const refusal = {
      ok: false,
      error: {
        code: 'validation',
        messageKey: 'errors.validation',
        details: { issues: [{ path: 'query', messageKey: 'validation.search.empty' }] },
      },
    };
    const { fetch } = recordingFetch(() => json(refusal, 400));
    const invoke = createHttpInvoke({ getToken: () => 't', fetch });
    expect(await invoke('caseFile.search', { query: ' ' })).toEqual(refusal);
  });

  it("keeps the session's own refusal on a 401: a wrong password or a lock-out, never the launch-token message", async () => {
    const throttled = {
      ok: false,
      error: { code: 'unauthorized', messageKey: 'errors.session.throttled', details: { secondsLeft: 30 } },
    };
    const { fetch } = recordingFetch(() => json(throttled, 401));
    const invoke = createHttpInvoke({ getToken: () => 't', fetch });
    expect(await invoke('session.signIn', { username: 'nam.conseiller', password: 'x' })).toEqual(throttled);
  });

  it('maps a 401 without a reply to errors.unauthorized (the launch token refused)', async () => {
    const { fetch } = recordingFetch(() => new Response('nope', { status: 401 }));
    const invoke = createHttpInvoke({ getToken: () => 'stale', fetch });
    expect(await invoke('settings.get', {})).toEqual({
      ok: false,
      error: { code: 'unauthorized', messageKey: 'errors.unauthorized' },
    });
  });

  it('maps a network failure to errors.network', async () => {
    const { fetch } = recordingFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const invoke = createHttpInvoke({ getToken: () => 't', fetch });
    expect(await invoke('app.info', {})).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.network' },
    });
  });

  it('maps a body that is not a Reply to errors.internal', async () => {
    const { fetch } = recordingFetch(() => json({ hello: 'world' }));
    const invoke = createHttpInvoke({ getToken: () => 't', fetch });
    expect(await invoke('app.info', {})).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.internal' },
    });
  });

  it('sends no Authorization header when there is no token (the host then answers 401)', async () => {
    const { fetch, requests } = recordingFetch(() => json({ ok: true, value: { language: 'fr' } }));
    await createHttpInvoke({ getToken: () => null, fetch })('settings.get', {});
    expect(requests[0]?.init.headers).toEqual({ 'Content-Type': 'application/json' });
  });
});

function notUsed(): never {
  throw new Error('not used here');
}

/** The transport is under test here, not the access rules (tests/electron/access-rules.test.ts has those). */
const admitEveryone: AccessGate = { admit: () => null, checkScope: () => undefined };

describe('the HTTP transport against the real loopback host', () => {
  let host: HttpHost;
  // Every channel of the contract must have a handler; those this test does not call throw.
  const unused = Object.fromEntries(channels.map((channel) => [channel, notUsed])) as unknown as Handlers;
  const handlers: Handlers = {
    ...unused,
    'app.info': () => ({ version: '0.1.0', host: 'browser', personCount: 1, pendingChanges: 0 }),
    'caseFile.search': ({ query }) => (query === 'dupont' ? [dupontHit] : []),
    'settings.get': () => ({ language: 'fr' }),
    'settings.update': ({ language }) => ({ language: language ?? 'fr' }),
    'session.signIn': () => {
      throw new GuichetError('unauthorized', 'errors.session.badCredentials');
    },
  };

  beforeAll(async () => {
    host = await startHttpHost({
      services: { handlers, access: admitEveryone },
      staticRoot: '/nonexistent',
      token: 'right-token',
      securityHeaders: {},
      logger: { error: () => {} },
    });
  });
  afterAll(async () => {
    await host.close();
  });

  const apiWith = (token: string) =>
    buildApi(channels, createHttpInvoke({ getToken: () => token, baseUrl: host.url.replace(/\/$/, '') }));

  it('is answered with the launch token', async () => {
    expect(await apiWith('right-token').caseFile.search({ query: 'dupont' })).toEqual({ ok: true, value: [dupontHit] });
  });

  it('brings a wrong password back as the session says it, not as a refused launch token', async () => {
    expect(await apiWith('right-token').session.signIn({ username: 'nam.conseiller', password: 'wrong' })).toEqual({
      ok: false,
      error: { code: 'unauthorized', messageKey: 'errors.session.badCredentials' },
    });
  });

  it('is refused as unauthorized with another token', async () => {
    expect(await apiWith('wrong-token').settings.get({})).toEqual({
      ok: false,
      error: { code: 'unauthorized', messageKey: 'errors.unauthorized' },
    });
  });

  it('gets the host validation error, with its translation keys, for bad input', async () => {
    const reply = await apiWith('right-token').caseFile.search({ query: '   ' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation', messageKey: 'errors.validation' } });
    expect(reply.ok ? [] : reply.error.details?.issues).toEqual([
      { path: 'query', messageKey: 'validation.search.empty' },
    ]);
  });

  it('reports errors.network once the host is gone', async () => {
    const closed = await startHttpHost({
      services: { handlers, access: admitEveryone },
      staticRoot: '/nonexistent',
      token: 'x',
      securityHeaders: {},
    });
    const baseUrl = closed.url.replace(/\/$/, '');
    await closed.close();
    const invoke = createHttpInvoke({ getToken: () => 'x', baseUrl });
    expect(await invoke('app.info', {})).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.network' },
    });
  });
});

describe('the launch token', () => {
  afterEach(() => {
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('is taken from ?token=, kept in sessionStorage, and removed from the address bar keeping the hash', () => {
    window.history.replaceState(null, '', '/?token=abc123&lang=x#/case-files/person/42');
    const token = takeLaunchToken({
      location: window.location,
      history: window.history,
      storage: window.sessionStorage,
    });
    expect(token).toBe('abc123');
    expect(window.location.search).toBe('?lang=x');
    expect(window.location.hash).toBe('#/case-files/person/42');
    expect(window.location.href).not.toContain('abc123');
    expect(Object.values({ ...window.sessionStorage })).toContain('abc123');
  });

  it('survives a reload from sessionStorage once the URL no longer has it', () => {
    window.history.replaceState(null, '', '/?token=abc123');
    takeLaunchToken({ location: window.location, history: window.history, storage: window.sessionStorage });
    expect(window.location.href).toBe(`${window.location.origin}/`);
    expect(
      takeLaunchToken({ location: window.location, history: window.history, storage: window.sessionStorage }),
    ).toBe('abc123');
  });

  it('is null when neither the URL nor the storage has one', () => {
    expect(takeLaunchToken({ location: window.location, history: window.history, storage: null })).toBeNull();
  });
});
