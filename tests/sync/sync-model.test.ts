/**
 * Randomized model test: three devices edit one case file offline while the network cuts pushes and
 * pulls (before and after the server acted), requests are duplicated and replayed late, the server
 * restarts and clients crash between a local commit and its push. Afterwards, on a healed network:
 * every acknowledged change is on the server, all devices converge, and each concurrent change of a
 * protected field produced exactly one conflict — judged by an oracle that knows only what each
 * device saw when it wrote, not how the server decides.
 *
 * Devices are untrusted too: arbitrary values head office cannot accept (U+0000, lone surrogates, huge
 * texts, numbers where text belongs, unknown fields) are forced into outboxes as a compromised or older
 * client would write them. Every round on a sound network drains the queue or sets such changes aside,
 * exactly those are set aside, and nothing valid is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { sql } from 'drizzle-orm';
import { updatePerson } from '../../db/repositories/person-repo';
import { pendingStats, readSyncValue } from '../../db/repositories/sync-repo';
import type { Credentials } from '../../electron/services/sync/device-credentials';
import type { SyncTransport } from '../../electron/services/sync/transport';
import type { ServerDatabase } from '../../server/db/connection';
import { branchRow, writeHeadOfficeRows } from '../../server/sync/head-office';
import { createDevice, type TestDevice } from '../server/devices';
import {
  createTestDatabase,
  injectTransport,
  isPostgresReachable,
  startApp,
  type TestDatabase,
} from '../server/harness';

const RUNS = Number(process.env['SYNC_MODEL_RUNS'] ?? 200);
const backend =
  process.env['SYNC_MODEL_BACKEND'] === 'postgres' && (await isPostgresReachable()) ? 'postgres' : 'pglite';
const FIELDS = ['email', 'phone', 'iban', 'lastName'] as const;
const PROTECTED = new Set(['iban', 'lastName']);
const COLUMNS: Record<string, string> = { email: 'email', phone: 'phone', iban: 'iban', lastName: 'last_name' };
type Fault = 'none' | 'cut-before' | 'cut-after' | 'duplicate';

/** A change head office must refuse, whatever else the device sends: field and value as forced into the outbox. */
const poison = fc.oneof(
  fc.string().map((text) => ({ email: `${text}\u0000` })),
  fc.constantFrom('\uD800', 'x\uDC00', '\uDBFFz').map((text) => ({ phone: text })),
  fc.integer({ min: 101, max: 20_000 }).map((length) => ({ lastName: 'x'.repeat(length) })),
  fc
    .jsonValue()
    .filter((value) => typeof value !== 'string' && value !== null)
    .map((value) => ({ email: value })),
  fc.oneof(fc.integer(), fc.double(), fc.constant(-9_007_199_254_740_991)).map((value) => ({ phone: value })),
  fc.constantFrom('isAdmin', 'passwordHash', 'amountCents').map((field) => ({ [field]: true })),
  fc.string({ minLength: 1, maxLength: 3 }).map((sex) => ({ sex: `${sex}?` })),
);

const command = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('edit' as const), device: fc.nat(2), field: fc.constantFrom(...FIELDS) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const),
      device: fc.nat(2),
      fault: fc.constantFrom<Fault>('none', 'cut-before', 'cut-after', 'duplicate'),
      call: fc.nat(3),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replay' as const), index: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart-server' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('kill-client' as const), device: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('poison' as const), device: fc.nat(2), fields: poison }) },
);

