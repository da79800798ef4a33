import { bigint, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A bank statement file imported at head office. Its SHA-256 is unique: the same file imported twice
 * would book every payment twice.
 */
export const statementFiles = pgTable('statement_files', {
  id: text('id').primaryKey(),
  fileHash: text('file_hash').notNull().unique(),
  format: text('format', { enum: ['coda', 'camt.053'] }).notNull(),
  statementCount: integer('statement_count').notNull(),
  movementCount: integer('movement_count').notNull(),
  matchedCount: integer('matched_count').notNull(),
  unmatchedCount: integer('unmatched_count').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every movement of an imported file, as the bank stated it (payer's account and name kept), with
 * what the import did with it: a payment booked (`payment_id`), a debit left aside, or an entry of the
 * unmatched queue (`outcome` unmatched, `status` open until staff allocate it).
 */
export const statementMovements = pgTable(
  'statement_movements',
  {
    id: text('id').primaryKey(),
    fileId: text('file_id')
      .notNull()
      .references(() => statementFiles.id),
    accountIban: text('account_iban').notNull(),
    statementNumber: text('statement_number').notNull(),
    line: integer('line').notNull(),
    bankReference: text('bank_reference').notNull(),
    sign: text('sign', { enum: ['credit', 'debit'] }).notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    valueDate: text('value_date').notNull(),
    structuredCommunication: text('structured_communication'),
    freeCommunication: text('free_communication'),
    payerIban: text('payer_iban'),
    payerName: text('payer_name'),
    payerBic: text('payer_bic'),
    outcome: text('outcome', { enum: ['matched', 'unmatched', 'debit'] }).notNull(),
    reason: text('reason'),
    /** The debt the reference names (matched, or proposed for an unmatched credit). */
    contributionId: text('contribution_id'),
    paymentId: text('payment_id'),
    status: text('status', { enum: ['open', 'resolved'] }).notNull(),
    note: text('note'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** Who allocated the entry from the app (advisor and device); both null when allocated at the head-office console. */
    resolvedByAdvisor: text('resolved_by_advisor'),
    resolvedByDevice: text('resolved_by_device'),
    /** The case file (person or company id) the payment was booked to. */
    caseFileId: text('case_file_id'),
  },
  (table) => [
    index('statement_movements_queue').on(table.outcome, table.status),
    index('statement_movements_file').on(table.fileId),
  ],
);

/**
 * Each statement a file carried: the same statement delivered again in another file (as camt.053
 * after CODA, or downloaded twice with another header) is refused as well. Banks number statements
 * per account and restart each year, hence the opening balance date in the key.
 */
export const importedStatements = pgTable(
  'imported_statements',
  {
    accountIban: text('account_iban').notNull(),
    statementNumber: text('statement_number').notNull(),
    openingDate: text('opening_date').notNull(),
    closingDate: text('closing_date').notNull(),
    closingCents: bigint('closing_cents', { mode: 'number' }).notNull(),
    fileId: text('file_id')
      .notNull()
      .references(() => statementFiles.id),
  },
  (table) => [primaryKey({ columns: [table.accountIban, table.statementNumber, table.openingDate] })],
);
