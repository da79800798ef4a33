/**
 * A bank statement imported at head office reaches the devices: a CODA file of 100 credits (90 that
 * settle the debt their structured communication names, 10 that do not) books 90 payments that two
 * devices of the branch pull like any change, leaves 10 entries in the unmatched queue, and is refused
 * when imported again. Real PGlite and, when reachable, the local PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  readContributions,
  readPayments,
  readSurcharges,
  type Owner,
} from '../../db/repositories/case-file-ledger-read';
import { buildLedgerView } from '../../electron/services/case-file/ledger-view';
import { importStatement } from '../../server/statement-import/import-statement';
import { allocateUnmatched, listUnmatched } from '../../server/statement-import/unmatched-queue';
import { writeHeadOfficeRows, type HeadOfficeRow } from '../../server/sync/head-office';
import { caseFileRows } from '../fixtures/head-office-case-files';
import { buildCamt053 } from '../fixtures/statements/camt-builder';
import { buildCoda, type CodaMovementSpec } from '../fixtures/statements/coda-builder';
import { FUND_ACCOUNT, PAYER_DUBOIS, ogmDigits } from '../fixtures/statements/samples';
import type { TestDevice } from './devices';
import { useHeadOffice } from './head-office-suite';
import { isPostgresReachable, type Backend } from './harness';

const backends: Backend[] = ['pglite', ...((await isPostgresReachable()) ? (['postgres'] as const) : [])];
const PERSONS = 100;
const at = '2026-07-01T00:00:00.000Z';
const now = new Date('2026-11-26T08:00:00.000Z');

const reference = (index: number): string => ogmDigits(String(2_026_300_000 + index));
const openCents = (index: number): number => 90_000 + index * 7;

/** 100 case files of branch A (their 2025 quarters paid) and one open 2026-Q3 contribution each. */
function headOfficeCaseFiles(): { rows: HeadOfficeRow[]; owners: Owner[] } {
  const rows: HeadOfficeRow[] = [];
  const owners: Owner[] = [];
  for (let index = 0; index < PERSONS; index++) {
    const caseFile = caseFileRows(index, {
      years: 1,
      branchId: 'branch-a',
      nissBase: 80_010_100_000,
      lastName: (n) => `Payeur${n}`,
    });
    const person = caseFile[0] as HeadOfficeRow;
    owners.push({ kind: 'person', id: person.id });
    rows.push(...caseFile, {
      entity: 'contribution',
      id: `q3-${index}`,
      data: {
        personId: person.id,
        companyId: null,
        affiliationId: null,
        year: 2026,
        quarter: 3,
        kind: 'provisional',
        amountCents: openCents(index) - 3_000,
        feeCents: 3_000,
        dueDate: '2026-09-30',
        status: 'open',
        structuredCommunication: reference(index),
        createdAt: at,
        updatedAt: at,
        rowVersion: 1,
        deletedAt: null,
      },
    });
  }
  return { rows, owners };
}

/** 90 exact payments, then 10 the import cannot book alone, and the bank's fees. */
function statementMovements(): CodaMovementSpec[] {
  const payment = (index: number, amountCents: number, structured?: string): CodaMovementSpec => ({
    amountCents,
    valueDate: '2026-11-24',
    iban: PAYER_DUBOIS,
    name: `PAYEUR ${index}`,
    ...(structured === undefined ? { free: `cotisation dossier ${index}` } : { structured }),
  });
  const movements = Array.from({ length: 90 }, (_, index) => payment(index, openCents(index), reference(index)));
  movements.push(
    payment(90, openCents(90) - 100, reference(90)), // partial
    payment(91, openCents(91) - 2_500, reference(91)), // partial
    payment(92, openCents(92) + 500, reference(92)), // overpayment
    payment(93, openCents(93) + 1, reference(93)), // overpayment
    payment(94, openCents(94)), // no reference
    payment(95, openCents(95)), // no reference
    payment(96, openCents(96), ogmDigits('9999000096')), // a reference nobody issued
    payment(97, openCents(97), ogmDigits('9999000097')),
    payment(98, openCents(98), `${reference(98).slice(0, 10)}00`), // wrong check digits
    payment(0, openCents(0), reference(0)), // the same debt paid twice
    { amountCents: 1_540, sign: 'debit', valueDate: '2026-11-24', free: 'FRAIS BANCAIRES' },
  );
  return movements;
}

function balances(device: TestDevice, owners: readonly Owner[]): number[] {
  return owners.map((owner) => {
    const view = buildLedgerView(
      readContributions(device.db.$client, owner),
      readPayments(device.db.$client, owner),
      readSurcharges(device.db.$client, owner),
      new Set(),
      '2026-11-26',
    );
    return view.balance.balanceCents;
  });
}

