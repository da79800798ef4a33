/**
 * The desktop app itself: the real Electron binary runs out/electron/main.cjs, which serves
 * out/renderer over app://guichet. Skipped (with the reason shown) where the binary is absent.
 * Build first: `vite build && node scripts/build-electron.mjs` (npm run test:e2e:electron does).
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GuichetApi } from '../../shared/contract/client';
import { electronMissingReason, findElectronExecutable } from './electron-binary';

const executablePath = findElectronExecutable();
const mainBundle = join(process.cwd(), 'out', 'electron', 'main.cjs');

test.skip(!executablePath, electronMissingReason);

test.describe('desktop window', () => {
  let app: ElectronApplication;
  let profileDir: string;

  test.beforeAll(async () => {
    if (!existsSync(mainBundle) || !existsSync(join(process.cwd(), 'out', 'renderer', 'index.html'))) {
      throw new Error('out/ is not built: run `vite build && node scripts/build-electron.mjs` first');
    }
    profileDir = mkdtempSync(join(tmpdir(), 'guichet-e2e-electron-'));
    app = await electron.launch({
      ...(executablePath ? { executablePath } : {}),
      args: [mainBundle],
      env: { ...process.env, GUICHET_PROFILE_DIR: profileDir, GUICHET_DEMO_PERSONS: '200' },
    });
  });

  test.afterAll(async () => {
    await app?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  test('opens on the search page of app://guichet', async () => {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Guichet/);
    expect(page.url()).toMatch(/^app:\/\/guichet\/index\.html/);
    await expect(page.getByRole('combobox')).toBeVisible();
  });

  test('gives the page the contract API and nothing of Node or Electron', async () => {
    const page = await app.firstWindow();
    const globals = await page.evaluate(() => ({
      guichet: typeof Reflect.get(globalThis, 'guichet'),
      require: typeof Reflect.get(globalThis, 'require'),
      process: typeof Reflect.get(globalThis, 'process'),
    }));
    expect(globals).toEqual({ guichet: 'object', require: 'undefined', process: 'undefined' });
  });

  test('answers through IPC from the profile database', async () => {
    const page = await app.firstWindow();
    const reply = await page.evaluate(async () => {
      const api: GuichetApi = Reflect.get(globalThis, 'guichet');
      return api.app.info({});
    });
    expect(reply).toMatchObject({ ok: true, value: { host: 'electron', personCount: 200 } });
  });

  test('sends the strict CSP with the page', async () => {
    const page = await app.firstWindow();
    const response = await page.evaluate(async () =>
      (await fetch('app://guichet/index.html')).headers.get('content-security-policy'),
    );
    expect(response).toContain("default-src 'none'");
  });
});
