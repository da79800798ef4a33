/**
 * `import-events FILE` at head office: the life-events file (one JSON line per event: NISS, kind,
 * date, source, optional cessationGround / isStillbirth) becomes `lifeEvent` rows that devices pull
 * like any head-office row.
 *
 * Every line is judged on its own and reported with its number: a malformed line or an unknown NISS
 * is rejected, the others are imported. What is imported is written in one transaction, so a failure
 * half-way writes nothing. An event already known (same person, kind and day, whether imported before
 * or recorded at the counter) is skipped: importing the same file twice adds nothing.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { lifeEventLineSchema, type LifeEventLine } from '../../shared/contract/life-events-file';
import { parseNiss } from '../../shared/domain/identifiers/niss';
import type { ServerDb, ServerTx } from '../db/connection';
import { syncRows } from '../db/schema';
import { writeHeadOfficeRowsIn, type HeadOfficeRow } from '../sync/head-office';
import { lockWriters } from '../sync/rows';

export type RejectedLine = { line: number; reason: string };
export type EventsImportSummary = {
  imported: number;
  alreadyKnown: number;
  rejected: readonly RejectedLine[];
};

type ParsedLine = { line: number; event: LifeEventLine & { niss: string } };

/** Each non-empty line parsed and checked; the reasons name the field, never the value (no NISS in a report). */
export function parseEventLines(text: string): { parsed: ParsedLine[]; rejected: RejectedLine[] } {
  const parsed: ParsedLine[] = [];
  const rejected: RejectedLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      rejected.push({ line, reason: 'not a JSON object' });
      return;
    }
    const result = lifeEventLineSchema.safeParse(json);
    if (!result.success) {
      const reason = result.error.issues
        .map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`)
        .join('; ');
      rejected.push({ line, reason });
      return;
    }
    const niss = parseNiss(result.data.niss);
    parsed.push({ line, event: { ...result.data, niss: niss.ok ? niss.value.niss : result.data.niss } });
  });
  return { parsed, rejected };
}

const eventKey = (personId: string, kind: string, date: string): string => `${personId}\u0000${kind}\u0000${date}`;

export async function importEvents(db: ServerDb, text: string, now: Date): Promise<EventsImportSummary> {
  const { parsed, rejected } = parseEventLines(text);
  return db.transaction(async (tx): Promise<EventsImportSummary> => {
    // Taken first: a second import of the same file waits here, then finds the first one's rows.
    await lockWriters(tx);
    const persons = await findPersons(
      tx,
      parsed.map((item) => item.event.niss),
    );
    const known = await findKnownEvents(tx, [...persons.values()]);
    const rows: HeadOfficeRow[] = [];
    let alreadyKnown = 0;
    const at = now.toISOString();
    for (const { line, event } of parsed) {
      const personId = persons.get(event.niss);
      if (personId === undefined) {
        rejected.push({ line, reason: 'niss: no person with this NISS at head office' });
        continue;
      }
      const key = eventKey(personId, event.kind, event.date);
      if (known.has(key)) {
        alreadyKnown++;
        continue;
      }
      known.add(key);
      rows.push({
        entity: 'lifeEvent',
        id: uuidv7(),
        data: {
          personId,
          kind: event.kind,
          eventDate: event.date,
          origin: 'import',
          source: event.source,
          cessationGround: event.cessationGround ?? null,
          isStillbirth: event.isStillbirth ?? false,
          hasFamilyCharge: event.hasFamilyCharge ?? null,
          advisorId: null,
          createdAt: at,
          updatedAt: at,
          rowVersion: 1,
          deletedAt: null,
        },
      });
    }
    await writeHeadOfficeRowsIn(tx, rows);
    return { imported: rows.length, alreadyKnown, rejected: rejected.sort((left, right) => left.line - right.line) };
  });
}

/** Person id by NISS, live persons only, through the natural-key index. */
async function findPersons(tx: ServerTx, nissList: readonly string[]): Promise<Map<string, string>> {
  const keys = [...new Set(nissList)].map((niss) => `person:${niss}`);
  if (keys.length === 0) return new Map();
  const rows = await tx
    .select({ id: syncRows.id, naturalKey: syncRows.naturalKey })
    .from(syncRows)
    .where(
      and(
        eq(syncRows.entity, 'person'),
        inArray(syncRows.naturalKey, keys),
        sql`${syncRows.data}->>'deletedAt' IS NULL`,
      ),
    );
  return new Map(rows.map((row) => [(row.naturalKey ?? '').slice('person:'.length), row.id]));
}

/** The events head office already holds for these persons, as person + kind + date keys. */
async function findKnownEvents(tx: ServerTx, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await tx
    .select({ data: syncRows.data })
    .from(syncRows)
    .where(
      and(
        eq(syncRows.entity, 'lifeEvent'),
        inArray(syncRows.rootId, [...new Set(personIds)]),
        sql`${syncRows.data}->>'deletedAt' IS NULL`,
      ),
    );
  return new Set(
    rows.map((row) => eventKey(String(row.data['personId']), String(row.data['kind']), String(row.data['eventDate']))),
  );
}
