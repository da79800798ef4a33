/**
 * A 10,000-reminder batch, by hand (not part of `npm test`): a batch of 10,000 reminders runs from the UI
 * with progress. Opens in browser mode the profile of scripts/seed-mailing-profile.ts (N persons of
 * one branch, each with one unpaid contribution of one quarter), signs in as the back office, counts
 * the batch (count and total shown first), starts it, screenshots the progress at ~10 %, ~50 % and
 * finished into docs/screenshots/letters/batch-10k-*.png, and checks through the channels that every
 * letter was issued exactly once. Start/end times, wall time, letters/s and the load are printed;
 * nothing here asserts on speed (a benchmark measures, a test does not time).
 *
 * `npm run test:manual:letters-10k`, or seed once and run
 * `GUICHET_MAILING_PROFILE=.profiles/mailing-10k npx playwright test -c playwright.manual.config.ts`.
 */
import { test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, startBrowserMode, type BrowserModeApp } from '../e2e/browser-mode';
import { applyDatabaseKey } from '../../db/profile-encryption';
import { defaultKeyDir, keyFileProfileKeyStore } from '../../db/profile-key-store';

type MailingProfile = {
  persons: number;
  branchCode: string;
  quarter: string;
  daysAfterDue: number;
  totalCents: number;
};

const profileDir = resolve(process.env.GUICHET_MAILING_PROFILE ?? '.profiles/mailing-10k');
const shots = 'docs/screenshots/letters';
const BACK_OFFICE = { username: 'bxl.backoffice', password: 'guichet-demo' };

const load = (): string => execFileSync('uptime', { encoding: 'utf8' }).trim();
const digits = (text: string): number => Number(text.replace(/\D/g, ''));

