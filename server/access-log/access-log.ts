/**
 * Head office's access log: entries stored as the devices send them (the device from its
 * credentials), each once, and read back per case file for `npm run server -- access-log`. The table
 * refuses updates and deletes; nothing here reads it for a device.
 */
import { and, asc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { AccessEntry } from '../../shared/contract/access-log-protocol';
import type { DeviceScope } from '../auth';
import type { Queryable } from '../db/connection';
import { accessLog, devices, syncRows } from '../db/schema';

/** Stores the entries not stored yet; returns how many were new. */
export async function storeAccessEntries(
  db: Queryable,
  scope: Pick<DeviceScope, 'deviceId'>,
  entries: readonly AccessEntry[],
): Promise<number> {
  if (entries.length === 0) return 0;
  const stored = await db
    .insert(accessLog)
    .values(
      entries.map((entry) => ({
        id: entry.id,
        deviceId: scope.deviceId,
        advisorId: entry.advisorId,
        at: entry.at,
        personId: entry.personId,
        companyId: entry.companyId,
        action: entry.action,
        source: entry.source,
        detail: entry.detail,
      })),
    )
    .onConflictDoNothing({ target: accessLog.id })
    .returning({ id: accessLog.id });
  return stored.length;
}

export type AccessLogLine = {
  at: string;
  caseFile: { kind: 'person' | 'company'; id: string };
  advisorId: string | null;
  advisorName: string | null;
  deviceId: string;
  deviceName: string | null;
  action: string;
  source: string | null;
  detail: string | null;
};

/** The companies a person holds (or held) a mandate in: their case files name the person too. */
async function companiesOfPerson(db: Queryable, personId: string): Promise<string[]> {
  const rows = await db
    .select({ companyId: sql<string>`${syncRows.data}->>'companyId'` })
    .from(syncRows)
    .where(and(eq(syncRows.entity, 'mandate'), sql`${syncRows.data}->>'personId' = ${personId}`));
  return [...new Set(rows.map((row) => row.companyId).filter((id): id is string => typeof id === 'string'))];
}

export type AccessLogQuery = {
  caseFile: { kind: 'person' | 'company'; id: string };
  /** Inclusive lower bound, ISO date or timestamp. */
  from?: string | undefined;
  /** Exclusive upper bound, ISO date or timestamp. */
  to?: string | undefined;
};

/** Every access to the case file (and, for a person, to the companies they hold a mandate in), oldest first. */
export async function readAccessLog(db: Queryable, query: AccessLogQuery): Promise<AccessLogLine[]> {
  const { caseFile } = query;
  const companyIds = caseFile.kind === 'person' ? await companiesOfPerson(db, caseFile.id) : [caseFile.id];
  const owner =
    caseFile.kind === 'person'
      ? companyIds.length > 0
        ? or(eq(accessLog.personId, caseFile.id), inArray(accessLog.companyId, companyIds))
        : eq(accessLog.personId, caseFile.id)
      : eq(accessLog.companyId, caseFile.id);
  const advisor = sql`(SELECT ${syncRows.data}->>'displayName' FROM ${syncRows} WHERE ${syncRows.entity} = 'advisor' AND ${syncRows.id} = ${accessLog.advisorId})`;
  const rows = await db
    .select({
      at: accessLog.at,
      personId: accessLog.personId,
      companyId: accessLog.companyId,
      advisorId: accessLog.advisorId,
      advisorName: sql<string | null>`${advisor}`,
      deviceId: accessLog.deviceId,
      deviceName: devices.name,
      action: accessLog.action,
      source: accessLog.source,
      detail: accessLog.detail,
    })
    .from(accessLog)
    .leftJoin(devices, eq(devices.id, accessLog.deviceId))
    .where(
      and(
        owner,
        query.from === undefined ? undefined : gte(accessLog.at, query.from),
        query.to === undefined ? undefined : lt(accessLog.at, query.to),
      ),
    )
    .orderBy(asc(accessLog.at), asc(accessLog.id));
  return rows.map(({ personId, companyId, at, ...row }) => ({
    ...row,
    at: new Date(at).toISOString(),
    caseFile: personId !== null ? { kind: 'person', id: personId } : { kind: 'company', id: companyId ?? '' },
  }));
}
