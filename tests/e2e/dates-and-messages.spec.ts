/**
 * Dates typed day first in every date field of the app, whatever the browser's locale, and the
 * sign-in and lock screens saying what really went wrong. The list below names every date field:
 * the first test fails when a screen gains one that is not in it (or a native date input that
 * bypasses the shared field). Screenshots in docs/screenshots/dates/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { makeEnterpriseNumber, formatEnterpriseNumber } from '../../shared/domain/identifiers/enterprise-number';
import { test, expect, demoAdvisor, signIn, type BrowserModeApp } from './browser-mode';
import { intakeNiss, intakePerson } from './typed-personal-data';

const shots = 'docs/screenshots/dates';
const TYPED = '01/04/2026';
const APRIL_FIRST = '2026-04-01';

/** Every date field: the source file that draws it and its French label. */
const dateFields = [
  { file: 'intake/steps/IdentityStep.tsx', label: 'Date de naissance' },
  { file: 'intake/steps/ActivityStep.tsx', label: "Début d'activité" },
  { file: 'intake/steps/MandatesStep.tsx', label: 'Début du mandat' },
  { file: 'intake/steps/CompanyStep.tsx', label: "Début de l'assujettissement" },
  { file: 'intake/steps/DirectorsStep.tsx', label: 'Début du mandat' },
  { file: 'case-file/TasksTab.tsx', label: 'Échéance' },
  { file: 'case-file/ComplaintsTab.tsx', label: 'Reçue le' },
  { file: 'case-file/CounterPaymentForm.tsx', label: 'Date du paiement' },
  { file: 'attestations/AttestationChooser.tsx', label: 'À la date du' },
  { file: 'attestations/AttestationChooser.tsx', label: 'Du' },
  { file: 'attestations/AttestationChooser.tsx', label: 'Au' },
  { file: 'payment-plan/PlanTermsForm.tsx', label: "Date de l'acompte" },
  { file: 'payment-plan/PaymentPlanPage.tsx', label: 'Signé le' },
  { file: 'situation/SituationForm.tsx', label: 'Date du changement' },
  { file: 'simulation/ScenarioForm.tsx', label: "Début d'activité" },
  // Typed in tests/e2e/counter-follow-up.spec.ts, where a branch manager decides a request.
  { file: 'case-file/RequestDecision.tsx', label: 'Date de la décision de l’INASTI (facultative)' },
  // Shown in tests/e2e/rights.spec.ts, where the rights tab of a case file is open.
  { file: 'case-file/RightsEventForm.tsx', label: 'Date de l’événement' },
  // Typed in tests/e2e/recovery.spec.ts, where a judicial file is open.
  { file: 'recovery/JudicialEventForm.tsx', label: 'Date' },
] as const;

test.describe.configure({ mode: 'serial' });

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourcesUnder(join(dir, entry.name))
      : entry.name.endsWith('.tsx')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Types 1 April day first, leaves the field, and reads back both the text shown and the ISO date the form got. */
async function typeAprilFirst(field: Locator): Promise<void> {
  await field.fill(TYPED);
  await field.press('Tab');
  await expect(field).toHaveValue(TYPED);
  const dateInput = field.locator('xpath=..');
  // The field's own judgement (a form may still refuse the date for its own reason, e.g. a birth
  // date that is not the NISS's).
  await expect(dateInput.locator('.date-input__error')).toHaveCount(0);
  // The calendar behind the button holds the value the form was given.
  await expect(dateInput.locator('input[type="date"]')).toHaveValue(APRIL_FIRST);
}

/** No native date input outside the shared field (its calendar anchor): those follow the system locale. */
async function expectOnlySharedDateFields(page: Page): Promise<void> {
  const stray = page.locator('input[type="date"]:not(.date-input__native)');
  await expect(stray).toHaveCount(0);
}

async function personOfBranch(app: BrowserModeApp): Promise<string> {
  for (const query of 'abcdefghij'.split('')) {
    const hits = await app.call<{ kind: string; id: string }[]>('caseFile.search', { query, limit: 20 });
    const person = hits.ok ? hits.value.find((hit) => hit.kind === 'person') : undefined;
    if (person) return person.id;
  }
  throw new Error('no person in the advisor branch');
}

