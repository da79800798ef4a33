/**
 * The storage page in French, on an enrolled client: from the sync page's link, the profile's size
 * by part (case files, letters, changes waiting and kept, audit lines), and what leaves the device
 * when and why under the periods the fund set at head office. The advisor adds a note and syncs
 * first, so a change kept for support is on the page. Screenshots in docs/screenshots/sync/.
 */
import { expect, pickSharedPerson, syncAdvisor, test } from './sync-fixture';

const shots = 'docs/screenshots/sync';

test('the storage page shows the parts and the purge schedule set by the fund', async ({ browser, pair }) => {
  test.setTimeout(120_000);
  const person = pickSharedPerson(pair, 5);
  const page = await (await browser.newContext()).newPage();
  await page.goto(pair.clientA.url);
  // The pair is shared by the specs of a worker: an earlier one may have left the advisor signed in.
  const signInTitle = page.getByRole('heading', { name: 'Connexion au guichet' });
  await expect(signInTitle.or(page.getByRole('combobox')).first()).toBeVisible();
  if (await signInTitle.isVisible()) {
    await page.getByLabel('Identifiant').fill(syncAdvisor.username);
    await page.getByLabel('Mot de passe').fill(syncAdvisor.password);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('combobox')).toBeVisible();
  const note = await pair.clientA.call('caseFile.addNote', {
    kind: 'person',
    id: person.id,
    channel: 'phone',
    subject: 'Appel',
    body: 'Rappel demandé',
  });
  expect(note.ok).toBe(true);

  await page.locator('.side-nav__item--sync a').click();
  await page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
  await expect(page.locator('#sync-progress')).toHaveAttribute('data-state', 'ended');
  await page.getByRole('link', { name: "Voir l'espace occupé et ce qui sera effacé" }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Espace occupé sur cet appareil' })).toBeVisible();
  const table = page.getByRole('table');
  for (const part of [
    'Dossiers (données et index de recherche)',
    'Courriers émis et lots',
    "Modifications en attente d'envoi",
    'Modifications reçues par le siège, gardées pour le support',
    "Journal d'audit local",
    "Journal d'audit propre à l'appareil (courriers émis, refus abandonnés, verrouillages)",
  ])
    await expect(table.getByRole('rowheader', { name: part, exact: true })).toBeVisible();
  await expect(
    table.getByRole('row', { name: /Modifications reçues par le siège, gardées pour le support/ }),
  ).toContainText('1 modification');
  await expect(page.getByRole('heading', { name: 'Ce qui sera effacé, quand et pourquoi' })).toBeVisible();
  await expect(page.getByText('Délais fixés par la caisse (reçus du siège).')).toBeVisible();
  await expect(
    page.getByText(/quittent l'appareil 7 jours après l'accusé de réception\. Prochain effacement : /),
  ).toBeVisible();
  await expect(page.getByText(/Le PDF d'un courrier quitte l'appareil 90 jours après son émission/)).toBeVisible();
  await expect(page.getByText(/quitte l'appareil 90 jours après avoir été écrite/)).toBeVisible();
  await page.screenshot({ path: `${shots}/storage-01-page.png`, fullPage: true });

  // The same page from the settings.
  await page.locator('.side-nav__item--settings a').click();
  await page.getByRole('link', { name: "Espace occupé sur cet appareil et calendrier d'effacement" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Espace occupé sur cet appareil' })).toBeVisible();
});
