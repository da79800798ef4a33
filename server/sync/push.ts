/**
 * Applies a pushed batch, judging each change on its own. Each mutation is applied at most once (its
 * id is the idempotency key); a re-sent one gets its first answer back. The device is untrusted: a
 * change whose content head office cannot accept (shared/sync/change-check.ts), signed by no advisor
 * of the device's branch, or outside the device's scope (its credentials decide, never the change) is
 * refused with its reason, and the rest of the batch is applied. A change that makes the database fail
 * all the same is found by applying the batch again one change per savepoint: it alone is refused.
 *
 * Clients older than `REFUSED_RESULTS_FROM_VERSION` do not understand a refused result: for them a
 * refusal refuses the whole batch, naming the changes at fault, which they set aside before resending.
 */
import { eq, sql } from 'drizzle-orm';
import {
  MAX_CLOCK_SKEW_MS,
  REFUSED_RESULTS_FROM_VERSION,
  changeRecordSchema,
  type ChangeRecordWire,
  type ChangeRefusal,
  type PushEnvelope,
  type PushResult,
} from '../../shared/contract/sync-protocol';
import { contentRefusal } from '../../shared/sync/change-check';
import { formatHlc, parseHlc } from '../../shared/sync/hlc';
import { CONFLICT_RESOLUTION_ENTITY } from '../../shared/sync/policy';
import type { DeviceScope } from '../auth';
import type { ServerDb, ServerTx } from '../db/connection';
import { devices } from '../db/schema';
import { SyncRefusal } from './errors';
import { applyRow, flushBatch, openBatch, resolveInBatch, type Batch } from './push-batch';
import { findBranchAdvisors, findKnownMutations, lockWriters, type KnownMutation } from './rows';

type Judged = { change: ChangeRecordWire; refusal: ChangeRefusal | null };
type Refused = { change: Pick<ChangeRecordWire, 'mutationId'>; refusal: ChangeRefusal };
type PushContext = { scope: DeviceScope; now: Date; isRefusalUnderstood: boolean };

export async function applyPush(
  db: ServerDb,
  scope: DeviceScope,
  request: PushEnvelope,
  now: Date,
): Promise<PushResult[]> {
  if (request.clientTime > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new SyncRefusal('clock-skew', { serverTime: now.getTime(), clientTime: request.clientTime });
  }
  const context = { scope, now, isRefusalUnderstood: request.protocolVersion >= REFUSED_RESULTS_FROM_VERSION };
  const { changes, malformed } = readChanges(request.changes, now);
  refuseBatchForOlderClient(context, malformed);
  const refusals = malformed.map(({ change, refusal }) => refusedResult(change.mutationId, refusal));
  try {
    return [...(await db.transaction((tx) => applyAll(tx, context, changes, 'batch'))), ...refusals];
  } catch (error) {
    if (error instanceof SyncRefusal) throw error;
    // The checks let through a change the database cannot store: find it, one change per savepoint.
    return [...(await db.transaction((tx) => applyAll(tx, context, changes, 'one-by-one'))), ...refusals];
  }
}

const mutationIdSchema = changeRecordSchema.shape.mutationId;

/**
 * Each change checked on its own: a malformed one is refused alone, named by its mutation id. Without
 * a readable mutation id it cannot be answered, and the whole push is refused as invalid.
 */
function readChanges(raw: readonly unknown[], now: Date): { changes: ChangeRecordWire[]; malformed: Refused[] } {
  const changes: ChangeRecordWire[] = [];
  const malformed: Refused[] = [];
  for (const candidate of raw) {
    const parsed = changeRecordSchema.safeParse(candidate);
    if (parsed.success) {
      changes.push({ ...parsed.data, hlc: clampHlc(parsed.data.hlc, now) });
      continue;
    }
    const mutationId = mutationIdSchema.safeParse((candidate as { mutationId?: unknown } | null)?.mutationId);
    if (!mutationId.success) throw new SyncRefusal('validation', { issues: ['changes.mutationId'] });
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.map(String).join('.')))];
    malformed.push({
      change: { mutationId: mutationId.data },
      refusal: { code: 'invalid-value', fields },
    });
  }
  return { changes, malformed };
}

/** A timestamp from a clock running ahead is pulled back to head office's time, so it cannot win every race. */
function clampHlc(text: string, now: Date): string {
  const hlc = parseHlc(text);
  if (hlc.wallMs <= now.getTime() + MAX_CLOCK_SKEW_MS) return text;
  return formatHlc({ wallMs: now.getTime(), counter: hlc.counter, node: hlc.node });
}

