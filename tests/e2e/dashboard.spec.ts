/**
 * The branch dashboard end to end in Chromium against browser mode: Namur's branch manager signs in,
 * opens the dashboard from the side navigation (screenshots in French and Dutch in
 * docs/screenshots/dashboard/), exports the overdue tasks, and the spreadsheet read back holds the
 * rows the screen lists, in the screen's order and words.
 */
import { mkdirSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from '@playwright/test';
import { browserModeTest, expect, signInAs } from './browser-mode';

const shots = 'docs/screenshots/dashboard';
const test = browserModeTest({ demoPersons: 1500 });
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1280, height: 720 } });

async function openDashboard(page: Page): Promise<void> {
  await page.locator('.side-nav__item--dashboard a').click();
  await expect(page.getByTestId('dashboard-movements')).toBeVisible();
}

async function switchLanguage(page: Page, language: 'fr' | 'nl'): Promise<void> {
  await page.locator('.side-nav__item--settings a').click();
  await page.locator(`input[name="language"][value="${language}"]`).check();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** The overdue-tasks table as text, the due date from its machine-readable form. */
async function screenRows(page: Page): Promise<Array<Array<string | number>>> {
  const rows = page.getByTestId('dashboard-overdue-tasks').locator('tbody tr');
  const lines: Array<Array<string | number>> = [];
  for (const row of await rows.all()) {
    const cells = row.locator('td');
    lines.push([
      (await cells.nth(0).locator('time').getAttribute('datetime')) ?? '',
      Number(await cells.nth(1).innerText()),
      await cells.nth(2).innerText(),
      await cells.nth(3).innerText(),
      await cells.nth(4).innerText(),
    ]);
  }
  return lines;
}

test.afterEach(async ({ page }) => {
  if ((await page.locator('html').getAttribute('lang')) !== 'fr') await switchLanguage(page, 'fr');
});

test('a branch manager opens the dashboard and exports the overdue tasks as the screen lists them', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  mkdirSync(shots, { recursive: true });
  await signInAs(page, app, 'nam.responsable');
  await openDashboard(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tableau de bord du bureau NAM');
  await page.screenshot({ path: `${shots}/fr-dashboard.png`, fullPage: true });

  await switchLanguage(page, 'nl');
  await openDashboard(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard van kantoor NAM');
  await page.screenshot({ path: `${shots}/nl-dashboard.png`, fullPage: true });

  const onScreen = await screenRows(page);
  expect(onScreen.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Achterstallige taken exporteren (XLSX)' }).click();
  const link = page.getByTestId('dashboard-export-download');
  await expect(link).toBeVisible();
  const download = page.waitForEvent('download');
  await link.focus();
  await page.keyboard.press('Enter');
  const saved = await (await download).path();
  expect((await download).suggestedFilename()).toMatch(/^overdue-tasks-NAM-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [sheet] = await readXlsxFile(saved);
  const headers = await page.getByTestId('dashboard-overdue-tasks').locator('thead th').allInnerTexts();
  expect(sheet?.data[0]).toEqual(headers);
  expect(sheet?.data.slice(1)).toEqual(onScreen);
});
