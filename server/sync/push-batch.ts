/**
 * A pushed batch applied in memory, change after change in outbox order, against rows read in a few
 * queries up front (the rows changed, their case files and parents, the holders of their natural
 * keys); sequence numbers come in ranges; rows, mutations and conflicts are written in multi-row
 * statements by `flushBatch`. A conflict resolution or a case file changing branch writes what is
 * pending first and runs on its own.
 */
import { randomUUID } from 'node:crypto';
import type { ChangeRecordWire, ChangeRefusal } from '../../shared/contract/sync-protocol';
import { mergeChange, type MergeOutcome } from '../../shared/sync/merge';
import {
  CONFLICT_RESOLUTION_ENTITY,
  caseFileLinkOf,
  isCaseFileRoot,
  naturalKeyFieldOf,
  naturalKeyOf,
  referenceEntities,
  syncedEntities,
  type RowRef,
} from '../../shared/sync/policy';
import { isInScope, type DeviceScope } from '../auth';
import type { ServerTx } from '../db/connection';
import { conflicts, mutations } from '../db/schema';
import { applyResolution, type Applied } from './resolution';
import {
  findNaturalKeyHolders,
  findRows,
  moveCaseFile,
  nextSeqs,
  rowKey,
  saveRows,
  withNaturalKey,
  type StoredRow,
} from './rows';

type Target = { rootId: string | null; branchId: string | null };
type ConflictValues = Omit<typeof conflicts.$inferInsert, 'id' | 'seq' | 'isOpen'>;

export type Batch = {
  tx: ServerTx;
  scope: DeviceScope;
  /** Rows as head office holds them (null: not there). */
  cache: Map<string, StoredRow | null>;
  keyHolders: Map<string, Set<string>>;
  seqPool: number[];
  seqDraw: number;
  pendingRows: Map<string, StoredRow>;
  pendingConflicts: (typeof conflicts.$inferInsert)[];
  pendingMutations: (typeof mutations.$inferInsert)[];
};

async function loadRows(batch: Batch, refs: readonly RowRef[]): Promise<void> {
  const missing = refs.filter((ref) => !batch.cache.has(rowKey(ref.entity, ref.id)));
  if (missing.length === 0) return;
  const found = await findRows(batch.tx, missing);
  for (const ref of missing) batch.cache.set(rowKey(ref.entity, ref.id), found.get(rowKey(ref.entity, ref.id)) ?? null);
}

async function getRow(batch: Batch, ref: RowRef): Promise<StoredRow | null> {
  await loadRows(batch, [ref]);
  return batch.cache.get(rowKey(ref.entity, ref.id)) ?? null;
}

function putRow(batch: Batch, row: StoredRow): void {
  const key = rowKey(row.entity, row.id);
  const previous = batch.cache.get(key);
  if (previous?.naturalKey) batch.keyHolders.get(previous.naturalKey)?.delete(row.id);
  if (row.naturalKey)
    batch.keyHolders.set(row.naturalKey, (batch.keyHolders.get(row.naturalKey) ?? new Set()).add(row.id));
  batch.cache.set(key, row);
  batch.pendingRows.set(key, row);
}

async function takeSeq(batch: Batch): Promise<number> {
  if (batch.seqPool.length === 0) batch.seqPool = await nextSeqs(batch.tx, batch.seqDraw);
  return batch.seqPool.shift() as number;
}

function linkRef(entity: string, id: string, data: Record<string, unknown>): RowRef | null {
  const link = caseFileLinkOf(entity, id, data);
  if (link === null) return null;
  if ('parent' in link) return link.parent;
  return isCaseFileRoot(entity) ? null : { entity: link.root.kind, id: link.root.id };
}

/** Reads the rows the changes touch, the case files and parents they point to, and the holders of their keys. */
export async function openBatch(
  tx: ServerTx,
  scope: DeviceScope,
  rowChanges: readonly ChangeRecordWire[],
): Promise<Batch> {
  const batch: Batch = {
    tx,
    scope,
    cache: new Map(),
    keyHolders: new Map(),
    seqPool: [],
    seqDraw: Math.max(16, rowChanges.length + 8),
    pendingRows: new Map(),
    pendingConflicts: [],
    pendingMutations: [],
  };
  const rows = rowChanges.filter((change) => change.entity !== CONFLICT_RESOLUTION_ENTITY);
  await loadRows(
    batch,
    rows.map((change) => ({ entity: change.entity, id: change.entityId })),
  );
  await loadRows(
    batch,
    rows.flatMap((change) => {
      const existing = batch.cache.get(rowKey(change.entity, change.entityId));
      const ref = linkRef(change.entity, change.entityId, { ...(existing?.data ?? {}), ...change.payload });
      return ref ? [ref] : [];
    }),
  );
  const naturalKeys = rows.flatMap((change) => {
    const key = naturalKeyOf(change.entity, change.payload);
    return key ? [key] : [];
  });
  batch.keyHolders = await findNaturalKeyHolders(tx, [...new Set(naturalKeys)]);
  return batch;
}

/** Writes what is pending; what runs after a flush (a resolution, a move) draws its own numbers. */
export async function flushBatch(batch: Batch): Promise<void> {
  batch.seqPool = [];
  await saveRows(batch.tx, [...batch.pendingRows.values()]);
  batch.pendingRows.clear();
  for (let start = 0; start < batch.pendingConflicts.length; start += 1000)
    await batch.tx.insert(conflicts).values(batch.pendingConflicts.slice(start, start + 1000));
  batch.pendingConflicts.length = 0;
  for (let start = 0; start < batch.pendingMutations.length; start += 1000)
    await batch.tx.insert(mutations).values(batch.pendingMutations.slice(start, start + 1000));
  batch.pendingMutations.length = 0;
}

