/**
 * Attestations end to end in Chromium against browser mode: an advisor signs in, opens a seeded
 * person's case file, takes "Attestations", issues an affiliation attestation with one click, then
 * a tax certificate for last year, and finds both among the case file's issued letters.
 * Screenshots of each step in docs/screenshots/attestations/ (French).
 */
import { execFileSync } from 'node:child_process';
import { browserModeTest, expect, signInAs, type BrowserModeApp } from './browser-mode';

const shots = 'docs/screenshots/attestations';

const test = browserModeTest({ demoPersons: 400 });

type Hit = { kind: string; id: string; displayName: string };

/** A person of the advisor's branch with an affiliation and payments last year (both attestations can be drawn). */
async function findPayer(app: BrowserModeApp): Promise<Hit> {
  for (const query of 'abcdefghijklmnopqrstuvwxyz'.split('')) {
    const hits = await app.call<Hit[]>('caseFile.search', { query, limit: 50 });
    if (!hits.ok) continue;
    for (const hit of hits.value.filter((candidate) => candidate.kind === 'person')) {
      const caseFile = { kind: 'person', id: hit.id };
      const tax = await app.call('letters.preview', {
        source: 'case-file',
        caseFile,
        kind: 'tax-certificate',
        params: {},
      });
      if (!tax.ok) continue;
      const affiliation = await app.call('letters.preview', {
        source: 'case-file',
        caseFile,
        kind: 'affiliation-certificate',
        params: {},
      });
      if (affiliation.ok) return hit;
    }
  }
  throw new Error('no person with payments last year in the demo data');
}

test('counter: an affiliation attestation and a tax certificate issued in one click each, listed in the case file', async ({
  app,
  page,
}) => {
  await signInAs(page, app, 'nam.conseiller');
  const person = await findPayer(app);

  await page.goto(`${app.origin}/#/case-files/person/${person.id}`);
  await expect(page.getByRole('heading', { level: 1, name: person.displayName })).toBeVisible();
  await page.screenshot({ path: `${shots}/01-case-file.png`, fullPage: true });

  await page.getByRole('link', { name: 'Attestations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Attestations — ${person.displayName}` })).toBeVisible();
  await expect(page.getByLabel('Affiliation (périodes et qualité)')).toBeChecked();
  await page.screenshot({ path: `${shots}/02-attestations.png`, fullPage: true });

  await page.getByRole('button', { name: 'Émettre' }).click();
  await expect(page.getByTestId('attestation-status')).toHaveText(/Attestation émise et archivée/, { timeout: 30_000 });
  const frame = page.getByTestId('attestation-frame');
  await expect(frame).toBeVisible();
  expect(await frame.getAttribute('src')).toMatch(/^blob:/);
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  await page.screenshot({ path: `${shots}/03-affiliation-issued.png`, fullPage: true });
  // The saved PDF carries the verification code, checked at the end.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Enregistrer en PDF' }).click();
  const saved = await (await download).path();
  const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', saved, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const code = /Code de vérification : ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(printed)?.[1];
  expect(code).toBeDefined();

  // From the keyboard: the radio group moves with the arrows; the tax certificate proposes last year.
  await page.getByLabel('Affiliation (périodes et qualité)').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Attestation fiscale (année)')).toBeChecked();
  const lastYear = String(new Date().getFullYear() - 1);
  await expect(page.getByLabel('Année des paiements')).toHaveValue(lastYear);
  await page.screenshot({ path: `${shots}/04-tax-certificate-year.png`, fullPage: true });

  await page.getByRole('button', { name: 'Émettre' }).click();
  await expect(page.getByTestId('attestation-status')).toHaveText(/Attestation émise et archivée/, { timeout: 30_000 });
  await page.screenshot({ path: `${shots}/05-tax-certificate-issued.png`, fullPage: true });

  await page.getByRole('link', { name: 'Retour au dossier' }).click();
  const issued = page.getByTestId('issued-letters');
  await expect(issued.getByRole('row').filter({ hasText: "Attestation d'affiliation" })).toBeVisible();
  await expect(issued.getByRole('row').filter({ hasText: 'Attestation fiscale' })).toBeVisible();
  await page.screenshot({ path: `${shots}/06-case-file-issued-letters.png`, fullPage: true });

  // Someone presents an attestation: its code is checked from the side navigation, a typo caught first.
  await page.getByRole('link', { name: 'Vérifier une attestation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifier une attestation' })).toBeFocused();
  await page.getByLabel('Code de vérification').fill('0000-0000-0001');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('attestation-check')).toHaveText(/mal tapé/);
  await page.getByLabel('Code de vérification').fill('0000 0000 0000');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('attestation-check')).toHaveText(/Aucune attestation/);
  await page.getByLabel('Code de vérification').fill((code ?? '').toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('attestation-check')).toHaveText(
    /Attestation authentique : Attestation d'affiliation émise le/,
  );
  await page.screenshot({ path: `${shots}/07-verify-code.png`, fullPage: true });
});
