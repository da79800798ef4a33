/** caseFile.updatePerson end to end through dispatch: validation, optimistic version, one write path (row + outbox + audit + search). */
import { afterEach, describe, expect, it } from 'vitest';
import { makeNiss } from '../../../shared/domain/identifiers/niss';
import { makeBelgianIban } from '../../../shared/domain/identifiers/iban';
import { insertPerson } from '../../../db/repositories/person-repo';
import type { AppCore } from '../../../electron/services/app-core';
import { tempDir } from '../../fixtures/temp-db';
import { call, callError, ensureAdvisors, openTestCore, signIn } from '../../fixtures/core';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((cleanup) => cleanup()),
);

function setup(): { core: AppCore; personId: string } {
  const dir = tempDir();
  const core = openTestCore(dir.dir);
  cleanups.push(dir.cleanup, () => core.close());
  ensureAdvisors(core);
  const branchId = core.db.$client.prepare<[], { id: string }>('SELECT id FROM branches LIMIT 1').get()?.id ?? null;
  const person = core.db.transaction((tx) =>
    insertPerson(tx, core.recorder, {
      niss: makeNiss({ birthDate: '1980-05-17', serial: 41 }),
      lastName: 'Dubois',
      firstName: 'Claire',
      birthDate: '1980-05-17',
      sex: 'F',
      language: 'fr',
      email: null,
      phone: null,
      iban: null,
      branchId,
    }),
  );
  return { core, personId: person.id };
}

const counts = (core: AppCore) => ({
  outbox: core.db.$client.prepare('SELECT count(*) AS n FROM outbox').get(),
  audit: core.db.$client.prepare('SELECT count(*) AS n FROM audit_log').get(),
});

