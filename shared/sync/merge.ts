/**
 * The merge policy, pure so that client, server and the model test agree on it. The server applies
 * each incoming change field by field against the row it holds:
 * - a change that saw the current value (its base sequence is not older than the field's last write,
 *   or the same device wrote the field last) simply applies: it is causally later;
 * - a concurrent change to a protected field never overwrites: the server value stays and the
 *   incoming value is kept in a conflict record;
 * - a concurrent change to any other field wins if its hybrid logical clock is later.
 * Causality comes from server sequences, not clocks, so a device whose clock is wrong cannot win
 * every race (it can only lose low-stakes ties), and never hides a protected conflict.
 */
import { isProtectedField, systemFields } from './policy';

export type FieldMeta = { seq: number; hlc: string; deviceId: string };
export type RowState = { data: Record<string, unknown>; meta: Record<string, FieldMeta> };

export type IncomingChange = {
  entity: string;
  changedFields: readonly string[];
  payload: Record<string, unknown>;
  hlc: string;
  deviceId: string;
  /** Per field, the server sequence of the value the device had when it wrote. */
  base: Record<string, number>;
};

export type FieldConflict = { field: string; serverValue: unknown; losingValue: unknown };

export type MergeOutcome = {
  state: RowState;
  appliedFields: string[];
  conflicts: FieldConflict[];
  /** Low-stakes fields where a concurrent, later write was already on the server. */
  supersededFields: string[];
};

export function isSameValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left ?? null) === JSON.stringify(right ?? null);
}

export function isConcurrentWrite(meta: FieldMeta | undefined, change: IncomingChange, field: string): boolean {
  if (!meta) return false;
  if (meta.deviceId === change.deviceId) return false;
  return (change.base[field] ?? 0) < meta.seq;
}

/** Applies one change to the server's row (null when the row is new) at server sequence `seq`. */
export function mergeChange(current: RowState | null, change: IncomingChange, seq: number): MergeOutcome {
  const data = { ...(current?.data ?? {}) };
  const meta = { ...(current?.meta ?? {}) };
  const appliedFields: string[] = [];
  const conflicts: FieldConflict[] = [];
  const supersededFields: string[] = [];

  for (const field of new Set(change.changedFields)) {
    if (systemFields.includes(field) || !(field in change.payload)) continue;
    const value = change.payload[field];
    const fieldMeta = meta[field];
    if (isConcurrentWrite(fieldMeta, change, field)) {
      if (isSameValue(value, data[field])) continue;
      if (isProtectedField(change.entity, field)) {
        conflicts.push({ field, serverValue: data[field] ?? null, losingValue: value ?? null });
        continue;
      }
      if (fieldMeta && change.hlc <= fieldMeta.hlc) {
        supersededFields.push(field);
        continue;
      }
    }
    data[field] = value ?? null;
    meta[field] = { seq, hlc: change.hlc, deviceId: change.deviceId };
    appliedFields.push(field);
  }
  if (current === null && typeof change.payload['createdAt'] === 'string')
    data['createdAt'] = change.payload['createdAt'];
  if (appliedFields.length > 0 && typeof change.payload['updatedAt'] === 'string')
    data['updatedAt'] = change.payload['updatedAt'];
  return { state: { data, meta }, appliedFields, conflicts, supersededFields };
}

/** Per field, the server sequence of its last write: what a device records as its base. */
export function fieldSeqsOf(meta: Record<string, FieldMeta>): Record<string, number> {
  return Object.fromEntries(Object.entries(meta).map(([field, fieldMeta]) => [field, fieldMeta.seq]));
}
