/**
 * Complaints, the case file's advisor and task assignments reach head office and the other devices
 * of the branch: two app cores enrolled in the same branch of a real head office (Fastify over HTTP
 * on PGlite, and on the local PostgreSQL when it answers), driven only through the contract.
 */
import { describe, expect, it } from 'vitest';
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract/app-contract';
import type { AppCore } from '../../electron/services/app-core';
import { invoke } from '../fixtures/core';
import { isPostgresReachable, type Backend } from '../server/harness';
import { useHeadOfficeWithDevices } from './support/head-office-with-devices';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];

describe.each(backends)('complaints and assignments syncing through head office on %s', (backend) => {
  const office = useHeadOfficeWithDevices(backend, { persons: 40, seed: 11 }, 'complaint-sync');
  const open = (enrolCode: string): AppCore => office.open({ enrolCode });
  const call = <C extends Channel>(core: AppCore, channel: C, input: ParsedInput<C>) =>
    invoke(core, channel, input) as ChannelOutput<C> | Promise<ChannelOutput<C>>;
  const { syncNow, enrolled } = office;

  it('a complaint answered on one device, its letter, the case file’s advisor and an assigned task appear on the other', async () => {
    const [codeA, codeB] = await office.enrolCodes('NAM', 2);
    const a = open(codeA!);
    const b = open(codeB!);
    await Promise.all([enrolled(a), enrolled(b)]);
    invoke(a, 'session.signIn', { username: 'nam.responsable', password: 'guichet-demo' });
    invoke(b, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' });
    const row = a.db.$client.prepare<[], { id: string }>('SELECT id FROM persons ORDER BY id LIMIT 1').get();
    const person = { kind: 'person' as const, id: row!.id };

    const complaint = await call(a, 'complaint.register', { ...person, subject: 'Délai de traitement', details: '' });
    await call(a, 'complaint.answer', { complaintId: complaint.id, answer: 'Votre dossier est à jour.' });
    const advisorB = (invoke(b, 'session.current', {}) as ChannelOutput<'session.current'>)!.advisor.id;
    await call(a, 'caseFile.assignAdvisor', { ...person, advisorId: advisorB });
    const task = await call(a, 'task.create', {
      ...person,
      taskKind: 'follow-up',
      title: 'Rappeler',
      dueDate: '2026-12-01',
    });
    await call(a, 'task.assign', { taskId: task.id, advisorId: advisorB });
    expect(await syncNow(a)).toMatchObject({ pendingCount: 0, rejectedCount: 0, lastErrorKey: null });
    await syncNow(b);

    expect(await call(b, 'complaint.list', person)).toMatchObject([
      { id: complaint.id, status: 'answered', answer: 'Votre dossier est à jour.', answerDueOn: complaint.answerDueOn },
    ]);
    expect(await call(b, 'caseFile.contact', person)).toEqual({
      advisor: { id: advisorB, displayName: 'Conseiller NAM' },
    });
    const toPrint = (await call(b, 'letters.toPrint', {})) as ChannelOutput<'letters.toPrint'>;
    expect(toPrint.some((item) => item.kind === 'complaint-answer' && item.caseFile.id === person.id)).toBe(true);
    const mine = await call(b, 'workQueue.list', { scope: 'mine', kind: null, limit: 100 });
    expect(mine.map((entry) => entry.id)).toContain(task.id);
  }, 90_000);
});