test('every date field of the renderer goes through the shared day-first field and is listed here', () => {
  const root = 'renderer/features';
  for (const file of sourcesUnder(root)) {
    const text = readFileSync(file, 'utf8');
    expect(text, `${file} draws a native date input`).not.toMatch(/<input\b[^>]*type="date"/);
    const relative = file.slice(root.length + 1);
    // The wizard's generic text field hands its date type to the shared field; its callers are listed.
    if (relative === 'intake/steps/fields.tsx') continue;
    const usesDate = text.includes('<DateInput') || /type[:=]\s*\{?['"]date['"]/.test(text) || text.includes("'date')");
    if (usesDate)
      expect(
        dateFields.map((field) => field.file),
        `${relative} has a date field`,
      ).toContain(relative);
  }
});

test('a wrong password says so at sign-in and on the lock screen, never "reopen from the launch link"', async ({
  app,
  page,
}) => {
  await app.call('session.signOut', {});
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Connexion au guichet' })).toBeVisible();
  await page.getByLabel('Identifiant').fill(demoAdvisor.username);
  await page.getByLabel('Mot de passe').fill('pas-le-bon');
  await page.getByLabel('Mot de passe').press('Enter');
  await expect(page.getByText('Identifiant ou mot de passe incorrect.')).toBeVisible();
  await expect(page.getByText(/rouvrez Guichet à partir du lien de démarrage/)).toHaveCount(0);
  await page.screenshot({ path: `${shots}/sign-in-wrong-password-fr.png` });

  await page.getByLabel('Mot de passe').fill(demoAdvisor.password);
  await page.getByLabel('Mot de passe').press('Enter');
  await expect(page.getByRole('combobox')).toBeFocused();

  await page.keyboard.press('Control+l');
  const lock = page.getByRole('dialog', { name: 'Écran verrouillé' });
  await expect(lock).toBeVisible();
  // While locked the services refuse with the lock's own reason, which the transport keeps.
  const locked = await app.call('caseFile.search', { query: 'a' });
  expect(locked).toMatchObject({ ok: false, error: { messageKey: 'errors.session.locked' } });
  await lock.getByLabel('Mot de passe').fill('toujours-pas');
  await lock.getByLabel('Mot de passe').press('Enter');
  await expect(lock.getByText('Identifiant ou mot de passe incorrect.')).toBeVisible();
  await expect(page.getByText(/rouvrez Guichet à partir du lien de démarrage/)).toHaveCount(0);
  await page.screenshot({ path: `${shots}/lock-wrong-password-fr.png` });
  await lock.getByLabel('Mot de passe').fill(demoAdvisor.password);
  await lock.getByLabel('Mot de passe').press('Enter');
  await expect(lock).toHaveCount(0);
});

test('case file: task due date, complaint received date, counter payment date', async ({ app, page }) => {
  await signIn(page, app);
  const personId = await personOfBranch(app);
  await page.goto(`${app.origin}/#/case-files/person/${personId}?tab=tasks`);
  await typeAprilFirst(page.getByLabel('Échéance'));
  await page.getByLabel('Tâche', { exact: true }).fill('Rappeler pour la date');
  await page.getByRole('button', { name: 'Créer la tâche' }).click();
  // Saved, then shown back day first in the task list.
  await expect(page.getByRole('row').filter({ hasText: 'Rappeler pour la date' })).toContainText(TYPED);
  await expectOnlySharedDateFields(page);
  await page.screenshot({ path: `${shots}/task-due-fr.png`, fullPage: true });

  await page.goto(`${app.origin}/#/case-files/person/${personId}?tab=complaints`);
  await typeAprilFirst(page.getByLabel('Reçue le'));
  const received = page.getByLabel('Reçue le');
  await received.fill('31/04/2026');
  await received.press('Tab');
  await expect(
    page.getByText("Le 31/04/2026 n'existe pas dans le calendrier : vérifiez le jour et le mois."),
  ).toBeVisible();
  await expect(received).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: `${shots}/complaint-invalid-date-fr.png`, fullPage: true });

  await page.goto(`${app.origin}/#/case-files/person/${personId}?tab=account`);
  await typeAprilFirst(page.getByLabel('Date du paiement'));
  // Tab left the typed field for its calendar button; Enter opens the browser's picker.
  const calendarButton = page.getByRole('button', { name: 'Choisir la date dans le calendrier' });
  await expect(calendarButton).toBeFocused();
  await page.evaluate(() => {
    const opened: string[] = [];
    Object.assign(window, { openedPickers: opened });
    HTMLInputElement.prototype.showPicker = function record(this: HTMLInputElement) {
      opened.push(this.value);
    };
  });
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { openedPickers: string[] }).openedPickers)).toEqual([
    APRIL_FIRST,
  ]);
  await expectOnlySharedDateFields(page);
});

