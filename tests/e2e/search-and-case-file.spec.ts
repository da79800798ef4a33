/**
 * The first room, end to end in Chromium against browser mode: find a seeded person by name and by
 * NISS from the keyboard, open the case file, and use the app in Dutch and German.
 */
import { test, expect, signIn } from './browser-mode';

type Hit = { id: string; displayName: string; identifier: string; kind: string };

test('finds a seeded person by name from the keyboard and opens the case file', async ({ app, page }) => {
  await signIn(page, app);
  // Pick a real person of this profile's demo data through the API, as a colleague would name them.
  const reply = await app.call<Hit[]>('caseFile.search', { query: 'a', limit: 5 });
  if (!reply.ok) throw new Error(reply.error.code);
  const person = reply.value.find((hit) => hit.kind === 'person')!;
  const [lastName] = person.displayName.split(' ');

  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // The token is taken out of the address bar once read.
  await expect(page).not.toHaveURL(/token=/);

  await page.getByRole('link', { name: 'Paramètres' }).focus();
  await page.keyboard.press('Control+k');
  const searchBox = page.getByRole('combobox');
  await expect(searchBox).toBeFocused();
  await page.keyboard.type(person.displayName.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
  const option = page.getByRole('option', { name: new RegExp(person.displayName) }).first();
  await expect(option).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/search.png' });

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(lastName!);
  await expect(page.getByText(/Affiliation en cours|Affiliation terminée|Aucune affiliation/).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/case-file.png', fullPage: true });

  // Escape goes back to the search, which keeps the query.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('combobox')).toHaveValue(/.+/);
});

test('finds a person by NISS typed with punctuation', async ({ app, page }) => {
  await signIn(page, app);
  const reply = await app.call<Hit[]>('caseFile.search', { query: 'e', limit: 1 });
  if (!reply.ok) throw new Error(reply.error.code);
  const person = reply.value[0]!;
  const n = person.identifier;
  await page
    .getByRole('combobox')
    .fill(`${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}`);
  await expect(page.getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('option').first()).toContainText(person.displayName);
});

test('switches the interface to Dutch and German, and remembers the choice', async ({ app, page }) => {
  await signIn(page, app);
  await page.getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('radio', { name: 'Nederlands' }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Instellingen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.screenshot({ path: 'test-results/screenshots/settings-nl.png' });

  await page.getByRole('radio', { name: 'Deutsch' }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');

  // A new page load (a restart, for the renderer) comes back in German.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('link', { name: 'Suche' })).toBeVisible();
  await page.getByRole('link', { name: 'Suche' }).click();
  await page.getByRole('combobox').fill('a');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/search-de.png' });

  // Back to French for whoever uses this profile next.
  expect((await app.call('settings.update', { language: 'fr' })).ok).toBe(true);
});

test('Ctrl+K then typing at once keeps every letter, from the search page and from another page', async ({
  app,
  page,
}) => {
  await signIn(page, app);
  // Typed right after the shortcut, without waiting for the box to show focus: the first letter
  // must not fall on the page behind.
  await page.getByRole('link', { name: 'Paramètres' }).focus();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('dupont');
  await expect(page.getByRole('combobox')).toHaveValue('dupont');

  await page.getByRole('link', { name: 'Paramètres' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paramètres');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('martin');
  await expect(page.getByRole('combobox')).toHaveValue('martin');
});
