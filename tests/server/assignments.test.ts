/**
 * Head office hands a case file of another branch to a field device, takes it back, and revokes a lost
 * device (the server alone decides what a device may read and write). Real PGlite
 * and, when reachable, the local PostgreSQL; the administration commands run as a real process once.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROTOCOL_VERSION, SCHEMA_VERSION, syncPaths } from '../../shared/contract/sync-protocol';
import { insertRow } from '../../db/repositories/case-file-repo';
import { updatePerson } from '../../db/repositories/person-repo';
import { readSyncValue, requeueRejected } from '../../db/repositories/sync-repo';
import { CURSOR_KEY } from '../../electron/services/sync/pull-pages';
import type { SyncCursor } from '../../shared/sync/cursor';
import { sql } from 'drizzle-orm';
import { listDevices, revokeDevice } from '../../server/auth';
import { openServerDatabase } from '../../server/db/connection';
import { AssignmentRefusal, assignCaseFile, findCaseFile, unassignCaseFile } from '../../server/sync/assignments';
import { branchRow, writeHeadOfficeRows } from '../../server/sync/head-office';
import { tempDir } from '../fixtures/temp-db';
import { createDevice, newPerson, type TestDevice } from './devices';
import { deviceIdOf, outcomesOf, tokenOf, useHeadOffice } from './head-office-suite';
import { injectTransport, isPostgresReachable, startApp, type Backend } from './harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];

describe.each(backends)('case files assigned beyond the branch on %s', (backend) => {
  const headOffice = useHeadOffice(backend);
  const { transport, device } = headOffice;
  const local = (d: TestDevice, query: string, ...params: unknown[]) => d.db.$client.prepare(query).all(...params);
  /** A branch-A person with a contribution, written on a branch-A device and at head office. */
  const caseFileOfA = async (a: TestDevice) => {
    const person = newPerson(a, 'branch-a');
    a.db.transaction((tx) =>
      insertRow(tx, a.recorder, 'contribution', {
        personId: person.id,
        companyId: null,
        affiliationId: null,
        year: 2026,
        quarter: 1,
        kind: 'provisional',
        amountCents: 89_828,
        feeCents: 3_593,
        dueDate: '2026-03-31',
        status: 'open',
        structuredCommunication: '+++090/9337/55493+++',
      }),
    );
    expect((await a.sync()).rejected).toBe(0);
    return person;
  };

  it('brings an assigned case file to the device, lets it write there, takes it back from that device alone, and a refused change can go again', async () => {
    const a = await device('branch-a', 'a');
    const field = await device('branch-b', 'field');
    const person = await caseFileOfA(a);
    // The field device's cursor moves past the case file's rows (its own branch's newer work), so
    // only new sequences can bring them to it.
    newPerson(field, 'branch-b');
    await field.sync();
    expect(local(field, 'SELECT count(*) AS n FROM persons WHERE id = ?', person.id)).toEqual([{ n: 0 }]);
    const caseFileSeqs = (await headOffice.database.db.execute(
      sql`SELECT max(seq) AS seq FROM sync_rows WHERE root_id = ${person.id}`,
    )) as unknown as { rows: { seq: string | number }[] };
    expect(readSyncValue<SyncCursor>(field.db, CURSOR_KEY)?.seq).toBeGreaterThan(Number(caseFileSeqs.rows[0]?.seq));
    const token = tokenOf(field);
    const forged = {
      mutationId: 'before-assignment:1',
      entity: 'person',
      entityId: person.id,
      operation: 'update',
      changedFields: ['email'],
      payload: { email: 'forged@example.be' },
      hlc: '000001790000000-000000-forged',
      advisorId: 'advisor-field',
      base: {},
      createdAt: new Date().toISOString(),
    };
    const push = (change: typeof forged) =>
      transport(
        syncPaths.push,
        { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION, clientTime: Date.now(), changes: [change] },
        token,
      );
    expect(outcomesOf((await push(forged)).body)).toEqual(['refused:forbidden']);

    // Assigned by its NISS, with the punctuation of a printed card.
    const niss = String((person as { niss: string }).niss);
    const printed = `${niss.slice(0, 2)}.${niss.slice(2, 4)}.${niss.slice(4, 6)}-${niss.slice(6, 9)}.${niss.slice(9)}`;
    expect(await assignCaseFile(headOffice.database.db, deviceIdOf(field), printed)).toMatchObject({
      outcome: 'assigned',
      caseFile: { rootId: person.id, branchId: 'branch-a' },
    });
    expect((await assignCaseFile(headOffice.database.db, deviceIdOf(field), person.id)).outcome).toBe('unchanged');
    await field.sync();
    expect(local(field, 'SELECT id FROM persons WHERE id = ?', person.id)).toEqual([{ id: person.id }]);
    expect(local(field, 'SELECT amount_cents FROM contributions WHERE person_id = ?', person.id)).toEqual([
      { amount_cents: 89_828 },
    ]);

    // The field device writes into it; the branch's own device receives the write. The branch device
    // pulled the case file again (new sequences) and found nothing else changed.
    updatePerson(field.db, field.recorder, person.id, { phone: '+32 470 12 34 56' });
    expect((await field.sync()).rejected).toBe(0);
    await a.sync();
    expect(local(a, 'SELECT phone, email FROM persons WHERE id = ?', person.id)).toEqual([
      { phone: '+32 470 12 34 56', email: null },
    ]);
    expect(local(a, 'SELECT count(*) AS n FROM contributions')).toEqual([{ n: 1 }]);

    // Edited offline while head office takes the case file back: the push is refused and the change
    // kept aside; the field device drops every row of it; branch A keeps it.
    updatePerson(field.db, field.recorder, person.id, { email: 'offline@example.be' });
    expect((await unassignCaseFile(headOffice.database.db, deviceIdOf(field), person.id)).outcome).toBe('unassigned');
    expect((await unassignCaseFile(headOffice.database.db, deviceIdOf(field), person.id)).outcome).toBe('unchanged');
    expect((await field.sync()).rejected).toBe(1);
    expect(local(field, 'SELECT count(*) AS n FROM persons WHERE id = ?', person.id)).toEqual([{ n: 0 }]);
    expect(local(field, 'SELECT count(*) AS n FROM contributions WHERE person_id = ?', person.id)).toEqual([{ n: 0 }]);
    await a.sync();
    expect(local(a, 'SELECT email FROM persons WHERE id = ?', person.id)).toEqual([{ email: null }]);
    expect(local(a, 'SELECT count(*) AS n FROM contributions WHERE person_id = ?', person.id)).toEqual([{ n: 1 }]);

    // Assigned again, the refused change is sent again on the advisor's word and accepted this time.
    await assignCaseFile(headOffice.database.db, deviceIdOf(field), person.id);
    await field.sync();
    const refused = local(field, 'SELECT mutation_id FROM sync_rejections') as { mutation_id: string }[];
    expect(refused).toHaveLength(1);
    expect(requeueRejected(field.db, refused[0]?.mutation_id ?? '')).toBe(true);
    expect(requeueRejected(field.db, refused[0]?.mutation_id ?? '')).toBe(false);
    expect((await field.sync()).rejected).toBe(0);
    await a.sync();
    expect(local(a, 'SELECT email, phone FROM persons WHERE id = ?', person.id)).toEqual([
      { email: 'offline@example.be', phone: '+32 470 12 34 56' },
    ]);
    await field.sync();
    expect(local(field, 'SELECT email FROM persons WHERE id = ?', person.id)).toEqual([
      { email: 'offline@example.be' },
    ]);
  });

  it("keeps a case file that leaves the branch on the device that has it assigned; the branch's other devices drop it", async () => {
    const a = await device('branch-a', 'a');
    const other = await device('branch-a', 'other');
    const person = await caseFileOfA(a);
    // Assigned within its own branch: nothing to deliver now, but the device keeps it wherever it goes.
    expect((await assignCaseFile(headOffice.database.db, deviceIdOf(a), person.id)).outcome).toBe('unchanged');
    await other.sync();
    expect(local(other, 'SELECT count(*) AS n FROM persons WHERE id = ?', person.id)).toEqual([{ n: 1 }]);
    const cursorOf = (d: TestDevice) => readSyncValue<SyncCursor>(d.db, CURSOR_KEY)?.seq ?? 0;
    const before = { a: cursorOf(a), other: cursorOf(other) };

    updatePerson(a.db, a.recorder, person.id, { branchId: 'branch-b' });
    expect((await a.sync()).rejected).toBe(0);
    const evictionsFor = async (d: TestDevice, cursor: number) => {
      const answer = await transport(
        syncPaths.pull,
        {
          protocolVersion: PROTOCOL_VERSION,
          schemaVersion: SCHEMA_VERSION,
          clientTime: Date.now(),
          cursor,
          limit: 1000,
        },
        tokenOf(d),
      );
      return (answer.body as { items: { kind: string; id: string }[] }).items
        .filter((item) => item.kind === 'evict')
        .map((item) => item.id)
        .sort();
    };
    expect(await evictionsFor(a, before.a)).toEqual([]);
    expect((await evictionsFor(other, before.other)).length).toBe(2);
    await other.sync();
    expect(local(other, 'SELECT count(*) AS n FROM persons WHERE id = ?', person.id)).toEqual([{ n: 0 }]);
    expect(local(other, 'SELECT count(*) AS n FROM contributions WHERE person_id = ?', person.id)).toEqual([{ n: 0 }]);
    expect(local(a, 'SELECT branch_id FROM persons WHERE id = ?', person.id)).toEqual([{ branch_id: 'branch-b' }]);
    expect(local(a, 'SELECT count(*) AS n FROM contributions WHERE person_id = ?', person.id)).toEqual([{ n: 1 }]);

    // Taken back, it goes from that device too.
    expect((await unassignCaseFile(headOffice.database.db, deviceIdOf(a), person.id)).outcome).toBe('unassigned');
    await a.sync();
    expect(local(a, 'SELECT count(*) AS n FROM persons WHERE id = ?', person.id)).toEqual([{ n: 0 }]);
  });

  it('names what it cannot do: unknown device or case file, a revoked device', async () => {
    const a = await device('branch-a', 'a');
    const field = await device('branch-b', 'field');
    const person = await caseFileOfA(a);
    await expect(
      assignCaseFile(headOffice.database.db, '00000000-0000-4000-8000-000000000000', person.id),
    ).rejects.toEqual(new AssignmentRefusal('unknown-device'));
    await expect(assignCaseFile(headOffice.database.db, deviceIdOf(field), '99.99.99-999.99')).rejects.toEqual(
      new AssignmentRefusal('unknown-case-file'),
    );
    await expect(findCaseFile(headOffice.database.db, 'not-an-id')).rejects.toEqual(
      new AssignmentRefusal('unknown-case-file'),
    );
    expect(await revokeDevice(headOffice.database.db, deviceIdOf(field), new Date())).toBe(true);
    expect(await revokeDevice(headOffice.database.db, deviceIdOf(field), new Date())).toBe(false);
    await expect(assignCaseFile(headOffice.database.db, deviceIdOf(field), person.id)).rejects.toEqual(
      new AssignmentRefusal('revoked-device'),
    );
  });

  it('a revoked device is refused at its next call, keeps its local changes, and the listing shows it', async () => {
    const a = await device('branch-a', 'a');
    const field = await device('branch-b', 'field');
    const person = await caseFileOfA(a);
    await assignCaseFile(headOffice.database.db, deviceIdOf(field), person.id);
    await field.sync();
    const own = newPerson(field, 'branch-b');
    expect(await revokeDevice(headOffice.database.db, deviceIdOf(field), new Date('2026-11-30T10:00:00.000Z'))).toBe(
      true,
    );
    await expect(field.sync()).rejects.toMatchObject({ code: 'unauthorized' });
    // Nothing written offline is lost: the change waits in the outbox for a re-enrolled device.
    expect(local(field, 'SELECT count(*) AS n FROM outbox WHERE entity_id = ? AND pushed_at IS NULL', own.id)).toEqual([
      { n: 1 },
    ]);

    const listed = await listDevices(headOffice.database.db);
    expect(
      listed.map((entry) => [
        entry.branchId,
        entry.name,
        entry.revokedAt?.toISOString() ?? null,
        entry.assignedCaseFiles,
      ]),
    ).toEqual([
      ['branch-a', 'a', null, 0],
      ['branch-b', 'field', '2026-11-30T10:00:00.000Z', 1],
    ]);
    expect((await listDevices(headOffice.database.db, 'branch-a')).map((entry) => entry.name)).toEqual(['a']);
  });
});

