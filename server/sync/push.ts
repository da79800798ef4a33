/**
 * Applies a pushed batch in one transaction. Each mutation is applied at most once (its id is the
 * idempotency key); a re-sent one gets its first answer back. The device's scope comes from its
 * credentials alone: a write outside it refuses the whole batch, and nothing is written.
 *
 * The batch is applied in memory, change after change in outbox order, against rows read in a few
 * queries up front (known mutations, the rows changed, their case files and parents, the holders of
 * their natural keys); sequence numbers come in ranges; rows, mutations and conflicts are written in
 * multi-row statements at the end. A conflict resolution or a case file changing branch writes what
 * is pending first and runs on its own.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  MAX_CLOCK_SKEW_MS,
  conflictResolutionSchema,
  type ChangeRecordWire,
  type PushRequest,
  type PushResult,
} from '../../shared/contract/sync-protocol';
import { formatHlc, parseHlc } from '../../shared/sync/hlc';
import { mergeChange, type FieldMeta } from '../../shared/sync/merge';
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
import type { ServerDb, ServerTx } from '../db/connection';
import { conflicts, devices, mutations } from '../db/schema';
import { SyncRefusal } from './errors';
import {
  findNaturalKeyHolders,
  findRow,
  findRows,
  lockWriters,
  moveCaseFile,
  nextSeqs,
  rowKey,
  saveRow,
  saveRows,
  withNaturalKey,
  type StoredRow,
} from './rows';

type Applied = {
  status: 'applied' | 'conflict' | 'ignored';
  seq: number;
  conflictIds: string[];
  appliedFields: string[];
};
type Target = { rootId: string | null; branchId: string | null };

export async function applyPush(
  db: ServerDb,
  scope: DeviceScope,
  request: PushRequest,
  now: Date,
): Promise<PushResult[]> {
  if (request.clientTime > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new SyncRefusal('clock-skew', { serverTime: now.getTime(), clientTime: request.clientTime });
  }
  const unsigned = request.changes.filter((change) => !change.advisorId).map((change) => change.mutationId);
  if (unsigned.length > 0) throw new SyncRefusal('advisor-required', { mutationIds: unsigned });

  return db.transaction(async (tx) => {
    await lockWriters(tx);
    // Counted with the changes: a page read ahead for this device before them is not served after (server/sync/read-ahead.ts).
    await tx
      .update(devices)
      .set({ pushCount: sql`${devices.pushCount} + 1` })
      .where(eq(devices.id, scope.deviceId));
    const changes = request.changes.map((raw) => ({ ...raw, hlc: clampHlc(raw.hlc, now) }));
    const batch = await openBatch(tx, scope, changes);
    const results: PushResult[] = [];
    const forbidden: string[] = [];
    const seen = new Set<string>();
    for (const change of changes) {
      const known = batch.knownMutations.get(change.mutationId);
      if (known || seen.has(change.mutationId)) {
        const first = known ?? results.find((result) => result.mutationId === change.mutationId);
        results.push({
          mutationId: change.mutationId,
          status: 'duplicate',
          seq: first?.seq ?? 0,
          conflictIds: first?.conflictIds ?? [],
        });
        continue;
      }
      seen.add(change.mutationId);
      const outcome =
        change.entity === CONFLICT_RESOLUTION_ENTITY ? await batch.resolve(change, now) : await batch.applyRow(change);
      if (outcome === 'forbidden') {
        forbidden.push(change.mutationId);
        continue;
      }
      batch.pendingMutations.push({
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
      results.push({
        mutationId: change.mutationId,
        status: outcome.status,
        seq: outcome.seq,
        conflictIds: outcome.conflictIds,
      });
    }
    // Throwing rolls the whole batch back: a refused batch leaves no trace.
    if (forbidden.length > 0) throw new SyncRefusal('forbidden', { mutationIds: forbidden });
    await batch.flush();
    return results;
  });
}

/** A timestamp from a clock running ahead is pulled back to head office's time, so it cannot win every race. */
function clampHlc(text: string, now: Date): string {
  const hlc = parseHlc(text);
  if (hlc.wallMs <= now.getTime() + MAX_CLOCK_SKEW_MS) return text;
  return formatHlc({ wallMs: now.getTime(), counter: hlc.counter, node: hlc.node });
}

function linkRef(entity: string, id: string, data: Record<string, unknown>): RowRef | null {
  const link = caseFileLinkOf(entity, id, data);
  if (link === null) return null;
  if ('parent' in link) return link.parent;
  return isCaseFileRoot(entity) ? null : { entity: link.root.kind, id: link.root.id };
}

