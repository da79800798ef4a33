/**
 * One sync round: push the outbox in batches, then pull until up to date. Every step is safe to
 * interrupt and repeat: a pushed batch is idempotent on the server, and each pulled chunk commits
 * together with the cursor that follows it.
 */
import { MAX_CLOCK_SKEW_MS } from '../../../shared/contract/sync-protocol';
import { readSyncValue, writeSyncValue } from '../../../db/repositories/sync-repo';
import { pushAccessLog } from './access-log-push';
import { tokenOf } from './device-credentials';
import { escrowIfDue } from './key-escrow';
import { pullAll } from './pull-pages';
import { pushPending } from './push-pending';
import { keepStorage } from './storage-upkeep';
import { throwIfStopped, unlessStopped, type SyncContext } from './sync-context';
import { SyncFailure } from './transport';

export type SyncRoundResult = {
  pushed: number;
  rejected: number;
  pulled: number;
  clockSkewMs: number | null;
  /** The clock runs too far ahead of head office: this round pulled, and its changes stay queued. */
  isPushHeld: boolean;
};

/** Where the last measured clock offset is kept (head office's time minus this device's; negative: ahead). */
export const CLOCK_SKEW_KEY = 'clockSkewMs';

/**
 * Head office refuses changes from a clock running ahead by more than MAX_CLOCK_SKEW_MS: pushes are
 * held (still queued) while the measured offset says so, and pulls go on.
 */
export function isClockTooFarAhead(clockSkewMs: number | null | undefined): boolean {
  return typeof clockSkewMs === 'number' && -clockSkewMs > MAX_CLOCK_SKEW_MS;
}

type PushOutcome = Awaited<ReturnType<typeof pushPending>> & { isHeld: boolean };

const held: PushOutcome = { pushed: 0, rejected: 0, skew: null, isHeld: true };

/** Pushes the outbox, or holds it when head office refuses the clock; the offset it reports is kept. */
async function pushUnlessClockRefused(context: SyncContext, token: string): Promise<PushOutcome> {
  try {
    return { ...(await pushPending(context, token)), isHeld: false };
  } catch (error) {
    if (!(error instanceof SyncFailure) || error.code !== 'clock-skew') throw error;
    const { serverTime, clientTime } = error.details;
    const skew = typeof serverTime === 'number' && typeof clientTime === 'number' ? serverTime - clientTime : null;
    return { ...held, skew };
  }
}

/**
 * The access log goes after the outbox. A refusal of it (a head office that does not know the route
 * yet, an entry it will not take) leaves it queued and never stops the pull; being offline does.
 */
async function pushAccessLogUnlessRefused(context: SyncContext, token: string): Promise<void> {
  try {
    await pushAccessLog(context, token);
  } catch (error) {
    if (error instanceof SyncFailure && error.code !== 'offline' && error.code !== 'unauthorized') return;
    throw error;
  }
}

/**
 * A round: push, then pull. A clock known to run too far ahead pulls first, which measures the offset
 * again; its pushes go in the same round only if the clock has been set right meanwhile. A refusal
 * of the clock never stops the pull: a device with a wrong clock keeps receiving.
 */
export async function syncRound(context: SyncContext): Promise<SyncRoundResult> {
  const token = tokenOf(context.db, context.secrets);
  // First: a laptop damaged after its first round can then be recovered. A failure fails the round, which is retried.
  if (context.databaseKey) await unlessStopped(escrowIfDue(context, context.databaseKey, token), context.signal);
  const first = isClockTooFarAhead(readSyncValue<number>(context.db, CLOCK_SKEW_KEY))
    ? await pullAll(context, token)
    : null;
  const push = first && isClockTooFarAhead(first.skew) ? held : await pushUnlessClockRefused(context, token);
  await pushAccessLogUnlessRefused(context, token);
  // Pulled again after a push, which brings back the conflicts head office found in it.
  const pull = first && push.pushed === 0 ? first : await pullAll(context, token);
  throwIfStopped(context.signal);
  const clockSkewMs = pull.skew ?? push.skew;
  writeSyncValue(context.db, 'lastSyncAt', context.now().toISOString());
  if (clockSkewMs !== null) writeSyncValue(context.db, CLOCK_SKEW_KEY, clockSkewMs);
  // Head office's answers of this round are in: what it acknowledged long enough ago can leave.
  await keepStorage(context.db, context.now(), context.signal);
  return {
    pushed: push.pushed,
    rejected: push.rejected,
    pulled: pull.pulled,
    clockSkewMs,
    isPushHeld: push.isHeld,
  };
}
