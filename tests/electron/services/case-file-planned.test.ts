/** An affiliation that starts after today: the case file says it is to come, not that it has ended. */
import { afterEach, describe, expect, it } from 'vitest';
import { makeNiss } from '../../../shared/domain/identifiers/niss';
import { call, ensureAdvisors, openTestCore, signIn } from '../../fixtures/core';
import { tempDir } from '../../fixtures/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((cleanup) => cleanup()),
);

describe('case file status', () => {
  it("is 'planned' for a person whose only affiliation starts after today, in caseFile.get and caseFile.detail", async () => {
    const dir = tempDir();
    // Today is 10 March 2026; the activity starts on 1 June 2026.
    const core = openTestCore(dir.dir, () => new Date('2026-03-10T09:00:00.000Z'));
    cleanups.push(dir.cleanup, () => core.close());
    ensureAdvisors(core);
    await signIn(core);
    const niss = makeNiss({ birthDate: '1985-06-12', serial: 77 });
    const started = await call(core, 'intake.start', { kind: 'person', niss });
    if (started.status !== 'draft') throw new Error('expected a draft');
    const draftId = started.draft.id;
    await call(core, 'intake.saveStep', {
      draftId,
      payload: {
        step: 'identity',
        form: {
          niss,
          lastName: 'Futur',
          firstName: 'Alex',
          birthDate: '1985-06-12',
          sex: 'M',
          street: 'Rue Haute',
          houseNumber: '3',
          postalCode: '5000',
          municipality: 'Namur',
        },
      },
    });
    await call(core, 'intake.saveStep', {
      draftId,
      payload: {
        step: 'activity',
        form: { category: 'main', startDate: '2026-06-01', estimatedIncomeCents: 4_000_000 },
      },
    });
    expect((await call(core, 'intake.get', { draftId })).issues).toEqual([]);
    const done = await call(core, 'intake.complete', { draftId });
    const summary = await call(core, 'caseFile.get', done.caseFile);
    expect(summary.status).toBe('planned');
    expect(summary.affiliations).toMatchObject([{ startDate: '2026-06-01', isActive: false }]);
    expect((await call(core, 'caseFile.detail', done.caseFile)).summary.status).toBe('planned');
  });
});
