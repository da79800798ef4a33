/** A test device: its own SQLite file, an enrolled identity and a named advisor, syncing through a transport. */
import { v7 as uuidv7 } from 'uuid';
import { closeDatabase, openDatabase, type GuichetDb } from '../../db/connection';
import { createChangeRecorder, type ChangeRecorder } from '../../db/repositories/change-recorder';
import { insertPerson } from '../../db/repositories/person-repo';
import { writeSetting } from '../../db/repositories/settings-repo';
import { enrolDevice } from '../../electron/services/sync/device-credentials';
import { syncRound } from '../../electron/services/sync/sync-client';
import type { SyncContext } from '../../electron/services/sync/sync-context';
import type { SyncTransport } from '../../electron/services/sync/transport';
import { issueEnrolmentCode } from '../../server/auth';
import type { ServerDb } from '../../server/db/connection';
import { advisorRow, writeHeadOfficeRows } from '../../server/sync/head-office';
import { findRow } from '../../server/sync/rows';
import { tempDir } from '../fixtures/temp-db';
import { join } from 'node:path';

export type TestDevice = {
  name: string;
  file: string;
  db: GuichetDb;
  recorder: ChangeRecorder;
  transport: SyncTransport;
  sync(overrides?: Partial<SyncContext>): ReturnType<typeof syncRound>;
  /** Closes and reopens the SQLite file: a crash after a local commit, before any push. */
  restart(): void;
  close(): void;
};

export const fixedNow = () => new Date('2026-11-26T09:00:00.000Z');

export async function createDevice(
  serverDb: ServerDb,
  transport: SyncTransport,
  branchId: string,
  options: { name?: string; now?: () => Date; advisorId?: string } = {},
): Promise<TestDevice> {
  const dir = tempDir();
  const file = join(dir.dir, 'guichet.sqlite');
  const now = options.now ?? (() => new Date());
  const deviceId = uuidv7();
  const advisorId = options.advisorId ?? `advisor-${options.name ?? 'x'}`;
  // Head office accepts only changes signed by an advisor of the device's branch.
  if (!(await findRow(serverDb, 'advisor', advisorId)))
    await writeHeadOfficeRows(serverDb, [advisorRow(advisorId, branchId)]);
  const open = () => {
    const db = openDatabase(file);
    writeSetting(db, 'deviceId', deviceId);
    return {
      db,
      recorder: createChangeRecorder(db, {
        deviceId,
        advisorId,
        now,
      }),
    };
  };
  let state = open();
  const { code } = await issueEnrolmentCode(serverDb, branchId, now());
  await enrolDevice({ db: state.db, transport }, code, options.name ?? 'test device');
  // The first sync brings the reference data (branches) that local case files point to.
  await syncRound({ db: state.db, transport, now });
  const device: TestDevice = {
    name: options.name ?? 'device',
    file,
    get db() {
      return state.db;
    },
    get recorder() {
      return state.recorder;
    },
    transport,
    sync: (overrides = {}) => syncRound({ db: state.db, transport, now, ...overrides }),
    restart() {
      closeDatabase(state.db);
      state = open();
    },
    close() {
      closeDatabase(state.db);
      dir.cleanup();
    },
  };
  return device;
}

let nissCounter = 0;
export function newPerson(
  device: TestDevice,
  branchId: string,
  fields: { lastName?: string; iban?: string | null; email?: string | null } = {},
) {
  nissCounter += 1;
  const niss = String(85_000_000_000 + nissCounter * 7 + Math.floor(Math.random() * 7)).slice(0, 11);
  return device.db.transaction((tx) =>
    insertPerson(tx, device.recorder, {
      niss,
      lastName: fields.lastName ?? `Name${nissCounter}`,
      firstName: 'Test',
      birthDate: '1985-01-01',
      sex: 'F',
      language: 'fr',
      email: fields.email ?? null,
      phone: null,
      iban: fields.iban ?? null,
      branchId,
    }),
  );
}
