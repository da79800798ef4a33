/**
 * A pulled row new to this device is inserted without being read first (most of a first sync);
 * one it already holds goes through the full merge. Both must leave the same row and row state,
 * and a row that comes twice (changed at head office during a first sync) must end as its last
 * version. Real SQLite files.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PullItem } from '../../shared/contract/sync-protocol';
import { applyPulledChunk } from '../../db/repositories/sync-repo';
import { createTempDb, type TempDb } from '../fixtures/temp-db';

type RowItem = Extract<PullItem, { kind: 'row' }>;

const open: TempDb[] = [];
afterEach(() => {
  for (const temp of open.splice(0)) temp.cleanup();
});

function device(): TempDb {
  const temp = createTempDb();
  open.push(temp);
  return temp;
}

function contribution(
  seq: number,
  overrides: Record<string, unknown>,
  fieldSeqs: Record<string, number> = {},
): RowItem {
  return {
    kind: 'row',
    seq,
    entity: 'contribution',
    id: 'contribution-1',
    rowVersion: seq,
    data: {
      personId: 'person-1',
      companyId: null,
      affiliationId: 'affiliation-1',
      year: 2026,
      quarter: 3,
      kind: 'provisional',
      amountCents: 89_828,
      feeCents: 3_593,
      dueDate: '2026-09-30',
      status: 'open',
      structuredCommunication: '+++123/4567/89002+++',
      createdAt: '2026-07-01T08:00:00.000Z',
      updatedAt: '2026-07-01T08:00:00.000Z',
      rowVersion: seq,
      deletedAt: null,
      ...overrides,
    },
    fieldSeqs,
  };
}

function apply(temp: TempDb, items: RowItem[], seq: number): void {
  applyPulledChunk(temp.db, items, 'cursor', { seq, schemaVersion: 2 });
}

const rowOf = (temp: TempDb) =>
  temp.db.$client.prepare('SELECT * FROM contributions WHERE id = ?').get('contribution-1');
const rowStateOf = (temp: TempDb) =>
  temp.db.$client.prepare("SELECT field_seqs FROM sync_row_state WHERE entity = 'contribution'").all();

describe('pulled rows', () => {
  it('stores a new row as the full merge stores it over an older version', () => {
    const latest = contribution(
      9,
      { status: 'paid', updatedAt: '2026-10-02T10:00:00.000Z' },
      { status: 9, amountCents: 4 },
    );
    const fresh = device();
    apply(fresh, [latest], 9);
    const updated = device();
    apply(updated, [contribution(4, { amountCents: 1, dueDate: '2026-09-01' }, { amountCents: 4 })], 4);
    apply(updated, [latest], 9);

    expect(rowOf(fresh)).toMatchObject({
      status: 'paid',
      amount_cents: 89_828,
      row_version: 9,
      created_at: '2026-07-01T08:00:00.000Z',
    });
    expect(rowOf(fresh)).toEqual(rowOf(updated));
    expect(rowStateOf(fresh)).toEqual([{ field_seqs: JSON.stringify({ status: 9, amountCents: 4 }) }]);
    expect(rowStateOf(fresh)).toEqual(rowStateOf(updated));
  });

  it('keeps the last version of a row that comes twice in one chunk', () => {
    const temp = device();
    apply(temp, [contribution(3, { status: 'open' }), contribution(7, { status: 'paid' })], 7);
    expect(rowOf(temp)).toMatchObject({ status: 'paid', row_version: 7 });
  });

  it('takes the last change time as the creation time when head office sent none', () => {
    const temp = device();
    apply(temp, [contribution(2, { createdAt: null })], 2);
    expect(rowOf(temp)).toMatchObject({
      created_at: '2026-07-01T08:00:00.000Z',
      updated_at: '2026-07-01T08:00:00.000Z',
    });
    expect(rowStateOf(temp)).toEqual([]);
  });
});