/** The case file of a row as head office knows it: a child's is its stored parent's, whatever the client says. */
async function targetOf(
  batch: Batch,
  entity: string,
  id: string,
  data: Record<string, unknown>,
): Promise<Target | 'unknown-root'> {
  const link = caseFileLinkOf(entity, id, data);
  if (link === null) return { rootId: null, branchId: null };
  if ('root' in link && isCaseFileRoot(entity))
    return { rootId: id, branchId: typeof data['branchId'] === 'string' ? data['branchId'] : null };
  const ref = 'parent' in link ? link.parent : { entity: link.root.kind, id: link.root.id };
  const holder = await getRow(batch, ref);
  if (!holder) return 'unknown-root';
  if ('parent' in link)
    return holder.rootId === null ? 'unknown-root' : { rootId: holder.rootId, branchId: holder.branchId };
  return { rootId: ref.id, branchId: holder.branchId };
}

async function addConflict(batch: Batch, values: ConflictValues): Promise<string> {
  const id = randomUUID();
  batch.pendingConflicts.push({ ...values, id, isOpen: true, seq: await takeSeq(batch) });
  return id;
}

/** Refused, out of scope: an entity devices may not write, a row of another branch, an unknown case file. */
function isWritable(entity: string): boolean {
  return !referenceEntities.includes(entity) && (syncedEntities as readonly string[]).includes(entity);
}

type Placed = { existing: StoredRow | null; merged: MergeOutcome; data: Record<string, unknown>; target: Target };

async function placeChange(batch: Batch, change: ChangeRecordWire, seq: number): Promise<Placed | 'forbidden'> {
  const existing = await getRow(batch, { entity: change.entity, id: change.entityId });
  if (existing && !isInScope(batch.scope, existing)) return 'forbidden';
  const merged = mergeChange(
    existing ? { data: existing.data, meta: existing.fieldMeta } : null,
    { ...change, deviceId: batch.scope.deviceId },
    seq,
  );
  const data: Record<string, unknown> = { ...merged.state.data, id: change.entityId };
  const target = await targetOf(batch, change.entity, change.entityId, data);
  if (target === 'unknown-root' || target.rootId === null) return 'forbidden';
  const isMove = existing !== null && isCaseFileRoot(change.entity) && existing.branchId !== target.branchId;
  // Moving a case file out of one's own branch is allowed; creating or re-parenting into another branch is not.
  if (!isMove && (!existing || existing.rootId !== target.rootId) && !isInScope(batch.scope, target))
    return 'forbidden';
  return { existing, merged, data, target };
}

function losingSide(batch: Batch, change: ChangeRecordWire, target: Target) {
  return {
    entity: change.entity,
    entityId: change.entityId,
    rootId: target.rootId,
    branchId: target.branchId,
    losingDeviceId: batch.scope.deviceId,
    losingMutationId: change.mutationId,
    losingAdvisorId: change.advisorId,
  };
}

/** Stores the merged row; the same NISS created on two devices keeps both rows, and an advisor sees the duplicate. */
async function writeRow(batch: Batch, change: ChangeRecordWire, placed: Placed, seq: number): Promise<string[]> {
  const { existing, merged, data, target } = placed;
  const row = withNaturalKey({
    entity: change.entity,
    id: change.entityId,
    rootId: target.rootId,
    branchId: target.branchId,
    data,
    fieldMeta: merged.state.meta,
    rowVersion: (existing?.rowVersion ?? 0) + 1,
    seq,
  });
  const others =
    row.naturalKey !== null && row.naturalKey !== existing?.naturalKey
      ? [...(batch.keyHolders.get(row.naturalKey) ?? [])].filter((other) => other !== row.id)
      : [];
  putRow(batch, row);
  const field = naturalKeyFieldOf(change.entity);
  const conflictIds: string[] = [];
  if (others.length > 0 && field !== null) {
    const value = data[field];
    conflictIds.push(
      await addConflict(batch, {
        ...losingSide(batch, change, target),
        kind: 'duplicate-key',
        field,
        serverValue: { duplicateOf: { entity: change.entity, id: others[0] }, value },
        losingValue: value,
      }),
    );
  }
  if (existing && isCaseFileRoot(change.entity) && existing.branchId !== target.branchId) {
    await flushBatch(batch);
    await moveCaseFile(batch.tx, change.entityId, existing.branchId, target.branchId);
    batch.cache.clear();
  }
  return conflictIds;
}

export async function applyRow(batch: Batch, change: ChangeRecordWire): Promise<Applied | 'forbidden'> {
  if (!isWritable(change.entity)) return 'forbidden';
  const seq = await takeSeq(batch);
  const placed = await placeChange(batch, change, seq);
  if (placed === 'forbidden') return placed;
  const conflictIds: string[] = [];
  for (const conflict of placed.merged.conflicts) {
    conflictIds.push(
      await addConflict(batch, {
        ...losingSide(batch, change, placed.target),
        field: conflict.field,
        serverValue: conflict.serverValue,
        losingValue: conflict.losingValue,
      }),
    );
  }
  const isWritten = placed.merged.appliedFields.length > 0 || !placed.existing;
  if (isWritten) conflictIds.push(...(await writeRow(batch, change, placed, seq)));
  const status = conflictIds.length > 0 ? 'conflict' : isWritten ? 'applied' : 'ignored';
  return { status, seq, conflictIds, appliedFields: placed.merged.appliedFields };
}

export async function resolveInBatch(
  batch: Batch,
  change: ChangeRecordWire,
  now: Date,
): Promise<Applied | 'forbidden' | ChangeRefusal> {
  await flushBatch(batch);
  const outcome = await applyResolution(batch.tx, batch.scope, change, now);
  batch.cache.clear();
  return outcome;
}
