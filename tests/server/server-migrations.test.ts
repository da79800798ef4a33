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
