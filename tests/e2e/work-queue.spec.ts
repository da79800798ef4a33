/**
 * The work queue end to end in Chromium against browser mode, signed in as a branch manager: a
 * complaint registered on a seeded person's case file, the case file assigned to an advisor, the
 * complaint seen in the work queue near its deadline (and the kind filter working), answered (its
 * letter waits in "to print"); a task assigned to an advisor and completed with a note.
 * Screenshots of each step in docs/screenshots/work-queue/.
 */
import type { Page } from '@playwright/test';
import { browserModeTest, expect, signInAs, type BrowserModeApp } from './browser-mode';
import { typedDateText } from '../../shared/domain/typed-date';

const shots = 'docs/screenshots/work-queue';

const test = browserModeTest({ demoPersons: 400 });

/** `days` from today, as the date input wants it. */
function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A person of the signed-in manager's branch, from the demo data. */
async function findPerson(app: BrowserModeApp): Promise<{ id: string }> {
  for (const query of 'abcdefghijklmnopqrstuvwxyz'.split('')) {
    const hits = await app.call<{ kind: string; id: string }[]>('caseFile.search', { query, limit: 20 });
    const person = hits.ok ? hits.value.find((hit) => hit.kind === 'person') : undefined;
    if (person) return person;
  }
  throw new Error('no person in the demo data');
}

async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
}

test('a complaint is registered, seen near its deadline in the queue, answered; a task is assigned and completed', async ({
  app,
  page,
}) => {
  await signInAs(page, app, 'gnt.responsable');
  const person = await findPerson(app);

  // 1. The complaint, received 40 days ago: its answer is due in 5 days (45-day answer period).
  await goTo(page, `#/case-files/person/${person.id}?tab=complaints`);
  await expect(page.getByRole('heading', { name: 'Enregistrer une plainte' })).toBeVisible();
  await expect(page.getByText('Délai de réponse : 45 jours après la réception')).toBeVisible();
  const subject = 'Rappel reçu alors que le paiement était fait';
  await page.getByLabel('Objet de la plainte').fill(subject);
  await page.getByLabel('Reçue le').fill(typedDateText(isoDaysFromToday(-40)));
  await page.getByLabel('Détails').fill('Le paiement du 2e trimestre a été fait à temps.');
  await page.screenshot({ path: `${shots}/work-queue-01-complaint-form.png`, fullPage: true });
  await page.getByRole('button', { name: 'Enregistrer la plainte' }).click();
  await expect(page.getByText(/Plainte enregistrée\. Réponse attendue au plus tard le/)).toBeVisible();

  // 2. The case file gets its advisor: the contact its letters will name.
  await page.getByLabel('Conseiller', { exact: true }).selectOption({ label: 'Conseiller GNT' });
  await page.getByRole('button', { name: 'Attribuer le dossier' }).click();
  await expect(page.getByTestId('case-file-contact')).toHaveText('Conseiller GNT');
  await page.screenshot({ path: `${shots}/work-queue-02-complaint-registered.png`, fullPage: true });

  // 3. The work queue shows it near its deadline; the kind filter keeps or drops it.
  await page.getByRole('link', { name: 'File de travail' }).click();
  await expect(page.getByRole('heading', { name: 'File de travail' })).toBeVisible();
  const complaintRow = page.getByRole('row').filter({ hasText: subject });
  await expect(complaintRow).toContainText('Échéance proche');
  await expect(complaintRow).toContainText('Conseiller GNT');
  await page.screenshot({ path: `${shots}/work-queue-03-queue-near-deadline.png`, fullPage: true });
  await page.getByLabel('Type').selectOption({ label: 'Plaintes' });
  await expect(complaintRow).toBeVisible();
  await expect(page.locator('tbody tr[data-entry-kind="task"]')).toHaveCount(0);
  await page.screenshot({ path: `${shots}/work-queue-04-filter-complaints.png`, fullPage: true });
  await page.getByLabel('Type').selectOption({ label: 'Suivi' });
  await expect(complaintRow).toHaveCount(0);
  await page.getByLabel('Type').selectOption({ label: 'Plaintes' });

  // 4. Answered from the case file: the answer letter waits in "to print".
  await complaintRow.getByRole('link', { name: 'Ouvrir la plainte' }).click();
  await page.getByRole('button', { name: 'Répondre' }).click();
  await page
    .getByLabel('Réponse', { exact: true })
    .fill('Votre paiement est bien arrivé à temps : le rappel est annulé.');
  await page.getByRole('button', { name: 'Enregistrer la réponse et préparer le courrier' }).click();
  await expect(page.getByText('Réponse enregistrée : le courrier est dans « À imprimer ».')).toBeVisible();
  await expect(page.locator('.complaint[data-status="answered"]')).toBeVisible();
  await page.screenshot({ path: `${shots}/work-queue-05-complaint-answered.png`, fullPage: true });
  await page.getByRole('link', { name: 'Courriers' }).click();
  await expect(page.getByRole('heading', { name: 'À imprimer' })).toBeVisible();
  await expect(page.getByText('Réponse à une plainte').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/work-queue-06-answer-letter-to-print.png`, fullPage: true });

  // 5. A task overdue since yesterday: assigned to the advisor, then completed with a note.
  const title = 'Rappeler au sujet du rappel contesté';
  const created = await app.call('task.create', {
    kind: 'person',
    id: person.id,
    title,
    dueDate: isoDaysFromToday(-1),
  });
  expect(created.ok).toBe(true);
  await page.getByRole('link', { name: 'File de travail' }).click();
  await page.getByLabel('Type').selectOption({ label: 'Tous les types' });
  const taskRow = page.getByRole('row').filter({ hasText: title });
  await expect(taskRow).toContainText('En retard');
  await taskRow.getByLabel(`Attribuer « ${title} » à`).selectOption({ label: 'Conseiller GNT' });
  await taskRow.getByRole('button', { name: 'Attribuer', exact: true }).click();
  await expect(page.getByText('Tâche attribuée à Conseiller GNT.')).toBeVisible();
  await expect(taskRow.getByRole('cell').nth(4)).toHaveText('Conseiller GNT');
  await page.screenshot({ path: `${shots}/work-queue-07-task-assigned.png`, fullPage: true });
  await taskRow.getByRole('button', { name: `Terminer « ${title} »` }).click();
  await taskRow.getByLabel('Ce qui a été fait').fill('Appelé : le rappel est annulé, la personne est rassurée.');
  await page.screenshot({ path: `${shots}/work-queue-08-task-completion-note.png`, fullPage: true });
  await taskRow.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.getByText('Tâche terminée.')).toBeVisible();
  await expect(taskRow).toHaveCount(0);
  await page.screenshot({ path: `${shots}/work-queue-09-task-completed.png`, fullPage: true });
});
