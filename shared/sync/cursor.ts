/**
 * A pull cursor is the highest server sequence a device has applied. It is only meaningful for the
 * schema version it was obtained with: a client whose schema grew starts again from zero, so rows
 * holding columns it did not know before are fetched again (rows are upserts, so this is harmless).
 */
export type SyncCursor = { seq: number; schemaVersion: number };

export const initialCursor = (schemaVersion: number): SyncCursor => ({ seq: 0, schemaVersion });

export function effectiveCursor(stored: SyncCursor | undefined, schemaVersion: number): SyncCursor {
  if (!stored || stored.schemaVersion !== schemaVersion) return initialCursor(schemaVersion);
  return stored;
}

/** A client mutation id: the device and its outbox sequence, unique across the fund. */
export function parseMutationId(mutationId: string): { deviceId: string; sequence: number } | null {
  const match = /^([^:]+):(\d+)$/.exec(mutationId);
  if (!match) return null;
  return { deviceId: match[1] as string, sequence: Number(match[2]) };
}
