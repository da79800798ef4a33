/** The service the renderer will call: preview, issue (archived under its hash and recorded), batches. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSource } from '../../electron/letters/batch/letter-source';
import { demoLetter } from '../../electron/letters/sample-letters';
import { demoFund } from '../../electron/letters/fund-identity';
import { createLettersService } from '../../electron/letters/letters-service';
import { createLetterPool, type LetterPool } from '../../electron/letters/render/pool';
import { createLettersDb, type TempLettersDb } from './support/letters-db';

const fund = demoFund();
let pool: LetterPool;
let temp: TempLettersDb;

beforeAll(async () => {
  pool = await createLetterPool({ fund, size: 1 });
  temp = createLettersDb();
});
afterAll(async () => {
  await pool.close();
  temp.cleanup();
});

describe('letters service', () => {
  it('issues a letter: archived under its sha256 and recorded with its data, advisor and time', async () => {
    const service = createLettersService({
      db: temp.db,
      pool,
      fund,
      source: demoSource,
      archiveDir: temp.dir,
      now: () => new Date('2026-11-26T10:00:00.000Z'),
      auditBatchLetters: () => undefined,
    });
    const input = demoLetter('tax-certificate', 'nl', 2);
    const preview = await service.preview(input);
    const issued = await service.issue(input, 'Sophie Lambert');
    expect(issued.pdf.equals(preview.pdf)).toBe(true);
    expect(issued.sha256).toBe(createHash('sha256').update(readFileSync(issued.file)).digest('hex'));
    expect(existsSync(issued.file)).toBe(true);
    const [record] = service.history(input.data.caseReference);
    expect(record).toMatchObject({
      kind: 'tax-certificate',
      language: 'nl',
      pdfSha256: issued.sha256,
      advisorName: 'Sophie Lambert',
      issuedAt: '2026-11-26T10:00:00.000Z',
      firstPage: 1,
      lastPage: 1,
    });
    expect(record?.input).toEqual(input);
  });

  it('runs a batch in the background with progress, and cancels and resumes it', async () => {
    const progress: number[] = [];
    const audited: { batchId: string; letters: number; isInTransaction: boolean }[] = [];
    const service = createLettersService({
      db: temp.db,
      pool,
      fund,
      source: demoSource,
      archiveDir: temp.dir,
      onBatchProgress: (update) => progress.push(update.done),
      auditBatchLetters: (batchId, letters) =>
        audited.push({ batchId, letters: letters.length, isInTransaction: temp.db.$client.inTransaction }),
    });
    expect(service.previewBatch({ kind: 'due-notice', demoCount: 12 })).toMatchObject({ count: 12 });
    const id = service.startBatch({ kind: 'due-notice', demoCount: 12 }, 'Back office', 4);
    const cancelled = await service.cancelBatch(id);
    expect(cancelled?.status).toBe('cancelled');
    expect(service.unfinishedBatches().map((batch) => batch.id)).toContain(id);
    expect(audited).toEqual([]);
    const result = await service.resumeBatch(id);
    expect(result.status).toBe('completed');
    // Audited once, when the letters are recorded as issued, inside that transaction.
    expect(audited).toEqual([{ batchId: id, letters: 12, isInTransaction: true }]);
    expect(service.batch(id)?.status).toBe('completed');
    expect(progress.at(-1)).toBe(12);
  });
});
