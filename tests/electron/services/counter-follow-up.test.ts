/**
 * The case file's life at the counter, through the real dispatch on a real SQLite profile: a payment
 * split in the rules' order with its receipt, a decision that leaves as a letter, a plan followed up;
 * each write atomic with its outbox records and audit lines, and the deciding roles enforced.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeNiss } from '../../../shared/domain/identifiers/niss';
import type { AppCore } from '../../../electron/services/app-core';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import { tempDir } from '../../fixtures/temp-db';
import { call, callError, ensureAdvisors, openTestCore, signIn } from '../../fixtures/core';

let core: AppCore;
let cleanup: () => void;

beforeEach(() => {
  const dir = tempDir();
  core = openTestCore(dir.dir);
  ensureAdvisors(core);
  cleanup = () => (core.close(), dir.cleanup());
});
afterEach(() => cleanup());

type Mark = { audit: number; outbox: number; letters: number; payments: number };
function mark(): Mark {
  const count = (sql: string) => core.db.$client.prepare<[], { n: number | null }>(sql).get()!.n ?? 0;
  return {
    audit: count('SELECT count(*) AS n FROM audit_log'),
    outbox: count('SELECT max(seq) AS n FROM outbox'),
    letters: count('SELECT count(*) AS n FROM letter_queue'),
    payments: count('SELECT count(*) AS n FROM payments'),
  };
}

/** The entities audited since `from`, one audit line per outbox record. */
function auditedSince(from: Mark): string[] {
  const sqlite = core.db.$client;
  const audit = sqlite
    .prepare<[number], { entity: string; mutation_id: string }>(
      'SELECT entity, mutation_id FROM audit_log ORDER BY rowid LIMIT -1 OFFSET ?',
    )
    .all(from.audit);
  const outbox = sqlite
    .prepare<[number], { mutation_id: string }>('SELECT mutation_id FROM outbox WHERE seq > ? ORDER BY seq')
    .all(from.outbox);
  expect(audit.map((row) => row.mutation_id)).toEqual(outbox.map((row) => row.mutation_id));
  return audit.map((row) => row.entity);
}

/** Makes the next letter queued fail, as a full disk or a broken trigger would, to prove what rolls back with it. */
function failLetterQueue(): void {
  core.db.$client.exec(
    `CREATE TRIGGER fail_letter BEFORE INSERT ON letter_queue BEGIN SELECT RAISE(ABORT, 'letter queue unavailable'); END;`,
  );
}

/** A person affiliated in main activity from 1 January 2026: Q1–Q3 late and Q4 due on 26 November 2026. */
async function affiliate(): Promise<CaseFileRef> {
  const niss = makeNiss({ birthDate: '1980-04-12', serial: 52 });
  const started = await call(core, 'intake.start', { kind: 'person', niss });
  if (started.status !== 'draft') throw new Error('expected a draft');
  const draftId = started.draft.id;
  const identity = {
    niss,
    lastName: 'Lambert',
    firstName: 'Sophie',
    birthDate: '1980-04-12',
    sex: 'F' as const,
    language: 'fr' as const,
    email: '',
    phone: '',
    iban: '',
    street: 'Rue de Fer',
    houseNumber: '10',
    box: '',
    postalCode: '5000',
    municipality: 'Namur',
  };
  await call(core, 'intake.saveStep', { draftId, payload: { step: 'identity', form: identity }, nextStep: 'activity' });
  await call(core, 'intake.saveStep', {
    draftId,
    payload: { step: 'activity', form: { category: 'main', startDate: '2026-01-01', isPrimoStarter: false } },
    nextStep: 'mandates',
  });
  await call(core, 'intake.saveStep', {
    draftId,
    payload: { step: 'mandates', form: { mandates: [] } },
    nextStep: 'review',
  });
  const draft = await call(core, 'intake.get', { draftId });
  expect(draft.issues).toEqual([]);
  return (await call(core, 'intake.complete', { draftId })).caseFile;
}

describe('a payment received at the counter', () => {
  it('is split over the open quarters in the rules order, audited, and its receipt queued and printable at once', async () => {
    await signIn(core);
    const ref = await affiliate();
    const detail = await call(core, 'caseFile.detail', ref);
    const [q1, q2, q3] = detail.contributions;
    const before = mark();
    const paid = await call(core, 'payment.record', {
      ...ref,
      date: '2026-11-26',
      amountCents: q1!.totalCents + q3!.totalCents + 1_000,
      structuredCommunication: q3!.structuredCommunication,
    });
    expect(paid.parts.map((part) => [part.contributionId, part.amountCents])).toEqual([
      [q3!.id, q3!.totalCents],
      [q1!.id, q1!.totalCents],
      [q2!.id, 1_000],
    ]);
    expect(paid.amountCents).toBe(q1!.totalCents + q3!.totalCents + 1_000);
    expect(auditedSince(before).sort()).toEqual(['letter', 'payment', 'payment', 'payment']);

    const after = await call(core, 'caseFile.detail', ref);
    expect(after.contributions.map((row) => row.status)).toEqual(['paid', 'late', 'paid', 'due']);
    expect(after.balance.balanceCents).toBe(detail.balance.balanceCents - paid.amountCents);

    const toPrint = await call(core, 'letters.toPrint', {});
    expect(toPrint).toContainEqual(
      expect.objectContaining({ id: paid.receiptQueueId, kind: 'payment-receipt', reason: 'payment' }),
    );
    const issued = await call(core, 'letters.issue', { source: 'queue', queueId: paid.receiptQueueId });
    expect(issued.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.pageCount).toBe(1);
    const history = await call(core, 'letters.history', ref);
    expect(history.map((letter) => letter.kind)).toContain('payment-receipt');
  });

  it('writes nothing when its receipt cannot be queued', async () => {
    await signIn(core);
    const ref = await affiliate();
    failLetterQueue();
    const before = mark();
    await expect(call(core, 'payment.record', { ...ref, date: '2026-11-26', amountCents: 50_000 })).rejects.toThrow();
    expect(mark()).toEqual(before);
  });
});

