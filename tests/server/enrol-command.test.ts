/**
 * `npm run server -- enrol --branch NAM`, as the README says: the code names the branch by its code,
 * the device enrolled with it receives Namur's case files at its first sync. An unknown branch is
 * refused with the branches head office knows, and no code is issued.
 */
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../db/connection';
import { writeSetting } from '../../db/repositories/settings-repo';
import { enrolDevice } from '../../electron/services/sync/device-credentials';
import { syncRound } from '../../electron/services/sync/sync-client';
import { seedHeadOffice } from '../../scripts/head-office-demo';
import type { ServerDatabase } from '../../server/db/connection';
import { enrolCommand } from '../../server/enrol-command';
import { findBranch } from '../../server/sync/head-office';
import { tempDir } from '../fixtures/temp-db';
import { createTestDatabase, injectTransport, startApp, type TestDatabase } from './harness';

describe('enrol --branch at head office', () => {
  let testDb: TestDatabase;
  let database: ServerDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase('pglite');
    database = await testDb.open();
    await seedHeadOffice(database.db, { persons: 40, today: '2026-11-26', seed: 5 });
  }, 120_000);
  afterAll(async () => testDb?.dispose());

  it("takes the branch code, and the device enrolled with it receives Namur's case files", async () => {
    const namur = await findBranch(database.db, 'NAM');
    if (!namur) throw new Error('the demo data has no branch NAM');
    const line = await enrolCommand(database.db, 'NAM', new Date());
    expect(line).toMatch(new RegExp(`^Enrolment code for branch NAM \\(${namur.id}\\): \\S+ \\(valid until`));
    const code = /: (\S+) \(valid until/.exec(line)?.[1] as string;

    const app = startApp(database);
    const dir = tempDir();
    const db = openDatabase(join(dir.dir, 'guichet.sqlite'));
    try {
      writeSetting(db, 'deviceId', uuidv7());
      const transport = injectTransport(() => app);
      const credentials = await enrolDevice({ db, transport }, code, 'poste Namur');
      expect(credentials.branchId).toBe(namur.id);
      await syncRound({ db, transport, now: () => new Date() });
      const expected = (await database.db.execute(
        sql`SELECT count(*) AS n FROM sync_rows WHERE entity = 'person' AND branch_id = ${namur.id}`,
      )) as unknown as { rows: { n: string | number }[] };
      const persons = db.$client.prepare('SELECT count(*) AS n FROM persons WHERE branch_id = ?').get(namur.id) as {
        n: number;
      };
      console.info(`NAM: ${persons.n} persons on the device, ${Number(expected.rows[0]?.n)} at head office`);
      expect(persons.n).toBeGreaterThan(0);
      expect(persons.n).toBe(Number(expected.rows[0]?.n));
    } finally {
      closeDatabase(db);
      dir.cleanup();
      await app.close();
    }
  });

  it('takes the id or the code in any case, and refuses an unknown branch without issuing a code', async () => {
    const namur = await findBranch(database.db, 'nam');
    expect(namur?.code).toBe('NAM');
    expect(await enrolCommand(database.db, namur?.id, new Date())).toContain(`branch NAM (${namur?.id})`);
    const codes = async () =>
      Number(
        (
          (await database.db.execute(sql`SELECT count(*) AS n FROM enrolment_codes`)) as unknown as {
            rows: { n: string | number }[];
          }
        ).rows[0]?.n,
      );
    const before = await codes();
    await expect(enrolCommand(database.db, 'NOPE', new Date())).rejects.toThrow(/no branch "NOPE".*NAM/);
    await expect(enrolCommand(database.db, undefined, new Date())).rejects.toThrow(/usage: enrol --branch/);
    expect(await codes()).toBe(before);
  });
});
