/**
 * The counter appointment end to end in Chromium against browser mode: a whole appointment (sign-in, a search that
 * misses, the intake of a new main-activity starter, the active affiliation with its schedule), a
 * simulation with two scenarios in the three languages, and a payment plan for a seeded debtor.
 * Driven from the keyboard where an advisor would; screenshots in test-results/screenshots/.
 */
import type { Page } from '@playwright/test';
import { formatNiss } from '../../shared/domain/identifiers/niss';
import { test, expect, signIn } from './browser-mode';
import { intakeNiss, intakePerson } from './typed-personal-data';
import { typedDateText } from '../../shared/domain/typed-date';

const shots = 'test-results/screenshots';

/** Visible text that looks like a translation key of ours: a screen must never show one. */
const rawKey =
  /\b(?:simulation|schedule|explanation|explanationTerms|contribution|common|caseFile|paymentPlan|intake|validation|errors?|nav|session|plan|request|task)\.[a-zA-Z]+/;

async function expectNoRawKey(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(rawKey);
  expect(text).not.toContain('{{');
}

function firstOfMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-01`;
}

test('a whole appointment: the search misses, a new main-activity starter is affiliated, the file shows the schedule', async ({
  app,
  page,
}) => {
  await signIn(page, app);
  await page.screenshot({ path: `${shots}/counter-01-signed-in.png` });

  // A NISS nobody has in the demo data (serials above 900 are never generated for this date).
  const niss = intakeNiss('appointment');
  await page.keyboard.type(formatNiss(niss));
  await expect(page.getByText(/Aucun dossier ne correspond/)).toBeVisible();
  await page.screenshot({ path: `${shots}/counter-02-search-misses.png` });

  // From the miss, straight into the intake with the number already typed.
  await page.getByRole('link', { name: 'Commencer une affiliation' }).click();
  const nissField = page.getByLabel('NISS');
  await expect(nissField).toBeFocused();
  await expect(nissField).toHaveValue(formatNiss(niss));
  await page.keyboard.press('Enter');

  await expect(page.getByText('Étape 1 sur 5 : Identité')).toBeVisible();
  await expect(page.getByLabel('Date de naissance')).toHaveValue('14/05/1996');
  await page.getByLabel('E-mail').fill('pas-un-email');
  await expect(page.getByText('Adresse e-mail non valide.')).toBeVisible();
  await page.screenshot({ path: `${shots}/counter-03-intake-identity-invalid.png`, fullPage: true });
  await page.getByLabel('E-mail').fill(intakePerson.email);
  await page.getByLabel('Nom', { exact: true }).fill(intakePerson.lastName);
  await page.getByLabel('Prénom').fill(intakePerson.firstName);
  await page.getByLabel('Rue').fill('Rue de Fer');
  await page.getByLabel('Numéro').fill('12');
  await page.getByLabel('Code postal').fill('5000');
  // 5000 is Namur and Beez: the municipality is a choice among the two.
  await page.getByLabel('Commune').selectOption('Namur');
  await page.getByLabel('Code postal').press('Enter');

  await expect(page.getByText('Étape 2 sur 5 : Activité')).toBeVisible();
  await page.getByLabel('Catégorie').selectOption('main');
  const start = page.getByLabel("Début d'activité");
  await start.fill(typedDateText(firstOfMonth()));
  // The consequences come back from the services with the autosaved draft.
  await expect(page.locator('.intake__consequences .explanation__line').first()).toBeVisible({ timeout: 10_000 });
  await expectNoRawKey(page);
  await page.screenshot({ path: `${shots}/counter-04-intake-activity-consequences.png`, fullPage: true });
  // Enter in a field goes to the next step (a <select> keeps Enter for itself).
  await start.press('Enter');

  await expect(page.getByText('Étape 3 sur 5 : Conjoint aidant')).toBeVisible();
  await page.getByRole('button', { name: /Suivant : Mandats/ }).press('Enter');
  await expect(page.getByText('Étape 4 sur 5 : Mandats')).toBeVisible();
  await page.getByRole('button', { name: /Suivant : Vérification/ }).press('Enter');
  await expect(page.getByText("Tout est complet : l'affiliation peut être terminée.")).toBeVisible();
  await page.screenshot({ path: `${shots}/counter-05-intake-review.png`, fullPage: true });

  await page.getByRole('button', { name: "Terminer l'affiliation" }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Affiliation terminée' })).toBeVisible();
  await expect(page.getByText(/cotisations? provisoires? planifiées?/)).toBeVisible();
  await page.screenshot({ path: `${shots}/counter-06-intake-done.png`, fullPage: true });

  await page.getByRole('link', { name: 'Ouvrir le dossier' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(intakePerson.lastName);
  await expect(page.getByText('Affiliation en cours').first()).toBeVisible();
  const rows = page.locator('.contributions-table tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(0);
  await expectNoRawKey(page);
  await page.screenshot({ path: `${shots}/counter-07-new-file-schedule.png`, fullPage: true });

  // A note taken during the appointment, from the keyboard.
  await page.getByRole('tab', { name: 'Tâches' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('Objet').fill('Affiliation au guichet');
  await page.getByLabel('Objet').press('Enter');
  await expect(page.getByText('Note enregistrée.')).toBeVisible();
  await page.screenshot({ path: `${shots}/counter-08-note.png`, fullPage: true });
});

test('a simulation with two scenarios, recomputed as typed, in French, Dutch and German', async ({ app, page }) => {
  await signIn(page, app);
  await page.getByRole('link', { name: 'Simulation' }).click();
  const a = page.locator('.simulation__scenario--a');
  const b = page.locator('.simulation__scenario--b');
  await a.getByLabel(/Revenu net imposable/).fill('45000');
  await a.getByLabel('Frais de gestion').fill('3,95');
  await b.getByRole('button', { name: 'Copier le scénario A' }).click();
  await b.getByLabel('Catégorie').selectOption('primo-starter');
  await b.getByLabel(/Revenu net imposable/).fill('30000');
  await expect(page.getByTestId('scenario-a-annual')).toContainText('€');
  await expect(page.getByTestId('scenario-b-annual')).toContainText('€');
  await expect(page.locator('.chart polyline')).toHaveCount(2);
  // Unconfirmed rule values are announced above the folded explanation.
  await expect(a.locator('.explanation__warning').first()).toBeVisible();
  await a.getByText(/Explication du calcul/).click();
  await expectNoRawKey(page);
  await page.screenshot({ path: `${shots}/counter-09-simulation-fr.png`, fullPage: true });

  for (const [language, label, title] of [
    ['nl', 'Nederlands', 'Simulatie van de bijdragen'],
    ['de', 'Deutsch', 'Beitragssimulation'],
  ] as const) {
    await page.locator('.side-nav__item--settings a').click();
    await page.getByLabel(label).check();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.locator('.side-nav__item--simulation a').click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page
      .locator('.simulation__scenario--a details')
      .first()
      .evaluate((element) => element.setAttribute('open', ''));
    await expectNoRawKey(page);
    await page.screenshot({ path: `${shots}/counter-10-simulation-${language}.png`, fullPage: true });
  }
  await page.locator('.side-nav__item--settings a').click();
  await page.getByLabel('Français').check();
});

test('a payment plan drafted for a seeded debtor, with the policy checks, saved and proposed', async ({
  app,
  page,
}) => {
  await signIn(page, app);
  // A debtor of the demo data, found as a colleague would name them (same session as the window).
  const debtor = await page.evaluate(async () => {
    const token = sessionStorage.getItem('guichet.launchToken');
    const call = async (channel: string, input: unknown) =>
      (await (
        await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(input),
        })
      ).json()) as {
        ok: boolean;
        value: never;
      };
    // Names are searched by prefix: go through the alphabet until a debtor turns up.
    for (const query of 'abcdefghijklmnopqrstuvwxyz'.split('')) {
      const hits = (await call('caseFile.search', { query, limit: 100 })).value as {
        kind: string;
        id: string;
        displayName: string;
      }[];
      for (const hit of hits.filter((candidate) => candidate.kind === 'person')) {
        const detail = (await call('caseFile.detail', { kind: 'person', id: hit.id })).value as {
          balance: { overdueCents: number };
          plans: unknown[];
        };
        if (detail.balance.overdueCents > 0 && detail.plans.length === 0) {
          const debts = (await call('paymentPlan.openDebts', { kind: 'person', id: hit.id })).value as {
            history: { hasActivePlan: boolean; hasJudicialProcedure: boolean; brokenPlans: unknown[] };
          };
          if (
            !debts.history.hasActivePlan &&
            !debts.history.hasJudicialProcedure &&
            debts.history.brokenPlans.length < 2
          )
            return hit;
        }
      }
    }
    return null;
  });
  expect(debtor).not.toBeNull();

  await page.keyboard.type(debtor!.displayName);
  await page
    .getByRole('option', { name: new RegExp(debtor!.displayName) })
    .first()
    .waitFor();
  const options = page.getByRole('option');
  const count = await options.count();
  for (let index = 0; index < count; index += 1) {
    if ((await options.nth(index).getAttribute('id'))?.endsWith(debtor!.id)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.goto(`${app.origin}/#/case-files/person/${debtor!.id}?tab=account`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(debtor!.displayName);
  await expect(page.locator('.contribution-status--late').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/counter-11-debtor-account.png`, fullPage: true });

  await page.getByRole('link', { name: "Plan d'apurement" }).first().click();
  await page.getByLabel('Tout sélectionner').check();
  await expect(page.locator('.plan-preview__verdict.is-eligible')).toBeVisible();
  await page.getByLabel('Mois', { exact: true }).fill('18');
  await expect(page.getByRole('alert')).toContainText('18 mois');
  await page.screenshot({ path: `${shots}/counter-12-plan-refused.png`, fullPage: true });
  await page.getByLabel('Mois', { exact: true }).fill('10');
  await expect(page.locator('.plan-preview__verdict.is-eligible')).toBeVisible();
  await page.getByLabel('Mois', { exact: true }).press('Enter');
  await expect(page.getByText('Brouillon enregistré.')).toBeVisible();
  await page.getByRole('button', { name: 'Proposer le plan' }).click();
  await expect(page.getByText(/Plan proposé/)).toBeVisible();
  await expect(page.locator('.plan-status--proposed').first()).toBeVisible();
  await expectNoRawKey(page);
  await page.screenshot({ path: `${shots}/counter-13-plan-proposed.png`, fullPage: true });
});
