/**
 * Back-office batches: plan (count and total first), run on the worker pool with progress, cancel,
 * and resume after a crash with no letter twice and none lost. Letters are frozen in the journal in
 * print order and cut into chunks; a chunk's PDF is written to disk (temporary file, fsync, rename)
 * before the journal marks it done, so a crash at any point leaves either a done chunk with its file
 * or a pending chunk that is rendered again — with the same bytes, since rendering is deterministic.
 * When every chunk is done the chunks are joined into one PDF, and all letters are recorded as issued
 * in one transaction together with the batch's completion.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { plainArchive, type ArchiveCipher } from '../archive-cipher';
import type { FundIdentity } from '../fund-identity';
import type { LetterInput } from '../letter-data';
import { mergePdfkitDocuments } from '../render/pdf-merge';
import type { LetterPool } from '../render/pool';
import {
  batchItems,
  chunkLetters,
  completeBatch,
  getBatch,
  insertBatch,
  listChunks,
  markChunkDone,
  resetChunk,
  setBatchStatus,
  type IssuedLetter,
  type LettersDb,
} from '../../../db/repositories/letter-batch-journal';
import { letterKindOf, planLetters, type BatchCriteria, type BatchKind, type LetterSource } from './letter-source';
import { manifestCsv } from './manifest';

export type BatchProgress = {
  batchId: string;
  done: number;
  total: number;
  lettersPerSecond: number;
  secondsLeft: number | undefined;
};
export type BatchResult = {
  batchId: string;
  status: 'completed' | 'cancelled';
  pdfFile?: string;
  pdfSha256?: string;
  manifestFile?: string;
  letterCount: number;
};

export type CreateBatchOptions = {
  source: LetterSource;
  criteria: BatchCriteria;
  outputDir: string;
  advisorName: string;
  /** Letters per chunk, or a function of the batch's letter count (small batches in small chunks, for a finer progress and cancel). */
  chunkSize?: number | ((letterCount: number) => number);
  now?: () => Date;
  id?: string;
};

export type RunBatchOptions = {
  pool: LetterPool;
  fund: FundIdentity;
  onProgress?: (progress: BatchProgress) => void;
  signal?: AbortSignal;
  now?: () => Date;
  /**
   * Writes the audit line of each issued letter; runs inside the transaction that records the letters
   * and completes the batch, so a batch letter without its audit line cannot exist.
   */
  auditIssued?: (batchId: string, letters: readonly IssuedLetter[]) => void;
  /** Chunks, merged PDF and manifest sealed with the profile's archive key; plain for an output folder outside a profile. */
  archive?: ArchiveCipher;
};

export const DEFAULT_CHUNK_SIZE = 200;

/** Freezes the selected letters into a new batch (status 'planned') and returns its id. */
export function createBatch(db: LettersDb, options: CreateBatchOptions): string {
  const id = options.id ?? uuidv7();
  const letters = planLetters(options.source, options.criteria);
  if (letters.length === 0) throw new RangeError('no letter matches these criteria');
  insertBatch(db, {
    id,
    kind: options.criteria.kind,
    criteria: { ...options.criteria },
    letters,
    chunkSize:
      typeof options.chunkSize === 'function'
        ? Math.max(1, Math.floor(options.chunkSize(letters.length)))
        : (options.chunkSize ?? DEFAULT_CHUNK_SIZE),
    outputDir: options.outputDir,
    advisorName: options.advisorName,
    now: (options.now ?? (() => new Date()))().toISOString(),
  });
  return id;
}

