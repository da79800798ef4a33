/**
 * The case file's life at the counter, end to end in Chromium against browser mode (French):
 * a request filed at the counter and decided by the branch manager, its decision letter waiting in
 * "to print"; a payment recorded with its allocation and its receipt; the audit trail showing it; a
 * missed instalment recorded by the branch manager, the plan lapsing. Screenshots in
 * docs/screenshots/follow-up/.
 */
import { browserModeTest, expect, signInAs, type BrowserModeApp } from './browser-mode';

const shots = 'docs/screenshots/follow-up';

const test = browserModeTest();
test.describe.configure({ mode: 'serial' });

type Hit = { kind: string; id: string; displayName: string };
type Detail = {
  affiliations: { category: string; endDate: string | null }[];
  contributions: { year: number; quarter: number | null; kind: string; status: string; dueDate: string }[];
  plans: unknown[];
  requests: unknown[];
};
type Debtor = Hit & { quarter: string };

/**
 * A person of the advisor's branch in main activity, with a provisional quarter of the last twelve
 * months unpaid (an exemption can be asked for it), no plan and no request yet.
 */
async function findDebtor(app: BrowserModeApp): Promise<Debtor> {
  const today = new Date().toISOString().slice(0, 10);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  for (const query of 'abcdefghijklmnopqrstuvwxyz'.split('')) {
    const hits = await app.call<Hit[]>('caseFile.search', { query, limit: 100 });
    if (!hits.ok) continue;
    for (const hit of hits.value.filter((candidate) => candidate.kind === 'person')) {
      const detail = await app.call<Detail>('caseFile.detail', { kind: 'person', id: hit.id });
      if (!detail.ok || detail.value.plans.length > 0 || detail.value.requests.length > 0) continue;
      const current = detail.value.affiliations.find((affiliation) => affiliation.endDate === null);
      if (current?.category !== 'main') continue;
      const late = detail.value.contributions.find(
        (row) => row.kind === 'provisional' && row.status === 'late' && row.dueDate >= yearAgo && row.quarter !== null,
      );
      if (late) return { ...hit, quarter: `T${late.quarter} ${late.year}` };
    }
  }
  throw new Error('no debtor in main activity in the demo data');
}

let debtor: Debtor;

