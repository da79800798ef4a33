import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertPerson, updatePerson } from '../../db/repositories/person-repo';
import { insertAddress } from '../../db/repositories/reference-repo';
import { createTempDb, type TempDb } from '../fixtures/temp-db';
import { personFields } from '../fixtures/persons';

function count(t: TempDb, table: string): number {
  return (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('a repository write and its outbox record', () => {
  let t: TempDb;
  beforeEach(() => {
    t = createTempDb();
  });
  afterEach(() => t.cleanup());

  it('commit together: the insert appends one change record with the full row', () => {
    const person = t.db.transaction((tx) =>
      insertPerson(tx, t.recorder, personFields({ niss: '85073003328', lastName: 'Dupré', firstName: 'Jean' })),
    );
    const records = t.db.$client.prepare('SELECT * FROM outbox').all() as {
      entity: string;
      entity_id: string;
      operation: string;
      payload: string;
      mutation_id: string;
      row_version: number;
    }[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      entity: 'person',
      entity_id: person.id,
      operation: 'insert',
      row_version: 1,
      mutation_id: 'device-test:1',
    });
    const payload = JSON.parse(records[0]?.payload ?? '{}') as Record<string, unknown>;
    expect(payload.lastName).toBe('Dupré');
    expect(payload).not.toHaveProperty('searchKey');
  });

  it('roll back together when the outbox append fails half-way: no person, no index entry', () => {
    t.db.$client.exec(
      `CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END;`,
    );
    expect(() =>
      t.db.transaction((tx) =>
        insertPerson(tx, t.recorder, personFields({ niss: '85073003328', lastName: 'Dupré', firstName: 'Jean' })),
      ),
    ).toThrow(/outbox unavailable/);
    expect(count(t, 'persons')).toBe(0);
    expect(count(t, 'outbox')).toBe(0);
    expect(
      t.db.$client.prepare(`SELECT count(*) AS n FROM person_search WHERE person_search MATCH '"dupre"*'`).get(),
    ).toEqual({ n: 0 });
  });

  it('roll back together when a later write of the same unit fails: the person and its record vanish', () => {
    expect(() =>
      t.db.transaction((tx) => {
        const person = insertPerson(
          tx,
          t.recorder,
          personFields({ niss: '85073003328', lastName: 'Dupré', firstName: 'Jean' }),
        );
        // An address with two owners violates a CHECK constraint: the whole unit must go.
        insertAddress(tx, t.recorder, {
          personId: person.id,
          companyId: person.id,
          street: 'Rue Haute',
          houseNumber: '1',
          box: null,
          postalCode: '1000',
          municipality: 'Bruxelles',
          country: 'BE',
          validFrom: '2020-01-01',
        });
      }),
    ).toThrow();
    expect(count(t, 'persons')).toBe(0);
    expect(count(t, 'outbox')).toBe(0);
  });

  it('an update bumps the row version and records only the fields that changed', () => {
    const person = t.db.transaction((tx) =>
      insertPerson(tx, t.recorder, personFields({ niss: '85073003328', lastName: 'Dupre', firstName: 'Jean' })),
    );
    const updated = updatePerson(t.db, t.recorder, person.id, { lastName: 'Dupré', firstName: 'Jean' }, 1);
    expect(updated.rowVersion).toBe(2);
    const last = t.db.$client.prepare('SELECT * FROM outbox ORDER BY seq DESC LIMIT 1').get() as {
      changed_fields: string;
      row_version: number;
      hlc: string;
    };
    expect(JSON.parse(last.changed_fields)).toEqual(['lastName']);
    expect(last.row_version).toBe(2);
  });

  it('refuses a stale row version and changes nothing', () => {
    const person = t.db.transaction((tx) =>
      insertPerson(tx, t.recorder, personFields({ niss: '85073003328', lastName: 'Dupre', firstName: 'Jean' })),
    );
    updatePerson(t.db, t.recorder, person.id, { phone: '+32 470 00 00 00' }, 1);
    expect(() => updatePerson(t.db, t.recorder, person.id, { lastName: 'Other' }, 1)).toThrow(/staleVersion/);
    expect(count(t, 'outbox')).toBe(2);
    expect((t.db.$client.prepare('SELECT last_name FROM persons').get() as { last_name: string }).last_name).toBe(
      'Dupre',
    );
  });

  it('gives every change a strictly increasing hybrid-clock stamp, even when the wall clock stands still', () => {
    t.db.transaction((tx) => {
      insertPerson(tx, t.recorder, personFields({ niss: '85073003328', lastName: 'A', firstName: 'A' }));
      insertPerson(tx, t.recorder, personFields({ niss: '85073003427', lastName: 'B', firstName: 'B' }));
    });
    const stamps = (t.db.$client.prepare('SELECT hlc FROM outbox ORDER BY seq').all() as { hlc: string }[]).map(
      (r) => r.hlc,
    );
    expect(stamps[0]! < stamps[1]!).toBe(true);
  });
});
