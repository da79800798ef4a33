import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAccess, readAccessAfter, readAccessOf } from '../../db/repositories/access-log-repo';
import { createTempDb, type TempDb } from '../fixtures/temp-db';

let temp: TempDb | undefined;
afterEach(() => temp?.cleanup());

/** Looked up by its name: the number may change when branches are merged. */
const journal = JSON.parse(
  readFileSync(new URL('../../db/migrations/meta/_journal.json', import.meta.url), 'utf8'),
) as { entries: { tag: string }[] };

describe('the access_log migration', () => {
  it('is in the journal', () => {
    expect(journal.entries.some((entry) => entry.tag.endsWith('_access_log'))).toBe(true);
  });

  it('keeps entries in order with the advisor of the moment and this device; no update or delete gets through, even inside a transaction', () => {
    let advisor: string | null = 'advisor-a';
    temp = createTempDb({ advisorId: () => advisor });
    const { recorder } = temp;
    appendAccess(recorder, { caseFile: { kind: 'person', id: 'p1' }, action: 'caseFile.open', source: 'search' });
    advisor = 'advisor-b';
    appendAccess(recorder, { caseFile: { kind: 'company', id: 'c1' }, action: 'letter.issue', detail: 'reminder' });
    const all = readAccessAfter(recorder.sqlite, 0, 10);
    expect(all.map((row) => [row.advisorId, row.personId, row.companyId, row.action, row.source, row.detail])).toEqual([
      ['advisor-a', 'p1', null, 'caseFile.open', 'search', null],
      ['advisor-b', null, 'c1', 'letter.issue', null, 'reminder'],
    ]);
    expect(all.every((row) => row.deviceId === recorder.context.deviceId)).toBe(true);
    expect(readAccessAfter(recorder.sqlite, all[0]!.seq, 10)).toHaveLength(1);
    expect(readAccessOf(recorder.sqlite, { kind: 'person', id: 'p1' })).toHaveLength(1);

    const sqlite = recorder.sqlite;
    expect(() => sqlite.prepare(`UPDATE access_log SET person_id = 'p2'`).run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM access_log WHERE seq = 1').run()).toThrow(/append-only/);
    expect(() => sqlite.transaction(() => sqlite.prepare(`UPDATE access_log SET advisor_id = NULL`).run())()).toThrow(
      /append-only/,
    );
    expect(readAccessAfter(sqlite, 0, 10)).toEqual(all);
  });

  it('lets an entry leave the device only once head office acknowledged it, never one it does not hold yet', () => {
    temp = createTempDb({ advisorId: () => 'advisor-a' });
    const { recorder } = temp;
    for (const id of ['p1', 'p2', 'p3'])
      appendAccess(recorder, { caseFile: { kind: 'person', id }, action: 'caseFile.open', source: 'search' });
    const sqlite = recorder.sqlite;
    const [first, second, third] = readAccessAfter(sqlite, 0, 10);
    sqlite.prepare(`INSERT INTO sync_state (key, value) VALUES ('accessLogPushedSeq', ?)`).run(String(second!.seq));
    expect(() => sqlite.prepare('DELETE FROM access_log WHERE seq = ?').run(third!.seq)).toThrow(/append-only/);
    sqlite.prepare('DELETE FROM access_log WHERE seq <= ?').run(second!.seq);
    expect(readAccessAfter(sqlite, 0, 10).map((row) => row.seq)).toEqual([third!.seq]);
    expect(first!.seq).toBeLessThan(second!.seq);
    expect(() => sqlite.prepare(`UPDATE access_log SET person_id = 'p9'`).run()).toThrow(/append-only/);
  });
});
