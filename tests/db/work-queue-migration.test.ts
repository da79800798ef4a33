import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDb, type TempDb } from '../fixtures/temp-db';

let temp: TempDb | undefined;
afterEach(() => temp?.cleanup());

/** Looked up by its name: the number may change when branches are merged. */
const journal = JSON.parse(
  readFileSync(new URL('../../db/migrations/meta/_journal.json', import.meta.url), 'utf8'),
) as {
  entries: { tag: string }[];
};

function columns(table: string): { name: string; notnull: number }[] {
  return temp!.db.$client.prepare<[], { name: string; notnull: number }>(`PRAGMA table_info(${table})`).all();
}

describe('the work_queue migration', () => {
  it('is in the journal', () => {
    expect(journal.entries.some((entry) => entry.tag.endsWith('_work_queue'))).toBe(true);
  });

  it('gives tasks an optional assignee and completion note', () => {
    temp = createTempDb();
    const task = columns('tasks');
    expect(task.find((column) => column.name === 'assignee_id')).toMatchObject({ notnull: 0 });
    expect(task.find((column) => column.name === 'completion_note')).toMatchObject({ notnull: 0 });
  });

  it('creates complaints and case-file advisors as synced tables owned by exactly one case file', () => {
    temp = createTempDb();
    for (const table of ['complaints', 'case_file_advisors'])
      expect(columns(table).map((column) => column.name)).toEqual(
        expect.arrayContaining([
          'id',
          'created_at',
          'updated_at',
          'row_version',
          'deleted_at',
          'person_id',
          'company_id',
        ]),
      );
    const insert = temp.db.$client.prepare(
      `INSERT INTO complaints (id, created_at, updated_at, subject, details, received_on, answer_due_on, status)
       VALUES ('c1', 'x', 'x', 's', '', '2026-11-26', '2027-01-10', 'received')`,
    );
    expect(() => insert.run()).toThrow(/CHECK constraint failed: complaints_one_owner/);
  });
});
