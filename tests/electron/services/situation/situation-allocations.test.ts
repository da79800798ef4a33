/** A replaced quarter hands its payments and surcharges to its successor; a cancelled one turns its payments into credit. */
import { describe, expect, it } from 'vitest';
import { insertRow } from '../../../../db/repositories/case-file-repo';
import { call, callError, signIn } from '../../../fixtures/core';
import { situationCase } from './situation-fixture';

describe('what was paid on a quarter the change touches', () => {
  it('follows the quarter when it is claimed anew, surcharges included', async () => {
    const { core, personId, contributionIds } = situationCase();
    const [paidQ3, paidQ4, surchargeQ4] = core.db.transaction((tx) => [
      insertRow(tx, core.recorder, 'payment', {
        personId,
        companyId: null,
        date: '2026-09-20',
        amountCents: 92_559,
        structuredCommunication: '000000002023',
        contributionId: contributionIds[2]!,
        paymentPlanId: null,
      }).id,
      insertRow(tx, core.recorder, 'payment', {
        personId,
        companyId: null,
        date: '2026-11-20',
        amountCents: 50_000,
        structuredCommunication: '000000002024',
        contributionId: contributionIds[3]!,
        paymentPlanId: null,
      }).id,
      insertRow(tx, core.recorder, 'surcharge', {
        personId,
        companyId: null,
        contributionId: contributionIds[3]!,
        kind: 'quarterly',
        date: '2026-11-01',
        baseCents: 92_559,
        ratePpm: 30_000,
        amountCents: 2_777,
        isWaived: false,
      }).id,
    ]);
    await signIn(core);
    await call(core, 'situation.confirm', {
      personId,
      rowVersion: 1,
      change: { kind: 'category', category: 'complementary', effectiveDate: '2026-10-01' },
    });
    const sqlite = core.db.$client;
    const newQ4 = sqlite
      .prepare<[], { id: string }>("SELECT id FROM contributions WHERE quarter = 4 AND status = 'open'")
      .get()!.id;
    const allocation = (table: string, id: string) =>
      sqlite.prepare(`SELECT contribution_id AS c FROM ${table} WHERE id = ?`).get(id);
    expect(allocation('payments', paidQ4)).toEqual({ c: newQ4 });
    expect(allocation('surcharges', surchargeQ4)).toEqual({ c: newQ4 });

    // A cessation cannot go back before the complementary period that began on 2026-10-01.
    const version = sqlite.prepare<[], { v: number }>('SELECT row_version AS v FROM affiliations').get()!.v;
    const earlier = await callError(core, 'situation.confirm', {
      personId,
      rowVersion: version,
      change: { kind: 'cessation', reason: 'death', effectiveDate: '2026-06-10' },
    });
    expect(earlier.messageKey).toBe('situation.errors.beforeCurrentPeriod');
    expect(allocation('payments', paidQ3)).toEqual({ c: contributionIds[2] });
  });

  it('becomes credit when the quarter is cancelled', async () => {
    const { core, personId, contributionIds } = situationCase();
    const paidQ3 = core.db.transaction(
      (tx) =>
        insertRow(tx, core.recorder, 'payment', {
          personId,
          companyId: null,
          date: '2026-09-20',
          amountCents: 92_559,
          structuredCommunication: '000000002023',
          contributionId: contributionIds[2]!,
          paymentPlanId: null,
        }).id,
    );
    await signIn(core);
    await call(core, 'situation.confirm', {
      personId,
      rowVersion: 1,
      change: { kind: 'cessation', reason: 'death', effectiveDate: '2026-06-10' },
    });
    expect(core.db.$client.prepare('SELECT contribution_id AS c FROM payments WHERE id = ?').get(paidQ3)).toEqual({
      c: null,
    });
    const detail = await call(core, 'caseFile.detail', { kind: 'person', id: personId });
    // Q1 and Q2 stay claimed (925.59 each); the 925.59 paid on Q3 is now credit against them.
    expect(detail.balance.balanceCents).toBe(2 * 92_559 - 92_559);
  });
});
