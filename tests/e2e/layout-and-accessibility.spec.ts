/**
 * Every main screen at the laptop size the counters have (1280x720), in French, Dutch and German:
 * the whole appointment of counter-appointment.spec.ts (search, intake, the new file, simulation, a
 * debtor's account and payment plan), then letters, sync, work queue, recovery and settings, as a
 * back-office advisor who reaches all of them. On each screen: no horizontal scroll, no region of
 * the working area that clips its content, no text shaped like a translation key, and axe-core finds
 * no violation (one line per screen).
 * One signed-in page per language, switched through the settings page as an advisor would.
 * Screenshots in docs/screenshots/1280x720/<lang>/ and, for the main screens, 1920x1080/fr/; the main
 * screens are also checked for overflow at 1366x768 and 1920x1080.
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../../db/connection';
import { profileKeyOf } from '../fixtures/profile-key';
import { makeNiss, formatNiss } from '../../shared/domain/identifiers/niss';
import { typedDateText } from '../../shared/domain/typed-date';
import { fundDay } from '../../shared/domain/fund-day';
import { toIsoDate } from '../../shared/domain/calendar';
import { browserModeTest, expect, signInAs, type BrowserModeApp } from './browser-mode';

const test = browserModeTest({ demoPersons: 600 });
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1280, height: 720 } });

const languages = ['fr', 'nl', 'de'] as const;
type Language = (typeof languages)[number];

/** The screens also pictured on a large office screen. */
const largeScreens = new Set([
  'search',
  'case-file-new-overview',
  'case-file-account',
  'simulation',
  'payment-plan',
  'work-queue',
]);

type Debtor = { id: string };

/** A debtor of Ghent (the advisor's branch) with unpaid contributions past due and no plan yet. */
function findDebtor(app: BrowserModeApp): Debtor {
  const db = openDatabase(join(app.profileDir, 'guichet.sqlite'), { key: profileKeyOf(app.profileDir) });
  try {
    return db.$client
      .prepare<[string], Debtor>(
        `SELECT p.id FROM persons p JOIN branches b ON b.id = p.branch_id AND b.code = 'GNT'
         JOIN contributions c ON c.person_id = p.id AND c.status = 'open' AND c.due_date < ?
           AND NOT EXISTS (SELECT 1 FROM payments y WHERE y.contribution_id = c.id)
         WHERE NOT EXISTS (SELECT 1 FROM payment_plans pp WHERE pp.person_id = p.id)
           AND NOT EXISTS (SELECT 1 FROM judicial_files j WHERE j.person_id = p.id)
         GROUP BY p.id HAVING count(*) BETWEEN 2 AND 6 ORDER BY count(DISTINCT c.year) DESC, p.id LIMIT 1`,
      )
      .get(toIsoDate(fundDay(new Date())))!;
  } finally {
    closeDatabase(db);
  }
}

type AxeViolation = { id: string; nodes: { target: string[] }[] };

/**
 * axe-core on the whole document, violations only. The app is one page (hash routes), so axe is
 * injected once per page and stays loaded from screen to screen; evaluated through the DevTools
 * protocol, it is not subject to the app's CSP.
 */
async function runAxe(page: Page): Promise<{ violations: AxeViolation[] }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const runner = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } })
      .axe;
    return (await runner.run(document, { resultTypes: ['violations'] })) as { violations: AxeViolation[] };
  });
}

type Check = { screen: string; language: Language; violations: number };
const report: Check[] = [];

/**
 * The page does not scroll sideways, and no box of the working area cuts off its content (a table
 * in a scrolling wrapper wider than the wrapper hides its last columns).
 */
async function expectNoOverflow(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const clipped: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('main, main *')) {
      const style = getComputedStyle(element);
      if (!/auto|scroll|hidden|clip/.test(style.overflowX)) continue;
      // Form controls scroll their own value by design; hidden helpers clip on purpose.
      if (/^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName) || element.classList.contains('visually-hidden')) continue;
      if (element.scrollWidth > element.clientWidth + 1)
        clipped.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, clipped };
  });
  expect.soft(overflow.scrollWidth, `${where} scrolls sideways`).toBeLessThanOrEqual(overflow.clientWidth);
  expect.soft(overflow.clipped, `${where} clips its content`).toEqual([]);
}

/**
 * The checks of one screen once it has settled: the page does not scroll sideways, nothing in the
 * working area is cut off by its own box, and axe-core reports nothing; then the screenshots.
 */
