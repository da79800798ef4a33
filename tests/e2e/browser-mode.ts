/**
 * Starts Guichet in browser mode on a fresh temporary profile, exactly as `npm start` does where
 * Electron is missing, and hands the tests its URL and launch token.
 */
import { test as base, expect as baseExpect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProcessLog, teeToLog } from './process-log';

export type BrowserModeApp = {
  url: string;
  origin: string;
  token: string;
  profileDir: string;
  call<T>(
    channel: string,
    input: unknown,
  ): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; messageKey: string } }>;
};

/** `profileDir`: an existing profile to open (e.g. scripts/seed-mailing-profile.ts), kept on stop; a fresh temporary one otherwise. */
export async function startBrowserMode(
  options: { demoPersons?: number; args?: readonly string[]; profileDir?: string } = {},
): Promise<{ app: BrowserModeApp; stop(): Promise<void> }> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'guichet-e2e-'));
  const demoPersons = options.demoPersons ?? 400;
  // The app seeds its demo data with the generator's default seed, only into a new profile.
  const log = openProcessLog({
    process: 'browser-mode',
    demoPersons: options.profileDir === undefined ? demoPersons : 0,
  });
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/hosts/browser-main.ts',
      '--profile',
      profileDir,
      '--port',
      '0',
      '--demo-persons',
      String(demoPersons),
      ...(options.args ?? []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  teeToLog(child, log);
  const line = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    // A new profile seeds its demo data into an encrypted database first: on a loaded machine that can pass a minute.
    const timer = setTimeout(() => reject(new Error('browser mode did not start in 120 s')), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}`)));
  });
  const url = new URL(line);
  const token = url.searchParams.get('token') ?? '';
  const app: BrowserModeApp = {
    url: line,
    origin: url.origin,
    token,
    profileDir,
    async call(channel, input) {
      const response = await fetch(`${url.origin}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      return response.json();
    },
  };
  return {
    app,
    async stop() {
      await stopChild(child);
      if (options.profileDir === undefined) {
        rmSync(profileDir, { recursive: true, force: true });
        // Its profile key, which browser mode keeps in a sibling folder.
        rmSync(`${profileDir}.keys`, { recursive: true, force: true });
      }
    },
  };
}

export const test = base.extend<object, { app: BrowserModeApp }>({
  app: [
    async ({}, use) => {
      const started = await startBrowserMode();
      await use(started.app);
      await started.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
});

export { expect } from '@playwright/test';

/** A test whose worker starts its own browser-mode app, on a fresh profile with `demoPersons` persons. */
export function browserModeTest(options: { demoPersons?: number } = {}) {
  return base.extend<object, { app: BrowserModeApp }>({
    app: [
      async ({}, use) => {
        const started = await startBrowserMode(options);
        await use(started.app);
        await started.stop();
      },
      { scope: 'worker', timeout: 120_000 },
    ],
  });
}

/** The password of every demo advisor (db/seed/demo-data.ts). */
export const demoPassword = 'guichet-demo';

/** Signs out whoever is signed in, then signs in from the keyboard as the demo advisor `username`. */
export async function signInAs(page: Page, app: BrowserModeApp, username: string): Promise<void> {
  await app.call('session.signOut', {});
  await page.goto(app.url);
  await baseExpect(page.getByRole('heading', { name: 'Connexion au guichet' })).toBeVisible();
  await baseExpect(page.getByLabel('Identifiant')).toBeFocused();
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(demoPassword);
  await page.keyboard.press('Enter');
  await baseExpect(page.getByRole('combobox')).toBeFocused();
}

/**
 * A demo advisor of every seeded profile (db/seed/demo-data.ts), of a large branch: an advisor
 * reaches the case files of their own branch only.
 */
export const demoAdvisor = { username: 'gnt.conseiller', password: demoPassword };

/**
 * Opens the app and signs in from the keyboard as the demo advisor. The session lives in the
 * services, so a later test of the same worker may find it already open.
 */
export async function signIn(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  const signInTitle = page.getByRole('heading', { name: 'Connexion au guichet' });
  await baseExpect(signInTitle.or(page.getByRole('combobox')).first()).toBeVisible();
  if (!(await signInTitle.isVisible())) return;
  await baseExpect(page.getByLabel('Identifiant')).toBeFocused();
  await page.keyboard.type(demoAdvisor.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(demoAdvisor.password);
  await page.keyboard.press('Enter');
  await baseExpect(page.getByRole('combobox')).toBeFocused();
}

/**
 * Ends a spawned process: SIGTERM for its own shutdown, SIGKILL if it has not exited within 10 s.
 * A process already gone returns at once (its 'exit' event would never come again).
 */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}
