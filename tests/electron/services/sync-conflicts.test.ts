/** Settling a conflict locally (electron/services/sync/conflicts.ts): checked value, one transaction with its outbox record and audit line. */
import { afterEach, describe, expect, it } from 'vitest';
import { applyPulledChunk } from '../../../db/repositories/sync-repo';
import { listConflicts, resolveConflict } from '../../../electron/services/sync/conflicts';
import { createTempDb, type TempDb } from '../../fixtures/temp-db';
import { newPersonFields } from '../../sync/fields';

let temp: TempDb | undefined;
afterEach(() => temp?.cleanup());

function withIbanConflict(advisorId: string | null) {
  temp = createTempDb({ advisorId });
  const { db, recorder } = temp;
  const person = newPersonFields(db, recorder);
  db.$client.prepare("UPDATE persons SET iban = 'BE48001123456727' WHERE id = ?").run(person.id);
  applyPulledChunk(
    db,
    [
      {
        kind: 'conflict',
        seq: 5,
        conflict: {
          id: 'c-1',
          entity: 'person',
          entityId: person.id,
          field: 'iban',
          serverValue: 'BE48001123456727',
          losingValue: 'BE71096123456769',
          losingMutationId: 'other:1',
          losingAdvisorId: null,
          status: 'open',
          resolvedValue: null,
          resolvedBy: null,
          resolvedAt: null,
          createdAt: '2026-11-26T09:00:00.000Z',
        },
      },
    ],
    'cursor',
    { seq: 5, schemaVersion: 1 },
  );
  const counts = () => ({
    outbox: db.$client.prepare('SELECT count(*) AS n FROM outbox').get(),
    audit: db.$client.prepare('SELECT count(*) AS n FROM audit_log').get(),
    iban: db.$client.prepare('SELECT iban FROM persons WHERE id = ?').get(person.id),
  });
  return { db, recorder, person, counts };
}

describe('resolving a conflict on this device', () => {
  it('refuses without a signed-in advisor, and an invalid corrected IBAN, changing nothing', () => {
    const unsigned = withIbanConflict(null);
    const before = unsigned.counts();
    expect(() => resolveConflict(unsigned.db, unsigned.recorder, 'c-1', { choice: 'losing' })).toThrow(
      expect.objectContaining({ messageKey: 'sync.errors.advisorRequired' }),
    );
    expect(unsigned.counts()).toEqual(before);
    temp?.cleanup();

    const signed = withIbanConflict('advisor-1');
    const untouched = signed.counts();
    expect(() =>
      resolveConflict(signed.db, signed.recorder, 'c-1', { choice: 'value', value: 'BE00 0000 0000 0000' }),
    ).toThrow(
      expect.objectContaining({
        code: 'validation',
        details: { issues: [{ path: 'decision.value', messageKey: 'identifiers.iban.checksum' }] },
      }),
    );
    expect(signed.counts()).toEqual(untouched);
    expect(listConflicts(signed.db)[0]?.status).toBe('open');
  });

  it('writes the value, the resolution record and an audit line naming the advisor, together', () => {
    const { db, recorder, person } = withIbanConflict('advisor-1');
    const resolved = resolveConflict(db, recorder, 'c-1', { choice: 'value', value: 'be71 0961 2345 6769' });
    expect(resolved).toMatchObject({ status: 'resolving', resolvedValue: 'BE71096123456769', resolvedBy: 'advisor-1' });
    expect(db.$client.prepare('SELECT iban FROM persons WHERE id = ?').get(person.id)).toEqual({
      iban: 'BE71096123456769',
    });
    const record = db.$client
      .prepare<[], { mutation_id: string; entity: string; payload: string; advisor_id: string }>(
        'SELECT * FROM outbox ORDER BY seq DESC LIMIT 1',
      )
      .get();
    expect(record).toMatchObject({ entity: 'conflict', advisor_id: 'advisor-1' });
    expect(JSON.parse(record?.payload ?? '{}')).toEqual({
      conflictId: 'c-1',
      choice: 'value',
      value: 'BE71096123456769',
    });
    const audit = db.$client
      .prepare<[string], { entity: string; advisor_id: string; before: string; after: string }>(
        'SELECT * FROM audit_log WHERE mutation_id = ?',
      )
      .get(record?.mutation_id ?? '');
    expect(audit).toMatchObject({ entity: 'person', advisor_id: 'advisor-1' });
    expect(JSON.parse(audit?.before ?? '{}')).toEqual({ iban: 'BE48001123456727' });
    expect(JSON.parse(audit?.after ?? '{}')).toEqual({ iban: 'BE71096123456769', conflictId: 'c-1', choice: 'value' });
    expect(() => resolveConflict(db, recorder, 'c-1', { choice: 'server' })).toThrow(
      expect.objectContaining({ messageKey: 'errors.notFound' }),
    );
  });
});