test('attestations, change of situation, payment plan and simulation', async ({ app, page }) => {
  await signIn(page, app);
  const personId = await personOfBranch(app);
  await page.goto(`${app.origin}/#/case-files/person/${personId}/attestations`);
  await page.getByLabel(/Régularité/).check();
  await typeAprilFirst(page.getByLabel('À la date du'));
  await page.getByLabel(/Paiements d'une période/).check();
  await typeAprilFirst(page.getByLabel('Du', { exact: true }));
  await typeAprilFirst(page.getByLabel('Au', { exact: true }));
  await expectOnlySharedDateFields(page);

  await page.goto(`${app.origin}/#/case-files/person/${personId}/situation`);
  await typeAprilFirst(page.getByLabel('Date du changement'));
  await expectOnlySharedDateFields(page);

  await page.goto(`${app.origin}/#/case-files/person/${personId}/payment-plan`);
  await typeAprilFirst(page.getByLabel("Date de l'acompte"));
  await expectOnlySharedDateFields(page);

  await page.goto(`${app.origin}/#/simulation`);
  const scenarioA = page.locator('.simulation__scenario--a');
  await typeAprilFirst(scenarioA.getByLabel("Début d'activité"));
  await typeAprilFirst(page.locator('.simulation__scenario--b').getByLabel("Début d'activité"));
  await expectOnlySharedDateFields(page);
  await page.screenshot({ path: `${shots}/simulation-fr.png`, fullPage: true });
});

type Hit = { kind: string; id: string };

/** A person of the branch with overdue debts and no plan, for whom a plan can be proposed. */
async function debtorOfBranch(app: BrowserModeApp): Promise<string> {
  for (const query of 'abcdefghijklmnopqrstuvwxyz'.split('')) {
    const hits = await app.call<Hit[]>('caseFile.search', { query, limit: 100 });
    for (const hit of hits.ok ? hits.value.filter((candidate) => candidate.kind === 'person') : []) {
      const detail = await app.call<{ balance: { overdueCents: number }; plans: unknown[] }>('caseFile.detail', hit);
      if (!detail.ok || detail.value.balance.overdueCents === 0 || detail.value.plans.length > 0) continue;
      const debts = await app.call<{
        history: { hasActivePlan: boolean; hasJudicialProcedure: boolean; brokenPlans: unknown[] };
      }>('paymentPlan.openDebts', hit);
      const history = debts.ok ? debts.value.history : undefined;
      if (history && !history.hasActivePlan && !history.hasJudicialProcedure && history.brokenPlans.length < 2)
        return hit.id;
    }
  }
  throw new Error('no debtor in the advisor branch');
}

test('payment plan: the signature date of a proposed plan', async ({ app, page }) => {
  await signIn(page, app);
  const debtorId = await debtorOfBranch(app);
  await page.goto(`${app.origin}/#/case-files/person/${debtorId}/payment-plan`);
  await page.getByLabel('Tout sélectionner').check();
  await page.getByLabel('Mois', { exact: true }).fill('10');
  await expect(page.locator('.plan-preview__verdict.is-eligible')).toBeVisible();
  await page.getByLabel('Mois', { exact: true }).press('Enter');
  await expect(page.getByText('Brouillon enregistré.')).toBeVisible();
  await page.getByRole('button', { name: 'Proposer le plan' }).click();
  await expect(page.getByText(/Plan proposé/)).toBeVisible();
  await typeAprilFirst(page.getByLabel('Signé le'));
  await expectOnlySharedDateFields(page);
  await page.screenshot({ path: `${shots}/plan-signed-on-fr.png`, fullPage: true });
});

test('intake of a person: birth date, start of activity, start of a mandate', async ({ app, page }) => {
  await signIn(page, app);
  const niss = intakeNiss('datesAndMessages');
  await page.goto(`${app.origin}/#/intake?identifier=${niss}`);
  await page.getByRole('button', { name: 'Rechercher et commencer' }).click();
  await expect(page.getByText('Étape 1 sur 5 : Identité')).toBeVisible();
  // Read from the NISS, shown day first.
  await expect(page.getByLabel('Date de naissance')).toHaveValue('01/04/1996');
  await typeAprilFirst(page.getByLabel('Date de naissance'));
  await page.getByLabel('Date de naissance').fill('01/04/1996');
  for (const [label, value] of [
    ['Nom', intakePerson.lastName],
    ['Prénom', intakePerson.firstName],
    ['Rue', 'Rue de Fer'],
    ['Numéro', '12'],
    ['Code postal', '5000'],
  ] as const) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  // 5000 is Namur and Beez: the municipality is a choice among the two.
  await page.getByLabel('Commune').selectOption('Namur');
  await page.getByLabel('Code postal').press('Enter');
  await expect(page.getByText('Étape 2 sur 5 : Activité')).toBeVisible();
  await page.getByLabel('Catégorie').selectOption('main');
  await typeAprilFirst(page.getByLabel("Début d'activité"));
  await page.getByLabel("Début d'activité").press('Enter');
  await expect(page.getByText('Étape 3 sur 5 : Conjoint aidant')).toBeVisible();
  await page.getByRole('button', { name: /Suivant : Mandats/ }).press('Enter');
  await expect(page.getByText('Étape 4 sur 5 : Mandats')).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter un mandat' }).click();
  await typeAprilFirst(page.getByLabel('Début du mandat'));
  await expectOnlySharedDateFields(page);
  await page.screenshot({ path: `${shots}/intake-mandate-fr.png`, fullPage: true });
});

test('intake of a company: start of liability and a director mandate', async ({ app, page }) => {
  await signIn(page, app);
  const number = makeEnterpriseNumber(19_000_000 + Math.floor(Math.random() * 999_999));
  await page.goto(`${app.origin}/#/intake`);
  await page.getByLabel('Une société').check();
  await page.getByLabel("N° d'entreprise").fill(formatEnterpriseNumber(number));
  await page.getByRole('button', { name: 'Rechercher et commencer' }).click();
  await typeAprilFirst(page.getByLabel("Début de l'assujettissement"));
  await page.getByLabel('Dénomination').fill('Dates et Fils');
  await page.getByLabel('Forme juridique').fill('SRL');
  await page.getByLabel('Total du bilan').selectOption({ index: 1 });
  for (const [label, value] of [
    ['Rue', 'Rue de Fer'],
    ['Numéro', '12'],
    ['Code postal', '5000'],
  ] as const) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  // 5000 is Namur and Beez: the municipality is a choice among the two.
  await page.getByLabel('Commune').selectOption('Namur');
  await page.getByLabel('Code postal').press('Enter');
  await expect(page.getByRole('button', { name: 'Ajouter un administrateur' })).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter un administrateur' }).click();
  await typeAprilFirst(page.getByLabel('Début du mandat').first());
  await expectOnlySharedDateFields(page);
});

test('in Dutch: the placeholder, the typed date and the calendar button', async ({ app, page }) => {
  await signIn(page, app);
  await page.locator('.side-nav__item--settings a').click();
  await page.getByLabel('Nederlands').check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  try {
    await page.locator('.side-nav__item--simulation a').click();
    const start = page.locator('.simulation__scenario--a').getByLabel('Begin van de activiteit');
    await expect(start).toHaveAttribute('placeholder', 'dd/mm/jjjj');
    await typeAprilFirst(start);
    await expect(page.getByRole('button', { name: 'De datum in de kalender kiezen' }).first()).toBeVisible();
    const personId = await personOfBranch(app);
    await page.goto(`${app.origin}/#/case-files/person/${personId}?tab=tasks`);
    const due = page.locator('#task-due');
    await typeAprilFirst(due);
    await due.fill('31/04/2026');
    await due.press('Tab');
    await expect(
      page.getByText('31/04/2026 bestaat niet in de kalender: controleer de dag en de maand.'),
    ).toBeVisible();
    await page.screenshot({ path: `${shots}/task-invalid-date-nl.png`, fullPage: true });
  } finally {
    await page.locator('.side-nav__item--settings a').click();
    await page.getByLabel('Français').check();
  }
});