describe.each(backends)('bank statements imported at head office on %s', (backend) => {
  const headOffice = useHeadOffice(backend);

  it('books 90 payments that both devices pull, queues 10, and refuses the same file again', async () => {
    const { rows, owners } = headOfficeCaseFiles();
    await writeHeadOfficeRows(headOffice.database.db, rows);
    const a = await headOffice.device('branch-a', 'a');
    const b = await headOffice.device('branch-a', 'b');
    await Promise.all([a.sync(), b.sync()]);
    const expectedBefore = owners.map((_, index) => openCents(index));
    expect(balances(a, owners)).toEqual(expectedBefore);

    const statement = {
      account: FUND_ACCOUNT,
      number: 211,
      openingCents: 0,
      date: '2026-11-24',
      movements: statementMovements(),
    };
    const file = Buffer.from(buildCoda([statement]), 'latin1');
    const imported = await importStatement(headOffice.database.db, file, now);
    expect(imported).toMatchObject({
      ok: true,
      summary: { format: 'coda', statements: 1, credits: 100, debits: 1, matched: 90, unmatched: 10 },
    });

    await Promise.all([a.sync(), b.sync()]);
    const expectedAfter = owners.map((_, index) => (index < 90 ? 0 : openCents(index)));
    expect(balances(a, owners)).toEqual(expectedAfter);
    expect(balances(b, owners)).toEqual(expectedAfter);
    const booked = b.db.$client
      .prepare(`SELECT count(*) AS n FROM payments WHERE date = '2026-11-24' AND contribution_id LIKE 'q3-%'`)
      .get();
    expect(booked).toEqual({ n: 90 });

    const queue = await headOffice.database.db.execute(sql`SELECT reason, count(*)::int AS n FROM statement_movements
      WHERE outcome = 'unmatched' AND status = 'open' GROUP BY reason ORDER BY reason`);
    expect((queue as unknown as { rows: unknown[] }).rows).toEqual([
      { reason: 'no-reference', n: 3 },
      { reason: 'nothing-open', n: 1 },
      { reason: 'overpayment', n: 2 },
      { reason: 'partial', n: 2 },
      { reason: 'unknown-reference', n: 2 },
    ]);
    const kept = await headOffice.database.db.execute(sql`SELECT payer_iban, payer_name FROM statement_movements
      WHERE outcome = 'matched' ORDER BY line LIMIT 1`);
    expect((kept as unknown as { rows: unknown[] }).rows).toEqual([
      { payer_iban: PAYER_DUBOIS, payer_name: 'PAYEUR 0' },
    ]);

    const payments = await headOffice.count(`sync_rows WHERE entity = 'payment'`);
    const again = await importStatement(headOffice.database.db, file, new Date('2026-11-27T08:00:00.000Z'));
    expect(again).toMatchObject({ ok: false, reason: 'already-imported' });
    expect(await headOffice.count(`sync_rows WHERE entity = 'payment'`)).toBe(payments);
    // The same statement delivered as camt.053: another file, the same payments.
    const asCamt = await importStatement(headOffice.database.db, Buffer.from(buildCamt053([statement]), 'utf8'), now);
    expect(asCamt).toMatchObject({ ok: false, reason: 'statement-already-imported', statementNumber: '211' });
    expect(await headOffice.count(`sync_rows WHERE entity = 'payment'`)).toBe(payments);
    expect(await headOffice.count('statement_files')).toBe(1);
  }, 120_000);

  it('books an entry of the queue by hand, to the contribution or as a credit of a case file, and devices pull it', async () => {
    const { rows, owners } = headOfficeCaseFiles();
    await writeHeadOfficeRows(headOffice.database.db, rows);
    const a = await headOffice.device('branch-a', 'a');
    const movements: CodaMovementSpec[] = [
      { amountCents: openCents(1) - 1_000, valueDate: '2026-11-25', structured: reference(1) },
      { amountCents: 2_500, valueDate: '2026-11-25', free: 'cotisation', name: 'PAYEUR 2' },
    ];
    const file = buildCoda([{ account: FUND_ACCOUNT, number: 213, openingCents: 0, date: '2026-11-25', movements }]);
    await importStatement(headOffice.database.db, Buffer.from(file, 'latin1'), now);
    const [partial, unnamed] = await listUnmatched(headOffice.database.db);
    expect([partial?.reason, unnamed?.reason]).toEqual(['partial', 'no-reference']);
    expect(partial?.contributionId).toBe('q3-1');

    await allocateUnmatched(
      headOffice.database.db,
      partial?.id ?? '',
      { contributionId: 'q3-1' },
      'solde en janvier',
      now,
    );
    const niss = String((rows.find((row) => row.id === owners[2]?.id)?.data ?? {})['niss']);
    await allocateUnmatched(headOffice.database.db, unnamed?.id ?? '', { caseFile: niss }, null, now);
    await expect(
      allocateUnmatched(headOffice.database.db, partial?.id ?? '', { contributionId: 'q3-1' }, null, now),
    ).rejects.toMatchObject({ reason: 'already-resolved' });
    await expect(
      allocateUnmatched(headOffice.database.db, 'nope', { contributionId: 'q3-1' }, null, now),
    ).rejects.toMatchObject({ reason: 'unknown-entry' });
    expect(await listUnmatched(headOffice.database.db)).toEqual([]);

    await a.sync();
    expect(balances(a, owners).slice(0, 4)).toEqual([openCents(0), 1_000, openCents(2) - 2_500, openCents(3)]);
  }, 120_000);

  it('refuses a malformed file with its line and writes nothing', async () => {
    const file = Buffer.from(
      buildCoda([
        {
          account: FUND_ACCOUNT,
          number: 212,
          openingCents: 0,
          date: '2026-11-25',
          movements: [{ amountCents: 100, valueDate: '2026-11-25', free: 'x' }],
          trailer: { creditCents: 99 },
        },
      ]),
      'latin1',
    );
    expect(await importStatement(headOffice.database.db, file, now)).toMatchObject({
      ok: false,
      reason: 'invalid',
      error: { code: 'totals', line: 7 },
    });
    expect(await headOffice.count('statement_files')).toBe(0);
  });
});
