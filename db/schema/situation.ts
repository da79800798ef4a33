import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { situationChangeKinds } from '../../shared/domain/situation/types';
import { syncColumns } from './columns';
import { affiliations } from './affiliations';
import { advisors } from './advisors';
import { oneOwner, ownerColumns } from './owner';

/**
 * A change of situation declared at the counter, dated and kept as history: a move, new contact
 * details or language, a category change, a cessation (with its reason) or a resumption.
 * `details` holds what changed (before and after); `difference_cents` what it did to the provisional
 * contributions (after minus before, fees included). The rows it wrote are in the audit log.
 */
export const situationChanges = sqliteTable(
  'situation_changes',
  {
    ...syncColumns(),
    ...ownerColumns(),
    affiliationId: text('affiliation_id').references(() => affiliations.id),
    kind: text('kind', { enum: situationChangeKinds }).notNull(),
    effectiveDate: text('effective_date').notNull(),
    reason: text('reason'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    differenceCents: integer('difference_cents').notNull(),
    advisorId: text('advisor_id').references(() => advisors.id),
  },
  (table) => [
    index('situation_changes_person').on(table.personId, table.effectiveDate),
    index('situation_changes_company').on(table.companyId, table.effectiveDate),
    check('situation_changes_one_owner', oneOwner(table)),
  ],
);
