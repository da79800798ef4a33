import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { ensureAdvisors, signIn } from '../fixtures/core';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import { startHttpHost, type HttpHost } from '../../electron/hosts/http-host';
import { insertPerson } from '../../db/repositories/person-repo';
import { tempDir } from '../fixtures/temp-db';
import { personFields } from '../fixtures/persons';

describe('browser mode over loopback HTTP', () => {
  const profile = tempDir();
  const staticRoot = join(profile.dir, 'static');
  let core: AppCore;
  let host: HttpHost;

  const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${host.url}api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const writes = () => ({
    outbox: core.db.$client.prepare('SELECT count(*) AS n FROM outbox').get(),
    settings: core.db.$client.prepare('SELECT key, value FROM settings ORDER BY key').all(),
  });

  beforeAll(async () => {
    mkdirSync(staticRoot);
    writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Guichet</title>');
    core = openAppCore({ profileDir: join(profile.dir, 'profile'), host: 'browser', demoPersons: 0 });
    ensureAdvisors(core);
    await signIn(core);
    core.db.transaction((tx) =>
      insertPerson(tx, core.recorder, personFields({ niss: '85073003328', lastName: 'Dupré', firstName: 'Jean' })),
    );
    host = await startHttpHost({
      services: core,
      staticRoot,
      securityHeaders: { 'Content-Security-Policy': "default-src 'self'" },
    });
  });
  afterAll(async () => {
    await host.close();
    core.close();
    profile.cleanup();
  });

  it('listens on loopback only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('answers a call that carries the launch token', async () => {
    const response = await post('caseFile.search', { query: 'dupre' });
    expect(response.status).toBe(200);
    const reply = (await response.json()) as { ok: boolean; value: { displayName: string }[] };
    expect(reply.value.map((hit) => hit.displayName)).toEqual(['Dupré Jean']);
  });

  it('refuses a call without the token, or with another one, with 401 and writes nothing', async () => {
    const before = writes();
    const missing = await post('settings.update', { language: 'nl' }, { authorization: '' });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({
      ok: false,
      error: { code: 'unauthorized', messageKey: 'errors.unauthorized' },
    });
    const wrong = await post(
      'settings.update',
      { language: 'nl' },
      { authorization: `Bearer ${'x'.repeat(host.token.length)}` },
    );
    expect(wrong.status).toBe(401);
    expect(writes()).toEqual(before);
  });

  it('answers invalid input with a typed validation error and writes nothing', async () => {
    const before = writes();
    const response = await post('settings.update', { language: 'en' });
    expect(response.status).toBe(400);
    const reply = (await response.json()) as {
      ok: false;
      error: { code: string; details: { issues: { path: string; messageKey: string }[] } };
    };
    expect(reply.error.code).toBe('validation');
    expect(reply.error.details.issues[0]).toEqual({ path: 'language', messageKey: 'validation.invalid_value' });
    const empty = await post('caseFile.search', { query: '   ' });
    expect(
      ((await empty.json()) as { error: { details: { issues: { messageKey: string }[] } } }).error.details.issues[0]
        ?.messageKey,
    ).toBe('validation.search.empty');
    const broken = await post('settings.update', '{not json');
    expect(broken.status).toBe(400);
    expect(writes()).toEqual(before);
  });

  it('refuses unknown channels, other methods and foreign Host headers', async () => {
    expect((await post('db.dropEverything', {})).status).toBe(404);
    expect((await fetch(`${host.url}api/app.info`)).status).toBe(405);
    // fetch() may not set Host: a raw request plays the DNS-rebinding page.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = httpRequest(
        `${host.url}api/app.info`,
        {
          method: 'POST',
          headers: {
            host: 'evil.example:80',
            authorization: `Bearer ${host.token}`,
            'content-type': 'application/json',
          },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode);
        },
      );
      request.on('error', reject);
      request.end('{}');
    });
    expect(status).toBe(421);
  });

  it('refuses a foreign Origin and accepts its own (or none, from a non-browser client)', async () => {
    const before = writes();
    const own = host.url.replace(/\/$/, '');
    for (const origin of ['https://evil.example', 'http://127.0.0.1:1', 'null', `${own}.evil.example`]) {
      const response = await post('settings.update', { language: 'nl' }, { origin });
      expect(response.status, origin).toBe(403);
      expect(await response.json()).toEqual({
        ok: false,
        error: { code: 'forbidden', messageKey: 'errors.forbidden', details: { reason: 'foreignOrigin' } },
      });
    }
    expect(writes()).toEqual(before);
    expect((await post('app.info', {}, { origin: own })).status).toBe(200);
    expect((await post('app.info', {})).status).toBe(200);
  });

  it('takes exactly application/json, with a UTF-8 charset at most', async () => {
    for (const contentType of [
      'application/jsonfoo',
      'application/json-patch+json',
      'text/plain',
      'application/json; charset=latin1',
      'application/json; boundary=x',
    ]) {
      const response = await post('app.info', {}, { 'content-type': contentType });
      expect(response.status, contentType).toBe(415);
      expect(await response.json()).toMatchObject({ error: { details: { reason: 'unsupportedMediaType' } } });
    }
    for (const contentType of [
      'application/json',
      'Application/JSON; charset=UTF-8',
      'application/json;charset="utf-8"',
    ])
      expect((await post('app.info', {}, { 'content-type': contentType })).status, contentType).toBe(200);
  });

  it('answers a malformed percent-encoding in the channel path with 400 and a reason, never 500', async () => {
    for (const path of ['app%2', 'app%E0%A4%A', '%zz', 'caseFile.%ED%A0%80']) {
      const response = await post(path, {});
      expect(response.status, path).toBe(400);
      expect(await response.json()).toEqual({
        ok: false,
        error: { code: 'validation', messageKey: 'errors.validation', details: { reason: 'malformedChannelPath' } },
      });
    }
    // Well-formed encoding of a real channel still reaches it.
    expect((await post('app%2Einfo', {})).status).toBe(200);
  });

  it('serves the renderer with its security headers, and nothing outside its folder', async () => {
    const index = await fetch(host.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect((await fetch(`${host.url}..%2f..%2fprofile%2fguichet.sqlite`)).status).toBe(404);
    expect((await fetch(`${host.url}%2e%2e/profile/guichet.sqlite`)).status).toBe(404);
  });

  it('reports a missing case file as not-found without details of the lookup', async () => {
    const response = await post('caseFile.get', { kind: 'person', id: '0190c8a0-0000-7000-8000-000000000000' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'not-found', messageKey: 'errors.notFound', details: { entity: 'person' } },
    });
  });
});
