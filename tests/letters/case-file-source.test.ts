/**
 * The letter source over the case-file tables, on a real SQLite profile seeded with the demo data
 * and its ledger history: a known case file's letters carry the ledger's amounts and structured
 * communications, and a batch's count and total match a direct SQL count written independently.
 */
import { labourCourtFor } from '../../shared/domain/letters/labour-court';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import { caseFileLetter } from '../../electron/services/letters/case-file-letters';
import { overdueDebts } from '../../electron/services/letters/debt-letters';
import { reminderBatchSource } from '../../electron/services/letters/reminder-batch-source';
import { previewBatch } from '../../electron/letters/batch/letter-source';
import { demoFund } from '../../electron/letters/fund-identity';
import type { LetterInput } from '../../electron/letters/letter-data';
import { makeStructuredCommunication } from '../../shared/domain/identifiers/structured-communication';
import { tempDir } from '../fixtures/temp-db';

const TODAY = '2026-11-26';
const fund = demoFund();
let core: AppCore;
let cleanup: () => void;

beforeAll(() => {
  const dir = tempDir();
  core = openAppCore({
    profileDir: dir.dir,
    host: 'browser',
    demoPersons: 600,
    now: () => new Date(`${TODAY}T09:00:00.000Z`),
  });
  cleanup = () => {
    core.close();
    dir.cleanup();
  };
  // Seeding the demo profile takes a few seconds, more on a loaded machine.
}, 120_000);
afterAll(() => cleanup());

const context = { today: TODAY, advisorName: 'Conseiller BXL', fund };

type Debtor = {
  id: string;
  niss: string;
  language: string;
  lastName: string;
  postalCode: string;
  municipality: string;
};

function aDebtor(): Debtor {
  // A person with an overdue, partly or wholly unpaid provisional contribution and no running plan.
  const row = core.db.$client
    .prepare<[string], Debtor>(
      `SELECT p.id, p.niss, p.language, p.last_name AS lastName, a.postal_code AS postalCode, a.municipality FROM persons p
       JOIN addresses a ON a.person_id = p.id
       JOIN contributions c ON c.person_id = p.id AND c.status = 'open' AND c.due_date < ?
       WHERE c.amount_cents + c.fee_cents > COALESCE((SELECT SUM(amount_cents) FROM payments WHERE contribution_id = c.id), 0)
         AND NOT EXISTS (SELECT 1 FROM payment_plans pp WHERE pp.person_id = p.id AND pp.status IN ('active', 'proposed'))
       ORDER BY p.niss LIMIT 1`,
    )
    .get(TODAY);
  if (!row) throw new Error('the demo data has no debtor');
  return row;
}

