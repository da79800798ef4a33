/**
 * The unmatched queue end to end: a head office (scripts/head-office-demo.ts on a throw-away
 * PostgreSQL database, so that its command line can import while it serves) and one browser-mode
 * client of branch NAM. A bank statement is imported with `server/main.ts import-statement`; its
 * credits wait in the queue (one without reference, two whose references the demo never issued). The back-office advisor opens "Paiements non
 * affectés" from the side navigation, finds the case file, leaves the amount as a credit with a
 * note and confirms; the entry leaves the list and, after a sync, the payment shows in the case file.
 * Screenshots in docs/screenshots/unmatched/. Skipped where no PostgreSQL answers.
 */
import { test, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';
import { openProcessLog } from './process-log';
import { firstSyncDone, startHeadOffice } from './sync-fixture';
import { applyDatabaseKey } from '../../db/profile-encryption';
import { profileKeyOf } from '../fixtures/profile-key';

const shots = 'docs/screenshots/unmatched';
const serverUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const backOffice = { username: 'nam.backoffice', password: 'guichet-demo' };

type Started = { app: BrowserModeApp; env: NodeJS.ProcessEnv; stop(): Promise<void> };

async function isPostgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

async function startHeadOfficeAndClient(): Promise<Started> {
  const name = `guichet_e2e_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const env = { ...process.env, DATABASE_URL: url.toString() };
  const dataDir = mkdtempSync(join(tmpdir(), 'guichet-e2e-unmatched-'));
  const headOffice = await startHeadOffice(dataDir, 1, env);
  const client = await startBrowserMode({
    demoPersons: 0,
    args: ['--head-office', headOffice.url, '--enrol-code', headOffice.codes[0] ?? '', '--device-name', 'Back-office'],
  });
  await firstSyncDone(client.app);
  return {
    app: client.app,
    env,
    async stop() {
      await client.stop().catch(() => undefined);
      await headOffice.stop().catch(() => undefined);
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A person of the branch held on the client, read from its profile. */
function pickPerson(app: BrowserModeApp): { id: string; lastName: string } {
  const db = new Database(join(app.profileDir, 'guichet.sqlite'), { readonly: true, fileMustExist: true });
  applyDatabaseKey(db, profileKeyOf(app.profileDir));
  try {
    return db
      .prepare<[], { id: string; lastName: string }>(
        'SELECT id, last_name AS lastName FROM persons WHERE deleted_at IS NULL ORDER BY last_name, id LIMIT 1',
      )
      .get() as { id: string; lastName: string };
  } finally {
    db.close();
  }
}

/**
 * The head-office command line, as staff run it, on the fixture statement (tests/fixtures/statements/samples.ts):
 * none of its references is the demo data's, and Peeters's credit of 250,00 carries none at all.
 */
function importStatement(env: NodeJS.ProcessEnv): string {
  const file = join('tests', 'fixtures', 'statements', 'two-statements.cod');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts', 'import-statement', file], {
    env,
    encoding: 'utf8',
  });
  // Into the e2e logs like every other process's output, so the personal-data scan reads it too.
  const log = openProcessLog({ process: 'head-office-command', demoPersons: 0 });
  log.write(run.stdout);
  log.write(run.stderr);
  if (run.status !== 0) throw new Error(`import-statement exited with ${run.status}: ${run.stderr}`);
  return run.stdout;
}

async function signInAsBackOffice(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Connexion au guichet' })).toBeVisible();
  await page.getByLabel('Identifiant').fill(backOffice.username);
  await page.getByLabel('Mot de passe').fill(backOffice.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox')).toBeVisible();
}

test('a back-office advisor allocates a payment of the unmatched queue; after sync it shows in the case file', async ({
  page,
}) => {
  test.skip(!(await isPostgresReachable()), 'needs a PostgreSQL for the head office and its command line');
  test.setTimeout(240_000);
  const started = await startHeadOfficeAndClient();
  try {
    expect(importStatement(started.env)).toMatch(/unmatched/);
    const person = pickPerson(started.app);
    await signInAsBackOffice(page, started.app);

    await page.getByRole('link', { name: 'Paiements non affectés' }).click();
    await expect(page.getByRole('heading', { name: 'Paiements non affectés', level: 1 })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'PEETERS JAN' });
    await expect(row).toContainText('250,00');
    await expect(row).toContainText('Sans communication structurée');
    await page.screenshot({ path: `${shots}/unmatched-01-queue.png`, fullPage: true });

    await row.getByRole('button', { name: 'Affecter' }).click();
    await page.getByLabel('Rechercher le dossier').fill(person.lastName);
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page
      .getByRole('radio', { name: new RegExp(person.lastName) })
      .first()
      .check();
    await page.getByRole('radio', { name: 'Laisser en crédit sur le compte du dossier' }).check();
    await page.getByLabel('Note').fill('Virement sans communication, payé par le conjoint');
    await page.screenshot({ path: `${shots}/unmatched-02-allocate.png`, fullPage: true });
    await page.getByRole('button', { name: "Confirmer l'affectation" }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Paiement affecté' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'PEETERS JAN' })).toHaveCount(0);
    await page.screenshot({ path: `${shots}/unmatched-03-allocated.png`, fullPage: true });

    const synced = await started.app.call('sync.now', {});
    expect(synced.ok).toBe(true);
    await page.evaluate((id) => {
      window.location.hash = `#/case-files/person/${id}`;
    }, person.id);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(person.lastName);
    await page.getByRole('tab', { name: 'Cotisations et paiements' }).click();
    const payments = page.locator('section[aria-labelledby="payments-title"]');
    const credit = payments.getByRole('row').filter({ hasText: '250,00' });
    await expect(credit).toContainText('Crédit non imputé', { timeout: 15_000 });
    await payments.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/unmatched-04-case-file.png`, fullPage: true });
  } finally {
    await started.stop();
  }
});