describe(`sync model on ${backend}`, () => {
  let testDb: TestDatabase;
  let database: ServerDatabase;
  let apps: FastifyInstance[] = [];
  let turn = 0;
  const base = injectTransport(() => apps[turn++ % apps.length] as FastifyInstance);

  beforeAll(async () => {
    testDb = await createTestDatabase(backend);
    database = await testDb.open();
    apps = [startApp(database), startApp(database)];
  }, 60_000);
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await testDb.dispose();
  });

  it(`keeps every acknowledged change and converges (${RUNS} scenarios)`, async () => {
    let setAsideTotal = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 4, maxLength: 30 }), async (commands) => {
        await testDb.truncate();
        const personId = uuidv7();
        const at = '2026-01-01T00:00:00.000Z';
        await writeHeadOfficeRows(database.db, [
          branchRow('branch-a', 'A'),
          {
            entity: 'person',
            id: personId,
            data: {
              niss: '85010100123',
              lastName: 'Peeters',
              firstName: 'An',
              birthDate: null,
              sex: null,
              language: 'nl',
              email: null,
              phone: null,
              iban: null,
              branchId: 'branch-a',
              createdAt: at,
              updatedAt: at,
              rowVersion: 1,
              deletedAt: null,
            },
          },
        ]);
        const delivered: { path: string; body: unknown; token: string | null }[] = [];
        let fault: { kind: Fault; call: number } = { kind: 'none', call: 0 };
        let calls = 0;
        const faulty: SyncTransport = async (path, body, token) => {
          const index = calls++;
          const isHit = fault.kind !== 'none' && index === fault.call;
          if (isHit && fault.kind === 'cut-before') throw new Error('network cut');
          const response = await base(path, body, token);
          delivered.push({ path, body, token });
          if (isHit && fault.kind === 'cut-after') throw new Error('network cut after delivery');
          if (isHit && fault.kind === 'duplicate') return base(path, body, token);
          return response;
        };
        const devices: TestDevice[] = [];
        for (const name of ['d0', 'd1', 'd2'])
          devices.push(await createDevice(database.db, faulty, 'branch-a', { name }));
        const serverIdOf = (device: TestDevice) =>
          (readSyncValue<Credentials>(device.db, 'credentials') as Credentials).deviceId;
        // What each device saw when it wrote a protected field: the oracle's only input.
        const protectedWrites = new Map<
          string,
          { field: string; previous: unknown; value: string; deviceId: string }
        >();
        let counter = 0;
        const poisoned = new Set<string>();
        try {
          for (const step of commands) {
            if (step.kind === 'edit') {
              const device = devices[step.device] as TestDevice;
              const column = COLUMNS[step.field] as string;
              const previous = (
                device.db.$client.prepare(`SELECT ${column} AS v FROM persons WHERE id = ?`).get(personId) as {
                  v: unknown;
                }
              ).v;
              const value = `${step.field}-${device.name}-${counter++}`;
              updatePerson(device.db, device.recorder, personId, { [step.field]: value });
              const last = device.db.$client
                .prepare('SELECT mutation_id FROM outbox ORDER BY seq DESC LIMIT 1')
                .get() as { mutation_id: string };
              if (PROTECTED.has(step.field))
                protectedWrites.set(last.mutation_id, {
                  field: step.field,
                  previous,
                  value,
                  deviceId: serverIdOf(device),
                });
            } else if (step.kind === 'poison') {
              const device = devices[step.device] as TestDevice;
              const { row_version: rowVersion } = device.db.$client
                .prepare('SELECT row_version FROM persons WHERE id = ?')
                .get(personId) as { row_version: number };
              const mutationId = device.db.transaction(() =>
                device.recorder.record({
                  entity: 'person',
                  entityId: personId,
                  operation: 'update',
                  rowVersion,
                  changedFields: Object.keys(step.fields),
                  payload: step.fields,
                }),
              );
              poisoned.add(`${serverIdOf(device)}/${mutationId}`);
            } else if (step.kind === 'sync') {
              fault = { kind: step.fault, call: calls + step.call };
              const device = devices[step.device] as TestDevice;
              const round = device.sync();
              // On a sound network a round never fails, whatever the outbox holds: it drains or sets aside.
              if (step.fault === 'none') {
                await round;
                expect(pendingStats(device.db).pendingCount).toBe(0);
              } else await round.catch(() => undefined);
              fault = { kind: 'none', call: 0 };
            } else if (step.kind === 'replay' && delivered.length > 0) {
              const old = delivered[step.index % delivered.length] as (typeof delivered)[number];
              await base(old.path, old.body, old.token);
            } else if (step.kind === 'restart-server') {
              const old = apps.shift() as FastifyInstance;
              await old.close();
              apps.push(startApp(database));
            } else if (step.kind === 'kill-client') {
              (devices[step.device] as TestDevice).restart();
            }
          }
          // Healed network: two full rounds bring every device up to date.
          for (let round = 0; round < 2; round++) for (const device of devices) await device.sync();

          const serverMutations = (await database.db.execute(
            sql`SELECT device_id, mutation_id, seq, conflict_ids FROM mutations ORDER BY seq`,
          )) as unknown as {
            rows: { device_id: string; mutation_id: string; seq: number; conflict_ids: string[] }[];
          };
          const onServer = new Set(serverMutations.rows.map((row) => `${row.device_id}/${row.mutation_id}`));
          const setAside = new Set<string>();
          for (const device of devices) {
            const outbox = device.db.$client
              .prepare(
                'SELECT o.mutation_id, o.pushed_at, r.code FROM outbox o LEFT JOIN sync_rejections r ON r.outbox_seq = o.seq',
              )
              .all() as { mutation_id: string; pushed_at: string | null; code: string | null }[];
            for (const row of outbox) {
              const key = `${serverIdOf(device)}/${row.mutation_id}`;
              if (row.code === null) {
                // Nothing valid lost: every change not set aside was pushed and is on the server.
                expect(row.pushed_at).not.toBeNull();
                expect(onServer.has(key)).toBe(true);
              } else {
                expect(['unknown-field', 'invalid-value', 'unstorable-value']).toContain(row.code);
                expect(onServer.has(key)).toBe(false);
                setAside.add(key);
              }
            }
          }
          // Exactly the forced changes are set aside.
          expect([...setAside].sort()).toEqual([...poisoned].sort());
          setAsideTotal += setAside.size;
          const snapshot = (device: TestDevice) =>
            device.db.$client
              .prepare(
                'SELECT niss, last_name, first_name, email, phone, iban, branch_id, deleted_at FROM persons WHERE id = ?',
              )
              .get(personId);
          const server = (
            (await database.db.execute(sql`SELECT data FROM sync_rows WHERE id = ${personId}`)) as unknown as {
              rows: { data: Record<string, unknown> }[];
            }
          ).rows[0]?.data;
          for (const device of devices) {
            expect(snapshot(device)).toEqual(snapshot(devices[0] as TestDevice));
            expect(snapshot(device)).toMatchObject({
              email: server?.['email'],
              phone: server?.['phone'],
              iban: server?.['iban'],
              last_name: server?.['lastName'],
            });
          }

          const conflictRows = (await database.db.execute(
            sql`SELECT losing_mutation_id, field, losing_value FROM conflicts`,
          )) as unknown as { rows: { losing_mutation_id: string; field: string; losing_value: unknown }[] };
          const conflictsByMutation = new Map<string, number>();
          for (const row of conflictRows.rows)
            conflictsByMutation.set(row.losing_mutation_id, (conflictsByMutation.get(row.losing_mutation_id) ?? 0) + 1);
          const current: Record<string, { value: unknown; deviceId: string | null }> = {
            iban: { value: null, deviceId: null },
            lastName: { value: 'Peeters', deviceId: null },
          };
          const applied = new Set<unknown>();
          for (const row of serverMutations.rows) {
            const write = protectedWrites.get(row.mutation_id);
            if (!write || write.deviceId !== row.device_id) continue;
            const state = current[write.field] as { value: unknown; deviceId: string | null };
            const isConcurrent =
              state.deviceId !== null && state.deviceId !== write.deviceId && state.value !== write.previous;
            expect(conflictsByMutation.get(row.mutation_id) ?? 0).toBe(isConcurrent ? 1 : 0);
            if (!isConcurrent) {
              current[write.field] = { value: write.value, deviceId: write.deviceId };
              applied.add(write.value);
            }
          }
          // Nothing lost: every protected value written was applied in turn or is kept in a conflict.
          const losing = new Set(conflictRows.rows.map((row) => row.losing_value));
          for (const write of protectedWrites.values()) {
            expect(losing.has(write.value) || applied.has(write.value)).toBe(true);
          }
        } finally {
          devices.forEach((device) => device.close());
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    console.info(`sync model: ${RUNS} scenarios, ${setAsideTotal} forced changes set aside, none valid lost`);
  }, 600_000);
});
