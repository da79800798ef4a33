/**
 * Head-office sync inside the app: two application cores on their own SQLite profiles,
 * enrolled in the same branch of a real head office (Fastify over HTTP on PGlite, and on the local
 * PostgreSQL when it answers), driven only through the contract's handlers, as the renderer does.
 */
import { ensureAdvisors, invoke, TEST_PASSWORD } from '../fixtures/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract/app-contract';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import { issueDemoCodes, seedHeadOffice } from '../../scripts/head-office-demo';
import type { ServerDb } from '../../server/db/connection';
import { insertPerson } from '../../db/repositories/person-repo';
import { makeNiss } from '../../shared/domain/identifiers/niss';
import { createTestDatabase, isPostgresReachable, startApp, type Backend, type TestDatabase } from '../server/harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const BRANCH = 'NAM';

type Status = ChannelOutput<'sync.status'>;

async function until<T>(read: () => T | Promise<T>, isDone: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(backends)('two app cores syncing through head office on %s', (backend) => {
  let database: TestDatabase;
  let server: FastifyInstance;
  let url: string;
  let serverDb: ServerDb;
  const profiles: string[] = [];
  const cores: AppCore[] = [];

  const open = (profileDir: string, enrolCode?: string): AppCore => {
    const core = openAppCore({
      profileDir,
      host: 'browser',
      headOffice: { url, deviceName: 'test device', intervalMs: 3_600_000, ...(enrolCode ? { enrolCode } : {}) },
    });
    cores.push(core);
    return core;
  };
  const closeCore = (core: AppCore): void => {
    cores.splice(cores.indexOf(core), 1);
    core.close();
  };
  const newProfile = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'guichet-app-sync-'));
    profiles.push(dir);
    return dir;
  };
  const status = (core: AppCore): Status => invoke(core, 'sync.status', {}) as Status;
  const syncNow = async (core: AppCore): Promise<Status> => invoke(core, 'sync.now', {});
  const enrolled = (core: AppCore) =>
    until(
      () => status(core),
      (current) => current.isEnrolled && current.lastSyncAt !== null && !current.isSyncing,
    );

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const opened = await database.open();
    serverDb = opened.db;
    await seedHeadOffice(serverDb, { persons: 60, today: '2026-11-26', seed: 7 });
    server = startApp(opened);
    url = await server.listen({ host: '127.0.0.1', port: 0 });
  }, 120_000);

  afterAll(async () => {
    for (const core of cores) core.close();
    await server?.close();
    await database?.dispose();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a bad enrolment code and stores nothing', async () => {
    const core = open(newProfile());
    await expect(invoke(core, 'sync.enrol', { code: 'AAAA-BBBB-CCCC', deviceName: 'poste' })).rejects.toMatchObject({
      messageKey: 'sync.errors.badCode',
    });
    expect(status(core).isEnrolled).toBe(false);
    expect(core.db.$client.prepare('SELECT count(*) AS n FROM sync_state').get()).toEqual({ n: 0 });
    expect(core.db.$client.prepare('SELECT count(*) AS n FROM persons').get()).toEqual({ n: 0 });
    // Nothing seeded locally either: with a head office, the data arrives by the first sync only.
    expect(core.db.$client.prepare('SELECT count(*) AS n FROM sync_rounds').get()).toEqual({ n: 0 });
    // No advisor before enrolment: the history is not for whoever sits at the keyboard.
    expect(() => invoke(core, 'sync.history', { limit: 10 })).toThrow(
      expect.objectContaining({ code: 'unauthorized' }),
    );
  });

  it('merges low-stakes edits, shows one conflict on both devices, and settles it everywhere', async () => {
    const [codeA, codeB] = await issueDemoCodes(serverDb, BRANCH, 2, new Date());
    const a = open(newProfile(), codeA);
    const b = open(newProfile(), codeB);
    await Promise.all([enrolled(a), enrolled(b)]);

    // Credentials travelled with the advisors: each device signs in offline with its own advisor.
    expect(invoke(a, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' })).toMatchObject({
      advisor: { username: 'nam.conseiller' },
    });
    expect(invoke(b, 'session.signIn', { username: 'nam.responsable', password: 'guichet-demo' })).toMatchObject({
      advisor: { username: 'nam.responsable' },
    });

    const person = a.db.$client
      .prepare<[], { id: string; last_name: string }>('SELECT id, last_name FROM persons ORDER BY id LIMIT 1')
      .get();
    if (!person) throw new Error('no person synced');
    const get = (core: AppCore) =>
      invoke(core, 'caseFile.get', { kind: 'person', id: person.id }) as ChannelOutput<'caseFile.get'>;
    expect(get(b).displayName).toBe(get(a).displayName);

    // B works offline; both edit the same person: a low-stakes field each, and the same protected one.
    expect(invoke(b, 'sync.setPaused', { isPaused: true })).toMatchObject({
      isPaused: true,
      isOnline: false,
    });
    const rowVersionB = get(b).person?.rowVersion ?? 0;
    await invoke(a, 'caseFile.updatePerson', {
      id: person.id,
      rowVersion: get(a).person?.rowVersion ?? 0,
      changes: { phone: '+32 470 11 22 33', lastName: 'Alpha' },
    });
    expect(await syncNow(a)).toMatchObject({ pendingCount: 0, lastErrorKey: null });
    await invoke(b, 'caseFile.updatePerson', {
      id: person.id,
      rowVersion: rowVersionB,
      changes: { email: 'beta@example.be', lastName: 'Beta' },
    });
    const offline = await syncNow(b);
    expect(offline).toMatchObject({ isPaused: true, pendingCount: 1 });

    // Back online: the low-stakes edits merge on both, the protected one is one conflict on both.
    invoke(b, 'sync.setPaused', { isPaused: false });
    expect(await syncNow(b)).toMatchObject({ isPaused: false, pendingCount: 0, openConflicts: 1 });
    expect(await syncNow(a)).toMatchObject({ openConflicts: 1 });
    for (const core of [a, b]) {
      expect(get(core).person).toMatchObject({
        phone: '+32 470 11 22 33',
        email: 'beta@example.be',
        lastName: 'Alpha',
      });
    }
    const [onA] = invoke(a, 'sync.conflicts.list', { includeResolved: false }) as ChannelOutput<'sync.conflicts.list'>;
    const listB = invoke(b, 'sync.conflicts.list', { includeResolved: false }) as ChannelOutput<'sync.conflicts.list'>;
    expect(listB).toHaveLength(1);
    expect(onA).toMatchObject({
      id: listB[0]?.id,
      entity: 'person',
      field: 'lastName',
      serverValue: 'Alpha',
      losingValue: 'Beta',
      status: 'open',
      caseFile: { kind: 'person', id: person.id },
      losingAdvisor: { displayName: 'Responsable NAM' },
    });
    expect(onA?.caseFileLabel).toMatch(/^Alpha, /);

    // Resolved on A: audited there with the advisor, and cleared on both after their next rounds.
    const resolved = invoke(a, 'sync.conflicts.resolve', {
      id: onA?.id ?? '',
      decision: { choice: 'losing' },
    }) as ChannelOutput<'sync.conflicts.resolve'>;
    expect(resolved).toMatchObject({
      status: 'resolving',
      resolvedValue: 'Beta',
      resolvedBy: { displayName: 'Conseiller NAM' },
    });
    const audit = a.db.$client
      .prepare<[string], { advisor_id: string; before: string; after: string; mutation_id: string }>(
        'SELECT advisor_id, before, after, mutation_id FROM audit_log WHERE entity_id = ? AND fields = \'["lastName"]\' ORDER BY rowid DESC',
      )
      .get(person.id);
    expect(audit?.advisor_id).toBe(a.session.advisorId());
    expect(JSON.parse(audit?.before ?? '{}')).toEqual({ lastName: 'Alpha' });
    expect(JSON.parse(audit?.after ?? '{}')).toMatchObject({ lastName: 'Beta', choice: 'losing' });
    expect(a.db.$client.prepare('SELECT entity FROM outbox WHERE mutation_id = ?').get(audit?.mutation_id)).toEqual({
      entity: 'conflict',
    });

    await until(
      () => syncNow(a),
      (current) => current.openConflicts === 0 && current.pendingCount === 0,
    );
    expect(await syncNow(b)).toMatchObject({ openConflicts: 0 });
    for (const core of [a, b]) {
      expect(get(core).person?.lastName).toBe('Beta');
      expect(invoke(core, 'sync.conflicts.list', { includeResolved: false })).toEqual([]);
      expect(invoke(core, 'sync.conflicts.list', { includeResolved: true })).toMatchObject([
        { status: 'resolved', resolvedValue: 'Beta', resolvedBy: { displayName: 'Conseiller NAM' } },
      ]);
    }
    expect(() => invoke(b, 'sync.conflicts.resolve', { id: onA?.id ?? '', decision: { choice: 'server' } })).toThrow(
      expect.objectContaining({ messageKey: 'errors.notFound' }),
    );

    // The history of rounds: the initial sync, the manual ones, the conflict seen by B's round.
    const history = invoke(b, 'sync.history', { limit: 50 }) as ChannelOutput<'sync.history'>;
    expect(history.rounds.at(-1)).toMatchObject({ trigger: 'start', outcome: 'ok' });
    expect(history.rounds.at(-1)?.pulled).toBeGreaterThan(20);
    expect(
      history.rounds.some((round) => round.trigger === 'manual' && round.pushed === 1 && round.conflicts === 1),
    ).toBe(true);
    expect(history.rounds.every((round) => round.outcome === 'ok' && round.finishedAt !== null)).toBe(true);
    expect(history.rejected).toEqual([]);
  }, 120_000);

  it('sets aside a change head office refuses for good, lists it with its reason, and keeps the queue moving', async () => {
    const [code] = await issueDemoCodes(serverDb, BRANCH, 1, new Date());
    const core = open(newProfile(), code);
    await enrolled(core);
    const branchId =
      core.db.$client.prepare<[string], { id: string }>('SELECT id FROM branches WHERE code = ?').get(BRANCH)?.id ??
      null;
    // Written with nobody signed in (as a locally seeded profile would): head office refuses it (advisor-required).
    const orphan = core.db.transaction((tx) =>
      insertPerson(tx, core.recorder, {
        niss: makeNiss({ birthDate: '1971-03-02', serial: 77 }),
        lastName: 'Orphelin',
        firstName: 'Test',
        birthDate: '1971-03-02',
        sex: 'M',
        language: 'fr',
        email: null,
        phone: null,
        iban: null,
        branchId,
      }),
    );
    const refused = await syncNow(core);
    expect(refused).toMatchObject({ pendingCount: 0, rejectedCount: 1, lastErrorKey: null });
    invoke(core, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' });
    const person = core.db.$client
      .prepare<[string], { id: string; row_version: number }>(
        'SELECT id, row_version FROM persons WHERE id != ? ORDER BY id LIMIT 1',
      )
      .get(orphan.id);
    await invoke(core, 'caseFile.updatePerson', {
      id: person?.id ?? '',
      rowVersion: person?.row_version ?? 0,
      changes: { phone: '+32 470 99 88 77' },
    });
    expect(await syncNow(core)).toMatchObject({ pendingCount: 0, rejectedCount: 1 });
    const history = invoke(core, 'sync.history', { limit: 10 }) as ChannelOutput<'sync.history'>;
    expect(history.rejected).toEqual([
      expect.objectContaining({
        entity: 'person',
        entityId: orphan.id,
        caseFile: { kind: 'person', id: orphan.id },
        reasonKey: 'sync.errors.advisorRequired',
      }),
    ]);
    expect(history.rounds.some((round) => round.rejected === 1 && round.outcome === 'ok')).toBe(true);

    // Sent again on the advisor's word: judged again like any change, refused again for the same reason, listed again.
    const mutationId = history.rejected[0]?.mutationId ?? '';
    expect(invoke(core, 'sync.rejected.retry', { mutationId })).toMatchObject({
      rejectedCount: 0,
      pendingCount: 1,
    });
    expect(await syncNow(core)).toMatchObject({ pendingCount: 0, rejectedCount: 1 });
    expect((invoke(core, 'sync.history', { limit: 10 }) as ChannelOutput<'sync.history'>).rejected).toEqual([
      expect.objectContaining({ mutationId, reasonKey: 'sync.errors.advisorRequired' }),
    ]);
    expect(() => invoke(core, 'sync.rejected.retry', { mutationId: 'no-such-change' })).toThrow(
      expect.objectContaining({ messageKey: 'errors.notFound' }),
    );
  }, 60_000);

  it('keeps "work offline" across a restart and records failed rounds with a translated reason', async () => {
    const [code] = await issueDemoCodes(serverDb, BRANCH, 1, new Date());
    const profile = newProfile();
    const first = open(profile, code);
    await enrolled(first);
    invoke(first, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' });
    invoke(first, 'sync.setPaused', { isPaused: true });
    closeCore(first);
    const again = open(profile);
    expect(status(again)).toMatchObject({ isEnrolled: true, isPaused: true });
    invoke(again, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' });
    invoke(again, 'sync.setPaused', { isPaused: false });
    await until(
      () => status(again),
      (current) => !current.isSyncing,
    );
    closeCore(again);

    // Head office unreachable: the round fails as offline, is kept in the history, and sync retries later.
    const unreachable = openAppCore({
      profileDir: profile,
      host: 'browser',
      headOffice: { url: 'http://127.0.0.1:9', intervalMs: 3_600_000 },
    });
    cores.push(unreachable);
    const failed = await syncNow(unreachable);
    invoke(unreachable, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' });
    expect(failed).toMatchObject({ isOnline: false, lastErrorKey: 'sync.errors.offline' });
    expect(
      (invoke(unreachable, 'sync.history', { limit: 1 }) as ChannelOutput<'sync.history'>).rounds[0],
    ).toMatchObject({ outcome: 'failed', errorKey: 'sync.errors.offline', trigger: 'manual' });
  }, 60_000);
});

describe('sync channels without a head office', () => {
  it('answer: not enrolled, enrolment refused with a translated reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guichet-app-sync-'));
    const core = openAppCore({ profileDir: dir, host: 'browser', demoPersons: 0 });
    try {
      expect(invoke(core, 'sync.status', {})).toMatchObject({
        isEnrolled: false,
        isOnline: false,
        pendingCount: 0,
      });
      expect(await invoke(core, 'sync.now', {})).toMatchObject({ isEnrolled: false });
      ensureAdvisors(core);
      invoke(core, 'session.signIn', { username: 'test.conseiller', password: TEST_PASSWORD });
      expect(invoke(core, 'sync.setPaused', { isPaused: true })).toMatchObject({ isEnrolled: false });
      await expect(invoke(core, 'sync.enrol', { code: 'X', deviceName: 'poste' })).rejects.toMatchObject({
        messageKey: 'sync.errors.noHeadOffice',
      });
      expect(invoke(core, 'sync.conflicts.list', { includeResolved: true })).toEqual([]);
      expect(invoke(core, 'sync.history', { limit: 5 })).toEqual({ rounds: [], rejected: [] });
    } finally {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
