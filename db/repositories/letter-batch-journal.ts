/**
 * The batch journal in SQLite: a batch row, its items frozen in print order, and its chunks. The
 * journal is what makes a batch resumable: a chunk is marked done in the same transaction that
 * records the pages of its letters, and only after its PDF file is safely on disk.
 */
import type Database from 'better-sqlite3';
import { and, asc, eq } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { issuedLetters, letterBatchChunks, letterBatches, letterBatchItems } from '../schema/letters';
import type { Language } from '../../shared/contract/schemas';

const schema = { letterBatches, letterBatchChunks, letterBatchItems, issuedLetters };
export type LettersDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function lettersDb(client: Database.Database): LettersDb {
  return drizzle({ client, schema });
}

export type BatchRow = typeof letterBatches.$inferSelect;
export type ChunkRow = typeof letterBatchChunks.$inferSelect;
/**
 * A letter as the journal keeps it: its input is the letters engine's own type, stored as JSON and
 * given back as it was frozen; the journal only needs its language.
 */
export type JournalInput = { language: Language };
export type PlannedLetter<Input extends JournalInput = JournalInput> = {
  input: Input;
  caseReference: string;
  amountCents: number;
};

export type NewBatch = {
  id: string;
  kind: string;
  criteria: Record<string, unknown>;
  letters: readonly PlannedLetter[];
  chunkSize: number;
  outputDir: string;
  advisorName: string;
  now: string;
};

export function insertBatch(db: LettersDb, batch: NewBatch): void {
  const total = batch.letters.reduce((sum, letter) => sum + letter.amountCents, 0);
  const chunkCount = Math.ceil(batch.letters.length / batch.chunkSize);
  db.transaction((tx) => {
    tx.insert(letterBatches)
      .values({
        id: batch.id,
        kind: batch.kind,
        criteria: batch.criteria,
        status: 'planned',
        letterCount: batch.letters.length,
        totalCents: total,
        chunkSize: batch.chunkSize,
        outputDir: batch.outputDir,
        advisorName: batch.advisorName,
        createdAt: batch.now,
        updatedAt: batch.now,
      })
      .run();
    for (let chunkIndex = 0; chunkIndex < chunkCount; chunkIndex += 1) {
      tx.insert(letterBatchChunks).values({ batchId: batch.id, chunkIndex, status: 'pending' }).run();
    }
    batch.letters.forEach((letter, position) => {
      tx.insert(letterBatchItems)
        .values({
          batchId: batch.id,
          position,
          chunkIndex: Math.floor(position / batch.chunkSize),
          caseReference: letter.caseReference,
          language: letter.input.language,
          amountCents: letter.amountCents,
          input: letter.input as unknown as Record<string, unknown>,
        })
        .run();
    });
  });
}

export function getBatch(db: LettersDb, id: string): BatchRow | undefined {
  return db.select().from(letterBatches).where(eq(letterBatches.id, id)).get();
}

export function listChunks(db: LettersDb, batchId: string): ChunkRow[] {
  return db
    .select()
    .from(letterBatchChunks)
    .where(eq(letterBatchChunks.batchId, batchId))
    .orderBy(asc(letterBatchChunks.chunkIndex))
    .all();
}

export function chunkLetters<Input extends JournalInput>(db: LettersDb, batchId: string, chunkIndex: number): Input[] {
  return db
    .select({ input: letterBatchItems.input })
    .from(letterBatchItems)
    .where(and(eq(letterBatchItems.batchId, batchId), eq(letterBatchItems.chunkIndex, chunkIndex)))
    .orderBy(asc(letterBatchItems.position))
    .all()
    .map((row) => row.input as unknown as Input);
}

export function batchItems(db: LettersDb, batchId: string): (typeof letterBatchItems.$inferSelect)[] {
  return db
    .select()
    .from(letterBatchItems)
    .where(eq(letterBatchItems.batchId, batchId))
    .orderBy(asc(letterBatchItems.position))
    .all();
}

export function setBatchStatus(db: LettersDb, id: string, status: BatchRow['status'], now: string): void {
  db.update(letterBatches).set({ status, updatedAt: now }).where(eq(letterBatches.id, id)).run();
}

