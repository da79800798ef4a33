import { afterEach, describe, expect, it } from 'vitest';
import { makeNiss } from '../../../shared/domain/identifiers/niss';
import { makeEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import { openAppCore, type AppCore } from '../../../electron/services/app-core';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { tempDir } from '../../fixtures/temp-db';
import { call, callError, ensureAdvisors, openTestCore, signIn } from '../../fixtures/core';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((cleanup) => cleanup()),
);

function testCore(now?: () => Date): AppCore {
  const dir = tempDir();
  const core = openTestCore(dir.dir, now);
  cleanups.push(dir.cleanup, () => core.close());
  ensureAdvisors(core);
  return core;
}

describe('session', () => {
  it('locks itself after the inactivity delay; unlocking needs the password again', async () => {
    let clock = new Date('2026-11-26T09:00:00.000Z');
    const core = testCore(() => clock);
    await signIn(core);
    clock = new Date('2026-11-26T09:11:00.000Z');
    expect(await call(core, 'session.current', {})).toMatchObject({ isLocked: true, lockAfterMinutes: 10 });
    expect(
      await callError(core, 'caseFile.addNote', {
        kind: 'person',
        id: '0190b3a4-0000-7000-8000-000000000000',
        subject: 'x',
      }),
    ).toMatchObject({ code: 'unauthorized', messageKey: 'errors.session.locked' });
    await call(core, 'session.unlock', { password: 'correct horse battery' });
    await call(core, 'session.signOut', {});
    expect(await call(core, 'session.current', {})).toBeNull();
  });
});

describe('intake', () => {
  it('reports issues as translation keys while typing, shows the consequences, finds duplicates, refuses to complete with issues', async () => {
    const core = testCore();
    await signIn(core);
    expect(await callError(core, 'intake.start', { kind: 'person', niss: '85073003329' })).toMatchObject({
      code: 'validation',
      details: { issues: [{ path: 'niss', messageKey: 'identifiers.niss.checksum' }] },
    });
    const niss = makeNiss({ birthDate: '2004-02-29', serial: 998 });
    const started = await call(core, 'intake.start', { kind: 'person', niss });
    if (started.status !== 'draft') throw new Error('expected a draft');
    const draft = await call(core, 'intake.saveStep', {
      draftId: started.draft.id,
      payload: {
        step: 'identity',
        form: {
          niss,
          lastName: 'Peeters',
          firstName: 'Lotte',
          birthDate: '2004-03-01',
          sex: 'M',
          postalCode: '9999',
          street: 'Kerkstraat',
          houseNumber: '1',
          municipality: 'Gent',
        },
      },
    });
    expect(draft.issues).toEqual(
      expect.arrayContaining([
        { path: 'identity.birthDate', messageKey: 'validation.intake.birthDateNotNiss' },
        { path: 'identity.sex', messageKey: 'validation.intake.sexNotNiss' },
        { path: 'identity.postalCode', messageKey: 'validation.intake.postalCodeUnknown' },
        { path: 'activity', messageKey: 'validation.intake.stepMissing' },
      ]),
    );
    const student = await call(core, 'intake.saveStep', {
      draftId: started.draft.id,
      payload: { step: 'activity', form: { category: 'student', startDate: '2026-09-01' } },
    });
    expect(student.consequences.map((line) => line.messageKey)).toEqual(
      expect.arrayContaining(['explanation.intake.starterYears', 'explanation.intake.studentThresholds']),
    );
    expect(await callError(core, 'intake.complete', { draftId: started.draft.id })).toMatchObject({
      code: 'validation',
      messageKey: 'errors.intake.hasIssues',
    });
    expect(await call(core, 'intake.checkDuplicates', { draftId: started.draft.id })).toEqual([]);
  });

  it('a company intake: directors must be known persons; completion creates the company contribution and the letter', async () => {
    const core = testCore();
    await signIn(core);
    const director = makeNiss({ birthDate: '1970-01-15', serial: 41 });
    const number = makeEnterpriseNumber(7_654_321);
    const started = await call(core, 'intake.start', { kind: 'company', enterpriseNumber: number });
    if (started.status !== 'draft') throw new Error('expected a draft');
    const draftId = started.draft.id;
    await call(core, 'intake.saveStep', {
      draftId,
      payload: {
        step: 'company',
        form: {
          enterpriseNumber: number,
          name: 'Boulangerie Lambert',
          legalForm: 'SRL/BV',
          balanceSheetClass: 'small',
          startDate: '2026-02-01',
          street: 'Rue Haute',
          houseNumber: '3',
          postalCode: '5000',
          municipality: 'Namur',
        },
      },
    });
    const withDirector = await call(core, 'intake.saveStep', {
      draftId,
      payload: { step: 'directors', form: { directors: [{ niss: director, startDate: '2026-02-01' }] } },
    });
    expect(withDirector.issues).toEqual([
      { path: 'directors.0.niss', messageKey: 'validation.intake.directorUnknown' },
    ]);
    // The director's own intake first: a person with a main activity.
    const person = await call(core, 'intake.start', { kind: 'person', niss: director });
    if (person.status !== 'draft') throw new Error('expected a draft');
    await call(core, 'intake.saveStep', {
      draftId: person.draft.id,
      payload: {
        step: 'identity',
        form: {
          niss: director,
          lastName: 'Lambert',
          firstName: 'Luc',
          birthDate: '1970-01-15',
          sex: 'M',
          street: 'Rue Haute',
          houseNumber: '3',
          postalCode: '5000',
          municipality: 'Namur',
        },
      },
    });
    await call(core, 'intake.saveStep', {
      draftId: person.draft.id,
      payload: {
        step: 'activity',
        form: { category: 'main', startDate: '2026-02-01', estimatedIncomeCents: 4_000_000 },
      },
    });
    await call(core, 'intake.complete', { draftId: person.draft.id });
    expect((await call(core, 'intake.get', { draftId })).issues).toEqual([]);
    const done = await call(core, 'intake.complete', { draftId });
    const detail = await call(core, 'caseFile.detail', done.caseFile);
    expect(detail.contributions).toMatchObject([{ kind: 'company', quarter: null, amountCents: expect.any(Number) }]);
    expect(detail.mandates).toMatchObject([
      { isJointlyLiable: true, counterpart: { kind: 'person', displayName: 'Lambert Luc' } },
    ]);
    expect(detail.letters).toMatchObject([{ kind: 'affiliation-confirmation' }]);
    expect(await call(core, 'intake.start', { kind: 'company', enterpriseNumber: number })).toMatchObject({
      status: 'existing',
    });
  });
});

