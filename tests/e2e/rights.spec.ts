/**
 * Rights end to end: a head office (scripts/head-office-demo.ts on a throw-away PostgreSQL database,
 * so that its command line can import while it serves) and one browser-mode client of branch NAM,
 * signed in as the branch manager (who may decide).
 * 1. A bankruptcy recorded at the counter: the bridging right shows as eligible with its monthly
 *    amount and duration; the application is filed, granted with a motivation, and the decision
 *    letter previewed. The panel also in German.
 * 2. A birth imported at head office with `server/main.ts import-events`: after a sync the device's
 *    scan has opened a task in the case file and queued the maternity-aid information letter.
 * Screenshots in docs/screenshots/rights/. Skipped where no PostgreSQL answers.
 */
import { test, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';
import { openProcessLog } from './process-log';
import { firstSyncDone, startHeadOffice } from './sync-fixture';
import { applyDatabaseKey } from '../../db/profile-encryption';
import { profileKeyOf } from '../fixtures/profile-key';

const shots = 'docs/screenshots/rights';
const serverUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const manager = { username: 'nam.responsable', password: 'guichet-demo' };

type Started = { app: BrowserModeApp; env: NodeJS.ProcessEnv; dataDir: string; stop(): Promise<void> };

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
  const name = `guichet_e2e_rights_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const env = { ...process.env, DATABASE_URL: url.toString() };
  const dataDir = mkdtempSync(join(tmpdir(), 'guichet-e2e-rights-'));
  const headOffice = await startHeadOffice(dataDir, 1, env);
  const client = await startBrowserMode({
    demoPersons: 0,
    args: ['--head-office', headOffice.url, '--enrol-code', headOffice.codes[0] ?? '', '--device-name', 'Guichet'],
  });
  await firstSyncDone(client.app);
  return {
    app: client.app,
    env,
    dataDir,
    async stop() {
      await client.stop().catch(() => undefined);
      await headOffice.stop().catch(() => undefined);
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type Person = { id: string; niss: string; lastName: string };

function readProfile<Row>(app: BrowserModeApp, sql: string): Row {
  const db = new Database(join(app.profileDir, 'guichet.sqlite'), { readonly: true, fileMustExist: true });
  applyDatabaseKey(db, profileKeyOf(app.profileDir));
  try {
    return db.prepare<[], Row>(sql).get() as Row;
  } finally {
    db.close();
  }
}

/** A person in main activity whose 2026 quarters are claimed and at least four of the 16 before paid. */
function bridgingCandidate(app: BrowserModeApp): Person {
  return readProfile<Person>(
    app,
    `SELECT p.id, p.niss, p.last_name AS lastName FROM persons p
     JOIN affiliations a ON a.person_id = p.id AND a.category = 'main' AND a.deleted_at IS NULL
     WHERE p.deleted_at IS NULL AND p.birth_date > '1965-01-01'
       AND (SELECT count(DISTINCT c.quarter) FROM contributions c WHERE c.person_id = p.id AND c.year = 2026
            AND c.kind = 'provisional' AND c.status <> 'cancelled') = 4
       AND (SELECT count(*) FROM contributions c WHERE c.person_id = p.id AND c.kind = 'provisional'
            AND c.year * 4 + c.quarter BETWEEN 2022 * 4 + 4 AND 2026 * 4 + 3
            AND (SELECT COALESCE(SUM(y.amount_cents), 0) FROM payments y WHERE y.contribution_id = c.id) >= c.amount_cents + c.fee_cents) >= 6
     ORDER BY p.id LIMIT 1`,
  );
}

/** Another woman of the branch in main activity through 2026 (maternity aid looks at the quarters before the birth). */
function birthCandidate(app: BrowserModeApp, other: string): Person {
  return readProfile<Person>(
    app,
    `SELECT p.id, p.niss, p.last_name AS lastName FROM persons p
     JOIN affiliations a ON a.person_id = p.id AND a.category = 'main' AND a.deleted_at IS NULL
     WHERE p.deleted_at IS NULL AND p.id <> '${other}' AND p.sex = 'F'
       AND (SELECT count(DISTINCT c.quarter) FROM contributions c WHERE c.person_id = p.id AND c.year = 2026
            AND c.kind = 'provisional' AND c.status <> 'cancelled') = 4
     ORDER BY p.id LIMIT 1`,
  );
}

/** The head-office command line, as staff run it, on a one-line life-events file. */
function importEvents(started: Started, niss: string, date: string): string {
  const file = join(started.dataDir, 'life-events.jsonl');
  writeFileSync(file, `${JSON.stringify({ niss, kind: 'birth', date, source: 'Registre national' })}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts', 'import-events', file], {
    env: started.env,
    encoding: 'utf8',
  });
  const log = openProcessLog({ process: 'head-office-command', demoPersons: 0 });
  log.write(run.stdout);
  log.write(run.stderr);
  if (run.status !== 0) throw new Error(`import-events exited with ${run.status}: ${run.stderr}`);
  return run.stdout;
}