test('a request filed at the counter, decided by the branch manager, its letter waiting in "to print"', async ({
  app,
  page,
}) => {
  await signInAs(page, app, 'nam.conseiller');
  debtor = await findDebtor(app);
  await page.goto(`${app.origin}/#/case-files/person/${debtor.id}?tab=requests`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(debtor.displayName);
  await page.getByRole('checkbox', { name: debtor.quarter }).check();
  await page.getByLabel('Motif', { exact: true }).selectOption('financial-difficulty');
  await page.getByRole('button', { name: 'Introduire la demande' }).click();
  await expect(page.getByText('Demande introduite.')).toBeVisible();
  // The counter files; the decision is not offered to it.
  await expect(page.getByText(/En attente de la décision/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accorder' })).toHaveCount(0);
  await page.screenshot({ path: `${shots}/01-request-filed-at-counter.png`, fullPage: true });

  await signInAs(page, app, 'nam.responsable');
  await page.goto(`${app.origin}/#/case-files/person/${debtor.id}?tab=requests`);
  await page.getByLabel('Date de la décision de l’INASTI (facultative)').fill('01/04/2026');
  await page.getByRole('button', { name: 'Accorder' }).click();
  await expect(page.getByText(/La lettre de décision attend dans « À imprimer »/)).toBeVisible();
  await expect(page.locator('.request-status--granted')).toBeVisible();
  await page.screenshot({ path: `${shots}/02-request-granted-by-manager.png`, fullPage: true });

  await page.getByRole('link', { name: 'Courriers' }).click();
  const list = page.getByTestId('to-print-list');
  await expect(
    list.getByRole('option').filter({ hasText: debtor.displayName }).filter({ hasText: 'Décision' }),
  ).toBeVisible();
  await page.screenshot({ path: `${shots}/03-decision-letter-to-print.png`, fullPage: true });
});

test('a payment recorded at the counter with its allocation and its receipt, then seen in the audit trail', async ({
  app,
  page,
}) => {
  await signInAs(page, app, 'nam.conseiller');
  await page.goto(`${app.origin}/#/case-files/person/${debtor.id}?tab=account`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(debtor.displayName);
  await page.getByLabel('Montant (€)').fill('100,00');
  const preview = page.getByTestId('counter-payment-preview');
  await expect(preview.getByRole('row').first()).toContainText('Cotisation');
  await expect(preview.getByRole('row').first()).toContainText('100,00');
  await page.locator('.counter-payment').screenshot({ path: `${shots}/04-payment-allocation-preview.png` });
  await page.getByLabel('Montant (€)').press('Enter');
  await expect(page.getByText(/Paiement de 100,00.*enregistré/)).toBeVisible();
  await page.getByRole('button', { name: 'Imprimer le reçu' }).click();
  await expect(page.getByTestId('receipt-frame')).toBeVisible({ timeout: 30_000 });
  expect(await page.getByTestId('receipt-frame').getAttribute('src')).toMatch(/^blob:/);
  await page.locator('.counter-payment').screenshot({ path: `${shots}/05-payment-receipt.png` });

  await page.getByRole('tab', { name: 'Historique des modifications' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Historique des modifications' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const trail = page.getByTestId('audit-trail');
  const paymentLine = trail.getByRole('row').filter({ hasText: 'Paiement — Création' }).first();
  await expect(paymentLine).toContainText('montant 100,00');
  await expect(paymentLine).toContainText('Conseiller');
  await expect(trail.getByRole('row').filter({ hasText: 'Courrier — Création' }).first()).toBeVisible();
  await page.screenshot({ path: `${shots}/06-audit-trail-payment.png` });
});

test('a missed instalment recorded by the branch manager: the plan lapses and a call is asked', async ({
  app,
  page,
}) => {
  await signInAs(page, app, 'nam.conseiller');
  const debts = await app.call<{ debts: { contributionId: string; isInPlan: boolean }[] }>('paymentPlan.openDebts', {
    kind: 'person',
    id: debtor.id,
  });
  if (!debts.ok) throw new Error('no open debts');
  const plan = await app.call<{ id: string }>('paymentPlan.save', {
    kind: 'person',
    id: debtor.id,
    contributionIds: debts.value.debts.filter((debt) => !debt.isInPlan).map((debt) => debt.contributionId),
    terms: { kind: 'months', months: 6 },
  });
  if (!plan.ok) throw new Error(`plan not saved: ${plan.error.messageKey}`);
  expect((await app.call('paymentPlan.propose', { planId: plan.value.id })).ok).toBe(true);
  expect((await app.call('paymentPlan.sign', { planId: plan.value.id })).ok).toBe(true);
  await page.goto(`${app.origin}/#/case-files/person/${debtor.id}/payment-plan?plan=${plan.value.id}`);
  await expect(page.getByTestId('plan-deciding-only')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Noter comme manquée' })).toHaveCount(0);

  await signInAs(page, app, 'nam.responsable');
  await page.goto(`${app.origin}/#/case-files/person/${debtor.id}/payment-plan?plan=${plan.value.id}`);
  await page.getByRole('button', { name: 'Noter comme manquée' }).first().click();
  await expect(page.getByText(/Le plan est caduc/)).toBeVisible();
  await page.screenshot({ path: `${shots}/07-missed-instalment-plan-lapsed.png`, fullPage: true });
  await page.goto(`${app.origin}/#/case-files/person/${debtor.id}?tab=tasks`);
  await expect(page.getByText(/Appeler|appeler/).first()).toBeVisible();
});
