/**
 * The access log from a device to head office and back out through `npm run server -- access-log`:
 * entries leave with the sync round (the device from the credentials, the advisor from the entry),
 * are stored once however often they are sent, are never pulled by another device, cannot be
 * changed or deleted at head office, and the command lists them per NISS with advisor, device, when
 * and what, as text or JSON, within --from/--to.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { appendAccess } from '../../db/repositories/access-log-repo';
import { writeSyncValue } from '../../db/repositories/sync-repo';
import { readCredentials } from '../../electron/services/sync/device-credentials';
import { ACCESS_LOG_CURSOR_KEY } from '../../electron/services/sync/access-log-push';
import { accessLogCommand } from '../../server/access-log/access-log-command';
import type { ServerDatabase } from '../../server/db/connection';
import { advisorRow, branchRow, writeHeadOfficeRows } from '../../server/sync/head-office';
import { createDevice, newPerson, type TestDevice } from './devices';
import { createTestDatabase, injectTransport, startApp, type TestDatabase } from './harness';

const BRANCH = '0190b3a4-0000-7000-8000-0000000000b1';
let testDb: TestDatabase;
let database: ServerDatabase;
let app: FastifyInstance;
let device: TestDevice;
let other: TestDevice;
let clock = new Date('2026-11-20T10:00:00.000Z');

beforeAll(async () => {
  testDb = await createTestDatabase('pglite');
  database = await testDb.open();
  // Head office a minute ahead of the devices' clock, which the test moves forward.
  app = startApp(database, () => new Date(clock.getTime() + 60_000));
  await writeHeadOfficeRows(database.db, [
    branchRow(BRANCH, 'NAM'),
    advisorRow('advisor-anne', BRANCH, 'Anne Conseil'),
  ]);
  const transport = injectTransport(() => app);
  device = await createDevice(database.db, transport, BRANCH, {
    name: 'poste Namur 1',
    advisorId: 'advisor-anne',
    now: () => clock,
  });
  other = await createDevice(database.db, transport, BRANCH, {
    name: 'poste Namur 2',
    advisorId: 'advisor-anne',
    now: () => clock,
  });
}, 120_000);
afterAll(async () => {
  device?.close();
  other?.close();
  await app?.close();
  await testDb?.dispose();
});

const serverEntries = async () =>
  (
    (await database.db.execute(
      sql`SELECT device_id, advisor_id, person_id, action, source FROM access_log ORDER BY at, id`,
    )) as unknown as {
      rows: { device_id: string; advisor_id: string; person_id: string; action: string; source: string | null }[];
    }
  ).rows;

describe('the access log at head office', () => {
  it('arrives with the sync round, once, with the device of the credentials and the advisor; other devices never pull it', async () => {
    const person = newPerson(device, BRANCH);
    await device.sync();
    appendAccess(device.recorder, {
      caseFile: { kind: 'person', id: person.id },
      action: 'caseFile.open',
      source: 'search',
    });
    clock = new Date('2026-11-25T10:00:00.000Z');
    appendAccess(device.recorder, { caseFile: { kind: 'person', id: person.id }, action: 'caseFile.export' });
    await device.sync();
    const deviceId = readCredentials(device.db, undefined)!.deviceId;
    expect(await serverEntries()).toEqual([
      {
        device_id: deviceId,
        advisor_id: 'advisor-anne',
        person_id: person.id,
        action: 'caseFile.open',
        source: 'search',
      },
      {
        device_id: deviceId,
        advisor_id: 'advisor-anne',
        person_id: person.id,
        action: 'caseFile.export',
        source: null,
      },
    ]);

    // Sent again from the start (a round cut before its acknowledgement was kept): stored once.
    writeSyncValue(device.db, ACCESS_LOG_CURSOR_KEY, 0);
    await device.sync();
    expect(await serverEntries()).toHaveLength(2);

    await other.sync();
    expect(other.db.$client.prepare('SELECT count(*) AS n FROM access_log').get()).toEqual({ n: 0 });
    expect(other.db.$client.prepare('SELECT count(*) AS n FROM persons WHERE id = ?').get(person.id)).toEqual({ n: 1 });
  });

  it('refuses to change or delete an entry', async () => {
    // drizzle wraps the database's own error: the trigger's message is its cause.
    const refusal = (statement: Promise<unknown>) =>
      statement.then(
        () => 'accepted',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    expect(await refusal(database.db.execute(sql`UPDATE access_log SET advisor_id = 'someone-else'`))).toMatch(
      /access_log is append-only/,
    );
    expect(await refusal(database.db.execute(sql`DELETE FROM access_log`))).toMatch(/access_log is append-only/);
    expect((await serverEntries()).every((entry) => entry.advisor_id === 'advisor-anne')).toBe(true);
  });

  it('`access-log --niss` lists who opened the file, with advisor, device, when and what; --json and --from/--to', async () => {
    const personId = (await serverEntries())[0]!.person_id;
    const { niss } = device.db.$client
      .prepare<[string], { niss: string }>('SELECT niss FROM persons WHERE id = ?')
      .get(personId)!;
    const deviceId = readCredentials(device.db, undefined)!.deviceId;

    const lines = await accessLogCommand(database.db, { niss });
    expect(lines).toEqual([
      `2 access(es) to person case file ${personId}:`,
      `2026-11-20T10:00:00.000Z  Anne Conseil (advisor-anne)  poste Namur 1 (${deviceId})  caseFile.open from search`,
      `2026-11-25T10:00:00.000Z  Anne Conseil (advisor-anne)  poste Namur 1 (${deviceId})  caseFile.export`,
    ]);

    const json = JSON.parse((await accessLogCommand(database.db, { niss, json: true })).join('\n')) as {
      caseFile: { kind: string; id: string };
      accesses: {
        at: string;
        advisorId: string;
        advisorName: string;
        deviceId: string;
        deviceName: string;
        action: string;
      }[];
    };
    expect(json.caseFile).toEqual({ kind: 'person', id: personId });
    expect(json.accesses.map((access) => [access.at, access.advisorName, access.deviceName, access.action])).toEqual([
      ['2026-11-20T10:00:00.000Z', 'Anne Conseil', 'poste Namur 1', 'caseFile.open'],
      ['2026-11-25T10:00:00.000Z', 'Anne Conseil', 'poste Namur 1', 'caseFile.export'],
    ]);

    const from = await accessLogCommand(database.db, { niss, json: true, from: '2026-11-21' });
    expect((JSON.parse(from.join('\n')) as typeof json).accesses.map((access) => access.action)).toEqual([
      'caseFile.export',
    ]);
    // --to includes the whole day it names.
    const to = await accessLogCommand(database.db, { niss, json: true, to: '2026-11-20' });
    expect((JSON.parse(to.join('\n')) as typeof json).accesses.map((access) => access.action)).toEqual([
      'caseFile.open',
    ]);
    expect(await accessLogCommand(database.db, { niss, from: '2026-11-26' })).toEqual([
      `no access recorded to person case file ${personId}`,
    ]);
  });

  it('refuses a missing or unknown NISS and a malformed date, with the usage', async () => {
    await expect(accessLogCommand(database.db, {})).rejects.toThrow(/usage: access-log/);
    await expect(accessLogCommand(database.db, { niss: '85073003328' })).rejects.toThrow(/no case file/);
    await expect(accessLogCommand(database.db, { niss: '85073003328', from: '20/11/2026' })).rejects.toThrow(
      /--from: expected YYYY-MM-DD/,
    );
  });
});
