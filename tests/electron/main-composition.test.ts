/**
 * The composition root, run for real: the esbuild bundle out/electron/main.cjs is loaded in Node
 * in the development layout, with a recording stand-in for 'electron' (the binary cannot be
 * installed here). This checks what no unit test can: the order of start-up, that the bundle runs
 * (import.meta, externals), that it finds its migrations and renderer, and that quitting closes
 * the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../../electron/main/csp';
import { tempDir } from '../fixtures/temp-db';
import { createFakeElectron, type FakeElectron } from './fakes/fake-electron';

const repo = fileURLToPath(new URL('../..', import.meta.url));

describe('Electron main bundle (with a stand-in for Electron)', () => {
  const folder = tempDir();
  const app = join(folder.dir, 'app');
  const profile = join(folder.dir, 'profile');
  const savedEnvironment = { profile: process.env.GUICHET_PROFILE_DIR, demo: process.env.GUICHET_DEMO_PERSONS };
  let fake: FakeElectron;
  let callsBeforeReady: string[] = [];

  beforeAll(async () => {
    // The development layout main.ts expects: out/electron, out/renderer and db/migrations side by side.
    execFileSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', join(app, 'out', 'electron')], {
      cwd: repo,
      stdio: 'pipe',
    });
    mkdirSync(join(app, 'out', 'renderer'), { recursive: true });
    writeFileSync(join(app, 'out', 'renderer', 'index.html'), '<!doctype html><title>Guichet</title>');
    cpSync(join(repo, 'db', 'migrations'), join(app, 'db', 'migrations'), { recursive: true });
    mkdirSync(join(app, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(
      join(app, 'node_modules', 'electron', 'index.js'),
      'module.exports = globalThis.guichetFakeElectron;\n',
    );
    symlinkSync(join(repo, 'node_modules', 'better-sqlite3'), join(app, 'node_modules', 'better-sqlite3'), 'junction');

    fake = createFakeElectron({ userData: join(folder.dir, 'unused-default-profile') });
    Reflect.set(globalThis, 'guichetFakeElectron', fake.electron);
    process.env.GUICHET_PROFILE_DIR = profile;
    process.env.GUICHET_DEMO_PERSONS = '0';
    createRequire(import.meta.url)(join(app, 'out', 'electron', 'main.cjs'));
    callsBeforeReady = [...fake.calls];
    await fake.becomeReady();
  });

  afterAll(() => {
    fake.emit('will-quit');
    Reflect.deleteProperty(globalThis, 'guichetFakeElectron');
    if (savedEnvironment.profile === undefined) delete process.env.GUICHET_PROFILE_DIR;
    else process.env.GUICHET_PROFILE_DIR = savedEnvironment.profile;
    if (savedEnvironment.demo === undefined) delete process.env.GUICHET_DEMO_PERSONS;
    else process.env.GUICHET_DEMO_PERSONS = savedEnvironment.demo;
    folder.cleanup();
  });

  it('registers the privileged app scheme and the sandbox before Electron is ready', () => {
    expect(callsBeforeReady.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(
      callsBeforeReady.indexOf('app.whenReady'),
    );
    expect(callsBeforeReady).toContain('app.enableSandbox');
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.hasListener('web-contents-created')).toBe(true);
    expect(callsBeforeReady).not.toContain('new BrowserWindow');
  });

  it('takes the single-instance lock and focuses the window on a second start', () => {
    expect(callsBeforeReady).toContain('app.requestSingleInstanceLock');
    fake.emit('second-instance');
    expect(fake.windows[0]?.isFocused).toBe(true);
  });

  it('hardens the default session', () => {
    expect(fake.sessionHandlers.sort()).toEqual([
      'device-permission',
      'permission-check',
      'permission-request',
      'will-download',
    ]);
  });

  it('serves the renderer on app://guichet with the CSP', async () => {
    const handler = fake.protocolHandlers.get('app');
    const response = await handler?.(new Request('app://guichet/index.html'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response?.text()).toContain('<title>Guichet</title>');
  });

  it('opens one hardened window on app://guichet/index.html with the bundled preload', () => {
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0];
    expect(window?.loadedUrl).toBe('app://guichet/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    const preload = window?.options.webPreferences?.preload;
    expect(preload).toBe(join(app, 'out', 'electron', 'preload.cjs'));
    expect(typeof preload === 'string' && existsSync(preload)).toBe(true);
  });

  it('answers the window over guichet:invoke from the migrated profile database, and no one else', async () => {
    const invoke = fake.ipcHandlers.get('guichet:invoke');
    const ownId = fake.windows[0]?.webContents.id ?? -1;
    const fromWindow = { senderFrame: { url: 'app://guichet/index.html', parent: null }, sender: { id: ownId } };
    expect(await invoke?.(fromWindow, 'app.info', {})).toEqual({
      ok: true,
      value: { version: '9.9.9', host: 'electron', personCount: 0, pendingChanges: 0, wiped: null },
    });
    expect(existsSync(join(profile, 'guichet.sqlite'))).toBe(true);
    // Encrypted with a key wrapped by safeStorage: never the key file of browser mode, in or beside the profile.
    expect(readFileSync(join(profile, 'guichet.sqlite')).subarray(0, 15).toString('latin1')).not.toBe(
      'SQLite format 3',
    );
    expect(readFileSync(join(profile, 'profile-key.wrapped'), 'utf8')).toMatch(/^pk1:/);
    expect(existsSync(`${profile}.keys`)).toBe(false);
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: ownId } };
    expect(await invoke?.(foreign, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('closes the database when the app quits', async () => {
    fake.emit('will-quit');
    const invoke = fake.ipcHandlers.get('guichet:invoke');
    const fromWindow = {
      senderFrame: { url: 'app://guichet/index.html', parent: null },
      sender: { id: fake.windows[0]?.webContents.id ?? -1 },
    };
    expect(await invoke?.(fromWindow, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
