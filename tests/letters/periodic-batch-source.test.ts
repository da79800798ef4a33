/**
 * The periodic batches over a real SQLite profile seeded with the demo data and its ledger history:
 * due notices of a quarter, tax certificates of a year, company contribution notices and their
 * reminders. Each count is checked against a direct SQL count written independently; the reasons
 * say why a case file is in or left out; a company reminder batch is run and archived, and the
 * companies it reached are then at the reminder step (left out of the next one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import { caseFileBatchSource } from '../../electron/services/letters/formal-notice-batch-source';
import { batchCandidates } from '../../electron/services/letters/batch-candidates';
import { createBatch, runBatch } from '../../electron/letters/batch/batch-runner';
import { planLetters, previewBatch, type BatchCriteria } from '../../electron/letters/batch/letter-source';
import { demoFund } from '../../electron/letters/fund-identity';
import type { LetterInput } from '../../electron/letters/letter-data';
import { createLetterPool } from '../../electron/letters/render/pool';
import { renderLetters } from '../../electron/letters/render/render-letters';
import { lettersDb } from '../../db/repositories/letter-batch-journal';
import { batchReasonKeys } from '../../shared/domain/letter-batches/periodic-selection';
import { dispatch } from '../../electron/hosts/dispatch';
import { verifyAttestation } from '../../electron/services/letters/attestation-verify';
import { plainArchive } from '../../electron/letters/archive-cipher';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract/app-contract';
import { DEMO_PASSWORD } from '../../db/seed/demo-data';
import { tempDir } from '../fixtures/temp-db';

const TODAY = '2026-11-26';
const fund = demoFund();
let core: AppCore;
let dir: { dir: string; cleanup(): void };
let branch = '';

const context = { today: () => TODAY, advisorName: () => 'Back office', fund: () => fund };
const sqlite = () => core.db.$client;

function communication(base: number): string {
  const reference = String(base).padStart(10, '0');
  const check = Number(BigInt(reference) % 97n) || 97;
  return `${reference}${String(check).padStart(2, '0')}`;
}

type Company = { id: string; enterpriseNumber: string; affiliationId: string };
let companies: Company[] = [];

beforeAll(() => {
  dir = tempDir();
  core = openAppCore({
    profileDir: dir.dir,
    host: 'browser',
    demoPersons: 600,
    now: () => new Date(`${TODAY}T09:00:00.000Z`),
  });
  // The branch with the most companies: the company batches need several.
  branch = sqlite()
    .prepare<[], { code: string }>(
      `SELECT b.code FROM companies c JOIN branches b ON b.id = c.branch_id GROUP BY b.code ORDER BY COUNT(*) DESC, b.code LIMIT 1`,
    )
    .get()!.code;
  companies = sqlite()
    .prepare<[string], Company>(
      `SELECT c.id, c.enterprise_number AS enterpriseNumber, a.id AS affiliationId FROM companies c
       JOIN branches b ON b.id = c.branch_id AND b.code = ?
       JOIN affiliations a ON a.company_id = c.id ORDER BY c.enterprise_number`,
    )
    .all(branch);
  // The yearly company contribution of 2026 (the demo ledger has none): due on 30 June.
  const insert = sqlite().prepare(
    `INSERT INTO contributions (id, created_at, updated_at, row_version, company_id, affiliation_id, year, quarter, kind, amount_cents, fee_cents, due_date, status, structured_communication)
     VALUES (?, '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z', 1, ?, ?, 2026, NULL, 'company', ?, 0, '2026-06-30', ?, ?)`,
  );
  companies.forEach((company, index) =>
    insert.run(
      `company-contribution-${index}`,
      company.id,
      company.affiliationId,
      index % 7 === 0 ? 868_00 : 347_50,
      index === 1 ? 'exempted' : 'open',
      communication(900_000_000 + index),
    ),
  );
  // The first company paid in full; the third already received a formal notice, the fourth a reminder.
  sqlite()
    .prepare(
      `INSERT INTO payments (id, created_at, updated_at, row_version, company_id, date, amount_cents, structured_communication, contribution_id)
       VALUES ('company-payment-0', '2026-06-01T09:00:00.000Z', '2026-06-01T09:00:00.000Z', 1, ?, '2026-06-01', 86800, ?, 'company-contribution-0')`,
    )
    .run(companies[0]!.id, communication(900_000_000));
  const letter = sqlite().prepare(
    `INSERT INTO issued_letters (id, kind, case_reference, language, input, pdf_sha256, pdf_file, first_page, last_page, advisor_name, issued_at)
     VALUES (?, ?, ?, 'fr', '{}', '', '', 1, 1, 'History', ?)`,
  );
  letter.run('history-r2', 'reminder', companies[2]!.enterpriseNumber, '2026-08-01T09:00:00.000Z');
  letter.run('history-f2', 'formal-notice', companies[2]!.enterpriseNumber, '2026-09-15T09:00:00.000Z');
  letter.run('history-r3', 'reminder', companies[3]!.enterpriseNumber, '2026-08-01T09:00:00.000Z');
}, 120_000);
afterAll(() => {
  core.close();
  dir.cleanup();
});

const source = () => caseFileBatchSource(sqlite(), context);
const whyOf = (criteria: BatchCriteria, id: string) =>
  batchCandidates(sqlite(), criteria, TODAY).find((candidate) => candidate.ref.id === id);

describe('due-notice batch', () => {
  const criteria = (): BatchCriteria => ({ kind: 'due-notice', quarter: '2026-Q4', branchCode: branch });

  it('writes to every person of the branch with an open, unpaid contribution for the quarter', () => {
    const expected = sqlite()
      .prepare<[string], { count: number; total: number }>(
        `SELECT COUNT(*) AS count, COALESCE(SUM(open), 0) AS total FROM (
           SELECT c.amount_cents + c.fee_cents - COALESCE((SELECT SUM(amount_cents) FROM payments WHERE contribution_id = c.id AND deleted_at IS NULL), 0) AS open
           FROM contributions c JOIN persons p ON p.id = c.person_id JOIN branches b ON b.id = p.branch_id AND b.code = ?
           LEFT JOIN affiliations a ON a.id = c.affiliation_id
           WHERE c.kind = 'provisional' AND c.year = 2026 AND c.quarter = 4 AND c.status = 'open' AND c.deleted_at IS NULL
             AND (a.end_date IS NULL OR a.end_date >= '2026-10-01') AND (a.start_date IS NULL OR a.start_date <= '2026-12-31'))
         WHERE open > 0`,
      )
      .get(branch)!;
    expect(expected.count).toBeGreaterThan(10);
    expect(previewBatch(source(), criteria())).toEqual({ count: expected.count, totalCents: expected.total });
  });

  it("draws each notice from the contribution's own row: amount, due date, structured communication", () => {
    const letters = planLetters(source(), criteria());
    const first = letters[0]!.input as Extract<LetterInput, { kind: 'due-notice' }>;
    expect(first.kind).toBe('due-notice');
    expect(first.data.year).toBe(2026);
    expect(first.data.quarter).toBe(4);
    const row = sqlite()
      .prepare<[string], { communication: string; dueDate: string; amount: number }>(
        `SELECT c.structured_communication AS communication, c.due_date AS dueDate, c.amount_cents AS amount FROM contributions c
         JOIN persons p ON p.id = c.person_id WHERE p.niss = ? AND c.year = 2026 AND c.quarter = 4 AND c.kind = 'provisional'`,
      )
      .get(first.data.caseReference)!;
    expect(first.data.payment.paymentReference).toBe(row.communication.slice(0, 10));
    expect(first.data.payment.dueDate).toBe(row.dueDate);
    expect(first.data.contribution).toBe(row.amount);
  });

  it('leaves out a person whose affiliation ended before the quarter, and says so', () => {
    const before = previewBatch(source(), criteria()).count;
    const person = sqlite()
      .prepare<[string], { personId: string; affiliationId: string }>(
        `SELECT c.person_id AS personId, c.affiliation_id AS affiliationId FROM contributions c
         JOIN persons p ON p.id = c.person_id JOIN branches b ON b.id = p.branch_id AND b.code = ?
         JOIN affiliations a ON a.id = c.affiliation_id AND a.start_date <= '2026-06-01'
         WHERE c.kind = 'provisional' AND c.year = 2026 AND c.quarter = 4 AND c.status = 'open'
           AND NOT EXISTS (SELECT 1 FROM payments y WHERE y.contribution_id = c.id) ORDER BY p.niss LIMIT 1`,
      )
      .get(branch)!;
    expect(whyOf(criteria(), person.personId)).toMatchObject({
      isIn: true,
      why: [{ messageKey: batchReasonKeys.contributionDue }],
    });
    // The cessation is known after the contribution row was created: the notice must not go out.
    sqlite().prepare(`UPDATE affiliations SET end_date = '2026-06-30' WHERE id = ?`).run(person.affiliationId);
    expect(previewBatch(source(), criteria()).count).toBe(before - 1);
    const left = whyOf(criteria(), person.personId);
    expect(left).toMatchObject({ isIn: false, why: [{ messageKey: batchReasonKeys.affiliationEnded }] });
    expect(left?.why[0]?.params).toMatchObject({ date: '2026-06-30', period: '2026-Q4' });
  });
});

describe('tax-certificate batch', () => {
  it('writes to every person of the branch who paid in the year, with the year’s payments', () => {
    const criteria: BatchCriteria = { kind: 'tax-certificate', year: 2025, branchCode: branch };
    const expected = sqlite()
      .prepare<[string], { count: number }>(
        `SELECT COUNT(DISTINCT y.person_id) AS count FROM payments y JOIN persons p ON p.id = y.person_id
         JOIN branches b ON b.id = p.branch_id AND b.code = ?
         WHERE y.date BETWEEN '2025-01-01' AND '2025-12-31' AND y.amount_cents > 0 AND y.deleted_at IS NULL`,
      )
      .get(branch)!;
    expect(expected.count).toBeGreaterThan(10);
    const letters = planLetters(source(), criteria);
    expect(letters.length).toBe(expected.count);
    const first = letters[0]!.input as Extract<LetterInput, { kind: 'tax-certificate' }>;
    expect(first.kind).toBe('tax-certificate');
    expect(first.data.year).toBe(2025);
    const paid = sqlite()
      .prepare<[string], { total: number }>(
        `SELECT SUM(y.amount_cents) AS total FROM payments y JOIN persons p ON p.id = y.person_id
         WHERE p.niss = ? AND y.date BETWEEN '2025-01-01' AND '2025-12-31' AND y.amount_cents > 0 AND y.deleted_at IS NULL`,
      )
      .get(first.data.caseReference)!;
    expect(first.data.total).toBe(paid.total);
    expect(batchCandidates(sqlite(), criteria, TODAY)[0]?.why[0]?.messageKey).toBe(batchReasonKeys.paidInYear);
  });
});

describe('tax certificates run as a batch', () => {
  it('each certificate carries a verification code the fund checks against its archived record', async () => {
    // The German-speaking payers of the branch, or else the Dutch-speaking ones: a short run.
    const criteria = (language: 'de' | 'nl' | 'fr'): BatchCriteria => ({
      kind: 'tax-certificate',
      year: 2025,
      branchCode: branch,
      language,
    });
    const language = (['de', 'nl', 'fr'] as const).find(
      (candidate) => previewBatch(source(), criteria(candidate)).count > 0,
    )!;
    const db = lettersDb(sqlite());
    const batchId = createBatch(db, {
      source: source(),
      criteria: criteria(language),
      outputDir: dir.dir,
      advisorName: 'Back office',
    });
    const pool = await createLetterPool({ fund, size: 1 });
    try {
      expect((await runBatch(db, batchId, { pool, fund })).status).toBe('completed');
    } finally {
      await pool.close();
    }
    const issued = sqlite()
      .prepare<[string], { id: string; input: string }>('SELECT id, input FROM issued_letters WHERE batch_id = ?')
      .all(batchId);
    expect(issued.length).toBeGreaterThan(0);
    for (const row of issued) {
      const input = JSON.parse(row.input) as { archiveId?: string; data: { verificationCode?: string } };
      expect(input.archiveId).toBeUndefined();
      const check = verifyAttestation(sqlite(), input.data.verificationCode ?? '', plainArchive);
      expect(check).toMatchObject({ status: 'valid', id: row.id, kind: 'tax-certificate' });
    }
  }, 120_000);
});

describe('company batches', () => {
  it('company notices: every company of the branch with its yearly contribution open, not the paid or exempted', async () => {
    expect(companies.length).toBeGreaterThanOrEqual(6);
    const criteria: BatchCriteria = { kind: 'company-notice', year: 2026, branchCode: branch };
    const letters = planLetters(source(), criteria);
    expect(letters.length).toBe(companies.length - 2);
    const first = letters[0]!.input as Extract<LetterInput, { kind: 'company-contribution-notice' }>;
    expect(first.kind).toBe('company-contribution-notice');
    expect(first.data.year).toBe(2026);
    expect(first.data.payment.dueDate).toBe('2026-06-30');
    expect(whyOf(criteria, companies[0]!.id)?.why[0]?.messageKey).toBe(batchReasonKeys.alreadyPaid);
    expect(whyOf(criteria, companies[1]!.id)?.why[0]?.messageKey).toBe(batchReasonKeys.exempted);
    const rendered = await renderLetters([first], fund);
    expect(rendered.pageCount).toBeGreaterThanOrEqual(1);
  });

  it('company reminders: unpaid after the due date, never to a company already at a later step; run, archived, then at the reminder step', async () => {
    const criteria: BatchCriteria = { kind: 'company-reminder', year: 2026, daysAfterDue: 30, branchCode: branch };
    // Paid, exempted, at the formal-notice step, already reminded: four companies left out.
    const letters = planLetters(source(), criteria);
    expect(letters.length).toBe(companies.length - 4);
    expect(whyOf(criteria, companies[2]!.id)).toMatchObject({
      isIn: false,
      why: [{ messageKey: batchReasonKeys.laterStep, params: { step: 'formal-notice' } }],
    });
    expect(whyOf(criteria, companies[3]!.id)?.why[0]?.messageKey).toBe(batchReasonKeys.alreadyReminded);
    const first = letters[0]!.input as Extract<LetterInput, { kind: 'reminder' }>;
    expect(first.kind).toBe('reminder');
    expect(first.data.company?.year).toBe(2026);
    expect(first.data.unpaid).toHaveLength(1);

    // Run it: each letter archived as an issued reminder under the enterprise number.
    const db = lettersDb(sqlite());
    const batchId = createBatch(db, {
      source: source(),
      criteria,
      outputDir: dir.dir,
      advisorName: 'Back office',
      chunkSize: 2,
    });
    const pool = await createLetterPool({ fund, size: 1 });
    try {
      const result = await runBatch(db, batchId, { pool, fund });
      expect(result).toMatchObject({ status: 'completed', letterCount: letters.length });
    } finally {
      await pool.close();
    }
    const issued = sqlite()
      .prepare<[string], { kind: string; caseReference: string }>(
        `SELECT kind, case_reference AS caseReference FROM issued_letters WHERE batch_id = ? ORDER BY first_page`,
      )
      .all(batchId);
    expect(issued.map((row) => row.kind)).toEqual(letters.map(() => 'reminder'));
    expect(issued.map((row) => row.caseReference)).toEqual(letters.map((letter) => letter.caseReference));
    // The next run finds them reminded: nobody is sent the same reminder twice.
    expect(previewBatch(source(), criteria).count).toBe(0);
    expect(whyOf(criteria, companies[4]!.id)?.why[0]?.messageKey).toBe(batchReasonKeys.alreadyReminded);
  }, 120_000);
});

describe('through the channels (back office of the branch)', () => {
  const reply = <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    dispatch(core, channel, input, { host: 'browser' }, { error: () => undefined });

  it('lists who a due-notice batch takes and why, with the same count as the preview', async () => {
    const signedIn = await reply('session.signIn', {
      username: `${branch.toLowerCase()}.backoffice`,
      password: DEMO_PASSWORD,
    });
    expect(signedIn.ok).toBe(true);
    const criteria = { kind: 'due-notice' as const, quarter: '2026-Q4', branchCode: branch };
    const previewed = await reply('letters.batchPreview', criteria);
    const candidates = await reply('letters.batchCandidates', criteria);
    if (!previewed.ok || !candidates.ok) throw new Error('refused');
    const preview = previewed.value as ChannelOutput<'letters.batchPreview'>;
    const listed = candidates.value as ChannelOutput<'letters.batchCandidates'>;
    expect(listed.inCount).toBe(preview.count);
    expect(listed.candidates[0]).toMatchObject({
      isIn: true,
      why: [{ messageKey: batchReasonKeys.contributionDue }],
    });
    // Those taken first, then those left out.
    const flags = listed.candidates.map((candidate) => candidate.isIn);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  });

  it('refuses a due notice without a quarter and a tax certificate without a year, creating nothing', async () => {
    const batches = () => sqlite().prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM letter_batches').get()!.n;
    const before = batches();
    const noQuarter = await reply('letters.batchStart', { kind: 'due-notice', branchCode: branch });
    expect(!noQuarter.ok && noQuarter.error.details?.issues).toEqual([
      expect.objectContaining({ path: 'quarter', messageKey: 'validation.quarter' }),
    ]);
    const noYear = await reply('letters.batchCandidates', { kind: 'tax-certificate', branchCode: branch });
    expect(!noYear.ok && noYear.error.details?.issues).toEqual([
      expect.objectContaining({ path: 'year', messageKey: 'letters.validation.year' }),
    ]);
    expect(batches()).toBe(before);
  });
});
