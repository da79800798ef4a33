import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeNiss } from '../../../shared/domain/identifiers/niss';
import { makeEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import type { AppCore } from '../../../electron/services/app-core';
import { tempDir } from '../../fixtures/temp-db';
import { call, callError, ensureAdvisors, openTestCore, signIn } from '../../fixtures/core';

let core: AppCore;
let advisorId: string;
let managerId: string;
let cleanup: () => void;

beforeEach(() => {
  const dir = tempDir();
  core = openTestCore(dir.dir);
  ({ advisorId, managerId } = ensureAdvisors(core));
  cleanup = () => (core.close(), dir.cleanup());
});
afterEach(() => cleanup());

type Mark = { audit: number; outbox: number };
function mark(): Mark {
  const sqlite = core.db.$client;
  return {
    audit: sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()!.n,
    outbox: sqlite.prepare<[], { n: number }>('SELECT max(seq) AS n FROM outbox').get()!.n ?? 0,
  };
}

/** Every audit line and outbox record written since `from`: at least one, all signed by the advisor, one audit line per outbox record. */
function expectSignedChanges(from: Mark, entities: string[], signer = advisorId): void {
  const sqlite = core.db.$client;
  const audit = sqlite
    .prepare<[number], { entity: string; advisor_id: string | null; mutation_id: string; fields: string }>(
      'SELECT entity, advisor_id, mutation_id, fields FROM audit_log ORDER BY rowid LIMIT -1 OFFSET ?',
    )
    .all(from.audit);
  const outbox = sqlite
    .prepare<[number], { entity: string; advisor_id: string | null; mutation_id: string }>(
      'SELECT entity, advisor_id, mutation_id FROM outbox WHERE seq > ? ORDER BY seq',
    )
    .all(from.outbox);
  expect(audit.length).toBeGreaterThan(0);
  expect(audit.map((row) => row.mutation_id)).toEqual(outbox.map((row) => row.mutation_id));
  expect(new Set(audit.map((row) => row.advisor_id))).toEqual(new Set([signer]));
  expect(new Set(outbox.map((row) => row.advisor_id))).toEqual(new Set([signer]));
  for (const entity of entities) expect(audit.map((row) => row.entity)).toContain(entity);
}

async function step<T>(entities: string[], action: () => Promise<T>, signer = advisorId): Promise<T> {
  const before = mark();
  const result = await action();
  expectSignedChanges(before, entities, signer);
  return result;
}

const identity = {
  niss: makeNiss({ birthDate: '1985-07-30', serial: 33 }),
  lastName: 'Van den Berghe',
  firstName: 'Jan',
  birthDate: '1985-07-30',
  sex: 'M' as const,
  language: 'nl' as const,
  email: '',
  phone: '',
  iban: '',
  street: 'Kerkstraat',
  houseNumber: '5',
  box: '',
  postalCode: '9000',
  municipality: 'Gent',
};

describe('every change made in the case-file screens is audited with the advisor and queued in the outbox', () => {
  it('refuses every write when nobody is signed in, and when the screen is locked', async () => {
    expect(await callError(core, 'intake.start', { kind: 'person', niss: identity.niss })).toMatchObject({
      code: 'unauthorized',
      messageKey: 'errors.session.signedOut',
    });
    await signIn(core);
    await call(core, 'session.lock', {});
    expect(await callError(core, 'intake.start', { kind: 'person', niss: identity.niss })).toMatchObject({
      code: 'unauthorized',
      messageKey: 'errors.session.locked',
    });
    expect(await callError(core, 'session.unlock', { password: 'wrong' })).toMatchObject({
      code: 'unauthorized',
      messageKey: 'errors.session.badCredentials',
    });
    await call(core, 'session.unlock', { password: 'correct horse battery' });
    expect(await call(core, 'session.current', {})).toMatchObject({
      isLocked: false,
      advisor: { id: advisorId, role: 'advisor', branch: { code: 'BXL' } },
    });
    expect(await callError(core, 'session.signIn', { username: 'nobody', password: 'x' })).toMatchObject({
      messageKey: 'errors.session.badCredentials',
    });
  });

  it('intake, notes, tasks, payments, simulation apply, requests and payment plans', async () => {
    await signIn(core);
    const started = await step(['intakeDraft'], () =>
      call(core, 'intake.start', { kind: 'person', niss: identity.niss }),
    );
    if (started.status !== 'draft') throw new Error('expected a draft');
    const draftId = started.draft.id;
    await step(['intakeDraft'], () =>
      call(core, 'intake.saveStep', { draftId, payload: { step: 'identity', form: identity }, nextStep: 'activity' }),
    );
    const withActivity = await step(['intakeDraft'], () =>
      call(core, 'intake.saveStep', {
        draftId,
        payload: { step: 'activity', form: { category: 'main', startDate: '2026-01-01', isPrimoStarter: false } },
        nextStep: 'mandates',
      }),
    );
    expect(withActivity.consequences.map((line) => line.ruleKey)).toEqual(
      expect.arrayContaining(['intake.starter', 'intake.main-minimum', 'intake.first-year']),
    );
    const company = makeEnterpriseNumber(4_123_456);
    await step(['intakeDraft'], () =>
      call(core, 'intake.saveStep', {
        draftId,
        payload: {
          step: 'mandates',
          form: {
            mandates: [
              {
                enterpriseNumber: company,
                startDate: '2026-01-01',
                isJointlyLiable: true,
                companyName: 'Bouwwerken Van den Berghe',
                legalForm: 'SRL/BV',
                balanceSheetClass: 'small',
              },
            ],
          },
        },
        nextStep: 'review',
      }),
    );
    const draft = await call(core, 'intake.get', { draftId });
    expect(draft.issues).toEqual([]);
    const done = await step(
      [
        'person',
        'address',
        'affiliation',
        'affiliationPeriod',
        'company',
        'mandate',
        'contribution',
        'task',
        'letter',
        'intakeDraft',
      ],
      () => call(core, 'intake.complete', { draftId }),
    );
    expect(done.contributionIds).toHaveLength(4);
    const ref = done.caseFile;

    const detail = await call(core, 'caseFile.detail', ref);
    expect(detail.contributions.map((c) => c.status)).toEqual(['late', 'late', 'late', 'due']);
    expect(detail.mandates[0]).toMatchObject({ isJointlyLiable: true, counterpart: { kind: 'company' } });
    expect(detail.letters).toMatchObject([{ kind: 'affiliation-confirmation', status: 'queued' }]);
    expect(detail.tasks).toHaveLength(2);

    await step(['interaction'], () =>
      call(core, 'caseFile.addNote', { ...ref, subject: 'Rendez-vous', body: 'Explained the starter years.' }),
    );
    const task = await step(['task'], () =>
      call(core, 'task.create', { ...ref, title: 'Call back', dueDate: '2026-12-10' }),
    );
    await step(['task'], () => call(core, 'task.complete', { taskId: task.id, note: 'Called back.' }));
    await step(['task'], () => call(core, 'task.take', { taskId: detail.tasks[0]!.id }));
    const complaint = await step(['complaint'], () =>
      call(core, 'complaint.register', { ...ref, subject: 'Waiting time at the counter' }),
    );
    await step(['complaint', 'letter'], () =>
      call(core, 'complaint.answer', { complaintId: complaint.id, answer: 'Our apologies.' }),
    );
    const q1 = detail.contributions[0]!;
    await step(['payment', 'letter'], () =>
      call(core, 'payment.record', {
        ...ref,
        date: '2026-11-20',
        amountCents: q1.totalCents,
        structuredCommunication: q1.structuredCommunication,
      }),
    );
    await step(['request', 'task'], () =>
      call(core, 'simulation.apply', {
        affiliationId: done.affiliationId!,
        year: 2026,
        requestedIncomeCents: 5_000_000,
      }),
    );
    const waiver = await step(['request', 'task'], () =>
      call(core, 'request.file', {
        ...ref,
        requestKind: 'surcharge-waiver',
        grounds: 'force-majeure',
        quarters: ['2026-Q1'],
      }),
    );
    const exemption = await step(['request', 'task'], () =>
      call(core, 'request.file', {
        ...ref,
        requestKind: 'exemption',
        grounds: 'financial-difficulty',
        quarters: ['2026-Q3'],
      }),
    );
    // A counter advisor may not record INASTI's decision: refused, and nothing is written.
    const beforeRefusal = mark();
    expect(await callError(core, 'request.decide', { requestId: waiver.id, decision: 'refused' })).toMatchObject({
      code: 'forbidden',
      messageKey: 'errors.session.roleRequired',
    });
    expect(mark()).toEqual(beforeRefusal);
    await signIn(core, 'test.responsable');
    await step(
      ['request', 'letter'],
      () => call(core, 'request.decide', { requestId: waiver.id, decision: 'refused' }),
      managerId,
    );
    const granted = await step(
      ['request', 'contribution', 'letter'],
      () => call(core, 'request.decide', { requestId: exemption.id, decision: 'granted' }),
      managerId,
    );
    await step(['caseFileAdvisor'], () => call(core, 'caseFile.assignAdvisor', { ...ref, advisorId }), managerId);
    await signIn(core);
    expect(granted.effectCents).toBe(detail.contributions[2]!.totalCents);

    const debts = await call(core, 'paymentPlan.openDebts', ref);
    expect(debts.debts.map((d) => d.quarter)).toEqual([2]);
    const plan = await step(['paymentPlan', 'paymentPlanInstalment', 'paymentPlanEvent'], () =>
      call(core, 'paymentPlan.save', {
        ...ref,
        contributionIds: [debts.debts[0]!.contributionId],
        terms: { kind: 'months', months: 3 },
      }),
    );
    expect(plan.instalments).toHaveLength(4);
    await step(['paymentPlan', 'paymentPlanEvent', 'letter'], () =>
      call(core, 'paymentPlan.propose', { planId: plan.id }),
    );
    await step(['paymentPlan', 'paymentPlanEvent'], () => call(core, 'paymentPlan.sign', { planId: plan.id }));
    // Recording a missed instalment lapses the plan: a decision, so the branch manager records it.
    await signIn(core, 'test.responsable');
    const lapsed = await step(
      ['paymentPlanInstalment', 'paymentPlan', 'paymentPlanEvent', 'task'],
      () => call(core, 'paymentPlan.recordMissed', { planId: plan.id, instalmentNumber: 0 }),
      managerId,
    );
    expect(lapsed.status).toBe('lapsed');
    await signIn(core);

    const after = await call(core, 'caseFile.detail', ref);
    expect(after.contributions.map((c) => c.status)).toEqual(['paid', 'late', 'exempted', 'due']);
    expect(after.tasks.map((t) => t.kind)).toContain('call-before-judicial-recovery');
    const audit = await call(core, 'caseFile.audit', { ...ref, limit: 500 });
    expect(audit.every((line) => line.advisor?.id === advisorId || line.advisor?.id === managerId)).toBe(true);
    expect(
      audit
        .filter((line) => line.entity === 'request' && line.operation === 'update')
        .every((line) => line.advisor?.id === managerId),
    ).toBe(true);
    const exempted = audit.find((line) => line.entity === 'contribution' && line.operation === 'update');
    expect(exempted).toMatchObject({ fields: ['status'], before: { status: 'open' }, after: { status: 'exempted' } });

    // A change of situation: the new address and the dated change, signed like every other write.
    const rowVersion = (await call(core, 'caseFile.get', ref)).person!.rowVersion;
    await step(['address', 'situationChange'], () =>
      call(core, 'situation.confirm', {
        personId: ref.id,
        rowVersion,
        change: {
          kind: 'address',
          effectiveDate: '2026-12-01',
          street: 'Veldstraat',
          houseNumber: '7',
          box: null,
          postalCode: '9000',
          municipality: 'Gent',
        },
      }),
    );

    await step(['intakeDraft'], async () => {
      const other = await call(core, 'intake.start', {
        kind: 'company',
        enterpriseNumber: makeEnterpriseNumber(4_200_000),
      });
      if (other.status !== 'draft') throw new Error('expected a draft');
      return call(core, 'intake.discard', { draftId: other.draft.id });
    });
  });
});