async function applyAll(
  tx: ServerTx,
  context: PushContext,
  changes: readonly ChangeRecordWire[],
  mode: 'batch' | 'one-by-one',
): Promise<PushResult[]> {
  await lockWriters(tx);
  const judged = await judgeChanges(tx, context.scope, changes);
  refuseBatchForOlderClient(
    context,
    judged.flatMap(({ change, refusal }) => (refusal ? [{ change, refusal }] : [])),
  );
  const results: PushResult[] = [];
  if (mode === 'batch') {
    await applyJudged(tx, context, judged, results);
  } else {
    for (const one of judged) await applyInSavepoint(tx, context, one, results);
  }
  refuseBatchForOlderClient(
    context,
    results.flatMap((result) => {
      const change = changes.find((candidate) => candidate.mutationId === result.mutationId);
      return result.reason && change ? [{ change, refusal: result.reason }] : [];
    }),
  );
  if (results.some((result) => result.status !== 'refused' && result.status !== 'duplicate')) {
    // Counted with the changes: a page read ahead for this device before them is not served after (server/sync/read-ahead.ts).
    await tx
      .update(devices)
      .set({ pushCount: sql`${devices.pushCount} + 1` })
      .where(eq(devices.id, context.scope.deviceId));
  }
  return results;
}

/** Content and advisor, judged before anything is read or written. */
async function judgeChanges(tx: ServerTx, scope: DeviceScope, changes: readonly ChangeRecordWire[]): Promise<Judged[]> {
  const named = changes.flatMap((change) => (change.advisorId ? [change.advisorId] : []));
  const advisors = await findBranchAdvisors(tx, [...new Set(named)], scope.branchId);
  return changes.map((change) => {
    const content = contentRefusal(change);
    if (content) return { change, refusal: content };
    if (!change.advisorId) return { change, refusal: { code: 'advisor-required', fields: [] } };
    if (!advisors.has(change.advisorId)) return { change, refusal: { code: 'unknown-advisor', fields: [] } };
    return { change, refusal: null };
  });
}

function refuseBatchForOlderClient(context: PushContext, refused: readonly Refused[]): void {
  if (context.isRefusalUnderstood || refused.length === 0) return;
  const unsigned = refused.filter(({ refusal }) => refusal.code === 'advisor-required');
  const code = unsigned.length > 0 ? 'advisor-required' : 'forbidden';
  const named = unsigned.length > 0 ? unsigned : refused;
  throw new SyncRefusal(code, { mutationIds: named.map(({ change }) => change.mutationId) });
}

function refusedResult(mutationId: string, reason: ChangeRefusal): PushResult {
  return { mutationId, status: 'refused', seq: 0, conflictIds: [], reason };
}

/** Applies the accepted changes of `judged` in one batch, answering every change in order. */
async function applyJudged(
  tx: ServerTx,
  context: PushContext,
  judged: readonly Judged[],
  results: PushResult[],
): Promise<void> {
  const known = await findKnownMutations(
    tx,
    context.scope.deviceId,
    judged.map(({ change }) => change.mutationId),
  );
  const accepted = judged.filter(({ change, refusal }) => refusal === null && !known.has(change.mutationId));
  const batch = await openBatch(
    tx,
    context.scope,
    accepted.map(({ change }) => change),
  );
  for (const { change, refusal } of judged) {
    const first = known.get(change.mutationId) ?? results.find((result) => result.mutationId === change.mutationId);
    if (first) results.push(duplicateOf(change.mutationId, first));
    else if (refusal) results.push(refusedResult(change.mutationId, refusal));
    else results.push(await applyOne(batch, context, change));
  }
  await flushBatch(batch);
}

function duplicateOf(mutationId: string, first: KnownMutation | PushResult): PushResult {
  if ('status' in first && first.status === 'refused') return { ...first, mutationId };
  return { mutationId, status: 'duplicate', seq: first.seq, conflictIds: first.conflictIds };
}

async function applyOne(batch: Batch, context: PushContext, change: ChangeRecordWire): Promise<PushResult> {
  const outcome =
    change.entity === CONFLICT_RESOLUTION_ENTITY
      ? await resolveInBatch(batch, change, context.now)
      : await applyRow(batch, change);
  if (outcome === 'forbidden') return refusedResult(change.mutationId, { code: 'forbidden', fields: [] });
  if ('code' in outcome) return refusedResult(change.mutationId, outcome);
  batch.pendingMutations.push({
    deviceId: context.scope.deviceId,
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
    ...auditOf(change),
  });
  return { mutationId: change.mutationId, status: outcome.status, seq: outcome.seq, conflictIds: outcome.conflictIds };
}

/** The audit line head office keeps: the changed fields before (as the device sent them) and after. */
function auditOf(change: ChangeRecordWire): {
  auditBefore: Record<string, unknown> | null;
  auditAfter: Record<string, unknown>;
} {
  const after = Object.fromEntries(change.changedFields.map((field) => [field, change.payload[field] ?? null]));
  return { auditBefore: change.auditBefore ?? null, auditAfter: after };
}

/** One change in its own savepoint: if the database refuses it, only it is undone and refused. */
async function applyInSavepoint(tx: ServerTx, context: PushContext, one: Judged, results: PushResult[]): Promise<void> {
  // Earlier answers to the same mutation id make this one a duplicate of them.
  const answers = results.filter((result) => result.mutationId === one.change.mutationId);
  const before = answers.length;
  try {
    await tx.transaction((savepoint) => applyJudged(savepoint, context, [one], answers));
  } catch (error) {
    if (error instanceof SyncRefusal) throw error;
    results.push(refusedResult(one.change.mutationId, { code: 'unstorable-value', fields: [] }));
    return;
  }
  results.push(...answers.slice(before));
}
