/**
 * Head office believes nothing it has not checked: in one pushed batch, a change signed by nobody of
 * the branch, one carrying a field its entity does not have, a name beyond the app's cap and a payment
 * beyond any bound are refused each with its reason, while the valid changes around them are applied
 * and reach the branch's other device. A change that makes the database itself fail is refused alone.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, SCHEMA_VERSION, syncPaths } from '../../shared/contract/sync-protocol';
import { updatePerson } from '../../db/repositories/person-repo';
import { listConflicts } from '../../electron/services/sync/conflicts';
import { newPerson, type TestDevice } from './devices';
import { deviceIdOf, outcomesOf, tokenOf, useHeadOffice } from './head-office-suite';
import { isPostgresReachable, type Backend } from './harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };

describe.each(backends)('untrusted changes on %s', (backend) => {
  const headOffice = useHeadOffice(backend);
  const { transport, device } = headOffice;

  const changeOf = (d: TestDevice, sequence: number, fields: Record<string, unknown>) => ({
    mutationId: `${deviceIdOf(d)}:${1000 + sequence}`,
    entity: 'person',
    entityId: '',
    operation: 'update',
    changedFields: Object.keys(fields),
    payload: fields,
    hlc: `${String(Date.now()).padStart(15, '0')}-${String(sequence).padStart(6, '0')}-a`,
    advisorId: 'advisor-a',
    base: {},
    createdAt: new Date().toISOString(),
  });

  it('refuses each bad change with its reason and applies the valid ones of the same batch', async () => {
    const a = await device('branch-a', 'a');
    const b = await device('branch-a', 'b');
    const person = newPerson(a, 'branch-a');
    await a.sync();
    const onPerson = (sequence: number, fields: Record<string, unknown>) => ({
      ...changeOf(a, sequence, fields),
      entityId: person.id,
    });
    const payment = {
      ...changeOf(a, 6, {
        personId: person.id,
        companyId: null,
        date: '2026-11-26',
        amountCents: 9_007_199_254_740_991,
        structuredCommunication: null,
        contributionId: null,
        paymentPlanId: null,
      }),
      entity: 'payment',
      entityId: '01900000-0000-7000-8000-00000000f00d',
      operation: 'insert',
    };
    const changes = [
      onPerson(1, { email: 'first@example.be' }),
      { ...onPerson(2, { phone: '+32 2 000 00 00' }), advisorId: 'nobody-at-all' },
      onPerson(3, { isAdmin: true }),
      onPerson(4, { firstName: 'x'.repeat(19 * 1024 * 1024) }),
      onPerson(5, { email: 'a\u0000b' }),
      payment,
      onPerson(7, { phone: '+32 470 00 00 00' }),
    ];
    const answer = await transport(syncPaths.push, { ...versions, clientTime: Date.now(), changes }, tokenOf(a));
    expect(answer.status).toBe(200);
    expect(outcomesOf(answer.body)).toEqual([
      'applied',
      'refused:unknown-advisor',
      'refused:unknown-field',
      'refused:invalid-value',
      'refused:unstorable-value',
      'refused:invalid-value',
      'applied',
    ]);
    expect((answer.body as { results: { reason?: { fields: string[] } }[] }).results[5]?.reason?.fields).toEqual([
      'amountCents',
    ]);

    const stored = (await headOffice.database.db.execute(
      sql`SELECT data FROM sync_rows WHERE entity = 'person' AND id = ${person.id}`,
    )) as unknown as { rows: { data: Record<string, unknown> }[] };
    expect(stored.rows[0]?.data).toMatchObject({ email: 'first@example.be', phone: '+32 470 00 00 00' });
    expect(stored.rows[0]?.data).not.toHaveProperty('isAdmin');
    expect(await headOffice.count("sync_rows WHERE entity = 'payment'")).toBe(0);

    await b.sync();
    expect(b.db.$client.prepare('SELECT email, phone, first_name FROM persons WHERE id = ?').get(person.id)).toEqual({
      email: 'first@example.be',
      phone: '+32 470 00 00 00',
      first_name: 'Test',
    });
  });

  it("refuses a conflict's corrected value that does not fit the field, and leaves the conflict open", async () => {
    const a = await device('branch-a', 'a');
    const b = await device('branch-a', 'b');
    const person = newPerson(a, 'branch-a', { iban: 'BE68539007547034' });
    await a.sync();
    await b.sync();
    updatePerson(a.db, a.recorder, person.id, { iban: 'BE71096123456769' });
    updatePerson(b.db, b.recorder, person.id, { iban: 'BE62510007547061' });
    await a.sync();
    await b.sync();
    const conflictId = (listConflicts(b.db)[0] as { id: string }).id;
    const resolution = (sequence: number, value: unknown) => ({
      ...changeOf(b, sequence, { conflictId, choice: 'value', value }),
      entity: 'conflict',
      entityId: conflictId,
      changedFields: [],
      advisorId: 'advisor-b',
    });
    const answer = await transport(
      syncPaths.push,
      { ...versions, clientTime: Date.now(), changes: [resolution(21, 12), resolution(22, 'BE'.repeat(20_000))] },
      tokenOf(b),
    );
    expect(outcomesOf(answer.body)).toEqual(['refused:invalid-value', 'refused:invalid-value']);
    expect(await headOffice.count(`conflicts WHERE id = '${conflictId}' AND is_open`)).toBe(1);
  });

  it('refuses alone a change the database fails on, in its own savepoint, and applies the others', async () => {
    const a = await device('branch-a', 'a');
    const person = newPerson(a, 'branch-a');
    const other = newPerson(a, 'branch-a');
    await a.sync();
    // A rule of the database the checks know nothing of: whatever makes PostgreSQL throw is refused alone.
    await headOffice.database.db.execute(sql`CREATE OR REPLACE FUNCTION refuse_marked_row() RETURNS trigger AS $$
      BEGIN
        IF NEW.data->>'email' = 'explode@example.be' THEN RAISE EXCEPTION 'refused by the database'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await headOffice.database.db.execute(
      sql`CREATE TRIGGER refuse_marked_row BEFORE INSERT OR UPDATE ON sync_rows FOR EACH ROW EXECUTE FUNCTION refuse_marked_row()`,
    );
    try {
      const changes = [
        { ...changeOf(a, 11, { phone: '+32 2 111 11 11' }), entityId: person.id },
        { ...changeOf(a, 12, { email: 'explode@example.be' }), entityId: other.id },
        { ...changeOf(a, 13, { email: 'kept@example.be' }), entityId: person.id },
      ];
      const answer = await transport(syncPaths.push, { ...versions, clientTime: Date.now(), changes }, tokenOf(a));
      expect(outcomesOf(answer.body)).toEqual(['applied', 'refused:unstorable-value', 'applied']);
      const again = await transport(syncPaths.push, { ...versions, clientTime: Date.now(), changes }, tokenOf(a));
      expect(outcomesOf(again.body)).toEqual(['duplicate', 'refused:unstorable-value', 'duplicate']);
    } finally {
      await headOffice.database.db.execute(sql`DROP TRIGGER refuse_marked_row ON sync_rows`);
    }
    const stored = (await headOffice.database.db.execute(
      sql`SELECT data->>'email' AS email, data->>'phone' AS phone FROM sync_rows WHERE id = ${person.id}`,
    )) as unknown as { rows: { email: string; phone: string }[] };
    expect(stored.rows).toEqual([{ email: 'kept@example.be', phone: '+32 2 111 11 11' }]);
    const untouched = (await headOffice.database.db.execute(
      sql`SELECT data->>'email' AS email FROM sync_rows WHERE id = ${other.id}`,
    )) as unknown as { rows: { email: string | null }[] };
    expect(untouched.rows).toEqual([{ email: null }]);
    expect(await headOffice.count(`mutations WHERE mutation_id LIKE '%:1012'`)).toBe(0);
  });
});
