import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';
import { affiliations } from './affiliations';
import { oneOwner, ownerColumns } from './owner';

/**
 * Requests filed for a case file: exemption (AR 38 art. 17), surcharge waiver (AR 19/12/1967
 * art. 48), reduction or increase of provisional contributions (AR 38 art. 11 §4). INASTI decides
 * the first two; `effect_cents` is what a granted decision took off the balance.
 */
export const caseRequests = sqliteTable(
  'case_requests',
  {
    ...syncColumns(),
    ...ownerColumns(),
    affiliationId: text('affiliation_id').references(() => affiliations.id),
    kind: text('kind', {
      enum: ['exemption', 'surcharge-waiver', 'provisional-reduction', 'provisional-increase'],
    }).notNull(),
    grounds: text('grounds').notNull(),
    groundsText: text('grounds_text').notNull(),
    quarters: text('quarters', { mode: 'json' }).$type<string[]>().notNull(),
    year: integer('year'),
    requestedIncomeCents: integer('requested_income_cents'),
    status: text('status', { enum: ['filed', 'granted', 'refused'] }).notNull(),
    filedOn: text('filed_on').notNull(),
    decidedOn: text('decided_on'),
    decisionNote: text('decision_note').notNull(),
    effectCents: integer('effect_cents').notNull(),
    /** INASTI's own reference and date for its decision, printed on the decision letter when recorded. */
    authorityReference: text('authority_reference'),
    authorityDecidedOn: text('authority_decided_on'),
  },
  (table) => [
    index('case_requests_person').on(table.personId),
    index('case_requests_company').on(table.companyId),
    check('case_requests_one_owner', oneOwner(table)),
  ],
);
