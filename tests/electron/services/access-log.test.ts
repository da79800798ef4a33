/**
 * The access log through the real dispatch on a seeded profile: opening a case file records one
 * entry (advisor, device, source) where it is read, a search listing does not, previewing a letter
 * does; the table refuses every update and delete; a person's own-data export holds every row of
 * every table that names them (found from the schema, not from the exporter's own list), and its PDF
 * shows their name and the sections, and is recorded as an access.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/hosts/dispatch';
import { openAppCore, type AppCore } from '../../../electron/services/app-core';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract/app-contract';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { tempDir } from '../../fixtures/temp-db';

const TODAY = '2026-11-26';
let core: AppCore;
let dir: { dir: string; cleanup(): void };
let personId: string;
let lastName: string;
let username: string;

beforeAll(async () => {
  dir = tempDir();
  core = openAppCore({
    profileDir: dir.dir,
    host: 'browser',
    demoPersons: 300,
    now: () => new Date(`${TODAY}T09:00:00.000Z`),
  });
  // A person with rows in many tables (a plan and its instalments, payments…), signed in at their branch.
  const chosen = core.db.$client
    .prepare<[], { id: string; code: string; lastName: string }>(
      `SELECT p.id, b.code, p.last_name AS lastName FROM persons p JOIN branches b ON b.id = p.branch_id
        WHERE EXISTS (SELECT 1 FROM payment_plans pp WHERE pp.person_id = p.id)
        ORDER BY (SELECT count(*) FROM mandates m WHERE m.person_id = p.id) > 0 DESC,
                 (SELECT count(*) FROM contributions c WHERE c.person_id = p.id) DESC, p.id LIMIT 1`,
    )
    .get()!;
  personId = chosen.id;
  lastName = chosen.lastName;
  username = `${chosen.code.toLowerCase()}.conseiller`;
  await call('session.signIn', { username, password: DEMO_PASSWORD });
}, 120_000);
afterAll(() => {
  core.close();
  dir.cleanup();
});

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch(core, channel, input, { host: 'browser' }, { error: () => undefined });
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.messageKey}`);
  return result.value as ChannelOutput<C>;
}

type Entry = {
  advisor_id: string | null;
  device_id: string;
  person_id: string | null;
  company_id: string | null;
  action: string;
  source: string | null;
  detail: string | null;
};
const entries = (): Entry[] =>
  core.db.$client
    .prepare<[], Entry>(
      'SELECT advisor_id, device_id, person_id, company_id, action, source, detail FROM access_log ORDER BY seq',
    )
    .all();
const signedIn = () =>
  core.db.$client.prepare<[string], { id: string }>('SELECT id FROM advisors WHERE username = ?').get(username)!.id;

describe('the access log', () => {
  it('records an opening where the file is read, with advisor, device and source; a search list is not an access', async () => {
    const before = entries().length;
    const hits = await call('caseFile.search', { query: lastName, limit: 20 });
    expect(hits.map((hit) => hit.id)).toContain(personId);
    expect(entries()).toHaveLength(before);

    await call('caseFile.detail', { kind: 'person', id: personId, source: 'search' });
    await call('caseFile.detail', { kind: 'person', id: personId });
    const recorded = entries().slice(before);
    expect(recorded).toEqual([
      {
        advisor_id: signedIn(),
        device_id: core.recorder.context.deviceId,
        person_id: personId,
        company_id: null,
        action: 'caseFile.open',
        source: 'search',
        detail: null,
      },
      expect.objectContaining({ action: 'caseFile.open', source: null, person_id: personId }),
    ]);
    // Nothing of it goes through the outbox: it is not pulled back to other devices.
    expect(
      core.db.$client.prepare<[], { n: number }>(`SELECT count(*) AS n FROM outbox WHERE entity LIKE 'access%'`).get()!
        .n,
    ).toBe(0);
  });

  it('refuses an unknown source, and records nothing for a refused opening', async () => {
    const before = entries().length;
    const result = await dispatch(
      core,
      'caseFile.detail',
      { kind: 'person', id: personId, source: 'elsewhere' } as never,
      { host: 'browser' },
      { error: () => undefined },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(entries()).toHaveLength(before);
  });

  it('records a letter previewed, with its kind', async () => {
    const before = entries().length;
    const pdf = await call('letters.preview', {
      source: 'case-file',
      caseFile: { kind: 'person', id: personId },
      kind: 'account-statement',
    });
    expect(Buffer.from(pdf.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(entries().slice(before)).toEqual([
      expect.objectContaining({ action: 'letter.preview', detail: 'account-statement', person_id: personId }),
    ]);
  });

  it('cannot be changed or erased: the table refuses UPDATE and DELETE', () => {
    const sqlite = core.db.$client;
    const count = entries().length;
    expect(() => sqlite.prepare(`UPDATE access_log SET advisor_id = 'someone-else'`).run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM access_log').run()).toThrow(/append-only/);
    expect(entries()).toHaveLength(count);
    expect(entries().every((entry) => entry.advisor_id === signedIn())).toBe(true);
  });
});

describe("a person's own data", () => {
  it('the JSON holds every row of every table that names the person (read over the schema), and the export is logged', async () => {
    const sqlite = core.db.$client;
    const before = entries().length;
    const exported = await call('letters.exportPersonalData', { personId, language: 'fr' });
    expect(entries().slice(before)).toEqual([
      expect.objectContaining({ action: 'caseFile.export', person_id: personId }),
    ]);
    const json = JSON.parse(exported.json.text) as {
      person: Record<string, unknown>;
      tables: Record<string, Record<string, unknown>[]>;
    };
    expect(json.person['id']).toBe(personId);
    expect(exported.json.fileName).toMatch(/^personal-data-\d{11}-2026-11-26\.json$/);

    const tables = sqlite
      .prepare<[], { name: string }>(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'sync_%'`,
      )
      .all()
      .map((row) => row.name);
    const expected: Record<string, number> = {};
    for (const table of tables) {
      const columns = sqlite
        .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
        .all(table)
        .map((column) => column.name)
        .filter((name) => name === 'person_id' || name.endsWith('_person_id'));
      if (columns.length === 0 || table === 'persons') continue;
      const where = columns.map((column) => `"${column}" = @id`).join(' OR ');
      const count = sqlite
        .prepare<[{ id: string }], { n: number }>(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`)
        .get({ id: personId })!.n;
      if (count > 0) expected[table] = count;
    }
    for (const [table, count] of Object.entries(expected)) expect(json.tables[table]?.length, table).toBe(count);
    // The person's file is rich enough for the check to mean something, their access log included.
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining(['access_log', 'addresses', 'affiliations', 'contributions', 'payment_plans']),
    );
    // Rows hanging from the person's rows without naming them: the plans' instalments.
    const instalments = sqlite
      .prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM payment_plan_instalments WHERE plan_id IN (SELECT id FROM payment_plans WHERE person_id = ?)',
      )
      .get(personId)!.n;
    expect(instalments).toBeGreaterThan(0);
    expect(json.tables['payment_plan_instalments']).toHaveLength(instalments);
    // Every access to the file, this export included.
    expect(json.tables['access_log']!.map((row) => row['action'])).toEqual(
      expect.arrayContaining(['caseFile.open', 'letter.preview', 'caseFile.export']),
    );
  });

  it('the PDF shows the name and the sections, in the language asked', async () => {
    const person = core.db.$client
      .prepare<[string], { first_name: string; last_name: string }>(
        'SELECT first_name, last_name FROM persons WHERE id = ?',
      )
      .get(personId)!;
    for (const [language, sections] of [
      ['fr', ['Vos données à caractère personnel', 'Cotisations', 'Consultations de votre dossier', 'Adresses']],
      ['nl', ['Uw persoonsgegevens', 'Bijdragen', 'Raadplegingen van uw dossier']],
      ['de', ['Ihre personenbezogenen Daten', 'Beiträge', 'Einsichtnahmen in Ihre Akte']],
    ] as const) {
      const exported = await call('letters.exportPersonalData', { personId, language });
      const file = join(dir.dir, `personal-data-${language}.pdf`);
      writeFileSync(file, Buffer.from(exported.pdf.pdfBase64, 'base64'));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      expect(text).toContain(`${person.first_name} ${person.last_name}`);
      for (const section of sections) expect(text, `${language}: ${section}`).toContain(section);
      expect(exported.pdf.pageCount).toBeGreaterThan(1);
    }
  });
});
