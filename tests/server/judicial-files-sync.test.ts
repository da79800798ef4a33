/**
 * Judicial files and their events reach head office and the other devices of the branch like any
 * case-file row; an event is placed in its case file through the judicial file head office stores.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { insertRow } from '../../db/repositories/case-file-repo';
import { newPerson } from './devices';
import { useHeadOffice } from './head-office-suite';

describe('judicial files sync', () => {
  const headOffice = useHeadOffice('pglite');
  const { device } = headOffice;

  it('brings a hand-over and its events to the other device, placed in the debtor’s case file', async () => {
    const a = await device('branch-a', 'a');
    const b = await device('branch-a', 'b');
    const person = newPerson(a, 'branch-a');
    const file = a.db.transaction((tx) => {
      const row = insertRow(tx, a.recorder, 'judicialFile', {
        personId: person.id,
        companyId: null,
        kind: 'contrainte',
        agentKind: 'bailiff',
        agentName: 'Étude Dupont',
        handedOverOn: '2026-11-20',
        claimedCents: 98_753,
        contributionIds: [],
        status: 'open',
        judgementOn: null,
        closedOn: null,
        closure: null,
        advisorId: null,
      });
      insertRow(tx, a.recorder, 'judicialEvent', {
        fileId: row.id,
        occurredOn: '2026-11-21',
        kind: 'costs',
        amountCents: 35_000,
        note: 'Signification',
        advisorId: null,
      });
      return row;
    });
    expect((await a.sync()).rejected).toBe(0);
    await b.sync();
    expect(b.db.$client.prepare('SELECT id, kind, agent_name, status FROM judicial_files').all()).toEqual([
      { id: file.id, kind: 'contrainte', agent_name: 'Étude Dupont', status: 'open' },
    ]);
    expect(b.db.$client.prepare('SELECT kind, amount_cents FROM judicial_events').all()).toEqual([
      { kind: 'costs', amount_cents: 35_000 },
    ]);
    const placed = (await headOffice.database.db.execute(
      sql`SELECT root_id FROM sync_rows WHERE entity = 'judicialEvent'`,
    )) as unknown as { rows: { root_id: string }[] };
    expect(placed.rows).toEqual([{ root_id: person.id }]);
  });
});
