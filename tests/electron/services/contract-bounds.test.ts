/** Bad strings and absurd amounts at the counter: refused with a translated key, nothing written. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/services/app-core';
import { insertPerson } from '../../../db/repositories/person-repo';
import { call, callError, ensureAdvisors, openTestCore, signIn } from '../../fixtures/core';
import { personFields } from '../../fixtures/persons';
import { tempDir } from '../../fixtures/temp-db';

let core: AppCore;
let cleanup: () => void;
let ref: { kind: 'person'; id: string };
const writes = () =>
  core.db.$client
    .prepare<[], { outbox: number; notes: number; payments: number }>(
      `SELECT (SELECT count(*) FROM outbox) AS outbox, (SELECT count(*) FROM interactions) AS notes,
       (SELECT count(*) FROM payments) AS payments`,
    )
    .get();

beforeAll(async () => {
  const dir = tempDir();
  core = openTestCore(dir.dir);
  cleanup = () => {
    core.close();
    dir.cleanup();
  };
  ensureAdvisors(core);
  const person = core.db.transaction((tx) =>
    insertPerson(tx, core.recorder, personFields({ niss: '85073003328', lastName: 'Dupré', firstName: 'Jean' })),
  );
  ref = { kind: 'person', id: person.id };
  await signIn(core);
});
afterAll(() => cleanup());

describe('contract strings and bounds at the counter', () => {
  it('refuses a note whose subject is a NUL, or whose body holds a lone surrogate', async () => {
    const before = writes();
    expect(await callError(core, 'caseFile.addNote', { ...ref, subject: '\u0000', body: '' })).toMatchObject({
      code: 'validation',
      details: { issues: [{ path: 'subject', messageKey: 'validation.text.controlCharacter' }] },
    });
    expect(await callError(core, 'caseFile.addNote', { ...ref, subject: 'Visite', body: 'a\udc00' })).toMatchObject({
      details: { issues: [{ path: 'body', messageKey: 'validation.text.invalidCharacter' }] },
    });
    expect(writes()).toEqual(before);
    await call(core, 'caseFile.addNote', { ...ref, subject: 'Visite', body: 'Ligne 1\r\nLigne 2' });
    expect(writes()?.notes).toBe((before?.notes ?? 0) + 1);
  });

  it('refuses a payment above 1,000,000.00 € (and Number.MAX_SAFE_INTEGER cents), accepts one of exactly that', async () => {
    const before = writes();
    for (const amountCents of [Number.MAX_SAFE_INTEGER, 100_000_001]) {
      expect(
        await callError(core, 'payment.record', { ...ref, date: '2026-11-26', amountCents }),
        String(amountCents),
      ).toMatchObject({
        code: 'validation',
        details: { issues: [{ path: 'amountCents', messageKey: 'validation.payment.amountTooLarge' }] },
      });
    }
    expect(writes()).toEqual(before);
    const paid = await call(core, 'payment.record', { ...ref, date: '2026-11-26', amountCents: 100_000_000 });
    expect(paid.amountCents).toBe(100_000_000);
  });
});
