import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { languages } from '../../shared/contract/schemas';

/**
 * Letters issued and the journal of back-office batches (migration 0004_letters).
 * Money in *_cents, dates ISO, hashes lowercase hex sha256.
 */

/** One batch: a kind, the criteria it was chosen with, and where its single merged PDF went. */
export const letterBatches = sqliteTable('letter_batches', {
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  criteria: text('criteria', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  status: text('status', { enum: ['planned', 'running', 'cancelled', 'failed', 'completed'] }).notNull(),
  letterCount: integer('letter_count').notNull(),
  totalCents: integer('total_cents').notNull(),
  chunkSize: integer('chunk_size').notNull(),
  outputDir: text('output_dir').notNull(),
  pdfFile: text('pdf_file'),
  pdfSha256: text('pdf_sha256'),
  manifestFile: text('manifest_file'),
  advisorName: text('advisor_name').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  completedAt: text('completed_at'),
});

/** Chunks are the unit of work and of resume: a chunk is done once its PDF file is on disk. */
export const letterBatchChunks = sqliteTable(
  'letter_batch_chunks',
  {
    batchId: text('batch_id')
      .notNull()
      .references(() => letterBatches.id),
    chunkIndex: integer('chunk_index').notNull(),
    status: text('status', { enum: ['pending', 'done'] }).notNull(),
    file: text('file'),
    sha256: text('sha256'),
    pageCount: integer('page_count'),
  },
  (table) => [primaryKey({ columns: [table.batchId, table.chunkIndex] })],
);

/** Each letter of a batch, frozen with the data it is drawn from, in print order. */
export const letterBatchItems = sqliteTable(
  'letter_batch_items',
  {
    batchId: text('batch_id')
      .notNull()
      .references(() => letterBatches.id),
    position: integer('position').notNull(),
    chunkIndex: integer('chunk_index').notNull(),
    caseReference: text('case_reference').notNull(),
    language: text('language', { enum: languages }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    input: text('input', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** Pages within its chunk, known once the chunk is rendered. */
    firstPage: integer('first_page'),
    pageCount: integer('page_count'),
  },
  (table) => [
    primaryKey({ columns: [table.batchId, table.position] }),
    index('letter_batch_items_chunk').on(table.batchId, table.chunkIndex),
  ],
);

/** Every issued letter: what, to whom, in which language, from which data, and the bytes' hash. */
export const issuedLetters = sqliteTable(
  'issued_letters',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    caseReference: text('case_reference').notNull(),
    language: text('language', { enum: languages }).notNull(),
    input: text('input', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** sha256 of the PDF the letter is in: its own file, or the batch PDF. */
    pdfSha256: text('pdf_sha256').notNull(),
    pdfFile: text('pdf_file').notNull(),
    batchId: text('batch_id').references(() => letterBatches.id),
    firstPage: integer('first_page').notNull(),
    lastPage: integer('last_page').notNull(),
    advisorName: text('advisor_name').notNull(),
    issuedAt: text('issued_at').notNull(),
  },
  (table) => [
    index('issued_letters_case').on(table.caseReference, table.issuedAt),
    index('issued_letters_batch').on(table.batchId),
  ],
);
