import { afterEach, describe, expect, it } from 'vitest';
import { createTempDb, type TempDb } from '../fixtures/temp-db';

let temp: TempDb;
afterEach(() => temp.cleanup());

const syncedTables = [
  'mandates',
  'spouse_links',
  'affiliation_periods',
  'income_records',
  'contributions',
  'payments',
  'surcharges',
  'payment_plans',
  'payment_plan_instalments',
  'payment_plan_events',
  'case_requests',
  'interactions',
  'tasks',
  'letter_queue',
  'intake_drafts',
];

describe('0003_casefile', () => {
  it('creates the case-file tables as synced tables (UUID key, timestamps, row version, tombstone)', () => {
    temp = createTempDb();
    for (const table of syncedTables) {
      const columns = temp.db.$client
        .prepare<[], { name: string; notnull: number }>(`PRAGMA table_info(${table})`)
        .all();
      expect(
        columns.map((c) => c.name),
        table,
      ).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'row_version', 'deleted_at']));
    }
  });

  it('creates the local audit log and the advisor credentials, outside the synced tables', () => {
    temp = createTempDb();
    const audit = temp.db.$client
      .prepare<[], { name: string }>('PRAGMA table_info(audit_log)')
      .all()
      .map((c) => c.name);
    expect(audit).toEqual([
      'id',
      'at',
      'advisor_id',
      'device_id',
      'entity',
      'entity_id',
      'operation',
      'fields',
      'before',
      'after',
      'mutation_id',
    ]);
    const credentials = temp.db.$client
      .prepare<[], { name: string }>('PRAGMA table_info(advisor_credentials)')
      .all()
      .map((c) => c.name);
    expect(credentials).toEqual(['advisor_id', 'password_hash', 'salt', 'params', 'updated_at']);
  });

  it('a ledger row belongs to exactly one case file (person or company)', () => {
    temp = createTempDb();
    const insert = temp.db.$client.prepare(
      `INSERT INTO contributions (id, created_at, updated_at, row_version, person_id, company_id, year, quarter, kind, amount_cents, fee_cents, due_date, status, structured_communication)
       VALUES ('x', 'now', 'now', 1, NULL, NULL, 2026, 1, 'provisional', 100, 4, '2026-03-31', 'open', '000000000097')`,
    );
    expect(() => insert.run()).toThrow(/CHECK constraint failed: contributions_one_owner/);
  });
});
