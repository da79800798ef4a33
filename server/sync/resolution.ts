/** An advisor's decision on a conflict, pushed as a change of entity `conflict`. */
import { eq } from 'drizzle-orm';
import {
  conflictResolutionSchema,
  type ChangeRecordWire,
  type ChangeRefusal,
} from '../../shared/contract/sync-protocol';
import { fieldValueRefusal } from '../../shared/sync/change-check';
import type { FieldMeta } from '../../shared/sync/merge';
import { isInScope, type DeviceScope } from '../auth';
import type { ServerTx } from '../db/connection';
import { conflicts } from '../db/schema';
import { findRow, nextSeqs, saveRow, withNaturalKey } from './rows';

export type Applied = {
  status: 'applied' | 'conflict' | 'ignored';
  seq: number;
  conflictIds: string[];
  appliedFields: string[];
};

/** The chosen value becomes the field's value, causally after both sides. */
export async function applyResolution(
  tx: ServerTx,
  scope: DeviceScope,
  change: ChangeRecordWire,
  now: Date,
): Promise<Applied | 'forbidden' | ChangeRefusal> {
  const resolution = conflictResolutionSchema.safeParse(change.payload);
  const [seq, closingSeq] = (await nextSeqs(tx, 2)) as [number, number];
  if (!resolution.success) return { status: 'ignored', seq, conflictIds: [], appliedFields: [] };
  const found = await tx.select().from(conflicts).where(eq(conflicts.id, resolution.data.conflictId));
  const conflict = found[0];
  if (!conflict) return { status: 'ignored', seq, conflictIds: [], appliedFields: [] };
  if (!isInScope(scope, conflict)) return 'forbidden';
  // A second resolution of the same conflict changes nothing: the first advisor's decision stands, both are audited.
  if (!conflict.isOpen) return { status: 'ignored', seq, conflictIds: [conflict.id], appliedFields: [] };

  const choice = resolution.data.choice;
  // A corrected value is held to the column like any pushed value; the conflict stays open.
  const refusal = choice === 'value' ? fieldValueRefusal(conflict.entity, conflict.field, resolution.data.value) : null;
  if (refusal) return refusal;
  const row = await findRow(tx, conflict.entity, conflict.entityId);
  const value =
    choice === 'losing' ? conflict.losingValue : choice === 'value' ? resolution.data.value : row?.data[conflict.field];
  if (row && choice !== 'server') {
    const meta: FieldMeta = { seq, hlc: change.hlc, deviceId: scope.deviceId };
    await saveRow(
      tx,
      withNaturalKey({
        ...row,
        data: { ...row.data, [conflict.field]: value ?? null },
        fieldMeta: { ...row.fieldMeta, [conflict.field]: meta },
        rowVersion: row.rowVersion + 1,
        seq,
      }),
    );
  }
  await tx
    .update(conflicts)
    .set({
      isOpen: false,
      resolvedValue: value ?? null,
      resolvedBy: change.advisorId,
      resolvedAt: now,
      resolutionMutationId: change.mutationId,
      seq: closingSeq,
    })
    .where(eq(conflicts.id, conflict.id));
  return {
    status: 'applied',
    seq,
    conflictIds: [conflict.id],
    appliedFields: choice === 'server' ? [] : [conflict.field],
  };
}
