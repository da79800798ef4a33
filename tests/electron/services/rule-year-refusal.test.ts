/**
 * A date in a year without a rule table (2027 here) is refused with a translated message naming the
 * year, through the real dispatch: never a 500, never the 2026 figures borrowed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openAppCore } from '../../../electron/services/app-core';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { makeNiss } from '../../../shared/domain/identifiers/niss';
import { tempDir } from '../../fixtures/temp-db';
import { call, callError } from '../../fixtures/core';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const yearMissing = (year: number) => ({
  code: 'validation',
  messageKey: 'errors.rules.yearMissing',
  details: { params: { year } },
});

describe('a year without rule tables', () => {
  it('is refused by simulation, payment plans and intake, with the year in the message', async () => {
    const dir = tempDir();
    let now = new Date('2026-11-26T09:00:00.000Z');
    const core = openAppCore({ profileDir: dir.dir, host: 'browser', demoPersons: 400, now: () => now });
    cleanups.push(dir.cleanup, () => core.close());
    await call(core, 'session.signIn', { username: 'gnt.conseiller', password: DEMO_PASSWORD });

    expect(await callError(core, 'simulation.run', { year: 2027, category: 'main', incomeCents: 1 })).toMatchObject(
      yearMissing(2027),
    );

    // An intake starting in 2027: the draft is saved as typed, shows why, and cannot be completed.
    const niss = makeNiss({ birthDate: '1990-04-12', serial: 321 });
    const started = await call(core, 'intake.start', { kind: 'person', niss });
    if (started.status !== 'draft') throw new Error('expected a new draft');
    const saved = await call(core, 'intake.saveStep', {
      draftId: started.draft.id,
      payload: { step: 'activity', form: { category: 'main', startDate: '2027-01-04', isPrimoStarter: false } },
      nextStep: 'spouse',
    });
    expect(saved.consequences).toEqual([
      { ruleKey: 'rules-year-missing', messageKey: 'errors.rules.yearMissing', params: { year: 2027 }, source: null },
    ]);
    expect(saved.issues).toContainEqual({
      path: 'activity.startDate',
      messageKey: 'validation.intake.rulesYearMissing',
    });

    // A payment plan drafted on a 2027 day would compute surcharges with 2027 rates (a debtor of the advisor's branch).
    const debtor = core.db.$client
      .prepare<[string], { id: string }>(
        `SELECT c.person_id AS id FROM contributions c
         JOIN persons pe ON pe.id = c.person_id JOIN branches b ON b.id = pe.branch_id AND b.code = 'GNT'
         WHERE c.due_date < ? AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.contribution_id = c.id)
         AND NOT EXISTS (SELECT 1 FROM payment_plans pp WHERE pp.person_id = c.person_id) GROUP BY c.person_id HAVING count(*) >= 2 LIMIT 1`,
      )
      .get('2026-11-26')!;
    const ref = { kind: 'person' as const, id: debtor.id };
    const debts = await call(core, 'paymentPlan.openDebts', ref);
    const input = {
      ...ref,
      contributionIds: debts.debts.map((d) => d.contributionId),
      terms: { kind: 'months' as const, months: 6 },
    };
    await call(core, 'paymentPlan.draft', input);
    now = new Date('2027-01-15T09:00:00.000Z');
    await call(core, 'session.signIn', { username: 'gnt.conseiller', password: DEMO_PASSWORD });
    expect(await callError(core, 'paymentPlan.draft', input)).toMatchObject(yearMissing(2027));
  });
});