async function signIn(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Connexion au guichet' })).toBeVisible();
  await page.getByLabel('Identifiant').fill(manager.username);
  await page.getByLabel('Mot de passe').fill(manager.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox')).toBeVisible();
}

async function openCaseFile(page: Page, person: Person, tab: string): Promise<void> {
  await page.evaluate(
    ([id, name]) => {
      window.location.hash = `#/case-files/person/${id}?tab=${name}`;
    },
    [person.id, tab],
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText(person.lastName);
}

async function switchLanguage(page: Page, language: 'fr' | 'de'): Promise<void> {
  await page.locator('.side-nav__item--settings a').click();
  await page.locator(`input[name="language"][value="${language}"]`).check();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test('a bankruptcy at the counter opens the bridging right up to its decision letter; a birth imported at head office reaches the device as a task and a letter', async ({
  page,
}) => {
  test.skip(!(await isPostgresReachable()), 'needs a PostgreSQL for the head office and its command line');
  test.setTimeout(300_000);
  const started = await startHeadOfficeAndClient();
  try {
    const debtor = bridgingCandidate(started.app);
    await signIn(page, started.app);
    await openCaseFile(page, debtor, 'rights');
    await expect(page.getByTestId('rights-panel')).toBeVisible();

    // The bankruptcy, recorded at the counter with the keyboard.
    await page.locator('#rights-event-kind').selectOption('bankruptcy');
    await page.locator('#rights-event-family').selectOption('no');
    await page.getByRole('button', { name: 'Enregistrer l’événement' }).click();
    const card = page.locator('[data-testid^="right-bridging-right-"]');
    await expect(card.locator('.status-pill')).toHaveText('Éligible');
    await expect(card.locator('.right-card__amount')).toContainText(/par mois pendant \d+ mois/);
    await page.screenshot({ path: `${shots}/rights-01-bridging-eligible-fr.png`, fullPage: true });

    await card.getByRole('button', { name: 'Introduire la demande' }).click();
    await expect(card.locator('.right-card__application')).toContainText('Demande introduite');
    await card
      .getByLabel('Motivation')
      .fill('Faillite prononcée par le tribunal de l’entreprise ; carrière suffisante.');
    await card.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await expect(card.locator('.right-card__application')).toContainText('Accordé');
    await card.getByRole('button', { name: 'Aperçu de la lettre de décision' }).click();
    await expect(card.getByTestId('rights-letter-frame')).toBeVisible();
    await page.screenshot({ path: `${shots}/rights-02-decision-letter-fr.png`, fullPage: true });

    await switchLanguage(page, 'de');
    await openCaseFile(page, debtor, 'rights');
    await expect(card.locator('.status-pill')).toHaveText('Anspruchsberechtigt');
    await expect(card.locator('.right-card__application')).toContainText('Gewährt');
    await page.screenshot({ path: `${shots}/rights-03-bridging-granted-de.png`, fullPage: true });
    await switchLanguage(page, 'fr');

    // A birth imported at head office, then a sync: the device's scan opens the task and queues the letter.
    const mother = birthCandidate(started.app, debtor.id);
    const birthDate = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
    expect(importEvents(started, mother.niss, birthDate)).toContain('1 imported, 0 already known, 0 rejected');
    const synced = await started.app.call('sync.now', {});
    expect(synced.ok).toBe(true);
    await openCaseFile(page, mother, 'tasks');
    await expect(page.getByText('Droits : suivre l’événement « naissance »')).toBeVisible({ timeout: 15_000 });
    await page.screenshot({ path: `${shots}/rights-04-imported-birth-task-fr.png`, fullPage: true });
    await openCaseFile(page, mother, 'follow-up');
    await expect(page.getByText('Information sur un droit').first()).toBeVisible();
    await openCaseFile(page, mother, 'rights');
    await expect(page.locator('[data-testid^="right-maternity-aid-"]')).toBeVisible();
    await page.screenshot({ path: `${shots}/rights-05-maternity-aid-fr.png`, fullPage: true });
    await switchLanguage(page, 'de');
    await openCaseFile(page, mother, 'rights');
    await expect(page.locator('[data-testid^="right-maternity-aid-"]')).toContainText('Mutterschaftshilfe');
    await page.screenshot({ path: `${shots}/rights-06-maternity-aid-de.png`, fullPage: true });
    await switchLanguage(page, 'fr');
  } finally {
    await started.stop();
  }
});
