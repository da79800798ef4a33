/**
 * A change of situation reaches head office and the other devices of the branch: two app cores
 * enrolled in one branch of a real head office (PGlite), driven through the contract's handlers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract/app-contract';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import { issueDemoCodes, seedHeadOffice } from '../../scripts/head-office-demo';
import { invoke } from '../fixtures/core';
import { createTestDatabase, startApp, type TestDatabase } from '../server/harness';

type Status = ChannelOutput<'sync.status'>;

async function until<T>(read: () => T | Promise<T>, isDone: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a change of situation syncs', () => {
  let database: TestDatabase;
  let server: FastifyInstance;
  let url: string;
  let codes: string[];
  const cores: AppCore[] = [];
  const profiles: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const opened = await database.open();
    await seedHeadOffice(opened.db, { persons: 40, today: '2026-11-26', seed: 11 });
    codes = await issueDemoCodes(opened.db, 'NAM', 2, new Date());
    server = startApp(opened);
    url = await server.listen({ host: '127.0.0.1', port: 0 });
  }, 120_000);

  afterAll(async () => {
    for (const core of cores) core.close();
    await server?.close();
    await database?.dispose();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  });

  function open(enrolCode: string): AppCore {
    const profileDir = mkdtempSync(join(tmpdir(), 'guichet-situation-sync-'));
    profiles.push(profileDir);
    const core = openAppCore({
      profileDir,
      host: 'browser',
      now: () => new Date('2026-11-26T09:00:00.000Z'),
      headOffice: { url, deviceName: 'poste', intervalMs: 3_600_000, enrolCode },
    });
    cores.push(core);
    return core;
  }
  const status = (core: AppCore): Status => invoke(core, 'sync.status', {}) as Status;
  const syncNow = async (core: AppCore): Promise<Status> => invoke(core, 'sync.now', {});

  it('a move filed on one device shows, with the old address, on the other', async () => {
    const [a, b] = [open(codes[0]!), open(codes[1]!)];
    for (const core of [a, b])
      await until(
        () => status(core),
        (current) => current.isEnrolled && current.lastSyncAt !== null && !current.isSyncing,
      );
    invoke(a, 'session.signIn', { username: 'nam.conseiller', password: 'guichet-demo' });
    invoke(b, 'session.signIn', { username: 'nam.responsable', password: 'guichet-demo' });
    const person = a.db.$client
      .prepare<[], { id: string }>('SELECT person_id AS id FROM addresses WHERE person_id IS NOT NULL LIMIT 1')
      .get()!;
    const rowVersion = (invoke(a, 'caseFile.get', { kind: 'person', id: person.id }) as ChannelOutput<'caseFile.get'>)
      .person!.rowVersion;
    invoke(a, 'situation.confirm', {
      personId: person.id,
      rowVersion,
      change: {
        kind: 'address',
        effectiveDate: '2026-11-20',
        street: 'Rue de Bruxelles',
        houseNumber: '61',
        box: null,
        postalCode: '5000',
        municipality: 'Namur',
      },
    });
    expect(await syncNow(a)).toMatchObject({ pendingCount: 0, lastErrorKey: null });
    await syncNow(b);
    const history = invoke(b, 'situation.history', { personId: person.id }) as ChannelOutput<'situation.history'>;
    expect(history.changes).toMatchObject([
      { kind: 'address', effectiveDate: '2026-11-20', advisorName: 'Conseiller NAM' },
    ]);
    expect(history.addresses[0]).toMatchObject({ street: 'Rue de Bruxelles', validFrom: '2026-11-20', validTo: null });
    expect(history.addresses[1]?.validTo).toBe('2026-11-19');
  });
});
