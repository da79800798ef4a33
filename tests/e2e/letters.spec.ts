/**
 * Letters end to end in Chromium against browser mode:
 * (a) at the counter, a payment plan is proposed → its letter waits in "to print" → preview (a PDF
 *     in an iframe from a blob: URL) → printed from the keyboard (the print call is watched, the
 *     printed bytes read back with pdftotext) → issue → listed in the case file and reopened;
 * (b) in the back office, a reminder batch: count and total first, run with visible progress,
 *     cancelled half-way, resumed, and finished with every letter exactly once (manifest checked);
 * (c) a due-notice batch: counted first with who receives one and why, run, manifest checked.
 * Screenshots in test-results/screenshots/letters-*.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserModeTest, expect, signInAs, type BrowserModeApp } from './browser-mode';

const shots = 'test-results/screenshots';

// One profile for the file, with enough debtors for a batch of a few dozen letters.
const test = browserModeTest({ demoPersons: 3000 });
test.describe.configure({ mode: 'serial' });

type Hit = { kind: string; id: string; displayName: string };

/** One print call seen in the page: which window printed, and the bytes that frame showed. */
type PrintCall = { target: 'preview-frame' | 'other-frame' | 'page'; src: string; base64: string };

/**
 * Runs in every document of the page, the preview frame's included, before its own scripts.
 * A real print dialog kills a headless tab, so print is replaced by a recorder: it notes which
 * window printed and reads back the bytes behind the frame's blob: URL, as the print would have
 * sent them. The page's CSP (connect-src 'self') forbids fetching a blob: URL, so the blobs are
 * kept by URL as the page creates them.
 */
function watchPrint(): void {
  type Top = Window & { __printCalls?: Promise<PrintCall>[]; __blobs?: Map<string, Blob> };
  const top = window.top as Top;
  top.__printCalls ??= [];
  if (window === top) {
    const blobs = (top.__blobs = new Map<string, Blob>());
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
  }
  const recorder = () => {
    const frame = window.frameElement as HTMLIFrameElement | null;
    const target: PrintCall['target'] = !frame
      ? 'page'
      : frame.dataset.testid === 'letter-preview-frame'
        ? 'preview-frame'
        : 'other-frame';
    const src = frame?.src ?? '';
    const read = async (): Promise<PrintCall> => {
      if (!src) return { target, src, base64: '' };
      const blob = top.__blobs?.get(src);
      if (!blob) return { target, src, base64: '' };
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return { target, src, base64: top.btoa(binary) };
    };
    (top.__printCalls ??= []).push(read());
  };
  window.print = Object.assign(recorder, { watched: true });
}

/** A debtor of the demo data with no plan yet, whom the plan policy accepts. */
async function findDebtor(app: BrowserModeApp): Promise<Hit> {
  for (const query of 'abcdefghijklmnopqrstuvwxyz'.split('')) {
    const hits = await app.call<Hit[]>('caseFile.search', { query, limit: 100 });
    if (!hits.ok) continue;
    for (const hit of hits.value.filter((candidate) => candidate.kind === 'person')) {
      const detail = await app.call<{ balance: { overdueCents: number }; plans: unknown[] }>('caseFile.detail', {
        kind: 'person',
        id: hit.id,
      });
      if (!detail.ok || detail.value.balance.overdueCents <= 0 || detail.value.plans.length > 0) continue;
      const debts = await app.call<{
        history: { hasActivePlan: boolean; hasJudicialProcedure: boolean; brokenPlans: unknown[] };
      }>('paymentPlan.openDebts', { kind: 'person', id: hit.id });
      if (
        debts.ok &&
        !debts.value.history.hasActivePlan &&
        !debts.value.history.hasJudicialProcedure &&
        debts.value.history.brokenPlans.length < 2
      )
        return hit;
    }
  }
  throw new Error('no debtor in the demo data');
}

