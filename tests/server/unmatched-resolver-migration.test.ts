/** The server migration that records who allocated an unmatched entry, applied over a queue already holding one. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { serverMigrationsFolder } from '../../server/db/connection';

type Journal = { entries: { idx: number; tag: string }[] };

/** Tags in order (numbers may change when branches merge: the test finds its migration by name). */
function tags(): string[] {
  const journal = JSON.parse(readFileSync(join(serverMigrationsFolder, 'meta/_journal.json'), 'utf8')) as Journal;
  return [...journal.entries].sort((left, right) => left.idx - right.idx).map((entry) => entry.tag);
}
const nameOf = (tag: string): string => tag.replace(/^\d+_/, '');

async function apply(client: PGlite, tag: string): Promise<void> {
  const text = readFileSync(join(serverMigrationsFolder, `${tag}.sql`), 'utf8');
  for (const statement of text.split('--> statement-breakpoint'))
    if (statement.trim() !== '') await client.exec(statement);
}

let client: PGlite | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
});

describe('the unmatched resolver migration', () => {
  it('keeps an open entry as it was and lets a resolved one name its advisor, device and case file', async () => {
    client = new PGlite();
    const all = tags();
    const mine = all.findIndex((tag) => nameOf(tag) === 'unmatched_resolver');
    expect(mine).toBeGreaterThan(0);
    for (const tag of all.slice(0, mine)) await apply(client, tag);
    await client.exec(`INSERT INTO statement_files (id, file_hash, format, statement_count, movement_count, matched_count, unmatched_count)
      VALUES ('f1', 'abc', 'coda', 1, 1, 0, 1)`);
    await client.exec(`INSERT INTO statement_movements (id, file_id, account_iban, statement_number, line, bank_reference, sign,
      amount_cents, value_date, outcome, status) VALUES ('m1', 'f1', 'BE48001123456727', '001', 3, 'R', 'credit', 100, '2026-11-24', 'unmatched', 'open')`);
    await apply(client, all[mine] as string);
    const before = await client.query(
      `SELECT status, resolved_by_advisor, resolved_by_device, case_file_id FROM statement_movements WHERE id = 'm1'`,
    );
    expect(before.rows).toEqual([
      { status: 'open', resolved_by_advisor: null, resolved_by_device: null, case_file_id: null },
    ]);
    await client.exec(`UPDATE statement_movements SET status = 'resolved', resolved_by_advisor = 'bo-a',
      resolved_by_device = 'd1', case_file_id = 'p1' WHERE id = 'm1'`);
    const after = await client.query(
      `SELECT resolved_by_advisor, case_file_id FROM statement_movements WHERE id = 'm1'`,
    );
    expect(after.rows).toEqual([{ resolved_by_advisor: 'bo-a', case_file_id: 'p1' }]);
  }, 60_000);
});
