/**
 * An address the envelope window cannot show is refused before anything is drawn: through the real
 * dispatch the advisor gets a translated validation error, and nothing is written (no letter issued,
 * no outbox record). The same refusal guards the template itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/hosts/dispatch';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import { demoFund } from '../../electron/letters/fund-identity';
import { renderLetters } from '../../electron/letters/render/render-letters';
import { previewBatch } from '../../electron/letters/batch/letter-source';
import { demoLetter } from '../../electron/letters/sample-letters';
import { checkWindowAddress, legalFormIn } from '../../electron/services/letters/letter-header';
import { GuichetError } from '../../shared/contract/errors';
import { DEMO_PASSWORD } from '../../db/seed/demo-data';
import { tempDir } from '../fixtures/temp-db';

let core: AppCore;
let cleanup: () => void;

beforeAll(() => {
  const dir = tempDir();
  core = openAppCore({
    profileDir: dir.dir,
    host: 'browser',
    demoPersons: 30,
    now: () => new Date('2026-11-26T09:00:00.000Z'),
  });
  cleanup = () => {
    core.close();
    dir.cleanup();
  };
}, 120_000);
afterAll(() => cleanup());

const counts = () =>
  core.db.$client
    .prepare<[], { issued: number; outbox: number }>(
      'SELECT (SELECT count(*) FROM issued_letters) AS issued, (SELECT count(*) FROM outbox) AS outbox',
    )
    .get();

describe('window address', () => {
  it('refuses a case file whose street cannot fit the window, with a translated key, writing nothing', async () => {
    const signIn = await dispatch(
      core,
      'session.signIn',
      { username: 'bxl.conseiller', password: DEMO_PASSWORD },
      { host: 'browser' },
      { error: () => undefined },
    );
    expect(signIn.ok).toBe(true);
    const sqlite = core.db.$client;
    const person = sqlite
      .prepare<[], { id: string }>('SELECT person_id AS id FROM addresses WHERE person_id IS NOT NULL LIMIT 1')
      .get();
    if (person === undefined) throw new Error('no seeded address');
    // The advisor signs in at Brussels and may only print for that branch's case files.
    sqlite
      .prepare(`UPDATE persons SET branch_id = (SELECT id FROM branches WHERE code = 'BXL') WHERE id = ?`)
      .run(person.id);
    // A street no abbreviation rule can bring within 79 mm at 10 pt.
    sqlite
      .prepare('UPDATE addresses SET street = ? WHERE person_id = ?')
      .run('Wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww', person.id);
    const before = counts();
    const result = await dispatch(
      core,
      'letters.issue',
      { source: 'case-file', caseFile: { kind: 'person', id: person.id }, kind: 'account-statement', params: {} },
      { host: 'browser' },
      { error: () => undefined },
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        messageKey: 'letters.errors.addressDoesNotFit',
        details: { problem: 'line-too-wide' },
      },
    });
    expect(counts()).toEqual(before);
    for (const language of ['fr', 'nl', 'de'])
      expect(
        JSON.parse(readFileSync(`renderer/i18n/locales/letters/${language}.json`, 'utf8')).letters.errors
          .addressDoesNotFit,
      ).toMatch(/\S{3}/);
  });

  it('names the problem for an unknown country and lets a foreign address through in capitals', () => {
    const recipient = {
      name: 'Jan Peeters',
      address: { street: 'Dorpsstraat 1', postalCode: '4811', city: 'Breda', country: 'XX' },
    };
    expect(() => checkWindowAddress(recipient, 'nl')).toThrow(GuichetError);
    expect(() =>
      checkWindowAddress({ ...recipient, address: { ...recipient.address, country: 'NL' } }, 'nl'),
    ).not.toThrow();
  });

  it('prints a street abbreviated to just under the window width on one line of the PDF', async () => {
    const base = demoLetter('reminder', 'fr');
    if (base.kind !== 'reminder') throw new Error('demo kind');
    const street = 'Avenue du Commandant-de-Gerlache-de-Gomery 12';
    const address = { ...base.data.recipient.address, street };
    const input = { ...base, data: { ...base.data, recipient: { ...base.data.recipient, address } } };
    const { pdf } = await renderLetters([input], demoFund());
    const dir = mkdtempSync(join(tmpdir(), 'guichet-window-'));
    try {
      writeFileSync(join(dir, 'letter.pdf'), pdf);
      const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', join(dir, 'letter.pdf'), '-'], {
        encoding: 'utf8',
      }).split('\n');
      // Abbreviated by rule, and laid out by pdfmake on a single line: the measure matches the font.
      expect(lines.some((line) => line.includes('Av. du Commandant-de-Gerlache-de-Gomery 12'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never draws a letter whose address does not fit, even when a caller skipped the check', async () => {
    const base = demoLetter('reminder', 'fr');
    if (base.kind !== 'reminder') throw new Error('demo kind');
    const input = { ...base, data: { ...base.data, recipient: { ...base.data.recipient, name: 'M'.repeat(45) } } };
    await expect(renderLetters([input], demoFund())).rejects.toThrow(/envelope window/);
  });

  it('refuses a batch holding an address that cannot fit, before it is created, with the count only', () => {
    const fitting = demoLetter('reminder', 'nl', 1);
    const tooLong = demoLetter('reminder', 'nl', 2);
    if (tooLong.kind !== 'reminder') throw new Error('demo kind');
    const unfit = {
      ...tooLong,
      data: { ...tooLong.data, recipient: { ...tooLong.data.recipient, name: 'W'.repeat(40) } },
    };
    const criteria = { kind: 'reminder' as const };
    expect(previewBatch({ select: () => [fitting] }, criteria).count).toBe(1);
    try {
      previewBatch({ select: () => [fitting, unfit, unfit] }, criteria);
      expect.unreachable('the batch should be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(GuichetError);
      expect(error).toMatchObject({
        code: 'validation',
        messageKey: 'letters.errors.batchAddressesDoNotFit',
        details: { params: { count: 2 } },
      });
    }
  });

  it('names a company with the legal form of the letter’s language, so the longest seeded name fits', () => {
    expect(legalFormIn('SComm/CommV', 'nl')).toBe('CommV');
    expect(legalFormIn('SRL/BV', 'fr')).toBe('SRL');
    const address = { street: 'Aachener Straße 27', postalCode: '4700', city: 'Eupen', country: 'BE' };
    // The widest combination of the demo data's legal forms, activities and surnames.
    expect(() =>
      checkWindowAddress({ name: `Bauunternehmen Von der Heyden ${legalFormIn('SComm/CommV', 'de')}`, address }, 'de'),
    ).not.toThrow();
    expect(() => checkWindowAddress({ name: 'SComm/CommV Bauunternehmen Von der Heyden', address }, 'de')).toThrow(
      GuichetError,
    );
  });
});
