import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION, SCHEMA_VERSION, syncPaths } from '../../shared/contract/sync-protocol';
import { updatePerson } from '../../db/repositories/person-repo';
import { readPendingChanges } from '../../db/repositories/sync-repo';
import { listConflicts, resolveConflict } from '../../electron/services/sync/conflicts';
import { createSyncService } from '../../electron/services/sync/sync-service';
import { writeHeadOfficeRows } from '../../server/sync/head-office';
import { newPerson, type TestDevice } from './devices';
import { outcomesOf, tokenOf, useHeadOffice } from './head-office-suite';
import { isPostgresReachable, type Backend } from './harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };

describe.each(backends)('sync protocol on %s', (backend) => {
  // Two server instances on one database; each request goes to the next one, as behind a load balancer.
  const headOffice = useHeadOffice(backend, { instances: 2 });
  const { transport, device, count } = headOffice;

  it('answers health with its versions and time', async () => {
    const response = await (headOffice.apps[0] as FastifyInstance).inject({ method: 'GET', url: syncPaths.health });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SCHEMA_VERSION,
    });
  });

  it('applies a re-sent push once', async () => {
    const a = await device('branch-a', 'a');
    newPerson(a, 'branch-a');
    const changes = readPendingChanges(a.db, 100).map(({ outboxSeq: _seq, ...change }) => change);
    const body = { ...versions, clientTime: Date.now(), changes };
    const first = await transport(syncPaths.push, body, tokenOf(a));
    const again = await transport(syncPaths.push, body, tokenOf(a));
    expect(first.status).toBe(200);
    expect((first.body as { results: { status: string }[] }).results.map((r) => r.status)).toEqual(['applied']);
    expect((again.body as { results: { status: string }[] }).results.map((r) => r.status)).toEqual(['duplicate']);
    expect(await count('mutations')).toBe(1);
    // Two branches, the device's advisor and the person.
    expect(await count('sync_rows')).toBe(4);
  });

  it("sends an advisor's password hash only to the devices of the advisor's branch", async () => {
    const at = '2026-01-01T00:00:00.000Z';
    const advisorRow = (id: string, branchId: string) => ({
      entity: 'advisor',
      id,
      data: {
        branchId,
        username: id,
        displayName: id,
        role: 'advisor',
        createdAt: at,
        updatedAt: at,
        rowVersion: 1,
        deletedAt: null,
        credentials: { passwordHash: `hash-${id}`, salt: 's', params: 'p', updatedAt: at },
      },
    });
    await writeHeadOfficeRows(headOffice.database.db, [
      advisorRow('advisor-a', 'branch-a'),
      advisorRow('advisor-b', 'branch-b'),
    ]);
    const a = await device('branch-a', 'a');
    const pulled = await transport(
      syncPaths.pull,
      { ...versions, clientTime: Date.now(), cursor: 0, limit: 100 },
      tokenOf(a),
    );
    const advisors = (
      pulled.body as { items: { entity: string; id: string; data: Record<string, unknown> }[] }
    ).items.filter((item) => item.entity === 'advisor');
    expect(advisors.map((item) => [item.id, item.data['credentials'] !== undefined]).sort()).toEqual([
      ['advisor-a', true],
      ['advisor-b', false],
    ]);
    expect(advisors.find((item) => item.id === 'advisor-b')?.data).toMatchObject({
      username: 'advisor-b',
      branchId: 'branch-b',
    });
  });

  it('converges two devices editing different low-stakes fields offline', async () => {
    const a = await device('branch-a', 'a');
    const b = await device('branch-a', 'b');
    const person = newPerson(a, 'branch-a');
    await a.sync();
    await b.sync();
    updatePerson(a.db, a.recorder, person.id, { email: 'a@example.be' });
    updatePerson(b.db, b.recorder, person.id, { phone: '+32 2 000 00 00' });
    await a.sync();
    await b.sync();
    await a.sync();
    const read = (d: TestDevice) =>
      d.db.$client.prepare('SELECT email, phone, niss, last_name FROM persons WHERE id = ?').get(person.id);
    expect(read(a)).toEqual(read(b));
    expect(read(a)).toMatchObject({ email: 'a@example.be', phone: '+32 2 000 00 00' });
    expect(await count('conflicts')).toBe(0);
  });

  it('turns concurrent changes of an IBAN into one conflict, keeps both values, and syncs an audited resolution', async () => {
    const a = await device('branch-a', 'a');
    const b = await device('branch-a', 'b');
    const person = newPerson(a, 'branch-a', { iban: 'BE68539007547034' });
    await a.sync();
    await b.sync();
    updatePerson(a.db, a.recorder, person.id, { iban: 'BE71096123456769' });
    updatePerson(b.db, b.recorder, person.id, { iban: 'BE62510007547061' });
    await a.sync();
    await b.sync();
    await b.sync();
    await a.sync();
    const conflicts = listConflicts(b.db);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      field: 'iban',
      serverValue: 'BE71096123456769',
      losingValue: 'BE62510007547061',
      status: 'open',
    });
    const iban = (d: TestDevice) =>
      (d.db.$client.prepare('SELECT iban FROM persons WHERE id = ?').get(person.id) as { iban: string }).iban;
    expect(iban(b)).toBe('BE71096123456769');

    resolveConflict(b.db, b.recorder, (conflicts[0] as { id: string }).id, { choice: 'losing' });
    await b.sync();
    await a.sync();
    expect(iban(a)).toBe('BE62510007547061');
    expect(iban(b)).toBe('BE62510007547061');
    expect(listConflicts(a.db)[0]).toMatchObject({ status: 'resolved', resolvedBy: 'advisor-b' });
    const audit = (await headOffice.database.db.execute(
      sql`SELECT advisor_id FROM mutations WHERE entity = 'conflict'`,
    )) as unknown as { rows: { advisor_id: string }[] };
    expect(audit.rows.map((row) => row.advisor_id)).toEqual(['advisor-b']);
  });

  it('refuses a device of another branch, for reading and for writing, and writes nothing', async () => {
    const a = await device('branch-a', 'a');
    const b = await device('branch-b', 'b');
    const person = newPerson(a, 'branch-a');
    await a.sync();
    await b.sync();
    expect(b.db.$client.prepare('SELECT count(*) AS n FROM persons').get()).toEqual({ n: 0 });

    const read = await transport(syncPaths.fetch, { ...versions, entity: 'person', id: person.id }, tokenOf(b));
    expect(read.status).toBe(403);

    const before = { mutations: await count('mutations'), rows: await count('sync_rows') };
    const forged = {
      mutationId: 'forged:1',
      entity: 'person',
      entityId: person.id,
      operation: 'update',
      changedFields: ['email'],
      payload: { email: 'x@example.be' },
      hlc: '000001790000000-000000-forged',
      advisorId: 'advisor-b',
      base: {},
      createdAt: new Date().toISOString(),
    };
    const write = await transport(
      syncPaths.push,
      { ...versions, clientTime: Date.now(), changes: [forged] },
      tokenOf(b),
    );
    expect(write.status).toBe(200);
    expect(outcomesOf(write.body)).toEqual(['refused:forbidden']);
    expect({ mutations: await count('mutations'), rows: await count('sync_rows') }).toEqual(before);
    // A client of the first protocol does not know a refused result: the whole push is refused, naming the change.
    const older = await transport(
      syncPaths.push,
      { ...versions, protocolVersion: 1, clientTime: Date.now(), changes: [forged] },
      tokenOf(b),
    );
    expect(older.status).toBe(403);
    expect(older.body).toMatchObject({ error: { code: 'forbidden', details: { mutationIds: ['forged:1'] } } });
    expect({ mutations: await count('mutations'), rows: await count('sync_rows') }).toEqual(before);
    const row = (await headOffice.database.db.execute(
      sql`SELECT data->>'email' AS email FROM sync_rows WHERE id = ${person.id}`,
    )) as unknown as { rows: { email: string | null }[] };
    expect(row.rows[0]?.email).toBeNull();
  });

  it('removes a case file from the old branch when it moves', async () => {
    const a = await device('branch-a', 'a');
    const b = await device('branch-b', 'b');
    const person = newPerson(a, 'branch-a');
    await a.sync();
    updatePerson(a.db, a.recorder, person.id, { branchId: 'branch-b' });
    await a.sync();
    await b.sync();
    expect(a.db.$client.prepare('SELECT count(*) AS n FROM persons').get()).toEqual({ n: 0 });
    expect(b.db.$client.prepare('SELECT branch_id FROM persons WHERE id = ?').get(person.id)).toEqual({
      branch_id: 'branch-b',
    });
  });

  it('tells an older client to update and writes nothing; tolerates unknown newer fields', async () => {
    const a = await device('branch-a', 'a');
    newPerson(a, 'branch-a');
    const changes = readPendingChanges(a.db, 100).map(({ outboxSeq: _seq, ...change }) => ({
      ...change,
      futureField: 1,
    }));
    const old = await transport(
      syncPaths.push,
      { protocolVersion: 0, schemaVersion: SCHEMA_VERSION, clientTime: Date.now(), changes },
      tokenOf(a),
    );
    expect(old.status).toBe(426);
    expect(old.body).toMatchObject({ error: { code: 'update-required' } });
    const oldSchema = await transport(
      syncPaths.pull,
      { protocolVersion: PROTOCOL_VERSION, schemaVersion: 0, clientTime: Date.now(), cursor: 0, limit: 10 },
      tokenOf(a),
    );
    expect(oldSchema.status).toBe(426);
    expect(await count('mutations')).toBe(0);
    const newer = await transport(
      syncPaths.push,
      { ...versions, clientTime: Date.now(), changes, extension: { x: 1 } },
      tokenOf(a),
    );
    expect(newer.status).toBe(200);
  });

  it('refuses a wrong secret and a re-used enrolment code', async () => {
    const a = await device('branch-a', 'a');
    const wrong = await transport(
      syncPaths.pull,
      { ...versions, clientTime: Date.now(), cursor: 0, limit: 10 },
      `${tokenOf(a).split('.')[0]}.${'x'.repeat(43)}`,
    );
    expect(wrong.status).toBe(401);
    const { issueEnrolmentCode } = await import('../../server/auth');
    const { code } = await issueEnrolmentCode(headOffice.database.db, 'branch-a', new Date());
    expect((await transport(syncPaths.enrol, { ...versions, code, deviceName: 'one' }, null)).status).toBe(200);
    expect((await transport(syncPaths.enrol, { ...versions, code, deviceName: 'two' }, null)).status).toBe(401);
  });

  it('refuses a clock far ahead, and the status shows the offset and the stuck queue', async () => {
    const a = await device('branch-a', 'a');
    newPerson(a, 'branch-a');
    const ahead = () => new Date(Date.now() + 3 * 3600_000);
    const service = createSyncService({ db: a.db, transport, now: ahead });
    await service.syncNow();
    const status = service.status();
    expect(status.lastError).toBe('clock-skew');
    expect(status.isClockWrong).toBe(true);
    expect(status.clockSkewMs).toBeLessThan(-3 * 3600_000 + 60_000);
    expect(status.pendingCount).toBe(1);
    service.stop();
    expect(await count('mutations')).toBe(0);
  });
});
