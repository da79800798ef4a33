/**
 * The unmatched queue over HTTP: a back-office advisor of the device's branch lists it and allocates
 * an entry; the entry keeps who, when, the case file and the note; the payment is a head-office row
 * the branch's devices pull. A second allocation, another role, another branch's advisor or an
 * unknown target is refused and changes nothing. Real PGlite and, when reachable, the local PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '../../shared/contract/sync-protocol';
import { statementPaths, unmatchedListResponseSchema } from '../../shared/contract/statement-protocol';
import { readPayments } from '../../db/repositories/case-file-ledger-read';
import { statementMovements } from '../../server/db/schema';
import { importStatement } from '../../server/statement-import/import-statement';
import { writeHeadOfficeRows } from '../../server/sync/head-office';
import { findRow } from '../../server/sync/rows';
import { backOfficeRow, PARTIAL_CENTS, queueCaseFiles, queueStatement } from '../fixtures/unmatched-queue';
import { deviceIdOf, tokenOf, useHeadOffice } from './head-office-suite';
import { isPostgresReachable, type Backend } from './harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const now = new Date('2026-11-26T08:00:00.000Z');
const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: SCHEMA_VERSION };

describe.each(backends)('the unmatched queue served to the app on %s', (backend) => {
  const headOffice = useHeadOffice(backend);

  async function setUp() {
    const { rows, caseFiles } = queueCaseFiles();
    await writeHeadOfficeRows(headOffice.database.db, [
      ...rows,
      backOfficeRow('bo-a', 'branch-a'),
      backOfficeRow('bo-b', 'branch-b'),
    ]);
    const device = await headOffice.device('branch-a', 'a');
    await importStatement(headOffice.database.db, queueStatement(), now);
    const post = (path: string, body: Record<string, unknown>) =>
      headOffice.transport(path, { ...versions, ...body }, tokenOf(device));
    return { caseFiles, device, post };
  }

  const openEntries = async (): Promise<number> =>
    headOffice.count(`statement_movements WHERE outcome = 'unmatched' AND status = 'open'`);

  it('lists the queue with the payer and allocates one entry, keeping who, when, the case file and the note', async () => {
    const { caseFiles, device, post } = await setUp();
    const startedAt = Date.now();
    const paymentsBefore = await headOffice.count(`sync_rows WHERE entity = 'payment'`);
    const listed = await post(statementPaths.unmatched, { advisorId: 'bo-a' });
    expect(listed.status).toBe(200);
    const { entries } = unmatchedListResponseSchema.parse(listed.body);
    expect(entries.map((entry) => [entry.reason, entry.amountCents, entry.payerName, entry.contributionId])).toEqual([
      ['partial', PARTIAL_CENTS, 'DUBOIS MARC', 'q3-0'],
      ['no-reference', 25_000, 'PEETERS AN', null],
    ]);
    expect(entries[1]?.freeCommunication).toBe('cotisation trimestre');
    expect(entries[1]?.payerIban).toMatch(/^BE\d{14}$/);

    const unnamed = entries[1]?.id ?? '';
    const target = { kind: 'caseFile', caseFile: caseFiles[1]?.niss };
    const allocated = await post(statementPaths.allocate, {
      advisorId: 'bo-a',
      entryId: unnamed,
      target,
      note: 'virement du fils',
    });
    expect(allocated.status).toBe(200);
    const paymentId = (allocated.body as { paymentId: string }).paymentId;
    const [entry] = await headOffice.database.db
      .select()
      .from(statementMovements)
      .where(eq(statementMovements.id, unnamed));
    expect(entry).toMatchObject({
      status: 'resolved',
      paymentId,
      note: 'virement du fils',
      resolvedByAdvisor: 'bo-a',
      resolvedByDevice: deviceIdOf(device),
      caseFileId: caseFiles[1]?.personId,
    });
    expect(entry?.resolvedAt?.getTime()).toBeGreaterThanOrEqual(startedAt);
    const payment = await findRow(headOffice.database.db, 'payment', paymentId);
    expect([payment?.rowVersion, payment?.rootId, payment?.data['amountCents']]).toEqual([
      1,
      caseFiles[1]?.personId,
      25_000,
    ]);

    const again = await post(statementPaths.allocate, { advisorId: 'bo-a', entryId: unnamed, target, note: null });
    expect([again.status, (again.body as { error: { details: { reason: string } } }).error.details.reason]).toEqual([
      400,
      'already-resolved',
    ]);
    expect(await headOffice.count(`sync_rows WHERE entity = 'payment'`)).toBe(paymentsBefore + 1);
    const left = unmatchedListResponseSchema.parse((await post(statementPaths.unmatched, { advisorId: 'bo-a' })).body);
    expect(left.entries.map((item) => item.reason)).toEqual(['partial']);

    await device.sync();
    const pulled = readPayments(device.db.$client, { kind: 'person', id: caseFiles[1]?.personId ?? '' });
    expect(pulled.find((row) => row.id === paymentId)?.amountCents).toBe(25_000);
  }, 120_000);

  it('refuses an advisor who is not back office, or of another branch, and an unknown target, changing nothing', async () => {
    const { post } = await setUp();
    const paymentsBefore = await headOffice.count(`sync_rows WHERE entity = 'payment'`);
    const entries = unmatchedListResponseSchema.parse(
      (await post(statementPaths.unmatched, { advisorId: 'bo-a' })).body,
    ).entries;
    const entryId = entries[0]?.id ?? '';
    const target = { kind: 'contribution', contributionId: 'q3-0' };
    for (const advisorId of ['advisor-a', 'bo-b', 'nobody']) {
      const listed = await post(statementPaths.unmatched, { advisorId });
      const allocated = await post(statementPaths.allocate, { advisorId, entryId, target, note: null });
      expect([listed.status, allocated.status]).toEqual([403, 403]);
      expect((allocated.body as { error: { code: string } }).error.code).toBe('forbidden');
    }
    const unknown = await post(statementPaths.allocate, {
      advisorId: 'bo-a',
      entryId,
      target: { kind: 'contribution', contributionId: 'q9-9' },
      note: null,
    });
    expect((unknown.body as { error: { details: { reason: string } } }).error.details.reason).toBe(
      'unknown-contribution',
    );
    const badNote = await post(statementPaths.allocate, { advisorId: 'bo-a', entryId, target, note: 'a\u0000b' });
    expect(badNote.status).toBe(400);
    const unsigned = await headOffice.transport(statementPaths.unmatched, { ...versions, advisorId: 'bo-a' }, null);
    expect(unsigned.status).toBe(401);

    expect(await openEntries()).toBe(2);
    expect(await headOffice.count(`sync_rows WHERE entity = 'payment'`)).toBe(paymentsBefore);
    expect(await headOffice.count(`statement_movements WHERE resolved_by_advisor IS NOT NULL`)).toBe(0);
  }, 120_000);
});
