/**
 * The work queue, case-file advisor and complaints through the real dispatch on a seeded profile:
 * every write is one transaction with its outbox record and audit line (and nothing when refused),
 * the branch manager alone assigns, a complaint's answer queues its letter, and the case file's
 * advisor is the contact its letters print.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/hosts/dispatch';
import { openAppCore, type AppCore } from '../../../electron/services/app-core';
import { requestedLetter } from '../../../electron/services/letters/letter-request';
import { demoFund } from '../../../electron/letters/fund-identity';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract/app-contract';
import type { ContractError } from '../../../shared/contract/errors';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { tempDir } from '../../fixtures/temp-db';

const TODAY = '2026-11-26';
let core: AppCore;
let cleanup: () => void;
let person: { kind: 'person'; id: string };

beforeAll(() => {
  const dir = tempDir();
  core = openAppCore({
    profileDir: dir.dir,
    host: 'browser',
    demoPersons: 60,
    now: () => new Date(`${TODAY}T09:00:00.000Z`),
  });
  cleanup = () => (core.close(), dir.cleanup());
  const row = core.db.$client
    .prepare<[], { id: string }>(
      `SELECT p.id FROM persons p JOIN branches b ON b.id = p.branch_id JOIN addresses a ON a.person_id = p.id
        WHERE b.code = 'NAM' ORDER BY p.id LIMIT 1`,
    )
    .get();
  person = { kind: 'person', id: row!.id };
}, 120_000);
afterAll(() => cleanup());

async function reply<C extends Channel>(channel: C, input: ChannelInput<C>) {
  return dispatch(core, channel, input, { host: 'browser' }, { error: () => undefined });
}
async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await reply(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.messageKey}`);
  return result.value as ChannelOutput<C>;
}
/** A refusal, and proof that it wrote nothing: no outbox record, no audit line. */
async function refusal<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ContractError> {
  const before = mark();
  const result = await reply(channel, input);
  if (result.ok) throw new Error(`${channel} succeeded where a refusal was expected`);
  expect(mark()).toEqual(before);
  return result.error;
}
const signIn = (username: string) => call('session.signIn', { username, password: DEMO_PASSWORD });

type Mark = { audit: number; outbox: number };
function mark(): Mark {
  const sqlite = core.db.$client;
  return {
    audit: sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()!.n,
    outbox: sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox').get()!.n,
  };
}
/** Runs a write and checks it left exactly these entities in the outbox, each with its audit line. */
async function step<T>(entities: string[], action: () => Promise<T>): Promise<T> {
  const sqlite = core.db.$client;
  const from = sqlite.prepare<[], { n: number | null }>('SELECT max(seq) AS n FROM outbox').get()!.n ?? 0;
  const auditFrom = mark().audit;
  const result = await action();
  const outbox = sqlite
    .prepare<[number], { entity: string; mutation_id: string }>(
      'SELECT entity, mutation_id FROM outbox WHERE seq > ? ORDER BY seq',
    )
    .all(from);
  const audit = sqlite
    .prepare<[number], { mutation_id: string }>('SELECT mutation_id FROM audit_log ORDER BY rowid LIMIT -1 OFFSET ?')
    .all(auditFrom);
  expect(outbox.map((row) => row.entity).sort()).toEqual([...entities].sort());
  expect(audit.map((row) => row.mutation_id)).toEqual(outbox.map((row) => row.mutation_id));
  return result;
}

describe('complaints', () => {
  it('are due after the fund’s answer period, seen in the queue near their deadline, and answered with a letter', async () => {
    await signIn('nam.conseiller');
    expect(await refusal('complaint.register', { ...person, subject: '   ' })).toMatchObject({
      code: 'validation',
      details: { issues: [{ path: 'subject', messageKey: 'complaint.validation.subjectRequired' }] },
    });
    expect(await refusal('complaint.register', { ...person, subject: 'X', receivedOn: '2026-12-01' })).toMatchObject({
      details: { issues: [{ path: 'receivedOn', messageKey: 'complaint.validation.receivedInFuture' }] },
    });
    const complaint = await step(['complaint'], () =>
      call('complaint.register', { ...person, subject: 'Rappel reçu après paiement', receivedOn: '2026-10-15' }),
    );
    expect(complaint).toMatchObject({ status: 'received', answerDueOn: '2026-11-29', isNearDeadline: true });

    const complaints = await call('workQueue.list', { kind: 'complaint' });
    expect(complaints.find((entry) => entry.id === complaint.id)).toMatchObject({
      entryKind: 'complaint',
      isNearDeadline: true,
      isOverdue: false,
      caseFile: person,
    });
    expect((await call('workQueue.list', { kind: 'follow-up' })).some((entry) => entry.id === complaint.id)).toBe(
      false,
    );
    expect((await call('workQueue.list', { scope: 'mine' })).some((entry) => entry.id === complaint.id)).toBe(false);

    await step(['complaint'], () => call('complaint.setStatus', { complaintId: complaint.id, status: 'in-progress' }));
    expect(await refusal('complaint.answer', { complaintId: complaint.id, answer: ' ' })).toMatchObject({
      details: { issues: [{ path: 'answer', messageKey: 'complaint.validation.answerRequired' }] },
    });
    const answered = await step(['complaint', 'letter'], () =>
      call('complaint.answer', { complaintId: complaint.id, answer: 'Le paiement est arrivé le jour du rappel.' }),
    );
    expect(answered).toMatchObject({ status: 'answered', answeredOn: TODAY, isNearDeadline: false });
    const toPrint = await call('letters.toPrint', {});
    expect(toPrint.filter((item) => item.kind === 'complaint-answer' && item.caseFile.id === person.id)).toHaveLength(
      1,
    );
    expect(await refusal('complaint.answer', { complaintId: complaint.id, answer: 'Encore' })).toMatchObject({
      code: 'conflict',
      messageKey: 'complaint.errors.alreadyAnswered',
    });
    expect(await refusal('complaint.setStatus', { complaintId: complaint.id, status: 'in-progress' })).toMatchObject({
      messageKey: 'complaint.errors.badMove',
    });
    expect((await call('workQueue.list', { kind: 'complaint' })).some((entry) => entry.id === complaint.id)).toBe(
      false,
    );
  });

  it('write nothing when the outbox cannot take the answer: no status change, no letter', async () => {
    await signIn('nam.conseiller');
    const complaint = await call('complaint.register', { ...person, subject: 'Accueil au guichet' });
    const letters = () => core.db.$client.prepare<[], { n: number }>('SELECT count(*) AS n FROM letter_queue').get()!.n;
    const before = letters();
    core.db.$client.exec(
      `CREATE TRIGGER fail_letter_outbox BEFORE INSERT ON outbox WHEN NEW.entity = 'letter' BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END;`,
    );
    try {
      const result = await reply('complaint.answer', { complaintId: complaint.id, answer: 'Nos excuses.' });
      expect(result.ok).toBe(false);
    } finally {
      core.db.$client.exec('DROP TRIGGER fail_letter_outbox');
    }
    expect(letters()).toBe(before);
    expect((await call('complaint.list', person)).find((item) => item.id === complaint.id)?.status).toBe('received');
  });
});

