/**
 * Recovery end to end in Chromium against browser mode, as a back-office advisor of Namur:
 * (a) a formal-notice batch: the screen lists who would receive one and why (their recovery path),
 *     then runs it to the end;
 * (b) a debtor whose formal notice is past is blocked before the judicial hand-over until the
 *     personal contact is recorded: open the task, complete it with its outcome, the hand-over is
 *     offered, and the judicial file appears.
 * The fund's letter history (reminders and statements sent months ago) is written into the profile's
 * issued-letter record first: the demo data has debts but no letters yet.
 * Screenshots in docs/screenshots/recovery/.
 */
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../../db/connection';
import { addDays, toIsoDate } from '../../shared/domain/calendar';
import { fundDay } from '../../shared/domain/fund-day';
import { typedDateText } from '../../shared/domain/typed-date';
import { browserModeTest, expect, signInAs, type BrowserModeApp } from './browser-mode';
import { profileKeyOf } from '../fixtures/profile-key';

const shots = 'docs/screenshots/recovery';
const today = toIsoDate(fundDay(new Date()));
/** A letter `days` after the debtor's oldest unpaid due date: every delay of the path (30 days) is kept. */
const after = (debtor: Debtor, days: number) => `${addDays(toIsoDate(debtor.oldestDue), days)}T09:00:00.000Z`;

const test = browserModeTest({ demoPersons: 3000 });
test.describe.configure({ mode: 'serial' });

type Debtor = { id: string; niss: string; oldestDue: string };
type Status = { step: string; action: string; isActionDue: boolean };
let formalNoticeDebtors: Debtor[] = [];
let blockedDebtor: Debtor;

/** Namur debtors (the largest branch of the demo data) whose oldest unpaid contribution fell due over 130 days ago. */
function oldDebtors(app: BrowserModeApp): Debtor[] {
  const db = openDatabase(join(app.profileDir, 'guichet.sqlite'), { key: profileKeyOf(app.profileDir) });
  try {
    return db.$client
      .prepare<[string], Debtor>(
        `SELECT p.id, p.niss, MIN(c.due_date) AS oldestDue FROM persons p
         JOIN branches b ON b.id = p.branch_id AND b.code = 'NAM'
         JOIN contributions c ON c.person_id = p.id AND c.status = 'open'
           AND c.amount_cents + c.fee_cents > (SELECT COALESCE(SUM(y.amount_cents), 0) FROM payments y WHERE y.person_id = p.id AND y.contribution_id = c.id)
         GROUP BY p.id HAVING MIN(c.due_date) <= ? ORDER BY p.niss LIMIT 200`,
      )
      .all(addDays(today, -130));
  } finally {
    closeDatabase(db);
  }
}

function sendLetters(app: BrowserModeApp, debtor: Debtor, letters: readonly [string, number][]): void {
  const db = openDatabase(join(app.profileDir, 'guichet.sqlite'), { key: profileKeyOf(app.profileDir) });
  try {
    const insert = db.$client.prepare(
      `INSERT INTO issued_letters (id, kind, case_reference, language, input, pdf_sha256, pdf_file, first_page, last_page, advisor_name, issued_at)
       VALUES (?, ?, ?, 'fr', '{}', '', '', 1, 1, 'Historique', ?)`,
    );
    letters.forEach(([kind, days], index) =>
      insert.run(`history-${debtor.niss}-${index}`, kind, debtor.niss, after(debtor, days)),
    );
  } finally {
    closeDatabase(db);
  }
}

const status = async (app: BrowserModeApp, debtor: Debtor) => {
  const reply = await app.call<Status>('recovery.status', { kind: 'person', id: debtor.id });
  if (!reply.ok) throw new Error(reply.error.messageKey);
  return reply.value;
};

