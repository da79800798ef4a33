/** Reads what the case-file summary shows: identity, current address, branch, affiliations. */
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { GuichetDb } from '../connection';
import { addresses, affiliations, branches, companies, persons } from '../schema';

export function readPerson(db: GuichetDb, id: string) {
  return db
    .select()
    .from(persons)
    .where(and(eq(persons.id, id), isNull(persons.deletedAt)))
    .get();
}

export function readCompany(db: GuichetDb, id: string) {
  return db
    .select()
    .from(companies)
    .where(and(eq(companies.id, id), isNull(companies.deletedAt)))
    .get();
}

export function readCurrentAddress(db: GuichetDb, owner: { personId: string } | { companyId: string }) {
  const ownerCondition =
    'personId' in owner ? eq(addresses.personId, owner.personId) : eq(addresses.companyId, owner.companyId);
  return db
    .select()
    .from(addresses)
    .where(and(ownerCondition, isNull(addresses.deletedAt)))
    .orderBy(desc(addresses.validFrom))
    .limit(1)
    .get();
}

export function readBranch(db: GuichetDb, id: string | null) {
  if (id === null) return undefined;
  return db.select().from(branches).where(eq(branches.id, id)).get();
}

export function readAffiliations(db: GuichetDb, owner: { personId: string } | { companyId: string }) {
  const ownerCondition =
    'personId' in owner ? eq(affiliations.personId, owner.personId) : eq(affiliations.companyId, owner.companyId);
  return db
    .select()
    .from(affiliations)
    .where(and(ownerCondition, isNull(affiliations.deletedAt)))
    .orderBy(asc(affiliations.startDate))
    .all();
}

export function countPersons(sqliteDb: GuichetDb): number {
  return (
    sqliteDb.$client.prepare<[], { n: number }>('SELECT count(*) AS n FROM persons WHERE deleted_at IS NULL').get()
      ?.n ?? 0
  );
}

export function countPendingChanges(sqliteDb: GuichetDb): number {
  return (
    sqliteDb.$client.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox WHERE pushed_at IS NULL').get()?.n ??
    0
  );
}