/** Runs (or resumes) a batch until it is complete or cancelled. */
export async function runBatch(db: LettersDb, batchId: string, options: RunBatchOptions): Promise<BatchResult> {
  const now = options.now ?? (() => new Date());
  const batch = getBatch(db, batchId);
  if (batch === undefined) throw new RangeError(`unknown batch ${batchId}`);
  if (batch.status === 'completed') return completedResult(batch);
  const archive = options.archive ?? plainArchive;
  const chunkDir = join(batch.outputDir, `${batchId}.chunks`);
  mkdirSync(chunkDir, { recursive: true, mode: 0o700 });
  setBatchStatus(db, batchId, 'running', now().toISOString());

  // A chunk marked done whose file is gone or altered is rendered again.
  for (const chunk of listChunks(db, batchId)) {
    if (
      chunk.status === 'done' &&
      (chunk.file === null || !existsSync(chunk.file) || chunkHash(archive, chunk.file) !== chunk.sha256)
    ) {
      resetChunk(db, batchId, chunk.chunkIndex);
    }
  }
  const chunks = listChunks(db, batchId);
  const pending = chunks.filter((chunk) => chunk.status === 'pending').map((chunk) => chunk.chunkIndex);
  let done = batchItems(db, batchId).filter((item) => item.firstPage !== null).length;
  const startedAt = performance.now();
  const doneAtStart = done;
  const report = (): void => {
    const seconds = (performance.now() - startedAt) / 1000;
    const rate = seconds > 0 ? (done - doneAtStart) / seconds : 0;
    options.onProgress?.({
      batchId,
      done,
      total: batch.letterCount,
      lettersPerSecond: rate,
      secondsLeft: rate > 0 ? (batch.letterCount - done) / rate : undefined,
    });
  };
  report();

  const renderChunk = async (chunkIndex: number): Promise<void> => {
    const letters = chunkLetters<LetterInput>(db, batchId, chunkIndex);
    const rendered = await options.pool.render(letters);
    const file = join(chunkDir, `chunk-${String(chunkIndex).padStart(6, '0')}.pdf`);
    writeFileDurably(file, archive.seal(rendered.pdf));
    markChunkDone(db, {
      batchId,
      chunkIndex,
      file,
      sha256: sha256(rendered.pdf),
      pageCount: rendered.pageCount,
      letterStartPages: rendered.letterStartPages,
    });
    done += letters.length;
    report();
  };

  try {
    // Keep every worker busy plus one chunk queued each, in print order.
    const inFlight = new Set<Promise<void>>();
    for (const chunkIndex of pending) {
      if (options.signal?.aborted) break;
      const task = renderChunk(chunkIndex).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= options.pool.size * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } catch (error) {
    setBatchStatus(db, batchId, 'failed', now().toISOString());
    throw error;
  }
  if (options.signal?.aborted && listChunks(db, batchId).some((chunk) => chunk.status === 'pending')) {
    setBatchStatus(db, batchId, 'cancelled', now().toISOString());
    return { batchId, status: 'cancelled', letterCount: batch.letterCount };
  }
  return finishBatch(db, batchId, { fund: options.fund, auditIssued: options.auditIssued, archive, now, chunkDir });
}

/** The plain hash of a chunk file, or null when it cannot be read back (another key, a torn file). */
function chunkHash(archive: ArchiveCipher, file: string): string | null {
  try {
    return sha256(archive.open(readFileSync(file)));
  } catch {
    return null;
  }
}

function finishBatch(
  db: LettersDb,
  batchId: string,
  {
    fund,
    auditIssued,
    archive,
    now,
    chunkDir,
  }: {
    fund: FundIdentity;
    auditIssued: RunBatchOptions['auditIssued'];
    archive: ArchiveCipher;
    now: () => Date;
    chunkDir: string;
  },
): BatchResult {
  const batch = getBatch(db, batchId);
  if (batch === undefined) throw new RangeError(`unknown batch ${batchId}`);
  const chunks = listChunks(db, batchId);
  const merged = mergePdfkitDocuments(
    chunks.map((chunk) => archive.open(readFileSync(chunk.file ?? ''))),
    { title: `${fund.name} – ${batch.kind} – ${batch.letterCount}`, author: fund.name },
  );
  const pdfFile = join(batch.outputDir, `${batchId}.pdf`);
  const manifestFile = join(batch.outputDir, `${batchId}.csv`);
  writeFileDurably(pdfFile, archive.seal(merged.pdf));
  const pdfSha256 = sha256(merged.pdf);
  const offsets = new Map<number, number>();
  let offset = 0;
  for (const chunk of chunks) {
    offsets.set(chunk.chunkIndex, offset);
    offset += chunk.pageCount ?? 0;
  }
  const issuedAt = now().toISOString();
  const items = batchItems(db, batchId);
  const letters: IssuedLetter[] = items.map((item) => {
    const firstPage = (offsets.get(item.chunkIndex) ?? 0) + (item.firstPage ?? 1);
    // An attestation was sealed when planned: its code derives from the record id it is archived under.
    const { archiveId, ...input } = item.input as Record<string, unknown> & { archiveId?: string };
    return {
      id: archiveId ?? uuidv7(),
      kind: letterKindOf(batch.kind as BatchKind),
      caseReference: item.caseReference,
      language: item.language,
      input,
      pdfSha256,
      pdfFile,
      batchId,
      firstPage,
      lastPage: firstPage + (item.pageCount ?? 1) - 1,
      advisorName: batch.advisorName,
      issuedAt,
    };
  });
  writeFileDurably(
    manifestFile,
    archive.seal(
      Buffer.from(
        manifestCsv(
          letters.map((letter, position) => ({ ...letter, position, amountCents: items[position]?.amountCents ?? 0 })),
        ),
        'utf8',
      ),
    ),
  );
  completeBatch(db, { id: batchId, pdfFile, pdfSha256, manifestFile, now: issuedAt }, letters, () =>
    auditIssued?.(batchId, letters),
  );
  rmSync(chunkDir, { recursive: true, force: true });
  return { batchId, status: 'completed', pdfFile, pdfSha256, manifestFile, letterCount: letters.length };
}

function completedResult(batch: NonNullable<ReturnType<typeof getBatch>>): BatchResult {
  return {
    batchId: batch.id,
    status: 'completed',
    letterCount: batch.letterCount,
    ...(batch.pdfFile === null ? {} : { pdfFile: batch.pdfFile }),
    ...(batch.pdfSha256 === null ? {} : { pdfSha256: batch.pdfSha256 }),
    ...(batch.manifestFile === null ? {} : { manifestFile: batch.manifestFile }),
  };
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Temporary file, fsync, rename: after a crash the file is either complete or absent. */
export function writeFileDurably(file: string, bytes: Buffer): void {
  const temporary = `${file}.tmp`;
  // 0600: archived letters carry names, NISS and amounts.
  const descriptor = openSync(temporary, 'w', 0o600);
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, file);
}