describe('case-file letter source', () => {
  it("maps a known debtor onto a reminder: ledger amounts in cents, the oldest debt's structured communication, the address and language", () => {
    const debtor = aDebtor();
    const sqlite = core.db.$client;
    const ref = { kind: 'person' as const, id: debtor.id };
    const open = sqlite
      .prepare<
        [string, string],
        { communication: string; open: number; surcharges: number; year: number; quarter: number }
      >(
        `SELECT c.structured_communication AS communication, c.year, c.quarter,
           c.amount_cents + c.fee_cents - COALESCE((SELECT SUM(amount_cents) FROM payments WHERE contribution_id = c.id AND deleted_at IS NULL), 0) AS open,
           COALESCE((SELECT SUM(amount_cents) FROM surcharges WHERE contribution_id = c.id AND is_waived = 0 AND deleted_at IS NULL), 0) AS surcharges
         FROM contributions c WHERE c.person_id = ? AND c.status = 'open' AND c.due_date < ? AND c.deleted_at IS NULL ORDER BY c.due_date`,
      )
      .all(debtor.id, TODAY)
      .filter((row) => row.open > 0);
    const letter = caseFileLetter(sqlite, ref, 'reminder', {}, context) as Extract<LetterInput, { kind: 'reminder' }>;
    expect(letter.language).toBe(debtor.language);
    expect(letter.data.caseReference).toBe(debtor.niss);
    expect(letter.data.recipient.name).toContain(debtor.lastName);
    expect(letter.data.recipient.address).toMatchObject({
      postalCode: debtor.postalCode,
      city: debtor.municipality,
      country: 'BE',
    });
    expect(letter.data.unpaid).toEqual(open.map((row) => ({ year: row.year, quarter: row.quarter, amount: row.open })));
    const surcharges = open.reduce((sum, row) => sum + row.surcharges, 0);
    expect(letter.data.surcharges).toBe(surcharges);
    expect(letter.data.payment.amount).toBe(open.reduce((sum, row) => sum + row.open, 0) + surcharges);
    expect(Number.isSafeInteger(letter.data.payment.amount)).toBe(true);
    // The template rebuilds the communication from the 10 reference digits: it must be the ledger's own.
    expect(makeStructuredCommunication(letter.data.payment.paymentReference).replace(/\D/g, '')).toBe(
      open[0]!.communication,
    );
    expect(letter.data.payment.dueDate).toBe('2026-12-11');

    const notice = caseFileLetter(sqlite, ref, 'formal-notice', {}, context);
    // The court of the debtor's domicile, not the fund's (Code judiciaire art. 628, 14°).
    const court = labourCourtFor(letter.data.recipient.address, letter.language);
    expect(notice.kind === 'formal-notice' && notice.data.labourCourt).toEqual({
      name: court.name,
      address: court.address,
    });
    expect(court.rule).not.toBe('unknown-postcode-default');
    expect(overdueDebts(sqlite, ref, TODAY).length).toBe(open.length);
  });

  it('maps the statement, the due notice and the tax certificate of the same file from its ledger', () => {
    const debtor = aDebtor();
    const sqlite = core.db.$client;
    const ref = { kind: 'person' as const, id: debtor.id };
    const statement = caseFileLetter(sqlite, ref, 'account-statement', { from: '2020-01-01', to: TODAY }, context);
    if (statement.kind !== 'account-statement') throw new Error('kind');
    const debits = statement.data.lines.reduce((sum, line) => sum + line.debit - line.credit, 0);
    expect(statement.data.closingBalance).toBe(statement.data.openingBalance + debits);
    const payments2025 = sqlite
      .prepare<[string], { total: number | null; n: number }>(
        `SELECT SUM(amount_cents) AS total, count(*) AS n FROM payments WHERE person_id = ? AND date LIKE '2025-%'`,
      )
      .get(debtor.id);
    if ((payments2025?.n ?? 0) > 0) {
      const certificate = caseFileLetter(sqlite, ref, 'tax-certificate', { year: 2025 }, context);
      expect(certificate.kind === 'tax-certificate' && certificate.data.total).toBe(payments2025?.total);
    }
    const dueNotice = caseFileLetter(sqlite, ref, 'due-notice', {}, context);
    if (dueNotice.kind !== 'due-notice') throw new Error('kind');
    const contribution = sqlite
      .prepare<[string, number, number], { amount: number; fee: number; communication: string }>(
        'SELECT amount_cents AS amount, fee_cents AS fee, structured_communication AS communication FROM contributions WHERE person_id = ? AND year = ? AND quarter = ?',
      )
      .get(debtor.id, dueNotice.data.year, dueNotice.data.quarter);
    expect(dueNotice.data.contribution).toBe(contribution?.amount);
    expect(dueNotice.data.managementFees).toBe(contribution?.fee);
    expect(makeStructuredCommunication(dueNotice.data.payment.paymentReference).replace(/\D/g, '')).toBe(
      contribution?.communication,
    );
  });

  it('refuses what the ledger cannot support with a translated error', () => {
    const sqlite = core.db.$client;
    const paidUp = sqlite
      .prepare<[], { id: string }>(
        `SELECT p.id FROM persons p WHERE NOT EXISTS (SELECT 1 FROM contributions c WHERE c.person_id = p.id) LIMIT 1`,
      )
      .get();
    expect(() => caseFileLetter(sqlite, { kind: 'person', id: paidUp!.id }, 'reminder', {}, context)).toThrow(
      expect.objectContaining({ code: 'conflict', messageKey: 'letters.errors.nothingOverdue' }),
    );
    expect(() =>
      caseFileLetter(sqlite, { kind: 'person', id: paidUp!.id }, 'payment-plan-proposal', {}, context),
    ).toThrow(expect.objectContaining({ messageKey: 'letters.errors.planRequired' }));
  });

  it("a reminder batch: count and total equal a direct SQL count of the quarter's unpaid contributions in the branch", () => {
    const sqlite = core.db.$client;
    const source = reminderBatchSource(sqlite, { today: () => TODAY, advisorName: () => 'Back office BXL' });
    let checked = 0;
    for (const [quarter, year, q] of [
      ['2026-Q3', 2026, 3],
      ['2026-Q2', 2026, 2],
      ['2025-Q4', 2025, 4],
    ] as const) {
      for (const branchCode of ['BXL', 'GNT', 'LIE']) {
        for (const daysAfterDue of [0, 30, 90]) {
          const dueOnOrBefore = new Date(Date.parse(`${TODAY}T00:00:00Z`) - daysAfterDue * 86_400_000)
            .toISOString()
            .slice(0, 10);
          // Written apart from the source's statement: unpaid = amount + fees − payments allocated to it.
          const expected = sqlite
            .prepare<[number, number, string, string], { n: number; total: number | null }>(
              `WITH owed AS (
                 SELECT c.id, c.amount_cents + c.fee_cents - IFNULL((SELECT SUM(amount_cents) FROM payments WHERE contribution_id = c.id AND deleted_at IS NULL), 0) AS open,
                   IFNULL((SELECT SUM(amount_cents) FROM surcharges WHERE contribution_id = c.id AND is_waived = 0 AND deleted_at IS NULL), 0) AS surcharges
                 FROM contributions c JOIN persons p ON p.id = c.person_id JOIN branches b ON b.id = p.branch_id
                 WHERE c.kind = 'provisional' AND c.status = 'open' AND c.deleted_at IS NULL AND c.year = ? AND c.quarter = ? AND c.due_date <= ? AND b.code = ?
                   AND c.id NOT IN (SELECT j.value FROM payment_plans pp, json_each(pp.contribution_ids) j WHERE pp.status IN ('proposed', 'active')))
               SELECT count(*) AS n, SUM(open + surcharges) AS total FROM owed WHERE open > 0`,
            )
            .get(year, q, dueOnOrBefore, branchCode);
          const preview = previewBatch(source, { kind: 'reminder', quarter, daysAfterDue, branchCode });
          expect(preview, `${quarter} ${branchCode} +${daysAfterDue}`).toEqual({
            count: expected?.n ?? 0,
            totalCents: expected?.total ?? 0,
          });
          checked += preview.count;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    const letters = source.select({ kind: 'reminder', quarter: '2026-Q3', daysAfterDue: 0, branchCode: 'BXL' });
    expect(new Set(letters.map((letter) => letter.data.caseReference)).size).toBe(letters.length);
  });
});