test('back office: a formal-notice batch lists who and why, then runs', async ({ app, page }) => {
  test.setTimeout(180_000);
  await signInAs(page, app, 'nam.backoffice');
  const candidates: Debtor[] = [];
  for (const debtor of oldDebtors(app)) {
    const before = await status(app, debtor);
    // A plan or a request holds some; a debt older than 130 days leaves every delay of the path past.
    if (before.step !== 'due' || before.action !== 'send-reminder') continue;
    candidates.push(debtor);
    if (candidates.length === 4) break;
  }
  expect(candidates.length).toBe(4);
  [blockedDebtor, ...formalNoticeDebtors] = candidates as [Debtor, ...Debtor[]];
  for (const debtor of formalNoticeDebtors)
    sendLetters(app, debtor, [
      ['reminder', 35],
      ['account-statement', 70],
    ]);
  sendLetters(app, blockedDebtor, [
    ['reminder', 35],
    ['account-statement', 70],
    ['formal-notice', 105],
  ]);
  for (const debtor of formalNoticeDebtors) expect((await status(app, debtor)).action).toBe('send-formal-notice');

  await page.goto(`${app.origin}/#/letters/batches`);
  await page.getByLabel('Type de courrier').selectOption('formal-notice');
  await expect(page.getByLabel('Trimestre (AAAA-Tn)')).toHaveCount(0);
  await page.getByLabel('Bureau régional (code)').fill('NAM');
  await page.getByLabel('Bureau régional (code)').press('Enter');
  const counted = page.getByTestId('batch-count');
  await expect(counted).toContainText('3 courriers pour un total de');
  const list = page.getByTestId('formal-notice-candidates');
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await list.locator('li > details > summary').first().click();
  await expect(list.getByText(/Relevé de compte envoyé le/).first()).toBeVisible();
  await expect(list.getByText(/Prochaine étape : une mise en demeure/).first()).toBeVisible();
  await page.screenshot({ path: `${shots}/recovery-01-formal-notice-batch-why.png`, fullPage: true });

  await counted.getByRole('button', { name: "Lancer l'impression de 3 courriers" }).click();
  const progress = page.getByTestId('batch-progress');
  await expect(progress).toHaveAttribute('data-status', 'completed', { timeout: 120_000 });
  await expect(page.getByTestId('batch-done')).toHaveText('3 / 3 (100 %)');
  await page.screenshot({ path: `${shots}/recovery-02-formal-notice-batch-done.png`, fullPage: true });
  // Printed today: each is now at the formal notice, waiting for the personal contact.
  for (const debtor of formalNoticeDebtors)
    expect(await status(app, debtor)).toMatchObject({ step: 'formal-notice', action: 'open-personal-contact' });
});

test('back office: no judicial hand-over before the personal contact is recorded with its outcome', async ({
  app,
  page,
}) => {
  await signInAs(page, app, 'nam.backoffice');
  await page.goto(`${app.origin}/#/case-files/person/${blockedDebtor.id}`);
  await page.getByRole('link', { name: 'Recouvrement', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Recouvrement', level: 1 })).toBeVisible();
  await expect(page.getByTestId('recovery-step')).toHaveText('Mise en demeure');
  await expect(page.getByTestId('recovery-handover-blocked')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remettre au recouvrement judiciaire' })).toHaveCount(0);
  await expect(page.getByText(/Prochaine étape : prendre contact personnellement/)).toBeVisible();
  await page.screenshot({ path: `${shots}/recovery-03-blocked-before-contact.png`, fullPage: true });

  await page.getByRole('button', { name: 'Ouvrir la tâche de contact personnel' }).click();
  await expect(page.getByText(/Contact personnel en cours/)).toBeVisible();
  await expect(page.getByTestId('recovery-handover-blocked')).toBeVisible();
  await page.getByLabel('Résultat du contact').selectOption({ label: 'Débiteur injoignable' });
  await page.getByRole('button', { name: 'Terminer avec ce résultat' }).click();
  await expect(page.getByTestId('recovery-contact-done')).toContainText('Débiteur injoignable');
  await expect(page.getByTestId('recovery-step')).toHaveText('Contact personnel');
  const handOver = page.getByRole('button', { name: 'Remettre au recouvrement judiciaire' });
  await expect(handOver).toBeVisible();
  await page.screenshot({ path: `${shots}/recovery-04-hand-over-offered.png`, fullPage: true });

  await page.getByLabel('Mandataire', { exact: true }).selectOption('bailiff');
  await page.getByLabel('Nom du mandataire').fill('Étude Dupont, huissiers');
  await page.getByLabel('Nom du mandataire').press('Enter');
  await expect(page.getByTestId('recovery-step')).toHaveText('Recouvrement judiciaire');
  await expect(page.getByTestId('judicial-file')).toContainText('Étude Dupont, huissiers');
  // The follow-up: the bailiff's costs are recorded in the file.
  const file = page.getByTestId('judicial-file');
  await file.getByLabel('Événement').selectOption('costs');
  await file.getByLabel('Date', { exact: true }).fill(typedDateText(today));
  await file.getByLabel('Montant').fill('350');
  await file.getByLabel('Remarque').fill('Signification de la contrainte');
  await file.getByRole('button', { name: "Ajouter l'événement" }).click();
  await expect(file.getByRole('row', { name: /Signification de la contrainte/ })).toContainText('350,00');
  await page.screenshot({ path: `${shots}/recovery-05-judicial-file.png`, fullPage: true });

  await page.getByRole('link', { name: 'Suivi du recouvrement' }).click();
  const overview = page.getByTestId('recovery-overview');
  await expect(overview.getByRole('row', { name: /Recouvrement judiciaire/ })).toBeVisible();
  await expect(overview.getByRole('row', { name: /Mise en demeure/ })).toBeVisible();
  await page.screenshot({ path: `${shots}/recovery-06-overview.png`, fullPage: true });
});
