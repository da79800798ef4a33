/**
 * Applies a pushed batch in one transaction. Each mutation is applied at most once (its id is the
 * idempotency key); a re-sent one gets its first answer back. The device's scope comes from its
 * credentials alone: a write outside it refuses the whole batch, and nothing is written.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import {
  MAX_CLOCK_SKEW_MS,
  conflictResolutionSchema,
  type ChangeRecordWire,
  type PushRequest,
  type PushResult,
} from '../../shared/contract/sync-protocol';
import { formatHlc, parseHlc } from '../../shared/sync/hlc';
import { mergeChange, type FieldMeta } from '../../shared/sync/merge';
import { CONFLICT_RESOLUTION_ENTITY, caseFileRootOf, isCaseFileRoot, referenceEntities } from '../../shared/sync/policy';
import { isInScope, type DeviceScope } from '../auth';
import type { ServerDb, ServerTx } from '../db/connection';
import { conflicts, mutations } from '../db/schema';
import { SyncRefusal } from './errors';
import { findRoot, findRow, lockWriters, moveCaseFile, nextSeq, saveRow, type StoredRow } from './rows';

type Applied = { status: 'applied' | 'conflict' | 'ignored'; seq: number; conflictIds: string[]; appliedFields: string[] };

export async function applyPush(db: ServerDb, scope: DeviceScope, request: PushRequest, now: Date): Promise<PushResult[]> {
  if (request.clientTime > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new SyncRefusal('clock-skew', { serverTime: now.getTime(), clientTime: request.clientTime });
  }
  const unsigned = request.changes.filter((change) => !change.advisorId).map((change) => change.mutationId);
  if (unsigned.length > 0) throw new SyncRefusal('advisor-required', { mutationIds: unsigned });

  return db.transaction(async (tx) => {
    await lockWriters(tx);
    const results: PushResult[] = [];
    const forbidden: string[] = [];
    for (const raw of request.changes) {
      const change = { ...raw, hlc: clampHlc(raw.hlc, now) };
      const previous = await tx
        .select()
        .from(mutations)
        .where(and(eq(mutations.deviceId, scope.deviceId), eq(mutations.mutationId, change.mutationId)));
      const known = previous[0];
      if (known) {
        results.push({ mutationId: change.mutationId, status: 'duplicate', seq: known.seq, conflictIds: known.conflictIds });
        continue;
      }
      const outcome =
        change.entity === CONFLICT_RESOLUTION_ENTITY ? await applyResolution(tx, scope, change, now) : await applyRowChange(tx, scope, change);
      if (outcome === 'forbidden') {
        forbidden.push(change.mutationId);
        continue;
      }
      await tx.insert(mutations).values({
        deviceId: scope.deviceId,
        mutationId: change.mutationId,
        seq: outcome.seq,
        entity: change.entity,
        entityId: change.entityId,
        operation: change.operation,
        advisorId: change.advisorId,
        hlc: change.hlc,
        status: outcome.status,
        appliedFields: outcome.appliedFields,
        conflictIds: outcome.conflictIds,
      });
      results.push({ mutationId: change.mutationId, status: outcome.status, seq: outcome.seq, conflictIds: outcome.conflictIds });
    }
    // Throwing rolls the whole batch back: a refused batch leaves no trace.
    if (forbidden.length > 0) throw new SyncRefusal('forbidden', { mutationIds: forbidden });
    return results;
  });
}

/** A timestamp from a clock running ahead is pulled back to head office's time, so it cannot win every race. */
function clampHlc(text: string, now: Date): string {
  const hlc = parseHlc(text);
  if (hlc.wallMs <= now.getTime() + MAX_CLOCK_SKEW_MS) return text;
  return formatHlc({ wallMs: now.getTime(), counter: hlc.counter, node: hlc.node });
}

async function scopeOf(tx: ServerTx, entity: string, id: string, data: Record<string, unknown>): Promise<{ rootId: string | null; branchId: string | null } | 'unknown-root'> {
  const root = caseFileRootOf(entity, id, data);
  if (root === null) return { rootId: null, branchId: null };
  if (isCaseFileRoot(entity)) return { rootId: id, branchId: typeof data['branchId'] === 'string' ? data['branchId'] : null };
  const rootRow = await findRoot(tx, root.kind, root.id);
  if (!rootRow) return 'unknown-root';
  return { rootId: root.id, branchId: rootRow.branchId };
}