describe('a decision on a request', () => {
  it('is refused to the counter, and queues its letter with the decision when a branch manager records it', async () => {
    await signIn(core);
    const ref = await affiliate();
    const request = await call(core, 'request.file', {
      ...ref,
      requestKind: 'exemption',
      grounds: 'financial-difficulty',
      quarters: ['2026-Q3'],
    });
    const beforeRefusal = mark();
    expect(await callError(core, 'request.decide', { requestId: request.id, decision: 'granted' })).toMatchObject({
      code: 'forbidden',
      messageKey: 'errors.session.roleRequired',
    });
    expect(mark()).toEqual(beforeRefusal);

    await signIn(core, 'test.responsable');
    const before = mark();
    const decided = await call(core, 'request.decide', { requestId: request.id, decision: 'granted' });
    expect(decided.status).toBe('granted');
    expect(auditedSince(before).sort()).toEqual(['contribution', 'letter', 'request']);
    const item = (await call(core, 'letters.toPrint', {})).find((letter) => letter.kind === 'decision');
    expect(item).toMatchObject({ caseFile: ref, reason: 'request' });
    const issued = await call(core, 'letters.issue', { source: 'queue', queueId: item!.id });
    expect(issued.pageCount).toBeGreaterThan(0);
  });

  it('rolls back with its letter: the request stays filed and the balance unchanged', async () => {
    await signIn(core);
    const ref = await affiliate();
    const request = await call(core, 'request.file', {
      ...ref,
      requestKind: 'exemption',
      grounds: 'financial-difficulty',
      quarters: ['2026-Q3'],
    });
    const balance = (await call(core, 'caseFile.detail', ref)).balance;
    await signIn(core, 'test.responsable');
    failLetterQueue();
    const before = mark();
    await expect(call(core, 'request.decide', { requestId: request.id, decision: 'granted' })).rejects.toThrow();
    expect(mark()).toEqual(before);
    const detail = await call(core, 'caseFile.detail', ref);
    expect(detail.requests[0]!.status).toBe('filed');
    expect(detail.balance).toEqual(balance);
  });
});

describe('a payment plan followed up', () => {
  async function activePlan(ref: CaseFileRef): Promise<string> {
    const debts = await call(core, 'paymentPlan.openDebts', ref);
    const plan = await call(core, 'paymentPlan.save', {
      ...ref,
      contributionIds: debts.debts.map((debt) => debt.contributionId),
      terms: { kind: 'months', months: 6 },
    });
    await call(core, 'paymentPlan.propose', { planId: plan.id });
    await call(core, 'paymentPlan.sign', { planId: plan.id });
    return plan.id;
  }

  it('lets only the deciding roles record a missed instalment; the plan lapses and a call is asked', async () => {
    await signIn(core);
    const ref = await affiliate();
    const planId = await activePlan(ref);
    const beforeRefusal = mark();
    expect(await callError(core, 'paymentPlan.recordMissed', { planId, instalmentNumber: 0 })).toMatchObject({
      code: 'forbidden',
    });
    expect(mark()).toEqual(beforeRefusal);
    await signIn(core, 'test.responsable');
    const before = mark();
    const lapsed = await call(core, 'paymentPlan.recordMissed', { planId, instalmentNumber: 0 });
    expect(lapsed.status).toBe('lapsed');
    expect(auditedSince(before).sort()).toEqual(['paymentPlan', 'paymentPlanEvent', 'paymentPlanInstalment', 'task']);
    expect((await call(core, 'caseFile.detail', ref)).tasks.map((task) => task.kind)).toContain(
      'call-before-judicial-recovery',
    );
  });

  it('cancels a proposal with its reason in the history, and refuses a cancellation without one', async () => {
    await signIn(core);
    const ref = await affiliate();
    const debts = await call(core, 'paymentPlan.openDebts', ref);
    const plan = await call(core, 'paymentPlan.save', {
      ...ref,
      contributionIds: [debts.debts[0]!.contributionId],
      terms: { kind: 'months', months: 3 },
    });
    await call(core, 'paymentPlan.propose', { planId: plan.id });
    expect(await callError(core, 'paymentPlan.cancel', { planId: plan.id, reason: 'Paid in full' })).toMatchObject({
      code: 'forbidden',
    });
    await signIn(core, 'test.responsable');
    expect(await callError(core, 'paymentPlan.cancel', { planId: plan.id, reason: '  ' })).toMatchObject({
      code: 'validation',
      details: { issues: [{ path: 'reason', messageKey: 'validation.plan.cancelReasonRequired' }] },
    });
    const cancelled = await call(core, 'paymentPlan.cancel', {
      planId: plan.id,
      reason: 'Paid in full at the counter',
    });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.history.at(-1)).toMatchObject({ status: 'cancelled', reason: 'Paid in full at the counter' });
  });
});
