/**
 * Every channel of the contract through the real dispatch on a real profile: signed out, with the
 * screen locked, and signed in with each role. Refusals must be `unauthorized` / `forbidden` as the
 * access map says; a call the map allows must never be refused for an access reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessRules, rolesOf } from '../../../shared/contract/access';
import { channels, type Channel } from '../../../shared/contract/app-contract';
import { dispatch } from '../../../electron/hosts/dispatch';
import type { AppCore } from '../../../electron/services/app-core';
import { writeCredentials } from '../../../db/repositories/advisor-repo';
import { hashPassword } from '../../../db/repositories/password';
import { insertAdvisor, insertBranch } from '../../../db/repositories/reference-repo';
import { insertPerson } from '../../../db/repositories/person-repo';
import { insertRow } from '../../../db/repositories/case-file-repo';
import { ensureAdvisors, openTestCore, TEST_PASSWORD } from '../../fixtures/core';
import { personFields } from '../../fixtures/persons';
import { tempDir } from '../../fixtures/temp-db';

const accessCodes = new Set(['unauthorized', 'forbidden']);
let core: AppCore;
let cleanup: () => void;

beforeAll(() => {
  const dir = tempDir();
  core = openTestCore(dir.dir);
  cleanup = () => {
    core.close();
    dir.cleanup();
  };
  const { advisorId } = ensureAdvisors(core);
  const branchId = core.db.$client
    .prepare<[string], { branchId: string }>('SELECT branch_id AS branchId FROM advisors WHERE id = ?')
    .get(advisorId)!.branchId;
  core.db.transaction((tx) => {
    const backOffice = insertAdvisor(tx, core.recorder, {
      branchId,
      username: 'test.backoffice',
      displayName: 'Back office Test',
      role: 'back-office',
    });
    writeCredentials(core.db.$client, backOffice.id, hashPassword(TEST_PASSWORD), new Date().toISOString());
  });
});
afterAll(() => cleanup());

const call = (channel: string, input: unknown = {}) =>
  dispatch(core, channel, input, { host: 'browser' }, { error: () => undefined });
const signInAs = async (username: string) => {
  const reply = await call('session.signIn', { username, password: TEST_PASSWORD });
  expect(reply.ok).toBe(true);
};
/** An input of the right shape is not needed: access is judged before validation. */
const walk = async (): Promise<Map<Channel, string>> => {
  const outcomes = new Map<Channel, string>();
  for (const channel of channels) {
    // Signing out or locking would change the state under the walk; they are public anyway.
    if (channel === 'session.signOut' || channel === 'session.lock' || channel === 'session.signIn') continue;
    // A password, so that unlocking is judged by the session and not refused as invalid input.
    const reply = await call(channel, channel === 'session.unlock' ? { password: 'not the password' } : {});
    outcomes.set(channel, reply.ok ? 'ok' : reply.error.code);
  }
  return outcomes;
};

describe('every channel declares who may call it, and dispatch enforces it', () => {
  it('signed out: only the public channels answer; the rest are refused as unauthorized', async () => {
    const publicChannels = channels.filter((channel) => accessRules[channel].who === 'public');
    console.log(`public channels (${publicChannels.length} of ${channels.length}): ${publicChannels.join(', ')}`);
    expect(publicChannels.length).toBeLessThan(15);
    const outcomes = await walk();
    for (const [channel, outcome] of outcomes) {
      // Public, yet nobody is signed in to unlock: the session itself refuses.
      if (channel === 'session.unlock') expect(outcome).toBe('unauthorized');
      else if (accessRules[channel].who === 'public') expect(accessCodes.has(outcome), channel).toBe(false);
      else expect(outcome, channel).toBe('unauthorized');
    }
  });

  it('locked: the same refusals, though an advisor is signed in', async () => {
    await signInAs('test.conseiller');
    await call('session.lock');
    const outcomes = await walk();
    for (const [channel, outcome] of outcomes) {
      if (channel === 'session.unlock') continue;
      if (accessRules[channel].who === 'public') expect(accessCodes.has(outcome), channel).toBe(false);
      else expect(outcome, channel).toBe('unauthorized');
    }
    expect((await call('session.unlock', { password: TEST_PASSWORD })).ok).toBe(true);
  });

  for (const [username, role] of [
    ['test.conseiller', 'advisor'],
    ['test.responsable', 'branch-manager'],
    ['test.backoffice', 'back-office'],
  ] as const) {
    it(`signed in as ${role}: role-bound channels refuse other roles with forbidden, nothing else is refused`, async () => {
      await signInAs(username);
      const outcomes = await walk();
      let allowed = 0;
      for (const [channel, outcome] of outcomes) {
        // A wrong password is refused by the session, not by the access rules.
        if (channel === 'session.unlock') continue;
        const roles = rolesOf(accessRules[channel]);
        const isAllowed = roles === null || roles.includes(role);
        if (isAllowed) {
          allowed += 1;
          expect(accessCodes.has(outcome), `${channel}: ${outcome}`).toBe(false);
        } else expect(outcome, channel).toBe('forbidden');
      }
      console.log(`${role}: ${allowed} of ${outcomes.size} walked channels allowed`);
    });
  }
});

