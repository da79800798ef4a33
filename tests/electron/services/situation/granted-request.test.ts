/** A granted increase of provisional contributions re-prices the claimed quarters of its year, like a change of situation. */
import { describe, expect, it } from 'vitest';
import { insertRow } from '../../../../db/repositories/case-file-repo';
import { call, signIn } from '../../../fixtures/core';
import { count, MAIN_2026, situationCase } from './situation-fixture';

describe('request.decide on a reduction or increase of provisional contributions', () => {
  it('granted on 30,000.00: each 2026 quarter 925.59 → 1,598.23 (30,000.00 × 20.50 % ÷ 4 = 1,537.50 + 3.95 % fees 60.73, hand-computed)', async () => {
    const { core, personId, affiliationId } = situationCase();
    const request = core.db.transaction((tx) =>
      insertRow(tx, core.recorder, 'request', {
        personId,
        companyId: null,
        affiliationId,
        kind: 'provisional-increase',
        grounds: 'higher-income',
        groundsText: 'Chiffre d’affaires en hausse',
        quarters: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
        year: 2026,
        requestedIncomeCents: 3_000_000,
        status: 'filed',
        filedOn: '2026-11-02',
        decidedOn: null,
        decisionNote: '',
        effectCents: 0,
        authorityReference: null,
        authorityDecidedOn: null,
      }),
    );
    await signIn(core, 'test.responsable');
    const decided = await call(core, 'request.decide', { requestId: request.id, decision: 'granted', note: '' });
    expect(decided.status).toBe('granted');
    const sqlite = core.db.$client;
    expect(
      sqlite
        .prepare("SELECT amount_cents AS a, fee_cents AS f FROM contributions WHERE status = 'open' ORDER BY quarter")
        .all(),
    ).toEqual(Array.from({ length: 4 }, () => ({ a: 153_750, f: 6_073 })));
    expect(count(core, 'contributions', "status = 'cancelled'")).toBe(4);
    expect(sqlite.prepare('SELECT effect_cents AS e FROM case_requests').get()).toEqual({
      e: -4 * (159_823 - (MAIN_2026.contribution + MAIN_2026.fee)),
    });
    expect(sqlite.prepare('SELECT kind, source_entity AS s FROM letter_queue').all()).toEqual([
      { kind: 'due-notice', s: 'request' },
    ]);
  });
});
