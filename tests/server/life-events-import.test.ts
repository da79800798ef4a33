/**
 * The life-events file imported at head office: every line judged on its own and reported with its
 * number, the events of known persons written as head-office rows that a device of the branch pulls,
 * and the same file imported twice adds nothing. Real PGlite and, when reachable, the local PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { readLifeEvents } from '../../db/repositories/rights-read';
import { makeNiss } from '../../shared/domain/identifiers/niss';
import { importEvents } from '../../server/life-events/import-events';
import { writeHeadOfficeRows, type HeadOfficeRow } from '../../server/sync/head-office';
import { caseFileRows } from '../fixtures/head-office-case-files';
import { useHeadOffice } from './head-office-suite';
import { isPostgresReachable, type Backend } from './harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const now = new Date('2026-11-26T08:00:00.000Z');

/** Three persons of branch A, each with a NISS that passes its check digits. */
function persons(): { rows: HeadOfficeRow[]; ids: string[]; niss: string[] } {
  const rows: HeadOfficeRow[] = [];
  const ids: string[] = [];
  const niss: string[] = [];
  for (let index = 0; index < 3; index++) {
    const caseFile = caseFileRows(index, { years: 1, branchId: 'branch-a', nissBase: 0, lastName: (n) => `Droit${n}` });
    const person = caseFile[0] as HeadOfficeRow;
    const number = makeNiss({ birthDate: '1985-03-0' + String(index + 1), serial: 101 + 2 * index });
    person.data['niss'] = number;
    rows.push(...caseFile);
    ids.push(person.id);
    niss.push(number);
  }
  return { rows, ids, niss };
}

describe.each(backends)('life events imported at head office on %s', (backend) => {
  const headOffice = useHeadOffice(backend);

  it('reports each bad line with its number, imports the rest for the device, and adds nothing the second time', async () => {
    const { rows, ids, niss } = persons();
    await writeHeadOfficeRows(headOffice.database.db, rows);
    const device = await headOffice.device('branch-a', 'a');
    await device.sync();
    const unknown = makeNiss({ birthDate: '1970-01-01', serial: 997 });
    const file = [
      JSON.stringify({ niss: niss[0], kind: 'birth', date: '2026-11-02', source: 'Registre national' }),
      JSON.stringify({ niss: niss[1], kind: 'bankruptcy', date: '2026-10-15', source: 'BCE' }),
      '{"niss": "not closed"',
      JSON.stringify({ niss: unknown, kind: 'birth', date: '2026-11-03', source: 'Registre national' }),
      JSON.stringify({ niss: niss[2], kind: 'cessation', date: '2026-09-30', source: 'BCE' }),
      '',
      JSON.stringify({ niss: niss[0], kind: 'birth', date: '2026-11-02', source: 'Registre national' }),
      JSON.stringify({ niss: niss[2], kind: 'birth', date: '2026-02-30', source: 'Registre national' }),
    ].join('\n');

    const first = await importEvents(headOffice.database.db, file, now);
    expect(first.imported).toBe(2);
    expect(first.alreadyKnown).toBe(1);
    expect(first.rejected.map((item) => item.line)).toEqual([3, 4, 5, 8]);
    expect(first.rejected[1]?.reason).toContain('no person');
    expect(first.rejected[2]?.reason).toContain('cessationGround');
    expect(first.rejected.every((item) => !item.reason.includes(unknown))).toBe(true);

    await device.sync();
    const births = readLifeEvents(device.db.$client, ids[0] as string);
    expect(births.map((event) => [event.kind, event.eventDate, event.origin, event.isStillbirth])).toEqual([
      ['birth', '2026-11-02', 'import', false],
    ]);
    expect(readLifeEvents(device.db.$client, ids[1] as string).map((event) => event.kind)).toEqual(['bankruptcy']);
    expect(readLifeEvents(device.db.$client, ids[2] as string)).toEqual([]);

    const stored = await headOffice.count(`sync_rows WHERE entity = 'lifeEvent'`);
    const second = await importEvents(headOffice.database.db, file, now);
    expect(second).toMatchObject({ imported: 0, alreadyKnown: 3 });
    expect(await headOffice.count(`sync_rows WHERE entity = 'lifeEvent'`)).toBe(stored);
    expect(stored).toBe(2);
  });
});
