/**
 * The case-file tables travel like persons do: a plan with its instalments written on one
 * device reaches the other devices of the branch; a child is placed in its case file by head office
 * from the parent it stores, so a device of another branch cannot write into a case file through a
 * child; and a NISS created twice offline never wedges a pull.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { PROTOCOL_VERSION, SCHEMA_VERSION, syncPaths } from '../../shared/contract/sync-protocol';
import { insertRow, updateRow } from '../../db/repositories/case-file-repo';
import { insertPerson, updatePerson } from '../../db/repositories/person-repo';
import { pendingStats, readParkedRows } from '../../db/repositories/sync-repo';
import { listConflicts, resolveConflict } from '../../electron/services/sync/conflicts';
import { newPerson, type TestDevice } from './devices';
import { outcomesOf, tokenOf, useHeadOffice } from './head-office-suite';
import { isPostgresReachable, type Backend } from './harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };

function writePlan(device: TestDevice, personId: string) {
  return device.db.transaction((tx) => {
    const contribution = insertRow(tx, device.recorder, 'contribution', {
      personId,
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
    });
    insertRow(tx, device.recorder, 'payment', {
      personId,
      companyId: null,
      date: '2026-04-02',
      amountCents: 40_000,
      structuredCommunication: '+++090/9337/55493+++',
      contributionId: contribution.id,
      paymentPlanId: null,
    });
    const plan = insertRow(tx, device.recorder, 'paymentPlan', {
      personId,
      companyId: null,
      status: 'active',
      contributionIds: [contribution.id],
      termsKind: 'months',
      termsMonths: 2,
      termsInstalmentCents: null,
      advanceCents: 0,
      atDate: '2026-05-01',
      startDate: '2026-06-01',
      endDate: '2026-07-01',
      principalCents: 53_421,
      surchargesCents: 0,
      totalCents: 53_421,
      signedOn: '2026-05-01',
      lapsedOn: null,
    });
    const instalments = [1, 2].map((number) =>
      insertRow(tx, device.recorder, 'paymentPlanInstalment', {
        planId: plan.id,
        number,
        kind: 'instalment',
        dueDate: `2026-0${5 + number}-01`,
        amountCents: number === 1 ? 26_711 : 26_710,
        status: 'pending',
      }),
    );
    insertRow(tx, device.recorder, 'paymentPlanEvent', {
      planId: plan.id,
      status: 'active',
      reason: 'signed',
      advisorId: null,
    });
    return { contribution, plan, instalments };
  });
}

describe.each(backends)('case-file sync on %s', (backend) => {
  const headOffice = useHeadOffice(backend);
  const { transport, device, count } = headOffice;
  const local = (d: TestDevice, query: string, ...params: unknown[]) => d.db.$client.prepare(query).all(...params);

  it('brings a plan with its instalments, events, contribution and payment to the other device of the branch', async () => {
    const a = await device('branch-a', 'a');
    const b = await device('branch-a', 'b');
    const person = newPerson(a, 'branch-a');
    const { plan, instalments } = writePlan(a, person.id);
    const pushed = await a.sync();
    expect(pushed.rejected).toBe(0);
    await b.sync();

    expect(local(b, 'SELECT id, status, contribution_ids, total_cents FROM payment_plans')).toEqual([
      { id: plan.id, status: 'active', contribution_ids: JSON.stringify(plan.contributionIds), total_cents: 53_421 },
    ]);
    expect(local(b, 'SELECT id, number, amount_cents FROM payment_plan_instalments ORDER BY number')).toEqual(
      instalments.map((instalment) => ({
        id: instalment.id,
        number: instalment.number,
        amount_cents: instalment.amountCents,
      })),
    );
    expect(local(b, 'SELECT count(*) AS n FROM payment_plan_events')).toEqual([{ n: 1 }]);
    expect(local(b, 'SELECT amount_cents, status FROM contributions')).toEqual([
      { amount_cents: 89_828, status: 'open' },
    ]);
    expect(local(b, 'SELECT amount_cents FROM payments')).toEqual([{ amount_cents: 40_000 }]);
    // Head office placed every child in the person's case file, instalments through their stored plan.
    const placed = (await headOffice.database.db.execute(
      sql`SELECT entity, root_id, branch_id FROM sync_rows WHERE entity IN ('paymentPlanInstalment', 'paymentPlanEvent', 'payment')`,
    )) as unknown as {
      rows: { root_id: string; branch_id: string }[];
    };
    expect(placed.rows).toHaveLength(4);
    for (const row of placed.rows) expect(row).toMatchObject({ root_id: person.id, branch_id: 'branch-a' });
  });

  it('makes concurrent changes of a plan status one conflict, and merges its low-stakes siblings', async () => {
    const a = await device('branch-a', 'a');
    const b = await device('branch-a', 'b');
    const person = newPerson(a, 'branch-a');
    const { plan } = writePlan(a, person.id);
    await a.sync();
    await b.sync();
    a.db.transaction((tx) =>
      updateRow(tx, a.recorder, 'paymentPlan', plan.id, { status: 'lapsed', lapsedOn: '2026-08-01' }),
    );
    b.db.transaction((tx) => updateRow(tx, b.recorder, 'paymentPlan', plan.id, { status: 'completed' }));
    await a.sync();
    await b.sync();
    await a.sync();
    const conflicts = listConflicts(a.db);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      entity: 'paymentPlan',
      field: 'status',
      serverValue: 'lapsed',
      losingValue: 'completed',
    });
    expect(local(b, 'SELECT status, lapsed_on FROM payment_plans')).toEqual([
      { status: 'lapsed', lapsed_on: '2026-08-01' },
    ]);
  });

  it('refuses a device of another branch writing a child of a branch-A case file, whatever the child claims, and writes nothing', async () => {
    const a = await device('branch-a', 'a');
    const b = await device('branch-b', 'b');
    const person = newPerson(a, 'branch-a');
    const { plan } = writePlan(a, person.id);
    await a.sync();
    const own = newPerson(b, 'branch-b');
    await b.sync();

    const before = {
      rows: await count('sync_rows'),
      mutations: await count('mutations'),
      conflicts: await count('conflicts'),
    };
    const forged = {
      mutationId: 'forged:1',
      entity: 'paymentPlanInstalment',
      entityId: '01900000-0000-7000-8000-000000000001',
      operation: 'insert',
      changedFields: ['planId', 'number', 'kind', 'dueDate', 'amountCents', 'status', 'personId'],
      // The plan is branch A's; the person named alongside is branch B's own: head office follows the stored plan.
      payload: {
        planId: plan.id,
        number: 3,
        kind: 'instalment',
        dueDate: '2026-08-01',
        amountCents: 1,
        status: 'pending',
        personId: own.id,
      },
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
    // The instalment names a column instalments do not have: refused for that before its scope is looked at.
    expect(write.status).toBe(200);
    expect(outcomesOf(write.body)).toEqual(['refused:unknown-field']);
    const { personId: _claimed, ...withoutPerson } = forged.payload;
    const inPlan = { ...forged, changedFields: forged.changedFields.slice(0, -1), payload: withoutPerson };
    expect(
      outcomesOf(
        (await transport(syncPaths.push, { ...versions, clientTime: Date.now(), changes: [inPlan] }, tokenOf(b))).body,
      ),
    ).toEqual(['refused:forbidden']);
    // A payment of the same case file, and an instalment of a plan head office does not hold, are refused too.
    const payment = {
      ...forged,
      mutationId: 'forged:2',
      entity: 'payment',
      entityId: '01900000-0000-7000-8000-000000000002',
      changedFields: ['personId', 'date', 'amountCents'],
      payload: { personId: person.id, companyId: null, date: '2026-08-01', amountCents: 1 },
    };
    const orphan = {
      ...forged,
      mutationId: 'forged:3',
      entityId: '01900000-0000-7000-8000-000000000003',
      changedFields: forged.changedFields.slice(0, -1),
      payload: { ...withoutPerson, planId: 'no-such-plan' },
    };
    for (const change of [payment, orphan]) {
      const answer = await transport(
        syncPaths.push,
        { ...versions, clientTime: Date.now(), changes: [change] },
        tokenOf(b),
      );
      expect(outcomesOf(answer.body)).toEqual(['refused:forbidden']);
    }
    expect({
      rows: await count('sync_rows'),
      mutations: await count('mutations'),
      conflicts: await count('conflicts'),
    }).toEqual(before);
    await b.sync();
    expect(local(b, 'SELECT count(*) AS n FROM payment_plan_instalments')).toEqual([{ n: 0 }]);
  });

  it('keeps intake drafts on the device', async () => {
    const a = await device('branch-a', 'a');
    a.db.transaction((tx) =>
      insertRow(tx, a.recorder, 'intakeDraft', {
        kind: 'person',
        identifier: '85010100123',
        step: 'identity',
        forms: {},
        status: 'open',
        advisorId: null,
        resultKind: null,
        resultId: null,
      }),
    );
    expect(pendingStats(a.db).pendingCount).toBe(0);
    const round = await a.sync();
    expect(round).toMatchObject({ pushed: 0, rejected: 0 });
    expect(await count('mutations')).toBe(0);
  });

  it('turns one NISS created on two devices into a duplicate conflict; both keep syncing, and a correction frees the set-aside row', async () => {
    const a = await device('branch-a', 'a');
    const b = await device('branch-a', 'b');
    const create = (d: TestDevice, lastName: string) =>
      d.db.transaction((tx) =>
        insertPerson(tx, d.recorder, {
          niss: '90020312345',
          lastName,
          firstName: 'Eva',
          birthDate: '1990-02-03',
          sex: 'F',
          language: 'fr',
          email: null,
          phone: null,
          iban: null,
          branchId: 'branch-a',
        }),
      );
    const first = create(a, 'Janssens');
    const second = create(b, 'Jansens');
    await a.sync();
    await b.sync(); // pushes the second (a duplicate conflict), pulls the first: set aside, not a failure
    await a.sync(); // pulls the second: set aside as well

    expect(await count("sync_rows WHERE entity = 'person'")).toBe(2);
    const conflicts = (await headOffice.database.db.execute(
      sql`SELECT kind, entity_id, field FROM conflicts`,
    )) as unknown as { rows: unknown[] };
    expect(conflicts.rows).toEqual([{ kind: 'duplicate-key', entity_id: second.id, field: 'niss' }]);
    for (const d of [a, b]) {
      const listed = listConflicts(d.db);
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({
        entityId: second.id,
        field: 'niss',
        kind: 'duplicate-key',
        losingValue: '90020312345',
        serverValue: { duplicateOf: { entity: 'person', id: first.id }, value: '90020312345' },
      });
    }
    expect(readParkedRows(a.db).map((row) => row.id)).toEqual([second.id]);
    expect(readParkedRows(b.db).map((row) => row.id)).toEqual([first.id]);

    // Both devices keep syncing other changes in both directions.
    const other = newPerson(a, 'branch-a');
    updatePerson(b.db, b.recorder, second.id, { email: 'eva@example.be' });
    await a.sync();
    await b.sync();
    await a.sync();
    expect(local(b, 'SELECT count(*) AS n FROM persons WHERE id = ?', other.id)).toEqual([{ n: 1 }]);
    expect(pendingStats(a.db).pendingCount + pendingStats(b.db).pendingCount).toBe(0);

    // The advisor corrects the NISS of the second: it is applied everywhere, nothing stays aside.
    const conflictId = (listConflicts(b.db)[0] as { id: string }).id;
    // A mistyped correction (wrong check digits) is refused and changes nothing.
    expect(() => resolveConflict(b.db, b.recorder, conflictId, { choice: 'value', value: '90020312444' })).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
    expect(listConflicts(b.db)[0]?.status).toBe('open');
    resolveConflict(b.db, b.recorder, conflictId, { choice: 'value', value: '90020312441' });
    await b.sync();
    await a.sync();
    await b.sync();
    for (const d of [a, b]) {
      expect(local(d, 'SELECT id, niss FROM persons WHERE id IN (?, ?) ORDER BY niss', first.id, second.id)).toEqual([
        { id: first.id, niss: '90020312345' },
        { id: second.id, niss: '90020312441' },
      ]);
      expect(readParkedRows(d.db)).toEqual([]);
      expect(listConflicts(d.db)[0]).toMatchObject({ status: 'resolved' });
    }
    expect(local(a, 'SELECT email FROM persons WHERE id = ?', second.id)).toEqual([{ email: 'eva@example.be' }]);
  });
});
