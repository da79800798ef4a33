import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncColumns } from './columns';
import { oneOwner, ownerColumns } from './owner';
import { advisors } from './advisors';

/**
 * A debt handed over to judicial recovery (contrainte or citation, through a bailiff or a lawyer), or a
 * claim filed with the receiver of a bankrupt debtor. The fund follows it up with its agent
 * (engagement de service, point 4); the steps, costs and judgement are in judicial_events.
 */
export const judicialFiles = sqliteTable(
  'judicial_files',
  {
    ...syncColumns(),
    ...ownerColumns(),
    kind: text('kind', { enum: ['contrainte', 'citation', 'bankruptcy-claim'] }).notNull(),
    agentKind: text('agent_kind', { enum: ['bailiff', 'lawyer', 'receiver'] }).notNull(),
    agentName: text('agent_name').notNull(),
    /** The day the file left the fund (hand-over) or the claim was filed with the receiver. */
    handedOverOn: text('handed_over_on').notNull(),
    claimedCents: integer('claimed_cents').notNull(),
    contributionIds: text('contribution_ids', { mode: 'json' }).$type<string[]>().notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    judgementOn: text('judgement_on'),
    closedOn: text('closed_on'),
    closure: text('closure', { enum: ['paid', 'payment-plan', 'irrecoverable', 'withdrawn'] }),
    advisorId: text('advisor_id').references(() => advisors.id),
  },
  (table) => [
    index('judicial_files_person').on(table.personId, table.status),
    index('judicial_files_company').on(table.companyId, table.status),
    check('judicial_files_one_owner', oneOwner(table)),
  ],
);

/** What happened in a judicial file: acts, hearings, judgement, costs, instalments, closure. */
export const judicialEvents = sqliteTable(
  'judicial_events',
  {
    ...syncColumns(),
    fileId: text('file_id')
      .notNull()
      .references(() => judicialFiles.id),
    occurredOn: text('occurred_on').notNull(),
    kind: text('kind', {
      enum: ['act', 'hearing', 'judgement', 'costs', 'instalment', 'claim-filed', 'note', 'closure'],
    }).notNull(),
    /** Costs billed by the agent, or an instalment received; 0 for the other kinds. */
    amountCents: integer('amount_cents').notNull(),
    note: text('note').notNull(),
    advisorId: text('advisor_id').references(() => advisors.id),
  },
  (table) => [index('judicial_events_file').on(table.fileId, table.occurredOn)],
);
