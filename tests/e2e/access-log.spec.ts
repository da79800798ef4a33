/**
 * Who opened a case file, seen from head office: on client A the advisor finds a person from the
 * search box (keyboard only) and exports the person's own data from the case file; after a sync
 * round, `npm run server -- access-log --niss NISS --json` at head office lists both accesses, with
 * the advisor, the device and where the file was opened from. Client B never receives them.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { applyDatabaseKey } from '../../db/profile-encryption';
import { profileKeyOf } from '../fixtures/profile-key';
import { expect, pickSharedPerson, syncAdvisor, test } from './sync-fixture';

const run = promisify(execFile);

type AccessLogJson = {
  caseFile: { kind: string; id: string };
  accesses: { advisorName: string | null; deviceName: string | null; action: string; source: string | null }[];
};

test('opening a case file reaches head office with the advisor and the device', async ({ browser, pair }) => {
  test.setTimeout(120_000);
  // The command reads head office's database while it serves: PostgreSQL allows it, an embedded PGlite does not.
  test.skip(!pair.headOffice.env['DATABASE_URL'], 'needs DATABASE_URL (head office on PostgreSQL), as in CI');
  const person = pickSharedPerson(pair, 11);
  const page = await (await browser.newContext()).newPage();
  await page.goto(pair.clientA.url);
  await page.getByLabel('Identifiant').fill(syncAdvisor.username);
  await page.getByLabel('Mot de passe').fill(syncAdvisor.password);
  await page.keyboard.press('Enter');

  const search = page.getByRole('combobox');
  await expect(search).toBeFocused();
  await search.fill(person.niss);
  await expect(page.getByRole('option').first()).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(person.lastName);

  const exportButton = page.getByRole('button', { name: 'Exporter ses données (RGPD)' });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  // The first PDF of a process loads pdfmake and the fonts: seconds on a loaded machine.
  await expect(page.getByRole('status').filter({ hasText: 'Données exportées' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: /^personal-data-\d{11}-.*\.pdf$/ })).toBeVisible();

  await pair.syncNow(pair.clientA);
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', 'access-log', '--niss', person.niss, '--json'],
    { env: pair.headOffice.env },
  );
  const log = JSON.parse(stdout) as AccessLogJson;
  expect(log.caseFile).toEqual({ kind: 'person', id: person.id });
  expect(log.accesses).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        action: 'caseFile.open',
        source: 'search',
        advisorName: syncAdvisor.displayName,
        deviceName: 'Poste e2e A',
      }),
      expect.objectContaining({ action: 'caseFile.export', advisorName: syncAdvisor.displayName }),
    ]),
  );

  await pair.syncNow(pair.clientB);
  const onB = new Database(join(pair.clientB.profileDir, 'guichet.sqlite'), { readonly: true, fileMustExist: true });
  applyDatabaseKey(onB, profileKeyOf(pair.clientB.profileDir));
  try {
    expect(onB.prepare('SELECT count(*) AS n FROM access_log WHERE person_id = ?').get(person.id)).toEqual({ n: 0 });
  } finally {
    onB.close();
  }
});
