/** Each committed server migration, applied in order to a real (embedded) PostgreSQL. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { serverMigrationsFolder } from '../../server/db/connection';

let client: PGlite | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

async function apply(target: PGlite, tag: string): Promise<void> {
  const text = readFileSync(join(serverMigrationsFolder, `${tag}.sql`), 'utf8');
  for (const statement of text.split('--> statement-breakpoint'))
    if (statement.trim() !== '') await target.exec(statement);
}

describe('0001_natural_keys', () => {
  it('adds the natural key and the conflict kind, filled in for the rows already stored', async () => {
    client = new PGlite();
    await apply(client, '0000_init');
    await client.exec(`
      INSERT INTO sync_rows (entity, id, root_id, branch_id, data, field_meta, row_version, seq) VALUES
        ('person', 'p1', 'p1', 'b', '{"niss": "00010112345"}', '{}', 1, 1),
        ('company', 'c1', 'c1', 'b', '{"enterpriseNumber": "0403170701"}', '{}', 1, 2),
        ('contribution', 'k1', 'p1', 'b', '{"personId": "p1"}', '{}', 1, 3);
      INSERT INTO conflicts (id, entity, entity_id, field, losing_device_id, losing_mutation_id, is_open, seq) VALUES ('x', 'person', 'p1', 'iban', 'd', 'd:1', true, 4);`);
    await apply(client, '0001_natural_keys');
    const rows = await client.query<{ id: string; natural_key: string | null }>(
      'SELECT id, natural_key FROM sync_rows ORDER BY seq',
    );
    expect(rows.rows).toEqual([
      { id: 'p1', natural_key: 'person:00010112345' },
      { id: 'c1', natural_key: 'company:0403170701' },
      { id: 'k1', natural_key: null },
    ]);
    expect((await client.query('SELECT kind FROM conflicts')).rows).toEqual([{ kind: 'field' }]);
  });
});

describe('0002_eviction_root', () => {
  it('names the case file of the evictions already written, from the rows they drop', async () => {
    client = new PGlite();
    await apply(client, '0000_init');
    await apply(client, '0001_natural_keys');
    await client.exec(`
      INSERT INTO sync_rows (entity, id, root_id, branch_id, data, field_meta, row_version, seq) VALUES
        ('person', 'p1', 'p1', 'b', '{}', '{}', 1, 3),
        ('contribution', 'k1', 'p1', 'b', '{"personId": "p1"}', '{}', 1, 4);
      INSERT INTO evictions (seq, branch_id, device_id, entity, entity_id) VALUES (1, 'a', NULL, 'person', 'p1'), (2, 'a', NULL, 'contribution', 'k1'), (5, 'a', NULL, 'person', 'gone');`);
    await apply(client, '0002_eviction_root');
    expect((await client.query('SELECT seq, root_id FROM evictions ORDER BY seq')).rows).toEqual([
      { seq: 1, root_id: 'p1' },
      { seq: 2, root_id: 'p1' },
      { seq: 5, root_id: null },
    ]);
  });
});

describe('0009_report_projections', () => {
  it('projects the rows already stored, then keeps the projection up to date on every write', async () => {
    client = new PGlite();
    for (const tag of [
      '0000_init',
      '0001_natural_keys',
      '0002_eviction_root',
      '0003_device_push_count',
      '0004_statements',
      '0005_unmatched_resolver',
      '0006_access_log',
      '0007_mutation_audit',
      '0008_device_wipe_escrow',
    ])
      await apply(client, tag);
    await client.exec(`
      INSERT INTO sync_rows (entity, id, root_id, branch_id, data, field_meta, row_version, seq) VALUES
        ('person', 'p1', 'p1', 'b', '{"sex": "F", "birthDate": "1980-05-01", "language": "nl"}', '{}', 1, 1),
        ('affiliation', 'a1', 'p1', 'b', '{"personId": "p1", "category": "main", "startDate": "2020-01-01", "endDate": null}', '{}', 1, 2),
        ('contribution', 'k1', 'p1', 'b', '{"personId": "p1", "year": 2026, "quarter": 1, "kind": "provisional", "amountCents": 100000, "feeCents": 4000, "dueDate": "2026-03-31", "status": "open"}', '{}', 1, 3),
        ('contribution', 'k2', 'p1', 'b', '{"personId": "p1", "year": "not a year", "kind": "provisional", "dueDate": "2026-03-31", "status": "open"}', '{}', 1, 4);`);
    await apply(client, '0009_report_projections');
    expect(
      (await client.query('SELECT id, owner_kind, sex, birth_date, language FROM report_affiliations')).rows,
    ).toEqual([{ id: 'a1', owner_kind: 'person', sex: 'F', birth_date: '1980-05-01', language: 'nl' }]);
    expect(
      (await client.query('SELECT id, paid_cents::integer AS paid_cents, recovery_step FROM report_contributions'))
        .rows,
    ).toEqual([{ id: 'k1', paid_cents: 0, recovery_step: 'amicable' }]);
    await client.exec(`
      INSERT INTO sync_rows (entity, id, root_id, branch_id, data, field_meta, row_version, seq) VALUES
        ('payment', 'y1', 'p1', 'b', '{"personId": "p1", "amountCents": 30000, "contributionId": "k1"}', '{}', 1, 5),
        ('paymentPlan', 'q1', 'p1', 'b', '{"personId": "p1", "status": "active", "contributionIds": ["k1"]}', '{}', 1, 6),
        ('address', 'd1', 'p1', 'b', '{"personId": "p1", "postalCode": "9000", "country": "BE", "validFrom": "2021-01-01"}', '{}', 1, 7);
      UPDATE sync_rows SET data = data || '{"sex": "M"}' WHERE entity = 'person';`);
    expect(
      (await client.query('SELECT id, paid_cents::integer AS paid_cents, recovery_step FROM report_contributions'))
        .rows,
    ).toEqual([{ id: 'k1', paid_cents: 30000, recovery_step: 'payment-plan' }]);
    expect((await client.query('SELECT sex, postal_code FROM report_affiliations')).rows).toEqual([
      { sex: 'M', postal_code: '9000' },
    ]);
  });
});
