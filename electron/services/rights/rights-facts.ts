/**
 * What the pure rights rules are given about a person, read from the case file: birth date,
 * affiliation periods, each claimed quarter with its category and whether it is paid, the events and
 * the applications. "Today" comes from the caller.
 */
import type Database from 'better-sqlite3';
import { readContributions, readPayments } from '../../../db/repositories/case-file-ledger-read';
import { readAffiliationRecords, readPersonIdentity } from '../../../db/repositories/case-file-summary-read';
import {
  lifeEventFact,
  readLifeEvents,
  readRightApplications,
  rightApplicationFact,
} from '../../../db/repositories/rights-read';
import { GuichetError } from '../../../shared/contract/errors';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import { toIsoDate, type IsoDate } from '../../../shared/domain/calendar';
import { CONTRIBUTION_CATEGORIES, type ContributionCategory } from '../../../shared/domain/contribution/types';
import type { AffiliationPeriodFact, ContributionQuarterFact, RightsFacts } from '../../../shared/domain/rights/types';

/** Only persons have rights: a company's case file is refused with a translated message. */
export function personIdOf(ref: CaseFileRef): string {
  if (ref.kind !== 'person') throw new GuichetError('validation', 'rightsPanel.errors.personOnly');
  return ref.id;
}

function contributionCategory(category: string): ContributionCategory | null {
  return (CONTRIBUTION_CATEGORIES as readonly string[]).includes(category) ? (category as ContributionCategory) : null;
}

/** Each claimed provisional quarter, paid when what was paid on it covers its amount and fee. */
function quarterFacts(sqlite: Database.Database, personId: string): ContributionQuarterFact[] {
  const owner = { kind: 'person' as const, id: personId };
  const categories = new Map(readAffiliationRecords(sqlite, owner).map((row) => [row.id, row.category]));
  const paid = new Map<string, number>();
  for (const payment of readPayments(sqlite, owner))
    if (payment.contributionId !== null)
      paid.set(payment.contributionId, (paid.get(payment.contributionId) ?? 0) + payment.amountCents);
  return readContributions(sqlite, owner).flatMap((row) => {
    if (row.kind !== 'provisional' || row.quarter === null || row.status === 'cancelled') return [];
    const category = contributionCategory(
      row.affiliationId === null ? 'main' : (categories.get(row.affiliationId) ?? ''),
    );
    if (category === null) return [];
    const isPaid = row.status === 'open' && (paid.get(row.id) ?? 0) >= row.amountCents + row.feeCents;
    return [{ quarter: `${row.year}-Q${row.quarter}`, category, isPaid }];
  });
}

function affiliationFacts(sqlite: Database.Database, personId: string): AffiliationPeriodFact[] {
  return readAffiliationRecords(sqlite, { kind: 'person', id: personId }).flatMap((row) => {
    const category = contributionCategory(row.category);
    if (category === null) return [];
    return [
      {
        category,
        startDate: toIsoDate(row.startDate),
        endDate: row.endDate === null ? null : toIsoDate(row.endDate),
      },
    ];
  });
}

export function loadRightsFacts(sqlite: Database.Database, personId: string, asOf: IsoDate): RightsFacts {
  const person = readPersonIdentity(sqlite, personId);
  if (!person) throw new GuichetError('not-found', 'errors.notFound', { entity: 'person' });
  const events = readLifeEvents(sqlite, personId);
  return {
    asOf,
    birthDate: person.birthDate === null ? null : toIsoDate(person.birthDate),
    // Dependants are said with a bankruptcy or a cessation: the latest event that says it; else unknown ("to check").
    hasFamilyCharge: events.findLast((event) => event.hasFamilyCharge !== null)?.hasFamilyCharge ?? null,
    affiliations: affiliationFacts(sqlite, personId),
    contributionQuarters: quarterFacts(sqlite, personId),
    events: events.map(lifeEventFact),
    applications: readRightApplications(sqlite, personId).map(rightApplicationFact),
  };
}
