/**
 * Changes of situation end to end in Chromium against browser mode, from the case file's
 * "Changement de situation" action: a move to another municipality (the old address kept in the
 * history), a switch from main to complementary activity (the recomputed quarters before/after and
 * the difference, then the due notice waiting in "to print"), a cessation for bankruptcy, and a move
 * in Dutch. Screenshots of each step in docs/screenshots/situation/.
 */
import type { Page } from '@playwright/test';
import { test, expect, signIn, type BrowserModeApp } from './browser-mode';
import { typedDateText } from '../../shared/domain/typed-date';

const shots = 'docs/screenshots/situation';
test.describe.configure({ mode: 'serial' });

type Hit = { kind: string; id: string; displayName: string };
type Summary = { affiliations: { category: string; endDate: string | null }[] };
type Preview = { quarters: { action: string; difference: number }[] };
type Wanted = (row: Preview['quarters'][number]) => boolean;
const lowered: Wanted = (row) => row.action === 'replace' && row.difference < 0;
const cancelled: Wanted = (row) => row.action === 'cancel';

const used = new Set<string>();

/** The first day of the current quarter and a day in the previous one: both have claimed quarters after them. */
function quarterDates(): { quarterStart: string; inPreviousQuarter: string } {
  const now = new Date();
  const year = now.getFullYear();
  const month = Math.floor(now.getMonth() / 3) * 3;
  const iso = (y: number, m: number, d: number) =>
    `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const previous = month === 0 ? { y: year - 1, m: 9 } : { y: year, m: month - 3 };
  return { quarterStart: iso(year, month, 1), inPreviousQuarter: iso(previous.y, previous.m + 1, 15) };
}

/** A person of the advisor's branch in main activity for whom the change would do what the journey shows. */
async function findPerson(app: BrowserModeApp, change: Record<string, unknown>, wanted: Wanted): Promise<Hit> {
  for (const query of 'abcdefghijklmnopqrstuvwxyz'.split('')) {
    const hits = await app.call<Hit[]>('caseFile.search', { query, limit: 100 });
    if (!hits.ok) throw new Error(hits.error.messageKey);
    for (const hit of hits.value.filter((candidate) => candidate.kind === 'person' && !used.has(candidate.id))) {
      const summary = await app.call<Summary>('caseFile.get', { kind: 'person', id: hit.id });
      const latest = summary.ok ? summary.value.affiliations.at(-1) : undefined;
      if (latest?.category !== 'main' || latest.endDate !== null) continue;
      const preview = await app.call<Preview>('situation.preview', { personId: hit.id, change });
      if (preview.ok && preview.value.quarters.some(wanted)) {
        used.add(hit.id);
        return hit;
      }
    }
  }
  throw new Error('no person in main activity with claimed quarters in the demo data');
}

async function openSituation(page: Page, person: Hit, actionName: RegExp): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/#/case-files/person/${person.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(person.displayName.split(' ')[0]!);
  await page.getByRole('link', { name: actionName }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(person.displayName);
}

test('a move to another municipality keeps the old address in the history', async ({ app, page }) => {
  await signIn(page, app);
  const person = await findPerson(
    app,
    {
      kind: 'category',
      category: 'complementary',
      effectiveDate: quarterDates().quarterStart,
    },
    lowered,
  );
  await openSituation(page, person, /Changement de situation/);
  await page.screenshot({ path: `${shots}/move-01-form-fr.png`, fullPage: true });
  await page.getByLabel('Type de changement').selectOption('address');
  await page.getByLabel('Rue').fill('Rue Saint-Gilles');
  await page.getByLabel('Numéro').fill('42');
  await page.getByLabel('Code postal').fill('4001');
  await page.getByLabel('Commune').fill('Liège');
  await page.getByLabel('Commune').press('Enter');
  await expect(page.getByText('Ce code postal n’existe pas dans la liste de bpost.')).toBeVisible();
  await page.screenshot({ path: `${shots}/move-02-unknown-postal-code-fr.png`, fullPage: true });
  await page.getByLabel('Code postal').fill('4000');
  await page.getByLabel('Code postal').press('Enter');
  await expect(page.getByText('Ce changement ne modifie aucune cotisation.')).toBeVisible();
  await page.getByRole('button', { name: 'Confirmer le changement' }).press('Enter');
  await expect(page.getByText('Changement enregistré.', { exact: true })).toBeVisible();
  const addresses = page.getByTestId('address-history').locator('tbody tr');
  await expect(addresses).toHaveCount(2);
  await expect(addresses.nth(0)).toContainText('Rue Saint-Gilles 42, 4000 Liège');
  await expect(addresses.nth(0)).toContainText('actuelle');
  await expect(page.getByTestId('situation-history')).toContainText('Déménagement');
  await page.screenshot({ path: `${shots}/move-03-history-fr.png`, fullPage: true });
});

test('main → complementary: the recomputed quarters, then the due notice waits in "to print"', async ({
  app,
  page,
}) => {
  await signIn(page, app);
  const { quarterStart } = quarterDates();
  const person = await findPerson(
    app,
    { kind: 'category', category: 'complementary', effectiveDate: quarterStart },
    lowered,
  );
  await openSituation(page, person, /Changement de situation/);
  await page.getByLabel('Type de changement').selectOption('category');
  await page.getByLabel('Date du changement').fill(typedDateText(quarterStart));
  await page.getByLabel('Nouvelle catégorie').selectOption('complementary');
  await page.screenshot({ path: `${shots}/category-01-form-fr.png`, fullPage: true });
  await page.getByRole('button', { name: 'Voir l’effet' }).press('Enter');
  const effect = page.getByTestId('situation-effect');
  await expect(effect).toBeVisible();
  await expect(effect.locator('thead')).toContainText('Avant');
  await expect(effect.locator('thead')).toContainText('Après');
  await expect(effect.locator('thead')).toContainText('Différence');
  await expect(effect.locator('tbody tr').first()).toContainText('Remplacé');
  await expect(page.getByText('Courrier mis à imprimer : avis d’échéance')).toBeVisible();
  await page.screenshot({ path: `${shots}/category-02-effect-fr.png`, fullPage: true });
  await page.getByRole('button', { name: 'Confirmer le changement' }).press('Enter');
  await expect(page.getByText('Le courrier attend dans « À imprimer ».')).toBeVisible();
  await expect(page.getByTestId('situation-history')).toContainText('À titre complémentaire');
  await page.screenshot({ path: `${shots}/category-03-confirmed-fr.png`, fullPage: true });
  await page.getByRole('link', { name: 'Ouvrir les courriers à imprimer' }).click();
  const queued = page.getByTestId('to-print-list').getByRole('option', { name: new RegExp(person.displayName) });
  await expect(queued.first()).toContainText("Avis d'échéance");
  await page.screenshot({ path: `${shots}/category-04-to-print-fr.png`, fullPage: true });
});

test('a cessation for bankruptcy ends the affiliation at the end of the quarter', async ({ app, page }) => {
  await signIn(page, app);
  const { inPreviousQuarter } = quarterDates();
  const change = { kind: 'cessation', reason: 'bankruptcy', effectiveDate: inPreviousQuarter };
  const person = await findPerson(app, change, cancelled);
  await openSituation(page, person, /Changement de situation/);
  await page.getByLabel('Type de changement').selectOption('cessation');
  await page.getByLabel('Date du changement').fill(typedDateText(inPreviousQuarter));
  await page.getByLabel('Motif').selectOption('bankruptcy');
  await page.getByRole('button', { name: 'Voir l’effet' }).press('Enter');
  await expect(page.getByText(/L’affiliation prend fin le/)).toBeVisible();
  await expect(page.getByTestId('situation-effect').locator('tbody tr').first()).toContainText('Annulé');
  await expect(page.getByText(/recouvrement des cotisations antérieures est suspendu/)).toBeVisible();
  await page.screenshot({ path: `${shots}/bankruptcy-01-effect-fr.png`, fullPage: true });
  await page.getByRole('button', { name: 'Confirmer le changement' }).press('Enter');
  await expect(page.getByText('Changement enregistré.', { exact: true })).toBeVisible();
  await expect(page.getByTestId('situation-current')).toContainText('Affiliation terminée le');
  await expect(page.getByTestId('situation-history')).toContainText('Faillite');
  await page.screenshot({ path: `${shots}/bankruptcy-02-confirmed-fr.png`, fullPage: true });
});

test('in Dutch: a move, the old address kept', async ({ app, page }) => {
  await signIn(page, app);
  const person = await findPerson(
    app,
    {
      kind: 'category',
      category: 'complementary',
      effectiveDate: quarterDates().quarterStart,
    },
    lowered,
  );
  await page.locator('.side-nav__item--settings a').click();
  await page.getByRole('radio', { name: 'Nederlands' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await openSituation(page, person, /Wijziging van situatie/);
  await page.getByLabel('Soort wijziging').selectOption('address');
  await page.getByLabel('Straat').fill('Veldstraat');
  await page.getByLabel('Nummer').fill('7');
  await page.getByLabel('Bus').fill('3');
  await page.getByLabel('Postcode').fill('9000');
  await page.getByLabel('Gemeente').fill('Gent');
  await page.getByRole('button', { name: 'Gevolg bekijken' }).press('Enter');
  await expect(page.getByText('Deze wijziging verandert geen enkele bijdrage.')).toBeVisible();
  await page.screenshot({ path: `${shots}/move-nl-01-effect.png`, fullPage: true });
  await page.getByRole('button', { name: 'Wijziging bevestigen' }).press('Enter');
  await expect(page.getByText('Wijziging opgeslagen.')).toBeVisible();
  await expect(page.getByTestId('address-history').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('address-history')).toContainText('Veldstraat 7');
  await page.screenshot({ path: `${shots}/move-nl-02-history.png`, fullPage: true });
  await page.locator('.side-nav__item--settings a').click();
  await page.getByRole('radio', { name: 'Français' }).check();
});