describe('the administration commands (npm run server -- ...)', () => {
  const run = promisify(execFile);
  it('lists devices, assigns and unassigns a case file by NISS, revokes, and says why it refuses', async () => {
    const dir = tempDir();
    try {
      const dataDir = join(dir.dir, 'head-office');
      const database = await openServerDatabase({ kind: 'pglite', dataDir });
      await writeHeadOfficeRows(database.db, [branchRow('branch-a', 'A'), branchRow('branch-b', 'B')]);
      const app = startApp(database);
      const a = await createDevice(
        database.db,
        injectTransport(() => app),
        'branch-a',
        { name: 'counter' },
      );
      const field = await createDevice(
        database.db,
        injectTransport(() => app),
        'branch-b',
        { name: 'field' },
      );
      const person = newPerson(a, 'branch-a');
      await a.sync();
      await app.close();
      await database.close();
      a.close();
      const niss = String((person as { niss: string }).niss);

      const server = (...args: string[]) =>
        run(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
          env: { ...process.env, DATABASE_URL: '', GUICHET_SERVER_DATA: dataDir },
        });
      const fieldId = deviceIdOf(field);
      // enrol takes the branch code, as the README says, and refuses a branch head office does not know.
      expect((await server('enrol', '--branch', 'A')).stdout).toMatch(/^Enrolment code for branch A \(branch-a\): /);
      await expect(server('enrol', '--branch', 'NAM')).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('no branch "NAM" at head office; known branches: A (branch-a), B (branch-b)'),
      });
      expect((await server('assign', '--device', fieldId, '--case', niss)).stdout).toBe(
        `person case file ${person.id} (branch branch-a): assigned for device ${fieldId}\n`,
      );
      const listing = (await server('devices', '--branch', 'branch-b')).stdout;
      expect(listing).toContain(`${fieldId}  branch branch-b  "field"`);
      expect(listing).toContain('active  1 assigned');
      expect((await server('unassign', '--device', fieldId, '--case', person.id)).stdout).toContain(
        'unassigned for device',
      );
      expect((await server('revoke', '--device', fieldId)).stdout).toBe(`device ${fieldId} revoked\n`);
      await expect(server('assign', '--device', fieldId, '--case', niss)).rejects.toMatchObject({
        stderr: 'that device is revoked\n',
      });
      await expect(server('assign', '--device', fieldId)).rejects.toMatchObject({
        stderr: expect.stringContaining('usage: assign --device'),
      });
      // Ids and counts only: the person's name or NISS never appears in what the commands print.
      expect(listing).not.toContain(niss);
      field.close();
    } finally {
      dir.cleanup();
    }
  }, 60_000);
});
