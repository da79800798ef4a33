import { afterEach, describe, expect, it } from 'vitest';
import { insertBranch } from '../../db/repositories/reference-repo';
import { updateSyncedRow, tombstoneSyncedRow } from '../../db/repositories/synced-rows';
import { branches } from '../../db/schema';
import { createTempDb, type TempDb } from '../fixtures/temp-db';

let temp: TempDb;
afterEach(() => temp.cleanup());

type AuditLine = {
  advisor_id: string | null;
  entity: string;
  operation: string;
  fields: string;
  before: string | null;
  after: string | null;
  mutation_id: string;
};

describe('the audit log is written by the one write path, in the same transaction', () => {
  it('insert, update and tombstone each leave one line with the advisor of the moment, the fields, before and after', () => {
    let advisor: string | null = 'advisor-a';
    temp = createTempDb({ advisorId: () => advisor });
    const branch = temp.db.transaction((tx) =>
      insertBranch(tx, temp.recorder, { code: 'NAM', name: 'Namur', postalCode: '5000', municipality: 'Namur' }),
    );
    advisor = 'advisor-b';
    temp.db.transaction((tx) =>
      updateSyncedRow(tx, temp.recorder, branches, 'branch', branch.id, { name: 'Namur – Namen' }),
    );
    advisor = null;
    temp.db.transaction((tx) => tombstoneSyncedRow(tx, temp.recorder, branches, 'branch', branch.id));
    const lines = temp.db.$client
      .prepare<[], AuditLine>(
        'SELECT advisor_id, entity, operation, fields, before, after, mutation_id FROM audit_log ORDER BY rowid',
      )
      .all();
    const outbox = temp.db.$client
      .prepare<[], { mutation_id: string; advisor_id: string | null }>(
        'SELECT mutation_id, advisor_id FROM outbox ORDER BY seq',
      )
      .all();
    expect(lines.map((l) => [l.advisor_id, l.operation])).toEqual([
      ['advisor-a', 'insert'],
      ['advisor-b', 'update'],
      [null, 'delete'],
    ]);
    expect(outbox).toEqual(lines.map((l) => ({ mutation_id: l.mutation_id, advisor_id: l.advisor_id })));
    expect(JSON.parse(lines[1]!.fields)).toEqual(['name']);
    expect(JSON.parse(lines[1]!.before!)).toEqual({ name: 'Namur' });
    expect(JSON.parse(lines[1]!.after!)).toEqual({ name: 'Namur – Namen' });
    expect(JSON.parse(lines[0]!.after!)).toMatchObject({ code: 'NAM', rowVersion: 1 });
  });

  it('a failing transaction leaves neither the row, nor its outbox record, nor its audit line', () => {
    temp = createTempDb({ advisorId: 'advisor-a' });
    expect(() =>
      temp.db.transaction((tx) => {
        insertBranch(tx, temp.recorder, { code: 'LIE', name: 'Liège', postalCode: '4000', municipality: 'Liège' });
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    for (const table of ['branches', 'outbox', 'audit_log']) {
      expect(temp.db.$client.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n, table).toBe(0);
    }
  });
});