/** Records a rendered chunk: its file and hash, and each letter's pages within the chunk. */
export function markChunkDone(
  db: LettersDb,
  chunk: {
    batchId: string;
    chunkIndex: number;
    file: string;
    sha256: string;
    pageCount: number;
    letterStartPages: readonly number[];
  },
): void {
  db.transaction((tx) => {
    const items = tx
      .select({ position: letterBatchItems.position })
      .from(letterBatchItems)
      .where(and(eq(letterBatchItems.batchId, chunk.batchId), eq(letterBatchItems.chunkIndex, chunk.chunkIndex)))
      .orderBy(asc(letterBatchItems.position))
      .all();
    items.forEach((item, index) => {
      const first = chunk.letterStartPages[index] ?? 1;
      const next = chunk.letterStartPages[index + 1] ?? chunk.pageCount + 1;
      tx.update(letterBatchItems)
        .set({ firstPage: first, pageCount: next - first })
        .where(and(eq(letterBatchItems.batchId, chunk.batchId), eq(letterBatchItems.position, item.position)))
        .run();
    });
    tx.update(letterBatchChunks)
      .set({ status: 'done', file: chunk.file, sha256: chunk.sha256, pageCount: chunk.pageCount })
      .where(and(eq(letterBatchChunks.batchId, chunk.batchId), eq(letterBatchChunks.chunkIndex, chunk.chunkIndex)))
      .run();
  });
}

/** A chunk whose file went missing or changed is rendered again on resume. */
export function resetChunk(db: LettersDb, batchId: string, chunkIndex: number): void {
  db.update(letterBatchChunks)
    .set({ status: 'pending', file: null, sha256: null, pageCount: null })
    .where(and(eq(letterBatchChunks.batchId, batchId), eq(letterBatchChunks.chunkIndex, chunkIndex)))
    .run();
}

export type IssuedLetter = typeof issuedLetters.$inferInsert;

/**
 * Completes a batch and records every letter as issued, atomically: all of them or none.
 * `alongside` runs in the same transaction (the letters' audit lines).
 */
export function completeBatch(
  db: LettersDb,
  batch: { id: string; pdfFile: string; pdfSha256: string; manifestFile: string; now: string },
  letters: readonly IssuedLetter[],
  alongside?: () => void,
): void {
  db.transaction((tx) => {
    for (const letter of letters) tx.insert(issuedLetters).values(letter).run();
    alongside?.();
    tx.update(letterBatches)
      .set({
        status: 'completed',
        pdfFile: batch.pdfFile,
        pdfSha256: batch.pdfSha256,
        manifestFile: batch.manifestFile,
        updatedAt: batch.now,
        completedAt: batch.now,
      })
      .where(eq(letterBatches.id, batch.id))
      .run();
  });
}

export function recordIssuedLetter(db: LettersDb, letter: IssuedLetter): void {
  db.insert(issuedLetters).values(letter).run();
}

export function issuedLettersOf(
  db: LettersDb,
  filter: { batchId?: string; caseReference?: string },
): (typeof issuedLetters.$inferSelect)[] {
  const query = db.select().from(issuedLetters);
  if (filter.batchId !== undefined)
    return query.where(eq(issuedLetters.batchId, filter.batchId)).orderBy(asc(issuedLetters.firstPage)).all();
  if (filter.caseReference !== undefined)
    return query
      .where(eq(issuedLetters.caseReference, filter.caseReference))
      .orderBy(asc(issuedLetters.issuedAt))
      .all();
  return query.all();
}

export function listBatches(db: LettersDb): BatchRow[] {
  return db.select().from(letterBatches).all();
}

export function getIssuedLetter(db: LettersDb, id: string): typeof issuedLetters.$inferSelect | undefined {
  return db.select().from(issuedLetters).where(eq(issuedLetters.id, id)).get();
}

/** Letters of a batch already rendered (their pages known), for the progress of a batch not running here. */
export function renderedLetterCount(db: LettersDb, batchId: string): number {
  return (
    db.$client
      .prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM letter_batch_items WHERE batch_id = ? AND first_page IS NOT NULL',
      )
      .get(batchId)?.n ?? 0
  );
}
