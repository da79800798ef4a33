/**
 * The rights channels through the real dispatch on a real profile: a bankruptcy recorded at the
 * counter opens the bridging right with its amount and months, an application is filed once, the
 * counter cannot decide, a refusal needs its motivation, and a granted decision queues its letter.
 */
import { describe, expect, it } from 'vitest';
import { call, callError, signIn } from '../../../fixtures/core';
import { rightsCore, selfEmployed } from './rights-fixture';

describe('rights of a case file', () => {
  it('shows the bridging right after a bankruptcy, files it once and records the decision with its letter', async () => {
    const { core } = rightsCore();
    const person = selfEmployed(core);
    const ref = { kind: 'person' as const, id: person.id };
    await signIn(core);
    const before = await call(core, 'rights.assess', ref);
    expect(before.events).toEqual([]);

    const recorded = await call(core, 'rights.recordEvent', {
      ...ref,
      eventKind: 'bankruptcy',
      date: '2026-10-15',
      source: 'Jugement du tribunal de l’entreprise',
      hasFamilyCharge: false,
    });
    expect(recorded.events.map((event) => [event.kind, event.origin])).toEqual([['bankruptcy', 'counter']]);
    const bridging = recorded.assessments.find((assessment) => assessment.right === 'bridging-right');
    expect(bridging?.status).toBe('eligible');
    expect(bridging?.amount).toMatchObject({ kind: 'monthly-benefit' });
    const amount = bridging?.amount?.kind === 'monthly-benefit' ? bridging.amount : null;
    expect(amount?.monthlyCents).toBeGreaterThan(100_000);
    expect(amount?.months).toBeGreaterThan(0);
    expect(bridging?.lines.every((line) => line.messageKey.startsWith('rights.'))).toBe(true);

    // The same bankruptcy told again is kept once.
    const again = await call(core, 'rights.recordEvent', {
      ...ref,
      eventKind: 'bankruptcy',
      date: '2026-10-15',
      source: 'BCE',
    });
    expect(again.events).toHaveLength(1);

    const eventId = recorded.events[0]!.id;
    const applied = await call(core, 'rights.apply', { ...ref, right: 'bridging-right', eventId });
    expect(applied.applications).toMatchObject([
      { right: 'bridging-right', status: 'filed', monthlyCents: amount?.monthlyCents, months: amount?.months },
    ]);
    const twice = await callError(core, 'rights.apply', { ...ref, right: 'bridging-right', eventId });
    expect(twice).toMatchObject({ code: 'conflict', messageKey: 'rightsPanel.errors.alreadyApplied' });

    const applicationId = applied.applications[0]!.id;
    const documents = await call(core, 'rights.requestDocuments', { ...ref, applicationId });
    expect(documents.applications[0]?.status).toBe('documents-requested');
    const task = core.db.$client
      .prepare<[string], { kind: string; title: string }>('SELECT kind, title FROM tasks WHERE source_id = ?')
      .get(applicationId);
    expect(task).toEqual({ kind: 'check-documents', title: 'rightsPanel.task.documents.bridging-right' });

    const byCounter = await callError(core, 'rights.decide', { ...ref, applicationId, decision: 'granted' });
    expect(byCounter.code).toBe('forbidden');

    await call(core, 'session.signOut', {});
    await signIn(core, 'test.responsable');
    const unmotivated = await callError(core, 'rights.decide', { ...ref, applicationId, decision: 'refused' });
    expect(unmotivated.code).toBe('validation');
    expect(JSON.stringify(unmotivated.details)).toContain('rightsPanel.errors.motivationRequired');
    const letters = (): number =>
      core.db.$client
        .prepare<[string], { n: number }>(
          "SELECT count(*) AS n FROM letter_queue WHERE source_id = ? AND kind = 'rights-decision'",
        )
        .get(applicationId)!.n;
    expect(letters()).toBe(0);

    const granted = await call(core, 'rights.decide', {
      ...ref,
      applicationId,
      decision: 'granted',
      motivation: 'Faillite prononcée, conditions de carrière remplies.',
    });
    expect(granted.applications[0]).toMatchObject({ status: 'granted', decidedOn: '2026-11-26' });
    expect(letters()).toBe(1);
    const decidedAgain = await callError(core, 'rights.decide', {
      ...ref,
      applicationId,
      decision: 'refused',
      motivation: 'x',
    });
    expect(decidedAgain).toMatchObject({ code: 'conflict', messageKey: 'rightsPanel.errors.alreadyDecided' });
    const outbox = core.db.$client
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM outbox WHERE entity IN ('lifeEvent', 'rightApplication')")
      .get()!.n;
    expect(outbox).toBe(4);
  });

  it('refuses a cessation without its ground and a company, changing nothing', async () => {
    const { core } = rightsCore();
    const person = selfEmployed(core);
    await signIn(core);
    const error = await callError(core, 'rights.recordEvent', {
      kind: 'person',
      id: person.id,
      eventKind: 'cessation',
      date: '2026-10-15',
      source: 'Conseiller',
    });
    expect(JSON.stringify(error.details)).toContain('rightsPanel.errors.groundRequired');
    expect((await call(core, 'rights.assess', { kind: 'person', id: person.id })).events).toEqual([]);
  });
});
