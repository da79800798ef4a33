/** A confirmed change is one transaction: when its last write (the notice) fails, nothing of it remains. */
import { describe, expect, it } from 'vitest';
import { callError, signIn } from '../../../fixtures/core';
import { count, situationCase } from './situation-fixture';

const tables = ['outbox', 'audit_log', 'situation_changes', 'affiliation_periods', 'contributions', 'letter_queue'];

describe('situation.confirm is atomic', () => {
  it('rolls back the affiliation, the periods, the quarters, the change, the outbox records and the audit lines together', async () => {
    const { core, personId, affiliationId } = situationCase();
    await signIn(core);
    const before = tables.map((table) => count(core, table));
    const openBefore = count(core, 'contributions', "status = 'open'");
    core.db.$client.exec(
      `CREATE TRIGGER fail_letter BEFORE INSERT ON letter_queue BEGIN SELECT RAISE(ABORT, 'letters unavailable'); END;`,
    );
    const error = await callError(core, 'situation.confirm', {
      personId,
      rowVersion: 1,
      change: { kind: 'category', category: 'complementary', effectiveDate: '2026-10-01' },
    });
    expect(error.code).toBe('internal');
    expect(tables.map((table) => count(core, table))).toEqual(before);
    expect(count(core, 'contributions', "status = 'open'")).toBe(openBefore);
    expect(
      core.db.$client.prepare('SELECT category, row_version AS v FROM affiliations WHERE id = ?').get(affiliationId),
    ).toEqual({ category: 'main', v: 1 });
  });
});