describe('tasks and the case file’s advisor', () => {
  it('only the branch manager assigns; an advisor takes a task for themself and completes it with a note', async () => {
    await signIn('nam.conseiller');
    const advisorId = (await call('session.current', {}))!.advisor.id;
    const task = await call('task.create', { ...person, title: 'Rappeler pour le plan', dueDate: '2026-11-20' });
    expect(await refusal('task.assign', { taskId: task.id, advisorId })).toMatchObject({
      code: 'forbidden',
      messageKey: 'errors.session.roleRequired',
    });
    expect(await refusal('caseFile.assignAdvisor', { ...person, advisorId })).toMatchObject({ code: 'forbidden' });
    await step(['task'], () => call('task.take', { taskId: task.id }));
    const mine = await call('workQueue.list', { scope: 'mine' });
    expect(mine.find((entry) => entry.id === task.id)).toMatchObject({ isOverdue: true, assignee: { id: advisorId } });
    expect(mine[0]?.isOverdue).toBe(true);

    await signIn('nam.responsable');
    const advisors = await call('workQueue.advisors', {});
    expect(advisors.map((advisor) => advisor.displayName)).toContain('Conseiller NAM');
    const ghent = core.db.$client
      .prepare<[], { id: string }>(
        `SELECT a.id FROM advisors a JOIN branches b ON b.id = a.branch_id WHERE b.code = 'GNT' LIMIT 1`,
      )
      .get()!.id;
    expect(await refusal('task.assign', { taskId: task.id, advisorId: ghent })).toMatchObject({
      details: { issues: [{ path: 'advisorId', messageKey: 'workQueue.validation.advisorNotInBranch' }] },
    });
    const managerId = advisors.find((advisor) => advisor.role === 'branch-manager')!.id;
    await step(['task'], () => call('task.assign', { taskId: task.id, advisorId: managerId }));
    await step(['caseFileAdvisor'], () => call('caseFile.assignAdvisor', { ...person, advisorId }));
    await step(['caseFileAdvisor'], () => call('caseFile.assignAdvisor', { ...person, advisorId: managerId }));
    await step(['caseFileAdvisor'], () => call('caseFile.assignAdvisor', { ...person, advisorId }));
    const rows = core.db.$client
      .prepare<[string], { n: number }>('SELECT count(*) AS n FROM case_file_advisors WHERE person_id = ?')
      .get(person.id)!.n;
    expect(rows).toBe(1);
    expect(await call('caseFile.contact', person)).toEqual({
      advisor: { id: advisorId, displayName: 'Conseiller NAM' },
    });

    const done = await step(['task'], () =>
      call('task.complete', { taskId: task.id, note: 'Plan expliqué, rappel le 3.' }),
    );
    expect(done.status).toBe('done');
    const note = core.db.$client
      .prepare<[string], { completion_note: string | null }>('SELECT completion_note FROM tasks WHERE id = ?')
      .get(task.id)!.completion_note;
    expect(note).toBe('Plan expliqué, rappel le 3.');
    expect((await call('workQueue.list', {})).some((entry) => entry.id === task.id)).toBe(false);
  });

  it('the assigned advisor is the contact printed on the case file’s letters, whoever issues them', async () => {
    await signIn('nam.responsable');
    const queued = core.db.$client
      .prepare<[string], { id: string }>(
        `SELECT id FROM letter_queue WHERE person_id = ? AND kind = 'complaint-answer' LIMIT 1`,
      )
      .get(person.id)!;
    const letter = requestedLetter(
      core.db.$client,
      { source: 'queue', queueId: queued.id },
      { today: TODAY, advisorName: 'Responsable NAM', fund: demoFund() },
    );
    expect(letter.input.kind).toBe('complaint-answer');
    expect(letter.input.data.advisorName).toBe('Conseiller NAM');
    if (letter.input.kind === 'complaint-answer')
      expect(letter.input.data.answer).toBe('Le paiement est arrivé le jour du rappel.');
  });
});
