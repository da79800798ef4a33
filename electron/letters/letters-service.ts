/**
 * The letters service the renderer reaches through the contract (preview, print, "to print" list,
 * batch screen). Plain Node: it holds the worker pool, the journal and the archive folder. Issuing
 * a single letter archives its PDF under its sha256 and records it; batches run in the background
 * and report progress to a listener, which the hosts forward as push events.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { plainArchive, type ArchiveCipher } from './archive-cipher';
import {
  createBatch,
  runBatch,
  sha256,
  writeFileDurably,
  type BatchProgress,
  type BatchResult,
  type RunBatchOptions,
} from './batch/batch-runner';
import {
  getBatch,
  issuedLettersOf,
  listBatches,
  recordIssuedLetter,
  type BatchRow,
  type LettersDb,
} from '../../db/repositories/letter-batch-journal';
import { previewBatch, type BatchCriteria, type LetterSource } from './batch/letter-source';
import type { FundIdentity } from './fund-identity';
import type { LetterInput } from './letter-data';
import type { LetterPool } from './render/pool';

export type LettersServiceOptions = {
  db: LettersDb;
  pool: LetterPool;
  fund: FundIdentity;
  source: LetterSource;
  /** Where issued letters and batch outputs are kept. */
  archiveDir: string;
  /** How archived files are written and read: sealed with the profile's archive key in a profile. */
  archive?: ArchiveCipher;
  now?: () => Date;
  onBatchProgress?: (progress: BatchProgress) => void;
  /** The audit lines of a completed batch's letters (see RunBatchOptions). */
  auditBatchLetters: NonNullable<RunBatchOptions['auditIssued']>;
};

export type IssuedPdf = { id: string; pdf: Buffer; sha256: string; file: string; pageCount: number };

export type LettersService = ReturnType<typeof createLettersService>;

export function createLettersService(options: LettersServiceOptions) {
  const now = options.now ?? (() => new Date());
  const running = new Map<string, { controller: AbortController; done: Promise<BatchResult> }>();
  const archive = options.archive ?? plainArchive;
  mkdirSync(join(options.archiveDir, 'issued'), { recursive: true, mode: 0o700 });
  mkdirSync(join(options.archiveDir, 'batches'), { recursive: true, mode: 0o700 });

  const startRun = (batchId: string): Promise<BatchResult> => {
    const controller = new AbortController();
    const done = runBatch(options.db, batchId, {
      pool: options.pool,
      fund: options.fund,
      archive,
      now,
      signal: controller.signal,
      auditIssued: options.auditBatchLetters,
      ...(options.onBatchProgress === undefined ? {} : { onProgress: options.onBatchProgress }),
    }).finally(() => running.delete(batchId));
    running.set(batchId, { controller, done });
    return done;
  };

  function archiveAndRecord(
    input: LetterInput,
    rendered: { pdf: Buffer; pageCount: number },
    advisorName: string,
    alongside?: () => void,
    /** The record's id when the letter already carries something derived from it (an attestation's code). */
    id: string = uuidv7(),
  ): IssuedPdf {
    const hash = sha256(rendered.pdf);
    const file = join(options.archiveDir, 'issued', `${hash}.pdf`);
    // The file first (temporary, fsync, rename): a record never points at a file that is not there.
    writeFileDurably(file, archive.seal(rendered.pdf));
    options.db.transaction(() => {
      recordIssuedLetter(options.db, {
        id,
        kind: input.kind,
        caseReference: input.data.caseReference,
        language: input.language,
        input: input as unknown as Record<string, unknown>,
        pdfSha256: hash,
        pdfFile: file,
        batchId: null,
        firstPage: 1,
        lastPage: rendered.pageCount,
        advisorName,
        issuedAt: now().toISOString(),
      });
      alongside?.();
    });
    return { id, pdf: rendered.pdf, sha256: hash, file, pageCount: rendered.pageCount };
  }

  return {
    /** Renders without recording: the preview pane and reprints. */
    async preview(input: LetterInput): Promise<{ pdf: Buffer; pageCount: number }> {
      const rendered = await options.pool.render([input]);
      return { pdf: rendered.pdf, pageCount: rendered.pageCount };
    },

    /** Renders, archives the PDF under its hash and records the letter as issued. */
    async issue(input: LetterInput, advisorName: string, alongside?: () => void): Promise<IssuedPdf> {
      const rendered = await options.pool.render([input]);
      return archiveAndRecord(input, rendered, advisorName, alongside);
    },

    /**
     * Archives an already rendered letter and records it. `alongside` runs in the same transaction
     * as the record (e.g. marking the "to print" item done): both happen, or neither.
     */
    archiveAndRecord,

    history(caseReference: string) {
      return issuedLettersOf(options.db, { caseReference });
    },

    previewBatch(criteria: BatchCriteria): { count: number; totalCents: number } {
      return previewBatch(options.source, criteria);
    },

    /** Freezes the letters and starts rendering in the background; returns the batch id at once. */
    startBatch(criteria: BatchCriteria, advisorName: string, chunkSize?: number | ((count: number) => number)): string {
      const batchId = createBatch(options.db, {
        source: options.source,
        criteria,
        outputDir: join(options.archiveDir, 'batches'),
        advisorName,
        now,
        ...(chunkSize === undefined ? {} : { chunkSize }),
      });
      void startRun(batchId).catch(() => undefined);
      return batchId;
    },

    cancelBatch(batchId: string): Promise<BatchResult> | undefined {
      const run = running.get(batchId);
      run?.controller.abort();
      return run?.done;
    },

    /** Resumes a cancelled, failed or interrupted batch (e.g. after a crash, at start-up). */
    resumeBatch(batchId: string): Promise<BatchResult> {
      return running.get(batchId)?.done ?? startRun(batchId);
    },

    batch(batchId: string): BatchRow | undefined {
      return getBatch(options.db, batchId);
    },

    /** Is the batch rendering in this process now (a 'running' row that is not was interrupted by a crash). */
    isRunning(batchId: string): boolean {
      return running.has(batchId);
    },

    /** Batches left 'running' by a crash or 'cancelled', to offer a resume at start-up. */
    unfinishedBatches(): BatchRow[] {
      return listBatches(options.db).filter((batch) => batch.status !== 'completed' && !running.has(batch.id));
    },
  };
}
