/**
 * What a change of situation is computed from, read from the case file: the person, the latest
 * affiliation, the provisional quarters it claims, the incomes and the granted requests.
 */
import type Database from 'better-sqlite3';
import {
  readClaimedQuarters,
  readGrantedRequestedIncomes,
  readIncomeFacts,
  readLatestAffiliation,
  readSituationPerson,
  type ClaimedRow,
  type SituationAffiliation,
  type SituationPerson,
} from '../../../db/repositories/situation-read';
import { GuichetError } from '../../../shared/contract/errors';
import { dateParts, toIsoDate, type IsoDate, type QuarterIndex } from '../../../shared/domain/calendar';
import { cents, type Cents } from '../../../shared/domain/money';
import {
  changeableCategories,
  type ChangeableCategory,
  type ContributionChange,
  type CurrentAffiliation,
  type SituationInput,
} from '../../../shared/domain/situation/types';
import { rulesForYear } from '../../../shared/rules';
import { FUND_FEE } from '../fund-settings';

export type SituationFacts = {
  person: SituationPerson;
  affiliation: SituationAffiliation;
  current: CurrentAffiliation;
  claimed: ClaimedRow[];
  input: SituationInput;
};

export function loadPerson(sqlite: Database.Database, personId: string): SituationPerson {
  const person = readSituationPerson(sqlite, personId);
  if (!person) throw new GuichetError('not-found', 'errors.notFound', { entity: 'person' });
  return person;
}

function isChangeable(category: string): category is ChangeableCategory {
  return (changeableCategories as readonly string[]).includes(category);
}

export function loadFacts(
  sqlite: Database.Database,
  personId: string,
  change: ContributionChange,
  today: IsoDate,
): SituationFacts {
  const person = loadPerson(sqlite, personId);
  const affiliation = readLatestAffiliation(sqlite, personId);
  if (!affiliation) throw new GuichetError('conflict', 'situation.errors.noAffiliation');
  if (!isChangeable(affiliation.category)) throw new GuichetError('conflict', 'situation.errors.categoryNotChangeable');
  const current: CurrentAffiliation = {
    category: affiliation.category,
    startDate: toIsoDate(affiliation.startDate),
    endDate: affiliation.endDate === null ? null : toIsoDate(affiliation.endDate),
    isPrimoStarter: affiliation.isPrimoStarter === 1,
    currentSince: toIsoDate(affiliation.periodFrom ?? affiliation.startDate),
  };
  const claimed = readClaimedQuarters(sqlite, personId, dateParts(change.effectiveDate).year);
  const requested = new Map<number, Cents>();
  for (const row of readGrantedRequestedIncomes(sqlite, personId)) {
    if (!requested.has(row.year)) requested.set(row.year, cents(row.amountCents));
  }
  const input: SituationInput = {
    change,
    affiliation: current,
    claimed: claimed.map((row) => ({
      id: row.id,
      isExempted: row.status === 'exempted',
      year: row.year,
      quarter: row.quarter as QuarterIndex,
      contribution: cents(row.amountCents),
      fee: cents(row.feeCents),
      dueDate: toIsoDate(row.dueDate),
    })),
    facts: {
      incomes: readIncomeFacts(sqlite, personId).map((row) => ({ ...row, amount: cents(row.amountCents) })),
      requested,
    },
    today,
    fees: FUND_FEE,
    rulesForYear,
  };
  return { person, affiliation, current, claimed, input };
}
