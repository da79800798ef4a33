/** The changes filed for a person and their addresses, newest first; each address ends the day before the next. */
import type Database from 'better-sqlite3';
import { readAddressHistory, readSituationChanges } from '../../../db/repositories/situation-read';
import type { SituationHistory } from '../../../shared/contract/channels/situation';
import { addDays, toIsoDate } from '../../../shared/domain/calendar';

export function situationHistory(sqlite: Database.Database, personId: string): SituationHistory {
  const addresses = readAddressHistory(sqlite, personId);
  return {
    changes: readSituationChanges(sqlite, personId).map((row) => ({
      id: row.id,
      kind: row.kind as SituationHistory['changes'][number]['kind'],
      effectiveDate: row.effectiveDate,
      reason: row.reason,
      details: JSON.parse(row.details) as Record<string, unknown>,
      differenceCents: row.differenceCents,
      advisorName: row.advisorName,
    })),
    addresses: addresses.map((row, index) => {
      const newer = addresses[index - 1];
      return {
        id: row.id,
        street: row.street,
        houseNumber: row.houseNumber,
        box: row.box,
        postalCode: row.postalCode,
        municipality: row.municipality,
        validFrom: row.validFrom,
        validTo: newer === undefined ? null : addDays(toIsoDate(newer.validFrom), -1),
      };
    }),
  };
}