describe('an advisor reaches the case files of their own branch only (stand-alone profile)', () => {
  it('refuses to read or edit a case file of another branch, and leaves it out of search', async () => {
    const other = core.db.transaction((tx) => {
      const branch = insertBranch(tx, core.recorder, {
        code: 'NAM',
        name: 'Namur',
        postalCode: '5000',
        municipality: 'Namur',
      });
      return insertPerson(
        tx,
        core.recorder,
        personFields({ niss: '85073003328', lastName: 'Autrebureau', firstName: 'Anne', branchId: branch.id }),
      );
    });
    await signInAs('test.conseiller');
    const ref = { kind: 'person', id: other.id };
    for (const [channel, input] of [
      ['caseFile.get', ref],
      ['caseFile.detail', ref],
      ['caseFile.audit', ref],
      ['caseFile.addNote', { ...ref, channel: 'appointment', subject: 'Visite', body: '' }],
      ['caseFile.updatePerson', { id: other.id, rowVersion: 1, changes: { phone: '+32 470 00 00 00' } }],
      ['payment.record', { ...ref, date: '2026-11-26', amountCents: 1000 }],
    ] as const) {
      const reply = await call(channel, input);
      expect(reply, channel).toMatchObject({
        ok: false,
        error: { code: 'forbidden', messageKey: 'errors.access.otherBranch' },
      });
    }
    const search = await call('caseFile.search', { query: 'autrebureau' });
    expect(search).toEqual({ ok: true, value: [] });
    const byNiss = await call('caseFile.search', { query: '85073003328' });
    expect(byNiss).toEqual({ ok: true, value: [] });
  });

  it('keeps an intake draft to the branch of the advisor who started it', async () => {
    core.db.transaction((tx) => {
      const branch = core.db.$client.prepare<[], { id: string }>("SELECT id FROM branches WHERE code = 'NAM'").get()!;
      const namur = insertAdvisor(tx, core.recorder, {
        branchId: branch.id,
        username: 'nam.test',
        displayName: 'Conseiller Namur',
        role: 'advisor',
      });
      writeCredentials(core.db.$client, namur.id, hashPassword(TEST_PASSWORD), new Date().toISOString());
    });
    await signInAs('nam.test');
    const started = await call('intake.start', { kind: 'person', niss: '85073004516' });
    expect(started.ok).toBe(true);
    const draftId = started.ok ? (started.value as { draft: { id: string } }).draft.id : '';
    await signInAs('test.conseiller');
    expect(await call('intake.get', { draftId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('intake.discard', { draftId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const listed = await call('intake.listDrafts', {});
    expect(listed.ok && (listed.value as { id: string }[]).some((draft) => draft.id === draftId)).toBe(false);
  });

  it("lists only the letters to print of the case files within the advisor's reach", async () => {
    const ownBranch = core.db.$client
      .prepare<[], { id: string }>("SELECT branch_id AS id FROM advisors WHERE username = 'test.conseiller'")
      .get()!.id;
    const namur = core.db.$client.prepare<[], { id: string }>("SELECT id FROM branches WHERE code = 'NAM'").get()!.id;
    const queued = core.db.transaction((tx) =>
      [
        { branchId: ownBranch, niss: '90020200153', lastName: 'Ici' },
        { branchId: namur, niss: '90020200252', lastName: 'Ailleurs' },
      ].map(({ branchId, niss, lastName }) => {
        const person = insertPerson(tx, core.recorder, personFields({ niss, lastName, firstName: 'Léa', branchId }));
        return insertRow(tx, core.recorder, 'letter', {
          personId: person.id,
          companyId: null,
          kind: 'reminder',
          language: 'fr',
          status: 'queued',
          sourceEntity: 'person',
          sourceId: person.id,
          issuedAt: null,
          payload: {},
        }).id;
      }),
    );
    await signInAs('test.conseiller');
    const listed = await call('letters.toPrint', {});
    const ids = listed.ok ? (listed.value as { id: string }[]).map((item) => item.id) : [];
    expect(ids).toContain(queued[0]);
    expect(ids).not.toContain(queued[1]);
  });

  it('refuses a back office a letters batch for another branch', async () => {
    await signInAs('test.backoffice');
    const criteria = { kind: 'reminder', quarter: '2026-Q3', daysAfterDue: 30, branchCode: 'NAM' };
    for (const channel of ['letters.batchPreview', 'letters.batchStart'] as const) {
      expect(await call(channel, criteria), channel).toMatchObject({
        ok: false,
        error: { code: 'forbidden', messageKey: 'errors.access.otherBranch' },
      });
    }
    expect(core.db.$client.prepare('SELECT count(*) AS n FROM letter_batches').get()).toEqual({ n: 0 });
  });
});