async function applyRowChange(tx: ServerTx, scope: DeviceScope, change: ChangeRecordWire): Promise<Applied | 'forbidden'> {
  if (referenceEntities.includes(change.entity)) return 'forbidden';
  const existing = await findRow(tx, change.entity, change.entityId);
  if (existing && !isInScope(scope, existing)) return 'forbidden';

  const seq = await nextSeq(tx);
  const merged = mergeChange(existing ? { data: existing.data, meta: existing.fieldMeta } : null, { ...change, deviceId: scope.deviceId }, seq);
  const target = await scopeOf(tx, change.entity, change.entityId, { ...merged.state.data, id: change.entityId });
  if (target === 'unknown-root' || target.rootId === null) return 'forbidden';
  const isMove = existing !== undefined && isCaseFileRoot(change.entity) && existing.branchId !== target.branchId;
  // Moving a case file out of one's own branch is allowed; creating or re-parenting into another branch is not.
  if (!isMove && (!existing || existing.rootId !== target.rootId) && !isInScope(scope, target)) return 'forbidden';

  const conflictIds: string[] = [];
  for (const conflict of merged.conflicts) {
    const id = randomUUID();
    conflictIds.push(id);
    await tx.insert(conflicts).values({
      id,
      entity: change.entity,
      entityId: change.entityId,
      rootId: target.rootId,
      branchId: target.branchId,
      field: conflict.field,
      serverValue: conflict.serverValue,
      losingValue: conflict.losingValue,
      losingDeviceId: scope.deviceId,
      losingMutationId: change.mutationId,
      losingAdvisorId: change.advisorId,
      isOpen: true,
      seq: await nextSeq(tx),
    });
  }
  if (merged.appliedFields.length > 0 || !existing) {
    const row: StoredRow = {
      entity: change.entity,
      id: change.entityId,
      rootId: target.rootId,
      branchId: target.branchId,
      data: { ...merged.state.data, id: change.entityId },
      fieldMeta: merged.state.meta,
      rowVersion: (existing?.rowVersion ?? 0) + 1,
      seq,
    };
    await saveRow(tx, row);
    if (isMove && existing) await moveCaseFile(tx, change.entityId, existing.branchId, target.branchId);
  }
  const status = conflictIds.length > 0 ? 'conflict' : merged.appliedFields.length > 0 || !existing ? 'applied' : 'ignored';
  return { status, seq, conflictIds, appliedFields: merged.appliedFields };
}

/** An advisor's decision: the chosen value becomes the field's value, causally after both sides. */
async function applyResolution(tx: ServerTx, scope: DeviceScope, change: ChangeRecordWire, now: Date): Promise<Applied | 'forbidden'> {
  const resolution = conflictResolutionSchema.safeParse(change.payload);
  const seq = await nextSeq(tx);
  if (!resolution.success) return { status: 'ignored', seq, conflictIds: [], appliedFields: [] };
  const found = await tx.select().from(conflicts).where(eq(conflicts.id, resolution.data.conflictId));
  const conflict = found[0];
  if (!conflict) return { status: 'ignored', seq, conflictIds: [], appliedFields: [] };
  if (!isInScope(scope, conflict)) return 'forbidden';
  // A second resolution of the same conflict changes nothing: the first advisor's decision stands, both are audited.
  if (!conflict.isOpen) return { status: 'ignored', seq, conflictIds: [conflict.id], appliedFields: [] };

  const row = await findRow(tx, conflict.entity, conflict.entityId);
  const choice = resolution.data.choice;
  const value = choice === 'losing' ? conflict.losingValue : choice === 'value' ? resolution.data.value : row?.data[conflict.field];
  if (row && choice !== 'server') {
    const meta: FieldMeta = { seq, hlc: change.hlc, deviceId: scope.deviceId };
    await saveRow(tx, {
      ...row,
      data: { ...row.data, [conflict.field]: value ?? null },
      fieldMeta: { ...row.fieldMeta, [conflict.field]: meta },
      rowVersion: row.rowVersion + 1,
      seq,
    });
  }
  await tx
    .update(conflicts)
    .set({ isOpen: false, resolvedValue: value ?? null, resolvedBy: change.advisorId, resolvedAt: now, resolutionMutationId: change.mutationId, seq: await nextSeq(tx) })
    .where(eq(conflicts.id, conflict.id));
  return { status: 'applied', seq, conflictIds: [conflict.id], appliedFields: choice === 'server' ? [] : [conflict.field] };
}