/**
 * Visible text shaped like one of our translation keys (`letters.batch.quarter`): the namespaces are
 * the top-level keys of every French catalogue, so a key of any feature is caught, not a fixed list.
 */
const localesDir = new URL('../../renderer/i18n/locales/', import.meta.url);
const namespaces = [
  'fr.json',
  ...readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${entry.name}/fr.json`),
].flatMap((file) => Object.keys(JSON.parse(readFileSync(new URL(file, localesDir), 'utf8')) as object));
const rawKey = new RegExp(`\\b(?:${[...new Set(namespaces)].join('|')})\\.[a-zA-Z_]+`);

async function expectNoRawKey(page: Page, where: string): Promise<void> {
  const text = await page.locator('body').innerText();
  expect.soft(text.match(rawKey)?.[0] ?? null, `translation key shown on ${where}`).toBeNull();
  expect.soft(text.includes('{{'), `unfilled placeholder on ${where}`).toBe(false);
}

async function checkScreen(page: Page, language: Language, index: number, screen: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('h1').first()).toBeVisible();
  await expectNoOverflow(page, `${screen} (${language}) at 1280x720`);
  await expectNoRawKey(page, `${screen} (${language})`);

  const results = await runAxe(page);
  const byRule = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.nodes.length}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
  console.log(`axe ${screen.padEnd(24)} ${language} violations ${results.violations.length}`);
  for (const line of byRule) console.log(`    ${line}`);
  report.push({ screen, language, violations: results.violations.length });
  expect.soft(byRule, `axe on ${screen} (${language})`).toEqual([]);

  const name = `${String(index).padStart(2, '0')}-${screen}.png`;
  await page.screenshot({ path: `docs/screenshots/1280x720/${language}/${name}`, fullPage: true });
  if (largeScreens.has(screen)) {
    // The other common laptop size, where the simulation once overflowed, and a large office screen.
    await page.setViewportSize({ width: 1366, height: 768 });
    await expectNoOverflow(page, `${screen} (${language}) at 1366x768`);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectNoOverflow(page, `${screen} (${language}) at 1920x1080`);
    // Pictured in French only: the layout does not change with the language at that width.
    if (language === 'fr')
      await page.screenshot({ path: `docs/screenshots/1920x1080/${language}/${name}`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
  }
}

async function nav(page: Page, item: string): Promise<void> {
  await page.locator(`.side-nav__item--${item} a`).click();
}

/** Goes to the next step of the intake wizard and waits for its heading to change. */
async function nextStep(page: Page): Promise<void> {
  const heading = page.locator('#intake-step-title');
  const before = await heading.innerText();
  await page.locator('.intake__buttons button[type="submit"]').click();
  await expect(heading).not.toHaveText(before);
}

async function switchLanguage(page: Page, language: Language): Promise<void> {
  await nav(page, 'settings');
  await page.locator(`input[name="language"][value="${language}"]`).check();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

// The language is remembered across launches: the next test (and sign-in helper) expects French.
test.afterEach(async ({ page }) => {
  if ((await page.locator('html').getAttribute('lang')) !== 'fr') await switchLanguage(page, 'fr');
});

for (const language of languages) {
  test(`every main screen fits 1280x720 and passes axe-core in ${language}`, async ({ app, page }) => {
    test.setTimeout(120_000);
    let index = 0;
    const check = (screen: string) => checkScreen(page, language, ++index, screen);
    await signInAs(page, app, 'gnt.backoffice');
    await switchLanguage(page, language);
    await check('settings');

    // The appointment: a search that misses, the intake of a main-activity starter, the new file.
    await nav(page, 'search');
    await check('search');
    const niss = makeNiss({
      birthDate: '1996-05-14',
      serial: 901 + languages.indexOf(language) * 30 + Math.floor(Math.random() * 30),
    });
    await page.getByRole('combobox').fill(formatNiss(niss));
    await expect(page.locator('a[href*="intake?identifier"]')).toBeVisible();
    await check('search-misses');
    await page.locator('a[href*="intake?identifier"]').click();
    await expect(page.locator('#intake-identifier')).toHaveValue(formatNiss(niss));
    await check('intake-start');
    await page.locator('#intake-identifier').press('Enter');
    await expect(page.locator('#intake-identity-email')).toBeVisible();
    await page.locator('#intake-identity-lastName').fill('Peeters');
    await page.locator('#intake-identity-firstName').fill('Léa');
    await page.locator('#intake-identity-email').fill('lea.peeters@example.be');
    await page.locator('#intake-identity-street').fill('Rue de Fer');
    await page.locator('#intake-identity-houseNumber').fill('12');
    await page.locator('#intake-identity-postalCode').fill('5000');
    // 5000 is Namur and Beez: the municipality is a choice among the two.
    await page.locator('#intake-identity-municipality').selectOption('Namur');
    await check('intake-1-identity');
    await nextStep(page);
    await page.locator('#intake-activity-category').selectOption('main');
    const now = new Date();
    await page
      .locator('#intake-activity-startDate')
      .fill(typedDateText(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-01`));
    await expect(page.locator('.intake__consequences .explanation__line').first()).toBeVisible({ timeout: 10_000 });
    await check('intake-2-activity');
    await nextStep(page);
    await check('intake-3-spouse');
    await nextStep(page);
    await check('intake-4-mandates');
    await nextStep(page);
    await check('intake-5-review');
    await page.locator('.intake__buttons button[type="submit"]').click();
    await expect(page.locator('#intake-done-title')).toBeVisible();
    await check('intake-done');
    await page.locator('.intake__done a.button').click();
    await expect(page.locator('#case-file-title')).toContainText('Peeters');
    for (const tab of [
      'overview',
      'account',
      'follow-up',
      'requests',
      'rights',
      'notes',
      'tasks',
      'complaints',
      'audit',
    ]) {
      await page.locator(`[role="tab"][id$="${tab}"]`).click();
      await expect(page.locator(`[role="tab"][id$="${tab}"]`)).toHaveAttribute('aria-selected', 'true');
      await check(`case-file-new-${tab}`);
    }

    // A simulation with two scenarios side by side.
    await nav(page, 'simulation');
    const a = page.locator('.simulation__scenario--a');
    const b = page.locator('.simulation__scenario--b');
    await a.locator('input[id$="-income"]').fill('45000');
    await b.locator('.simulation__scenario-head button').click();
    await b.locator('select[id$="-category"]').selectOption('primo-starter');
    await b.locator('input[id$="-income"]').fill('30000');
    await expect(page.locator('.chart polyline')).toHaveCount(2);
    await a
      .locator('details')
      .first()
      .evaluate((element) => element.setAttribute('open', ''));
    await check('simulation');

    // A debtor's ten-year account, the payment plan, recovery and attestations.
    const debtor = findDebtor(app);
    await page.goto(`${app.origin}/#/case-files/person/${debtor.id}?tab=account`);
    await expect(page.locator('.contribution-status--late').first()).toBeVisible();
    await check('case-file-account');
    await page.goto(`${app.origin}/#/case-files/person/${debtor.id}/payment-plan`);
    await page.locator('.debt-picker__all input').check();
    await expect(page.locator('.plan-preview__verdict.is-eligible')).toBeVisible();
    await check('payment-plan');
    await page.goto(`${app.origin}/#/case-files/person/${debtor.id}/recovery`);
    await check('recovery-case-file');
    await page.goto(`${app.origin}/#/case-files/person/${debtor.id}/attestations`);
    await check('attestations');
    await page.goto(`${app.origin}/#/case-files/person/${debtor.id}/situation`);
    await check('situation');

    // The rooms of the branch and the back office.
    for (const [item, screen] of [
      ['letters', 'letters'],
      ['work-queue', 'work-queue'],
      ['recovery', 'recovery-overview'],
      ['unmatched-payments', 'unmatched-payments'],
      ['attestation-check', 'attestation-verify'],
      ['sync', 'sync'],
    ] as const) {
      await nav(page, item);
      await check(screen);
    }
    await page.goto(`${app.origin}/#/letters/batches`);
    await check('letter-batches');
    await page.goto(`${app.origin}/#/sync/conflicts`);
    await check('sync-conflicts');
    await page.goto(`${app.origin}/#/sync/storage`);
    await expect(page.locator('#sync-storage-title')).toBeVisible();
    await check('sync-storage');
    // Last, so the numbers of the screenshots before it stay as they were.
    await nav(page, 'dashboard');
    await expect(page.getByTestId('dashboard-movements')).toBeVisible();
    await check('dashboard');

    const clean = report.filter((row) => row.language === language && row.violations === 0).length;
    console.log(
      `axe ${language}: ${clean} of ${report.filter((row) => row.language === language).length} screens without violations`,
    );
  });
}