async function signIn(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Connexion au guichet' })).toBeVisible();
  await expect(page.getByLabel('Identifiant')).toBeFocused();
  await page.keyboard.type(BACK_OFFICE.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(BACK_OFFICE.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox')).toBeFocused();
}

test('a batch of all the seeded reminders runs from the UI with progress, every letter once', async ({ page }) => {
  const profile = JSON.parse(readFileSync(join(profileDir, 'mailing-profile.json'), 'utf8')) as MailingProfile;
  expect(
    profile.persons,
    `no seeded profile in ${profileDir}: run scripts/seed-mailing-profile.ts first`,
  ).toBeGreaterThan(0);
  // The profile as written, read apart from the app: one open contribution of the quarter per person of the branch.
  const sqlite = new Database(join(profileDir, 'guichet.sqlite'), { readonly: true });
  // Encrypted at rest: the key browser mode reads, from the profile's sibling key folder.
  const profileKey = keyFileProfileKeyStore(defaultKeyDir(profileDir)).read();
  if (profileKey) applyDatabaseKey(sqlite, profileKey);
  const [year, quarter] = profile.quarter.split('-Q').map(Number);
  const seeded = sqlite
    .prepare<[number, number, string], { n: number; total: number }>(
      `SELECT count(*) AS n, SUM(c.amount_cents + c.fee_cents) AS total FROM contributions c JOIN persons p ON p.id = c.person_id JOIN branches b ON b.id = p.branch_id
       WHERE c.year = ? AND c.quarter = ? AND c.status = 'open' AND b.code = ?`,
    )
    .get(year!, quarter!, profile.branchCode);
  sqlite.close();
  expect(seeded).toEqual({ n: profile.persons, total: profile.totalCents });

  const started = await startBrowserMode({ profileDir, demoPersons: 0 });
  const { app } = started;
  try {
    await signIn(page, app);
    await page.getByRole('link', { name: 'Courriers' }).click();
    await page.getByRole('link', { name: 'Impression par lots' }).click();
    await page.getByLabel('Trimestre (AAAA-Tn)').fill(profile.quarter);
    await page.getByLabel("Jours après l'échéance").fill(String(profile.daysAfterDue));
    await page.getByLabel('Bureau régional (code)').fill(profile.branchCode);
    await page.getByLabel('Bureau régional (code)').press('Enter');

    // Counted first: the count and the total, before anything is printed.
    const counted = page.getByTestId('batch-count');
    await expect(counted).toContainText('courriers pour un total de', { timeout: 60_000 });
    const [countText = '', amountText = ''] = ((await counted.locator('p').textContent()) ?? '').split(
      'courriers pour un total de',
    );
    expect(digits(countText)).toBe(profile.persons);
    expect(digits(amountText)).toBe(profile.totalCents);
    const preview = await app.call<{ count: number; totalCents: number }>('letters.batchPreview', {
      kind: 'reminder',
      quarter: profile.quarter,
      daysAfterDue: profile.daysAfterDue,
      branchCode: profile.branchCode,
    });
    expect(preview.ok && { count: preview.value.count, totalCents: preview.value.totalCents }).toEqual({
      count: profile.persons,
      totalCents: profile.totalCents,
    });
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: `${shots}/batch-10k-counted.png`, fullPage: true });

    const loadBefore = load();
    const startedAt = new Date();
    await counted.getByRole('button', { name: /^Lancer l'impression de/ }).click();
    const progress = page.getByTestId('batch-progress');
    const done = page.getByTestId('batch-done');
    await expect(progress).toHaveAttribute('data-status', 'running', { timeout: 60_000 });

    // Watch the screen as an operator would: screenshots once past 10 % and 50 %, the rate it shows.
    const rates: string[] = [];
    let lastRate = '';
    const pending = [
      { percent: 10, path: `${shots}/batch-10k-10pct.png` },
      { percent: 50, path: `${shots}/batch-10k-50pct.png` },
    ];
    const deadline = Date.now() + 10 * 60_000;
    let status = 'running';
    while (status === 'running') {
      expect(Date.now(), 'the batch did not finish in 10 minutes').toBeLessThan(deadline);
      status = (await progress.getAttribute('data-status')) ?? '';
      const shown = digits(((await done.textContent()) ?? '').split(' / ')[0] ?? '');
      const next = pending[0];
      if (status === 'running' && next && shown * 100 >= next.percent * profile.persons) {
        const rate = page.getByTestId('batch-rate');
        if (await rate.isVisible()) rates.push(`${next.percent} %: ${await rate.textContent()}`);
        await page.screenshot({ path: next.path, fullPage: true });
        pending.shift();
      }
      if (status === 'running') {
        lastRate =
          (await page
            .getByTestId('batch-rate')
            .textContent({ timeout: 1_000 })
            .catch(() => null)) ?? lastRate;
        await page.waitForTimeout(250);
      }
    }
    const endedAt = new Date();
    const loadAfter = load();
    expect(status).toBe('completed');
    await expect(done).toHaveText(`${profile.persons} / ${profile.persons} (100 %)`);
    await expect(page.getByRole('button', { name: 'Télécharger le PDF' })).toBeVisible();
    await page.screenshot({ path: `${shots}/batch-10k-done.png`, fullPage: true });

    // Every letter exactly once: the manifest through the channel, the batch completed, nothing left to resume.
    const batchId = (await progress.getAttribute('data-batch-id')) ?? '';
    let manifest = '';
    type Slice = { base64: string; nextOffset: number | null };
    for (let offset: number | null = 0; offset !== null;) {
      const slice: { ok: true; value: Slice } | { ok: false; error: { code: string; messageKey: string } } =
        await app.call<Slice>('letters.batchOutput', { batchId, file: 'manifest', offset });
      if (!slice.ok) throw new Error(slice.error.messageKey);
      manifest += Buffer.from(slice.value.base64, 'base64').toString('utf8');
      offset = slice.value.nextOffset;
    }
    const rows = manifest.trim().split(/\r?\n/);
    expect(rows[0]).toBe('position,case_reference,kind,language,amount_cents,first_page,last_page');
    const letters = rows.slice(1).map((row) => row.split(','));
    expect(letters).toHaveLength(profile.persons);
    expect(letters.map((row) => Number(row[0]))).toEqual(
      Array.from({ length: profile.persons }, (_, index) => index + 1),
    );
    expect(new Set(letters.map((row) => row[1])).size).toBe(profile.persons);
    expect(letters.every((row) => row[2] === 'reminder')).toBe(true);
    expect(letters.reduce((sum, row) => sum + Number(row[4]), 0)).toBe(profile.totalCents);
    const final = await app.call<{
      status: string;
      done: number;
      total: number;
      createdAt: string;
      completedAt: string | null;
    }>('letters.batchStatus', { batchId });
    expect(final.ok && final.value).toMatchObject({
      status: 'completed',
      done: profile.persons,
      total: profile.persons,
    });
    const unfinished = await app.call<{ id: string }[]>('letters.batchList', {});
    expect(unfinished.ok && unfinished.value.map((batch) => batch.id)).not.toContain(batchId);

    const seconds = (endedAt.getTime() - startedAt.getTime()) / 1000;
    const serviceTimes = final.ok ? final.value : { createdAt: '', completedAt: null };
    const serviceSeconds = (Date.parse(serviceTimes.completedAt ?? '') - Date.parse(serviceTimes.createdAt)) / 1000;
    const report = [
      `letters-10k: ${profile.persons} reminders ${profile.branchCode} ${profile.quarter}`,
      `started ${startedAt.toISOString()}, ended ${endedAt.toISOString()}, wall ${seconds.toFixed(1)} s, ${(profile.persons / seconds).toFixed(1)} letters/s (screen-polled end)`,
      `rate shown: ${rates.join('; ') || 'n/a'}; last shown while running: ${lastRate || 'n/a'}`,
      `batch record: created ${serviceTimes.createdAt}, completed ${serviceTimes.completedAt} (${serviceSeconds.toFixed(1)} s, ${(profile.persons / serviceSeconds).toFixed(1)} letters/s)`,
      `load before: ${loadBefore}`,
      `load after:  ${loadAfter}`,
    ].join('\n');
    console.log(report);
    await test.info().attach('letters-10k.txt', { body: report, contentType: 'text/plain' });
  } finally {
    await started.stop();
  }
});
