/** The push half of a round: the outbox in batches, each answer settled change by change. */
import { type PushResult, pushResponseSchema, syncPaths } from '../../../shared/contract/sync-protocol';
import { markPushed, markRejected, readPendingChanges } from '../../../db/repositories/sync-repo';
import { SyncStopped, skewOf, unlessStopped, versions, type SyncContext } from './sync-context';
import { SyncFailure, call } from './transport';

/**
 * Applied (or already known) changes leave the queue; refused ones are set aside with their reason,
 * still listed, so that one change head office cannot accept never holds up the others.
 */
const reasonOf = (result: PushResult): string => result.reason?.code ?? 'forbidden';

function settlePushed(context: SyncContext, results: readonly PushResult[]): { pushed: number; rejected: number } {
  const at = context.now().toISOString();
  const accepted = results.filter((result) => result.status !== 'refused').map((result) => result.mutationId);
  markPushed(context.db, accepted, at);
  const refused = results.filter((result) => result.status === 'refused');
  for (const code of new Set(refused.map(reasonOf)))
    markRejected(
      context.db,
      refused.filter((result) => reasonOf(result) === code).map((result) => result.mutationId),
      code,
      at,
    );
  return { pushed: accepted.length, rejected: refused.length };
}

export async function pushPending(
  context: SyncContext,
  token: string,
): Promise<{ pushed: number; rejected: number; skew: number | null }> {
  let pushed = 0;
  let rejected = 0;
  let skew: number | null = null;
  for (;;) {
    const batch = readPendingChanges(context.db, context.pushBatch ?? 200);
    if (batch.length === 0) return { pushed, rejected, skew };
    const sentAt = context.now().getTime();
    const changes = batch.map(({ outboxSeq: _outboxSeq, ...change }) => change);
    try {
      const body = pushResponseSchema.parse(
        await unlessStopped(
          call(context.transport, syncPaths.push, { ...versions, clientTime: sentAt, changes }, token, context.signal),
          context.signal,
        ),
      );
      skew = skewOf(body.serverTime, sentAt, context.now().getTime());
      const answered = settlePushed(context, body.results);
      pushed += answered.pushed;
      rejected += answered.rejected;
      context.onProgress?.({ phase: 'push', done: pushed, remaining: null });
    } catch (error) {
      if (error instanceof SyncStopped) throw error;
      const isFinal = error instanceof SyncFailure && (error.code === 'forbidden' || error.code === 'advisor-required');
      const ids = isFinal ? error.details['mutationIds'] : undefined;
      if (!isFinal || !Array.isArray(ids) || ids.length === 0) throw error;
      // Refused for good (out of scope, or written with no advisor): set aside, still listed, so the rest of the queue keeps moving.
      markRejected(context.db, ids.map(String), error.code, context.now().toISOString());
      rejected += ids.length;
    }
  }
}
