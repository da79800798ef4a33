import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  cessationGrounds,
  lifeEventKinds,
  lifeEventOrigins,
  rightApplicationStatuses,
  rightKinds,
} from '../../shared/domain/rights/types';
import { advisors } from './advisors';
import { syncColumns } from './columns';
import { persons } from './persons';

/**
 * An event of a person's life that can open a right (birth, bankruptcy, cessation with its ground,
 * incapacity, pension age), recorded at the counter or imported from head office's life-events file.
 * Only persons have rights, so the owner is always a person.
 */
export const lifeEvents = sqliteTable(
  'life_events',
  {
    ...syncColumns(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind', { enum: lifeEventKinds }).notNull(),
    eventDate: text('event_date').notNull(),
    origin: text('origin', { enum: lifeEventOrigins }).notNull(),
    source: text('source').notNull(),
    cessationGround: text('cessation_ground', { enum: cessationGrounds }),
    isStillbirth: integer('is_stillbirth', { mode: 'boolean' }).notNull(),
    /** Dependants at the time of the event (bankruptcy, cessation): it sets the bridging-right amount; null when not said. */
    hasFamilyCharge: integer('has_family_charge', { mode: 'boolean' }),
    advisorId: text('advisor_id').references(() => advisors.id),
  },
  (table) => [index('life_events_person').on(table.personId, table.eventDate)],
);

/**
 * An application for a right and what became of it: filed, documents requested, granted or refused
 * with the advisor's motivation. A granted bridging right records its monthly amount and months, which
 * count against the career maximum.
 */
export const rightApplications = sqliteTable(
  'right_applications',
  {
    ...syncColumns(),
    personId: text('person_id')
      .notNull()
      .references(() => persons.id),
    right: text('right', { enum: rightKinds }).notNull(),
    eventId: text('event_id').references(() => lifeEvents.id),
    status: text('status', { enum: rightApplicationStatuses }).notNull(),
    filedOn: text('filed_on').notNull(),
    decidedOn: text('decided_on'),
    motivation: text('motivation').notNull(),
    monthlyCents: integer('monthly_cents').notNull(),
    months: integer('months').notNull(),
    advisorId: text('advisor_id').references(() => advisors.id),
    decidedBy: text('decided_by').references(() => advisors.id),
  },
  (table) => [
    index('right_applications_person').on(table.personId),
    index('right_applications_event').on(table.eventId),
  ],
);
