/** The server migration that adds the statement tables, applied after every migration before it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { serverMigrationsFolder } from '../../server/db/connection';

type Journal = { entries: { idx: number; tag: string }[] };

/** Tags in order up to the one named `name` (its number may change when branches merge). */
function tagsUpTo(name: string): string[] {
  const journal = JSON.parse(readFileSync(join(serverMigrationsFolder, 'meta/_journal.json'), 'utf8')) as Journal;
  const sorted = [...journal.entries].sort((left, right) => left.idx - right.idx);
  const last = sorted.findIndex((entry) => entry.tag.replace(/^\d+_/, '') === name);
  if (last < 0) throw new Error(`no server migration named ${name}`);
  return sorted.slice(0, last + 1).map((entry) => entry.tag);
}

let client: PGlite | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

describe('the statements migration', () => {
  it('creates the statement tables (a file hash recorded once, movements tied to their file) and the lookup indexes', async () => {
    client = new PGlite();
    for (const tag of tagsUpTo('statements')) {
      const text = readFileSync(join(serverMigrationsFolder, `${tag}.sql`), 'utf8');
      for (const statement of text.split('--> statement-breakpoint'))
        if (statement.trim() !== '') await client.exec(statement);
    }
    const file = `INSERT INTO statement_files (id, file_hash, format, statement_count, movement_count, matched_count, unmatched_count)
      VALUES ('f1', 'abc', 'coda', 1, 1, 0, 1)`;
    await client.exec(file);
    await expect(client.exec(file.replace("'f1'", "'f2'"))).rejects.toThrow(/statement_files_file_hash_unique/);
    await client.exec(`INSERT INTO statement_movements (id, file_id, account_iban, statement_number, line, bank_reference, sign,
      amount_cents, value_date, outcome, status) VALUES ('m1', 'f1', 'BE48001123456727', '001', 3, 'R', 'credit', 100, '2026-11-24', 'unmatched', 'open')`);
    await expect(
      client.exec(`INSERT INTO statement_movements (id, file_id, account_iban, statement_number, line, bank_reference, sign,
        amount_cents, value_date, outcome, status) VALUES ('m2', 'nope', 'BE', '001', 3, 'R', 'credit', 1, '2026-11-24', 'debit', 'resolved')`),
    ).rejects.toThrow(/foreign key/);
    expect((await client.query('SELECT id, status FROM statement_movements')).rows).toEqual([
      { id: 'm1', status: 'open' },
    ]);
    const indexes = await client.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'sync_rows' AND indexname LIKE 'sync_rows_%_%' ORDER BY indexname`,
    );
    expect(indexes.rows.map((row) => row.indexname)).toEqual(
      expect.arrayContaining(['sync_rows_contribution_reference', 'sync_rows_payment_contribution']),
    );
  });
});