async function openBatch(tx: ServerTx, scope: DeviceScope, changes: readonly ChangeRecordWire[]) {
  const ids = changes.map((change) => change.mutationId);
  const known =
    ids.length === 0
      ? []
      : await tx
          .select()
          .from(mutations)
          .where(and(eq(mutations.deviceId, scope.deviceId), inArray(mutations.mutationId, ids)));
  const knownMutations = new Map(known.map((row) => [row.mutationId, row]));
  const rowChanges = changes.filter(
    (change) => !knownMutations.has(change.mutationId) && change.entity !== CONFLICT_RESOLUTION_ENTITY,
  );

  // Rows as head office holds them (null: not there), then the case files and parents they point to.
  const cache = new Map<string, StoredRow | null>();
  const load = async (refs: RowRef[]): Promise<void> => {
    const missing = refs.filter((ref) => !cache.has(rowKey(ref.entity, ref.id)));
    if (missing.length === 0) return;
    const found = await findRows(tx, missing);
    for (const ref of missing) cache.set(rowKey(ref.entity, ref.id), found.get(rowKey(ref.entity, ref.id)) ?? null);
  };
  await load(rowChanges.map((change) => ({ entity: change.entity, id: change.entityId })));
  await load(
    rowChanges.flatMap((change) => {
      const existing = cache.get(rowKey(change.entity, change.entityId));
      const ref = linkRef(change.entity, change.entityId, { ...(existing?.data ?? {}), ...change.payload });
      return ref ? [ref] : [];
    }),
  );
  const naturalKeys = rowChanges.flatMap((change) => {
    const key = naturalKeyOf(change.entity, change.payload);
    return key ? [key] : [];
  });
  const keyHolders = await findNaturalKeyHolders(tx, [...new Set(naturalKeys)]);

  let seqPool: number[] = [];
  const takeSeq = async (): Promise<number> => {
    if (seqPool.length === 0) seqPool = await nextSeqs(tx, Math.max(16, rowChanges.length + 8));
    return seqPool.shift() as number;
  };
  const pendingRows = new Map<string, StoredRow>();
  const pendingConflicts: (typeof conflicts.$inferInsert)[] = [];
  const pendingMutations: (typeof mutations.$inferInsert)[] = [];

  const get = async (ref: RowRef): Promise<StoredRow | null> => {
    await load([ref]);
    return cache.get(rowKey(ref.entity, ref.id)) ?? null;
  };
  const put = (row: StoredRow): void => {
    const key = rowKey(row.entity, row.id);
    const previous = cache.get(key);
    if (previous?.naturalKey) keyHolders.get(previous.naturalKey)?.delete(row.id);
    if (row.naturalKey) keyHolders.set(row.naturalKey, (keyHolders.get(row.naturalKey) ?? new Set()).add(row.id));
    cache.set(key, row);
    pendingRows.set(key, row);
  };
  const flush = async (): Promise<void> => {
    // What runs after a flush (a resolution, a move) draws its own numbers: later changes draw after them.
    seqPool = [];
    await saveRows(tx, [...pendingRows.values()]);
    pendingRows.clear();
    for (let start = 0; start < pendingConflicts.length; start += 1000)
      await tx.insert(conflicts).values(pendingConflicts.slice(start, start + 1000));
    pendingConflicts.length = 0;
    for (let start = 0; start < pendingMutations.length; start += 1000)
      await tx.insert(mutations).values(pendingMutations.slice(start, start + 1000));
    pendingMutations.length = 0;
  };

  /** The case file of a row as head office knows it: a child's is its stored parent's, whatever the client says. */
  const targetOf = async (
    entity: string,
    id: string,
    data: Record<string, unknown>,
  ): Promise<Target | 'unknown-root'> => {
    const link = caseFileLinkOf(entity, id, data);
    if (link === null) return { rootId: null, branchId: null };
    if ('root' in link && isCaseFileRoot(entity))
      return { rootId: id, branchId: typeof data['branchId'] === 'string' ? data['branchId'] : null };
    const ref = 'parent' in link ? link.parent : { entity: link.root.kind, id: link.root.id };
    const holder = await get(ref);
    if (!holder) return 'unknown-root';
    if ('parent' in link)
      return holder.rootId === null ? 'unknown-root' : { rootId: holder.rootId, branchId: holder.branchId };
    return { rootId: ref.id, branchId: holder.branchId };
  };

  const addConflict = async (values: Omit<typeof conflicts.$inferInsert, 'id' | 'seq' | 'isOpen'>): Promise<string> => {
    const id = randomUUID();
    pendingConflicts.push({ ...values, id, isOpen: true, seq: await takeSeq() });
    return id;
  };

  async function applyRow(change: ChangeRecordWire): Promise<Applied | 'forbidden'> {
    if (referenceEntities.includes(change.entity) || !(syncedEntities as readonly string[]).includes(change.entity))
      return 'forbidden';
    const existing = await get({ entity: change.entity, id: change.entityId });
    if (existing && !isInScope(scope, existing)) return 'forbidden';

    const seq = await takeSeq();
    const merged = mergeChange(
      existing ? { data: existing.data, meta: existing.fieldMeta } : null,
      { ...change, deviceId: scope.deviceId },
      seq,
    );
    const data: Record<string, unknown> = { ...merged.state.data, id: change.entityId };
    const target = await targetOf(change.entity, change.entityId, data);
    if (target === 'unknown-root' || target.rootId === null) return 'forbidden';
    const isMove = existing !== null && isCaseFileRoot(change.entity) && existing.branchId !== target.branchId;
    // Moving a case file out of one's own branch is allowed; creating or re-parenting into another branch is not.
    if (!isMove && (!existing || existing.rootId !== target.rootId) && !isInScope(scope, target)) return 'forbidden';

    const losing = {
      entity: change.entity,
      entityId: change.entityId,
      rootId: target.rootId,
      branchId: target.branchId,
      losingDeviceId: scope.deviceId,
      losingMutationId: change.mutationId,
      losingAdvisorId: change.advisorId,
    };
    const conflictIds: string[] = [];
    for (const conflict of merged.conflicts) {
      conflictIds.push(
        await addConflict({
          ...losing,
          field: conflict.field,
          serverValue: conflict.serverValue,
          losingValue: conflict.losingValue,
        }),
      );
    }
    const isWritten = merged.appliedFields.length > 0 || !existing;
    if (isWritten) {
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
      // The same NISS created on two devices: both rows stay, and an advisor sees the duplicate.
      const others =
        row.naturalKey !== null && row.naturalKey !== existing?.naturalKey
          ? [...(keyHolders.get(row.naturalKey) ?? [])].filter((other) => other !== row.id)
          : [];
      put(row);
      const field = naturalKeyFieldOf(change.entity);
      if (others.length > 0 && field !== null) {
        const value = data[field];
        conflictIds.push(
          await addConflict({
            ...losing,
            kind: 'duplicate-key',
            field,
            serverValue: { duplicateOf: { entity: change.entity, id: others[0] }, value },
            losingValue: value,
          }),
        );
      }
      if (isMove && existing) {
        await flush();
        await moveCaseFile(tx, change.entityId, existing.branchId, target.branchId);
        cache.clear();
      }
    }
    const status = conflictIds.length > 0 ? 'conflict' : isWritten ? 'applied' : 'ignored';
    return { status, seq, conflictIds, appliedFields: merged.appliedFields };
  }

  async function resolve(change: ChangeRecordWire, now: Date): Promise<Applied | 'forbidden'> {
    await flush();
    const outcome = await applyResolution(tx, scope, change, now);
    cache.clear();
    return outcome;
  }

  return { knownMutations, pendingMutations, applyRow, resolve, flush };
}

/** An advisor's decision: the chosen value becomes the field's value, causally after both sides. */
async function applyResolution(
  tx: ServerTx,
  scope: DeviceScope,
  change: ChangeRecordWire,
  now: Date,
): Promise<Applied | 'forbidden'> {
  const resolution = conflictResolutionSchema.safeParse(change.payload);
  const [seq, closingSeq] = (await nextSeqs(tx, 2)) as [number, number];
  if (!resolution.success) return { status: 'ignored', seq, conflictIds: [], appliedFields: [] };
  const found = await tx.select().from(conflicts).where(eq(conflicts.id, resolution.data.conflictId));
  const conflict = found[0];
  if (!conflict) return { status: 'ignored', seq, conflictIds: [], appliedFields: [] };
  if (!isInScope(scope, conflict)) return 'forbidden';
  // A second resolution of the same conflict changes nothing: the first advisor's decision stands, both are audited.
  if (!conflict.isOpen) return { status: 'ignored', seq, conflictIds: [conflict.id], appliedFields: [] };

  const row = await findRow(tx, conflict.entity, conflict.entityId);
  const choice = resolution.data.choice;
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
