/**
 * Complaints, the case file's advisor and task assignments reach head office and the other devices
 * of the branch: two app cores enrolled in the same branch of a real head office (Fastify over HTTP
 * on PGlite, and on the local PostgreSQL when it answers), driven only through the contract.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract/app-contract';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import { issueDemoCodes, seedHeadOffice } from '../../scripts/head-office-demo';
import type { ServerDb } from '../../server/db/connection';
import { invoke } from '../fixtures/core';
import { createTestDatabase, isPostgresReachable, startApp, type Backend, type TestDatabase } from '../server/harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];

async function until<T>(read: () => T | Promise<T>, isDone: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(backends)('complaints and assignments syncing through head office on %s', (backend) => {
  let database: TestDatabase;
  let server: FastifyInstance;
  let url: string;
  let serverDb: ServerDb;
  const profiles: string[] = [];
  const cores: AppCore[] = [];

  const open = (enrolCode: string): AppCore => {
    const profileDir = mkdtempSync(join(tmpdir(), 'guichet-complaint-sync-'));
    profiles.push(profileDir);
    const core = openAppCore({
      profileDir,
      host: 'browser',
      headOffice: { url, deviceName: 'test device', intervalMs: 3_600_000, enrolCode },
    });
    cores.push(core);
    return core;
  };
  const call = <C extends Channel>(core: AppCore, channel: C, input: ParsedInput<C>) =>
    invoke(core, channel, input) as ChannelOutput<C> | Promise<ChannelOutput<C>>;
  const syncNow = (core: AppCore) => invoke(core, 'sync.now', {});
  const enrolled = (core: AppCore) =>
    until(
      () => invoke(core, 'sync.status', {}) as ChannelOutput<'sync.status'>,
      (current) => current.isEnrolled && current.lastSyncAt !== null && !current.isSyncing,
    );

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const opened = await database.open();
    serverDb = opened.db;
    await seedHeadOffice(serverDb, { persons: 40, today: '2026-11-26', seed: 11 });
    server = startApp(opened);
    url = await server.listen({ host: '127.0.0.1', port: 0 });
  }, 120_000);

  afterAll(async () => {
    for (const core of cores) core.close();
    await server?.close();
    await database?.dispose();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  });

  it('a complaint answered on one device, its letter, the case file’s advisor and an assigned task appear on the other', async () => {
    const [codeA, codeB] = await issueDemoCodes(serverDb, 'NAM', 2, new Date());
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