test('counter: a proposed plan waits in "to print", is previewed, printed, issued and listed in the case file', async ({
  app,
  page,
}) => {
  await page.addInitScript(watchPrint);
  await signInAs(page, app, 'nam.conseiller');
  const debtor = await findDebtor(app);

  await page.goto(`${app.origin}/#/case-files/person/${debtor.id}/payment-plan`);
  await page.getByLabel('Tout sélectionner').check();
  await page.getByLabel('Mois', { exact: true }).fill('10');
  await expect(page.locator('.plan-preview__verdict.is-eligible')).toBeVisible();
  await page.getByLabel('Mois', { exact: true }).press('Enter');
  await expect(page.getByText('Brouillon enregistré.')).toBeVisible();
  await page.getByRole('button', { name: 'Proposer le plan' }).click();
  await expect(page.locator('.plan-status--proposed').first()).toBeVisible();

  // The side navigation's "Courriers" is live now.
  await page.getByRole('link', { name: 'Courriers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Courriers' })).toBeVisible();
  const list = page.getByTestId('to-print-list');
  const options = list.getByRole('option');
  await expect(options.filter({ hasText: debtor.displayName }).first()).toBeVisible();
  // From the keyboard: arrows down to the debtor's letter, Enter to preview.
  await list.focus();
  const count = await options.count();
  for (let index = 0; index < count; index += 1) {
    if ((await options.nth(index).textContent())?.includes(debtor.displayName)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(list.getByRole('option', { selected: true })).toContainText(debtor.displayName);
  await expect(list.getByRole('option', { selected: true })).toContainText("Plan d'apurement proposé");
  await page.keyboard.press('Enter');
  const frame = page.getByTestId('letter-preview-frame');
  await expect(frame).toBeVisible({ timeout: 30_000 });
  expect(await frame.getAttribute('src')).toMatch(/^blob:/);
  await expect(page.getByText('Pages : 1').or(page.getByText(/Pages : \d/))).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  await page.screenshot({ path: `${shots}/letters-01-to-print-preview.png`, fullPage: true });

  // Print from the keyboard: the preview frame prints, once, the letter previewed. The recorder must
  // be in the loaded frame first, or the real dialog would end the headless tab.
  await expect
    .poll(() =>
      frame.evaluate((element: HTMLIFrameElement) => {
        const print = element.contentWindow?.print as { watched?: boolean } | undefined;
        return element.contentDocument?.readyState === 'complete' && print?.watched === true;
      }),
    )
    .toBe(true);
  await page.getByRole('button', { name: 'Imprimer' }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => (window as Window & { __printCalls?: unknown[] }).__printCalls?.length ?? 0))
    .toBeGreaterThan(0);
  const prints = await page.evaluate(() =>
    Promise.all((window as Window & { __printCalls?: Promise<PrintCall>[] }).__printCalls ?? []),
  );
  expect(prints.map((call) => call.target)).toEqual(['preview-frame']);
  expect(prints[0]?.src).toBe(await frame.getAttribute('src'));
  const printedBytes = Buffer.from(prints[0]?.base64 ?? '', 'base64');
  expect(printedBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const printedFile = join(mkdtempSync(join(tmpdir(), 'guichet-print-')), 'printed.pdf');
  writeFileSync(printedFile, printedBytes);
  const printedText = execFileSync('pdftotext', ['-enc', 'UTF-8', printedFile, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  // The page lists "Family Given"; the letter's address writes "Madame Given Family".
  for (const part of debtor.displayName.split(' ')) expect(printedText).toContain(part);
  expect(printedText).toContain('Proposition de plan d’apurement');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Enregistrer en PDF' }).click();
  expect((await download).suggestedFilename()).toMatch(/^payment-plan-proposal-\d{11}-\d{4}-\d{2}-\d{2}\.pdf$/);

  await page.getByRole('button', { name: 'Émettre' }).click();
  await expect(page.getByText('Courrier émis et archivé.')).toBeVisible();
  await expect(options.filter({ hasText: debtor.displayName })).toHaveCount(0);
  await page.screenshot({ path: `${shots}/letters-02-issued.png`, fullPage: true });

  await page.goto(`${app.origin}/#/case-files/person/${debtor.id}?tab=follow-up`);
  const issued = page.getByTestId('issued-letters');
  await expect(issued.getByRole('row').filter({ hasText: "Proposition de plan d'apurement" })).toBeVisible();
  await issued.getByRole('button', { name: 'Rouvrir' }).first().click();
  await expect(page.getByTestId('issued-letter-frame')).toBeVisible();
  await page.screenshot({ path: `${shots}/letters-03-case-file-issued.png`, fullPage: true });
  // A letter drawn from the file's ledger alone, issued from the case file.
  await page.getByLabel('Écrire un courrier').selectOption('account-statement');
  await issued.getByRole('button', { name: 'Émettre' }).click();
  await expect(issued.getByRole('row').filter({ hasText: 'Relevé de compte' })).toBeVisible({ timeout: 30_000 });
});

test('back office: a reminder batch counted first, run with progress, cancelled half-way, resumed, every letter once', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  // Namur is the largest branch of the demo data; a back office batches its own branch only.
  await signInAs(page, app, 'nam.backoffice');
  // The quarter with the most unpaid contributions in this demo profile.
  let best = { branchCode: 'NAM', quarter: '2026-Q3', count: -1 };
  for (const quarter of ['2026-Q3', '2026-Q2']) {
    const preview = await app.call<{ count: number }>('letters.batchPreview', {
      kind: 'reminder',
      quarter,
      daysAfterDue: 0,
      branchCode: best.branchCode,
    });
    if (preview.ok && preview.value.count > best.count) best = { ...best, quarter, count: preview.value.count };
  }
  expect(best.count).toBeGreaterThan(20);

  await page.getByRole('link', { name: 'Courriers' }).click();
  await page.getByRole('link', { name: 'Impression par lots' }).click();
  await page.getByLabel('Trimestre (AAAA-Tn)').fill(best.quarter);
  await page.getByLabel("Jours après l'échéance").fill('0');
  await page.getByLabel('Bureau régional (code)').fill(best.branchCode);
  await page.getByLabel('Bureau régional (code)').press('Enter');
  const counted = page.getByTestId('batch-count');
  await expect(counted).toContainText(`${best.count} courriers pour un total de`);
  await page.screenshot({ path: `${shots}/letters-04-batch-counted.png`, fullPage: true });
  await counted.getByRole('button', { name: `Lancer l'impression de ${best.count} courriers` }).click();

  const progress = page.getByTestId('batch-progress');
  const done = page.getByTestId('batch-done');
  await expect(progress).toHaveAttribute('data-status', 'running');
  // Cancelled as soon as it runs: a batch of a few dozen letters is done in about a second on an idle
  // machine, so waiting for progress first would race the end of the batch. The chunks already in the
  // workers finish and are kept, so some letters are out when it stops.
  await progress.getByRole('button', { name: 'Annuler' }).click();
  await page.screenshot({ path: `${shots}/letters-05-batch-running.png`, fullPage: true });
  await expect(progress).toHaveAttribute('data-status', 'cancelled', { timeout: 30_000 });
  const stoppedAt = Number((await done.textContent())?.split(' / ')[0]);
  expect(stoppedAt).toBeGreaterThan(0);
  expect(stoppedAt).toBeLessThan(best.count);
  await page.screenshot({ path: `${shots}/letters-06-batch-cancelled.png`, fullPage: true });

  await progress.getByRole('button', { name: 'Reprendre' }).click();
  await expect(progress).toHaveAttribute('data-status', 'completed', { timeout: 120_000 });
  await expect(done).toHaveText(`${best.count} / ${best.count} (100 %)`);
  await expect(page.getByRole('button', { name: 'Télécharger le PDF' })).toBeVisible();
  await page.screenshot({ path: `${shots}/letters-07-batch-completed.png`, fullPage: true });
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
  expect((await pdfDownload).suggestedFilename()).toMatch(
    new RegExp(`^reminder-${best.quarter}-${best.branchCode}-.+\\.pdf$`),
  );

  // Every letter exactly once: the manifest through the channel, and nothing left to resume.
  const batchId = (await progress.getAttribute('data-batch-id')) ?? '';
  let manifest = '';
  type Slice = { base64: string; nextOffset: number | null };
  for (let offset: number | null = 0; offset !== null;) {
    const slice: { ok: true; value: Slice } | { ok: false; error: { code: string; messageKey: string } } =
      await app.call<Slice>('letters.batchOutput', { batchId, file: 'manifest', offset });
    if (!slice.ok) throw new Error(slice.error.messageKey);
    manifest += Buffer.from(slice.value.base64, 'base64').toString('utf8');
    offset = slice.value.nextOffset;
  }
  const rows = manifest.trim().split(/\r?\n/);
  expect(rows[0]).toBe('position,case_reference,kind,language,amount_cents,first_page,last_page');
  const letters = rows.slice(1).map((row) => row.split(','));
  expect(letters).toHaveLength(best.count);
  expect(letters.map((row) => Number(row[0]))).toEqual(Array.from({ length: best.count }, (_, index) => index + 1));
  expect(new Set(letters.map((row) => row[1])).size).toBe(best.count);
  const status = await app.call<{ status: string; done: number; total: number }>('letters.batchStatus', { batchId });
  expect(status.ok && status.value).toMatchObject({ status: 'completed', done: best.count, total: best.count });
  const unfinished = await app.call<{ id: string }[]>('letters.batchList', {});
  expect(unfinished.ok && unfinished.value.map((batch) => batch.id)).not.toContain(batchId);
});

test('back office: a due-notice batch from the screen, counted first with who and why, run, manifest', async ({
  app,
  page,
}) => {
  test.setTimeout(240_000);
  await signInAs(page, app, 'nam.backoffice');
  // The quarter of this demo profile with the fewest due notices still to send (but some): a short run.
  let chosen = { quarter: '', count: Number.POSITIVE_INFINITY };
  for (const quarter of ['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1']) {
    const preview = await app.call<{ count: number }>('letters.batchPreview', {
      kind: 'due-notice',
      quarter,
      branchCode: 'NAM',
    });
    if (preview.ok && preview.value.count > 0 && preview.value.count < chosen.count)
      chosen = { quarter, count: preview.value.count };
  }
  expect(chosen.quarter).not.toBe('');

  await page.goto(`${app.origin}/#/letters/batches`);
  await page.getByLabel('Type de courrier').selectOption('due-notice');
  // A due notice has no delay after the due date: the field is not offered.
  await expect(page.getByLabel("Jours après l'échéance")).toHaveCount(0);
  await page.getByLabel('Trimestre (AAAA-Tn)').fill(chosen.quarter);
  await page.getByLabel('Bureau régional (code)').fill('NAM');
  await page.getByLabel('Bureau régional (code)').press('Enter');
  const counted = page.getByTestId('batch-count');
  await expect(counted).toContainText(`${chosen.count} courriers pour un total de`);
  // Who receives one and why, before anything runs.
  const candidates = counted.getByTestId('batch-candidates');
  await expect(candidates.getByRole('heading', { name: /Qui reçoit ce courrier et pourquoi/ })).toBeVisible();
  await candidates.locator('summary').first().click();
  await expect(candidates.getByText(/^Cotisation du .+ à payer : .+ au plus tard le /).first()).toBeVisible();
  await page.screenshot({ path: `${shots}/letters-08-due-notice-counted.png`, fullPage: true });
  await counted.getByRole('button', { name: `Lancer l'impression de ${chosen.count} courriers` }).click();

  const progress = page.getByTestId('batch-progress');
  await expect(progress).toHaveAttribute('data-status', 'completed', { timeout: 180_000 });
  await expect(page.getByTestId('batch-done')).toHaveText(`${chosen.count} / ${chosen.count} (100 %)`);
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
  expect((await pdfDownload).suggestedFilename()).toMatch(new RegExp(`^due-notice-${chosen.quarter}-NAM-.+\\.pdf$`));

  const batchId = (await progress.getAttribute('data-batch-id')) ?? '';
  let manifest = '';
  type Slice = { base64: string; nextOffset: number | null };
  for (let offset: number | null = 0; offset !== null;) {
    const slice: { ok: true; value: Slice } | { ok: false; error: { code: string; messageKey: string } } =
      await app.call<Slice>('letters.batchOutput', { batchId, file: 'manifest', offset });
    if (!slice.ok) throw new Error(slice.error.messageKey);
    manifest += Buffer.from(slice.value.base64, 'base64').toString('utf8');
    offset = slice.value.nextOffset;
  }
  const letters = manifest
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((row) => row.split(','));
  expect(letters).toHaveLength(chosen.count);
  expect(new Set(letters.map((row) => row[2]))).toEqual(new Set(['due-notice']));
  expect(new Set(letters.map((row) => row[1])).size).toBe(chosen.count);
});