describe('caseFile.updatePerson', () => {
  it('needs a signed-in advisor', async () => {
    const { core, personId } = setup();
    expect(
      await callError(core, 'caseFile.updatePerson', {
        id: personId,
        rowVersion: 1,
        changes: { phone: '+32 470 12 34 56' },
      }),
    ).toMatchObject({ code: 'unauthorized' });
  });

  it('writes the row, its outbox record and audit line, refreshes the search keys, and answers the new summary', async () => {
    const { core, personId } = setup();
    await signIn(core);
    const before = await call(core, 'caseFile.get', { kind: 'person', id: personId });
    expect(before.person?.rowVersion).toBe(1);
    const iban = makeBelgianIban('001', 1234567);
    const spaced = iban.replace(/(.{4})/g, '$1 ').trim();
    const after = await call(core, 'caseFile.updatePerson', {
      id: personId,
      rowVersion: 1,
      changes: { lastName: 'Van den Berghe', email: 'Claire@Example.be', phone: '+32 470 12 34 56', iban: spaced },
    });
    expect(after.person).toMatchObject({
      lastName: 'Van den Berghe',
      email: 'claire@example.be',
      phone: '+32 470 12 34 56',
      iban,
      rowVersion: 2,
    });
    const record = core.db.$client
      .prepare<[], { changed_fields: string; advisor_id: string | null; entity: string }>(
        'SELECT changed_fields, advisor_id, entity FROM outbox ORDER BY seq DESC LIMIT 1',
      )
      .get();
    expect(record?.entity).toBe('person');
    expect(JSON.parse(record?.changed_fields ?? '[]')).toEqual(
      expect.arrayContaining(['lastName', 'email', 'phone', 'iban']),
    );
    expect(record?.advisor_id).toBe(core.session.advisorId());
    const audit = core.db.$client
      .prepare<[string], { before: string; after: string; advisor_id: string }>(
        'SELECT before, after, advisor_id FROM audit_log WHERE entity_id = ? ORDER BY rowid DESC LIMIT 1',
      )
      .get(personId);
    expect(JSON.parse(audit?.before ?? '{}')).toMatchObject({ lastName: 'Dubois', iban: null });
    expect(JSON.parse(audit?.after ?? '{}')).toMatchObject({ lastName: 'Van den Berghe', iban });
    expect(audit?.advisor_id).toBe(core.session.advisorId());
    expect((await call(core, 'caseFile.search', { query: 'vandenberghe', limit: 5 })).map((hit) => hit.id)).toContain(
      personId,
    );
    expect((await call(core, 'caseFile.search', { query: 'berghe', limit: 5 })).map((hit) => hit.id)).toContain(
      personId,
    );
    expect(await call(core, 'caseFile.search', { query: 'dubois', limit: 5 })).toEqual([]);
  });

  it('refuses an invalid IBAN, a stale version and empty or malformed changes, writing nothing', async () => {
    const { core, personId } = setup();
    await signIn(core);
    const untouched = counts(core);
    expect(
      await callError(core, 'caseFile.updatePerson', {
        id: personId,
        rowVersion: 1,
        changes: { iban: 'BE00 0000 0000 0000' },
      }),
    ).toMatchObject({
      code: 'validation',
      details: { issues: [{ path: 'changes.iban', messageKey: 'identifiers.iban.checksum' }] },
    });
    expect(await callError(core, 'caseFile.updatePerson', { id: personId, rowVersion: 1, changes: {} })).toMatchObject({
      code: 'validation',
      details: { issues: [expect.objectContaining({ messageKey: 'validation.person.noChange' })] },
    });
    expect(
      await callError(core, 'caseFile.updatePerson', {
        id: personId,
        rowVersion: 1,
        changes: { email: 'not-an-email', lastName: ' ' },
      }),
    ).toMatchObject({
      code: 'validation',
      details: {
        issues: expect.arrayContaining([
          expect.objectContaining({ messageKey: 'validation.person.email' }),
          expect.objectContaining({ messageKey: 'validation.person.lastNameRequired' }),
        ]),
      },
    });
    expect(counts(core)).toEqual(untouched);

    await call(core, 'caseFile.updatePerson', { id: personId, rowVersion: 1, changes: { phone: '02 123 45 67' } });
    const written = counts(core);
    expect(
      await callError(core, 'caseFile.updatePerson', { id: personId, rowVersion: 1, changes: { lastName: 'Stale' } }),
    ).toMatchObject({ code: 'conflict', messageKey: 'errors.staleVersion' });
    expect(counts(core)).toEqual(written);
    expect((await call(core, 'caseFile.get', { kind: 'person', id: personId })).person).toMatchObject({
      lastName: 'Dubois',
      phone: '02 123 45 67',
      rowVersion: 2,
    });
    expect(
      await callError(core, 'caseFile.updatePerson', {
        id: '0190b3a4-0000-7000-8000-000000000000',
        rowVersion: 1,
        changes: { phone: '02 123 45 67' },
      }),
    ).toMatchObject({ code: 'not-found' });
  });

  it('files a new address as a move from today, with the name change, in one transaction; the situation history shows it', async () => {
    const { core, personId } = setup();
    await signIn(core);
    const address = {
      street: 'Rue Haute',
      houseNumber: '12',
      box: 'A',
      postalCode: '1000',
      municipality: 'Bruxelles / Brussel',
      country: 'BE',
    };
    const after = await call(core, 'caseFile.updatePerson', {
      id: personId,
      rowVersion: 1,
      changes: { firstName: 'Claire-Anne', address },
    });
    expect(after.person).toMatchObject({ firstName: 'Claire-Anne' });
    expect(after.address).toEqual(address);
    const history = await call(core, 'situation.history', { personId });
    expect(JSON.stringify(history)).toContain('Rue Haute');

    // A second move the same day is refused (the change-of-situation rule), and the name changed with it
    // is rolled back too: one transaction. An address abroad passes the form check (its own postal code form).
    const version = after.person!.rowVersion;
    const stored = core.db.$client
      .prepare<[string], { n: number }>('SELECT count(*) AS n FROM addresses WHERE person_id = ?')
      .get(personId)!.n;
    expect(
      await callError(core, 'caseFile.updatePerson', {
        id: personId,
        rowVersion: version,
        changes: {
          lastName: 'Rolled back',
          address: { ...address, postalCode: 'L-1234', country: 'LU', municipality: 'Luxembourg' },
        },
      }),
    ).toMatchObject({ code: 'validation', messageKey: 'situation.errors.moveBeforeCurrent' });
    expect(
      core.db.$client
        .prepare<[string], { n: number }>('SELECT count(*) AS n FROM addresses WHERE person_id = ?')
        .get(personId)!.n,
    ).toBe(stored);
    expect((await call(core, 'caseFile.get', { kind: 'person', id: personId })).person).toMatchObject({
      lastName: 'Dubois',
      rowVersion: version,
    });
  });

  it('refuses an unknown Belgian postal code or a malformed one, and a stale version, writing neither the name nor the address', async () => {
    const { core, personId } = setup();
    await signIn(core);
    const untouched = counts(core);
    const address = { street: 'Rue Haute', houseNumber: '12', box: null, postalCode: '1001', municipality: 'X' };
    expect(
      await callError(core, 'caseFile.updatePerson', {
        id: personId,
        rowVersion: 1,
        changes: { lastName: 'Autre', address },
      }),
    ).toMatchObject({
      code: 'validation',
      details: { issues: [{ path: 'change.postalCode', messageKey: 'situation.validation.postalCodeUnknown' }] },
    });
    expect(
      await callError(core, 'caseFile.updatePerson', {
        id: personId,
        rowVersion: 1,
        changes: { address: { ...address, postalCode: '10000' } },
      }),
    ).toMatchObject({
      code: 'validation',
      details: { issues: [expect.objectContaining({ messageKey: 'situation.validation.postalCode' })] },
    });
    expect(
      await callError(core, 'caseFile.updatePerson', {
        id: personId,
        rowVersion: 7,
        changes: {
          lastName: 'Autre',
          address: { ...address, postalCode: '1000', municipality: 'Bruxelles / Brussel' },
        },
      }),
    ).toMatchObject({ code: 'conflict', messageKey: 'errors.staleVersion' });
    expect(counts(core)).toEqual(untouched);
    expect((await call(core, 'caseFile.get', { kind: 'person', id: personId })).person).toMatchObject({
      lastName: 'Dubois',
      rowVersion: 1,
    });
  });
});
