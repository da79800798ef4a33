/**
 * Back-office batches: count and total first; a run gives one merged PDF, a CSV manifest and one
 * issued-letter record per letter; cancel keeps what is done; and a batch killed half-way (SIGKILL
 * on the CLI process) and resumed yields exactly the expected letters — the very bytes of a batch
 * that was never interrupted.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBatch, runBatch, sha256 } from '../../electron/letters/batch/batch-runner';
import { getBatch, issuedLettersOf, listChunks } from '../../db/repositories/letter-batch-journal';
import { demoLetter } from '../../electron/letters/sample-letters';
import { demoSource, previewBatch, type BatchCriteria } from '../../electron/letters/batch/letter-source';
import { demoFund } from '../../electron/letters/fund-identity';
import { createLetterPool, type LetterPool } from '../../electron/letters/render/pool';
import { createLettersDb, type TempLettersDb } from './support/letters-db';
import { pdfPageCount, pdfText } from './support/pdf-tools';

const fund = demoFund();
const criteria: BatchCriteria = { kind: 'reminder', demoCount: 60 };
const root = join(import.meta.dirname, '..', '..');
const now = (): Date => new Date('2026-11-26T09:00:00.000Z');

let pool: LetterPool;
let reference: { pdf: Buffer; temp: TempLettersDb };

beforeAll(async () => {
  pool = await createLetterPool({ fund, size: 2 });
  const temp = createLettersDb();
  const id = createBatch(temp.db, {
    source: demoSource,
    criteria,
    outputDir: temp.dir,
    advisorName: 'Back office',
    chunkSize: 6,
    now,
  });
  const result = await runBatch(temp.db, id, { pool, fund, now });
  reference = { pdf: readFileSync(result.pdfFile ?? ''), temp };
}, 120_000);

afterAll(async () => {
  await pool.close();
  reference.temp.cleanup();
});

describe('letter batches', () => {
  it('shows the count and the total before running', () => {
    expect(previewBatch(demoSource, criteria)).toEqual({ count: 60, totalCents: expect.any(Number) });
    expect(previewBatch(demoSource, { ...criteria, language: 'de' }).count).toBe(20);
    // The samples' amounts grow with their index (the rules engine on a rising income): the 31st sits mid-way.
    const middle = demoLetter('reminder', 'fr', 30);
    const minimumCents = 'payment' in middle.data && middle.data.payment !== undefined ? middle.data.payment.amount : 0;
    const above = previewBatch(demoSource, { ...criteria, minimumCents }).count;
    expect(above).toBeLessThan(60);
    expect(above).toBeGreaterThan(0);
  });

  it('writes one merged PDF, a manifest and an issued-letter record per letter', () => {
    const { db } = reference.temp;
    const [batch] = db.query.letterBatches.findMany().sync();
    expect(batch?.status).toBe('completed');
    expect(pdfPageCount(reference.pdf)).toBe(60);
    expect(sha256(reference.pdf)).toBe(batch?.pdfSha256);
    const issued = issuedLettersOf(db, { batchId: batch?.id ?? '' });
    expect(issued).toHaveLength(60);
    expect(new Set(issued.map((letter) => letter.caseReference)).size).toBe(60);
    expect(
      issued.every((letter) => letter.pdfSha256 === batch?.pdfSha256 && letter.firstPage === letter.lastPage),
    ).toBe(true);
    const manifest = readFileSync(batch?.manifestFile ?? '', 'utf8')
      .trim()
      .split('\r\n');
    expect(manifest[0]).toBe('position,case_reference,kind,language,amount_cents,first_page,last_page');
    expect(manifest[60]).toMatch(/^60,A-2026-004571,reminder,de,\d+,60,60$/);
    expect(pdfText(reference.pdf, 42)).toContain(issued[41]?.caseReference ?? '?');
  });

  it('cancels between chunks, keeps what is done, and resumes to the same bytes', async () => {
    const temp = createLettersDb();
    try {
      const id = createBatch(temp.db, {
        source: demoSource,
        criteria,
        outputDir: temp.dir,
        advisorName: 'Back office',
        chunkSize: 6,
        now,
      });
      const controller = new AbortController();
      const first = await runBatch(temp.db, id, {
        pool,
        fund,
        now,
        signal: controller.signal,
        onProgress: (progress) => progress.done >= 12 && controller.abort(),
      });
      expect(first.status).toBe('cancelled');
      expect(getBatch(temp.db, id)?.status).toBe('cancelled');
      const done = listChunks(temp.db, id).filter((chunk) => chunk.status === 'done').length;
      expect(done).toBeGreaterThanOrEqual(2);
      expect(done).toBeLessThan(10);
      const second = await runBatch(temp.db, id, { pool, fund, now });
      expect(sha256(readFileSync(second.pdfFile ?? ''))).toBe(sha256(reference.pdf));
    } finally {
      temp.cleanup();
    }
  });

  it('resumes a batch whose process was killed half-way: every letter once, none lost, same bytes', async () => {
    const temp = createLettersDb();
    try {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'tests/letters/support/letters-cli.ts',
          'batch',
          '--kind',
          'reminder',
          '--demo',
          '60',
          '--chunk',
          '6',
          '--workers',
          '2',
          '--out',
          temp.dir,
          '--db',
          temp.file,
        ],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      const output: string[] = [];
      child.stdout.on('data', (data: Buffer) => output.push(data.toString()));
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, signal) => resolve(signal)),
      );
      // Kill as soon as the journal shows some chunks done and some pending.
      const journal = new Database(temp.file, { readonly: true, fileMustExist: false });
      let doneAtKill = 0;
      for (let attempt = 0; attempt < 1200 && doneAtKill < 2; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        try {
          doneAtKill = (
            journal.prepare("SELECT count(*) AS n FROM letter_batch_chunks WHERE status = 'done'").get() as {
              n: number;
            }
          ).n;
        } catch {
          doneAtKill = 0;
        }
      }
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      journal.close();
      const batchId = /batch ([0-9a-f-]{36})/.exec(output.join(''))?.[1] ?? '';
      const before = listChunks(temp.db, batchId);
      expect(before.some((chunk) => chunk.status === 'pending')).toBe(true);
      expect(getBatch(temp.db, batchId)?.status).toBe('running');

      const result = await runBatch(temp.db, batchId, { pool, fund, now });
      expect(result.status).toBe('completed');
      const pdf = readFileSync(result.pdfFile ?? '');
      expect(sha256(pdf)).toBe(sha256(reference.pdf));
      const issued = issuedLettersOf(temp.db, { batchId });
      expect(issued.map((letter) => letter.caseReference)).toEqual(
        Array.from({ length: 60 }, (_, index) => `A-2026-${String(4512 + index).padStart(6, '0')}`),
      );
      expect(issued.map((letter) => letter.firstPage)).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
    } finally {
      temp.cleanup();
    }
  }, 120_000);
});