describe('simulation and payment plans', () => {
  it('simulation.run returns quarterly and annual amounts with the explanation', async () => {
    const core = testCore();
    await signIn(core);
    const result = await call(core, 'simulation.run', { year: 2026, category: 'main', incomeCents: 4_000_000 });
    expect(result.quarters).toHaveLength(4);
    expect(result.annual.totalCents).toBe(result.quarters.reduce((sum, q) => sum + q.totalCents, 0));
    expect(result.explanation.length).toBeGreaterThan(3);
    expect(await callError(core, 'simulation.run', { year: 2019, category: 'main', incomeCents: 1 })).toMatchObject({
      messageKey: 'errors.rules.yearMissing',
    });
  });

  it('the demo data: advisors sign in with the demo password; debtors have open debts; a too long plan is explained, not refused', async () => {
    const dir = tempDir();
    const core = openAppCore({
      profileDir: dir.dir,
      host: 'browser',
      demoPersons: 300,
      now: () => new Date('2026-11-26T09:00:00.000Z'),
    });
    cleanups.push(dir.cleanup, () => core.close());
    await call(core, 'session.signIn', { username: 'gnt.conseiller', password: DEMO_PASSWORD });
    const sqlite = core.db.$client;
    expect(
      sqlite.prepare<[], { n: number }>(`SELECT count(*) AS n FROM payment_plans WHERE status = 'lapsed'`).get()!.n,
    ).toBeGreaterThan(0);
    const debtor = sqlite
      .prepare<[string], { id: string }>(
        // A debtor of the signed-in advisor's branch: the others are out of their reach.
        `SELECT c.person_id AS id FROM contributions c JOIN persons pe ON pe.id = c.person_id
       JOIN branches b ON b.id = pe.branch_id AND b.code = 'GNT' WHERE c.due_date < ? AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.contribution_id = c.id)
       AND NOT EXISTS (SELECT 1 FROM payment_plans pp WHERE pp.person_id = c.person_id) GROUP BY c.person_id HAVING count(*) >= 2 LIMIT 1`,
      )
      .get('2026-11-26')!;
    const ref = { kind: 'person' as const, id: debtor.id };
    const detail = await call(core, 'caseFile.detail', ref);
    expect(detail.balance.overdueCents).toBeGreaterThan(0);
    // The view reads its summary with its own prepared statements: the same as caseFile.get.
    expect(detail.summary).toEqual(await call(core, 'caseFile.get', ref));
    expect(detail.contributions.at(-1)!.runningBalanceCents).toBeGreaterThan(0);
    const debts = await call(core, 'paymentPlan.openDebts', ref);
    const preview = await call(core, 'paymentPlan.draft', {
      ...ref,
      contributionIds: debts.debts.map((d) => d.contributionId),
      terms: { kind: 'months', months: 18 },
    });
    expect(preview.isEligible).toBe(false);
    expect(preview.refusals.map((line) => line.messageKey)).toContain(
      'explanation.plan.refused.durationExceedsMaximum',
    );
    expect(preview.instalments.reduce((sum, i) => sum + i.amountCents, 0)).toBe(preview.totalCents);
    const saved = await call(core, 'paymentPlan.save', {
      ...ref,
      contributionIds: debts.debts.map((d) => d.contributionId),
      terms: { kind: 'months', months: 18 },
    });
    expect(await callError(core, 'paymentPlan.propose', { planId: saved.id })).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.plan.notEligible',
    });
  });
});
