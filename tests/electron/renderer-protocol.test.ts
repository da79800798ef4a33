import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy } from '../../electron/main/csp';
import { mimeTypeOf, resolveRendererRequest, serveRendererRequest } from '../../electron/main/renderer-protocol';
import { tempDir } from '../fixtures/temp-db';

describe('app:// file resolver', () => {
  const root = '/opt/guichet/out/renderer';
  const resolveGet = (url: string) => resolveRendererRequest(root, 'GET', url);

  it('maps the entry and asset URLs to files under the renderer folder', () => {
    expect(resolveGet('app://guichet/')).toEqual({ kind: 'file', path: join(root, 'index.html') });
    expect(resolveGet('app://guichet/index.html')).toEqual({ kind: 'file', path: join(root, 'index.html') });
    expect(resolveGet('app://guichet/assets/index-abc.js?v=1#x')).toEqual({
      kind: 'file',
      path: join(root, 'assets', 'index-abc.js'),
    });
    expect(resolveGet('app://guichet/fonts/Roboto%20Regular.woff2')).toEqual({
      kind: 'file',
      path: join(root, 'fonts', 'Roboto Regular.woff2'),
    });
  });

  it('never leaves the renderer folder, however the path is written', () => {
    // The URL parser folds plain dot segments back to the root…
    expect(resolveGet('app://guichet/../../etc/passwd')).toEqual({ kind: 'file', path: join(root, 'etc', 'passwd') });
    expect(resolveGet('app://guichet/assets/../../../etc/passwd')).toEqual({
      kind: 'file',
      path: join(root, 'etc', 'passwd'),
    });
    // …and the encoded forms that survive parsing are refused outright.
    for (const url of [
      'app://guichet/..%2f..%2fetc%2fpasswd',
      'app://guichet/%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://guichet/assets/..%5c..%5cwindows%5cwin.ini',
      'app://guichet/index.html%00.png',
    ]) {
      expect(resolveGet(url), url).toEqual({ kind: 'refused', status: 403 });
    }
    expect(resolveGet('app://guichet/%E0%A4%A')).toEqual({ kind: 'refused', status: 400 });
  });

  it('serves only the guichet host of the app scheme, read-only', () => {
    expect(resolveGet('app://other/index.html')).toEqual({ kind: 'refused', status: 403 });
    expect(resolveGet('app://user@guichet/index.html')).toEqual({ kind: 'refused', status: 403 });
    expect(resolveGet('https://guichet/index.html')).toEqual({ kind: 'refused', status: 403 });
    expect(resolveRendererRequest(root, 'POST', 'app://guichet/index.html')).toEqual({ kind: 'refused', status: 405 });
  });

  it('knows the MIME type of every file the renderer build emits', () => {
    expect(mimeTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('assets/index-abc.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('fonts/roboto.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('logo.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('logo.png')).toBe('image/png');
    expect(mimeTypeOf('data.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeOf('README')).toBe('application/octet-stream');
  });
});

describe('app:// protocol handler', () => {
  const folder = tempDir();
  const root = join(folder.dir, 'renderer');
  const get = (url: string, method = 'GET') => serveRendererRequest(root, new Request(url, { method }));

  beforeAll(() => {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Guichet</title>');
    writeFileSync(join(root, 'assets', 'index.js'), 'console.log("guichet");');
    writeFileSync(join(folder.dir, 'secret.txt'), 'outside the renderer');
  });
  afterAll(() => folder.cleanup());

  it('serves a file with its type and the CSP', async () => {
    const response = await get('app://guichet/assets/index.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log("guichet");');
  });

  it('serves index.html for the root', async () => {
    const response = await get('app://guichet/');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Guichet</title>');
  });

  it('answers 404 for an unknown file or a folder, with the CSP still on', async () => {
    const missing = await get('app://guichet/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect((await get('app://guichet/assets')).status).toBe(404);
  });

  it('cannot read a file beside the renderer folder', async () => {
    expect((await get('app://guichet/../secret.txt')).status).toBe(404);
    const encoded = await get('app://guichet/..%2fsecret.txt');
    expect(encoded.status).toBe(403);
    expect(await encoded.text()).toBe('');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://guichet/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://guichet/index.html', 'DELETE')).status).toBe(405);
  });
});
