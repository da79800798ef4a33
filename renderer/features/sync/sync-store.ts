/**
 * The sync status as the whole renderer sees it: one poll of `sync.status` feeds the status strip on
 * every page and the sync page, so both always agree. The poll is cheap (the services answer from
 * memory); a sequence number drops an answer overtaken by a newer one, as search does.
 */
import { create } from 'zustand';
import type { SyncStatusDto } from '../../../shared/contract/channels/sync';
import type { GuichetApi } from '../../../shared/contract/client';
import type { ContractError } from '../../../shared/contract/errors';

export type SyncState = {
  status: SyncStatusDto | null;
  /** The last poll failed (services unreachable, older host): the strip says the state is unknown. */
  error: ContractError | null;
  /** "Sync now" running from this window, so its button shows progress and cannot be pressed twice. */
  isSyncingNow: boolean;
  syncNowError: ContractError | null;
  /** When the status arrived (ms since the epoch): relative times are computed from it, so they move with each poll. */
  receivedAt: number;
};

const initialState: SyncState = { status: null, error: null, isSyncingNow: false, syncNowError: null, receivedAt: 0 };

export const useSyncStore = create<SyncState>()(() => initialState);

/** Other features announce a local write with this window event, without importing this feature. */
export const localWriteEvent = 'guichet:local-write';

let latestSequence = 0;

export function resetSync(): void {
  latestSequence += 1;
  useSyncStore.setState(initialState, true);
}

function applyStatus(status: SyncStatusDto): void {
  latestSequence += 1;
  useSyncStore.setState({ status, error: null, receivedAt: Date.now() });
}

export async function refreshSyncStatus(api: GuichetApi): Promise<void> {
  latestSequence += 1;
  const sequence = latestSequence;
  const reply = await api.sync.status({});
  if (sequence !== latestSequence) return;
  // Keep the last known status on screen after a failed poll: it is still the best information.
  useSyncStore.setState(
    reply.ok ? { status: reply.value, error: null, receivedAt: Date.now() } : { error: reply.error },
  );
}

/** Starts a round and waits for it; the poll keeps showing its progress meanwhile. */
export async function syncNow(api: GuichetApi): Promise<void> {
  if (useSyncStore.getState().isSyncingNow) return;
  useSyncStore.setState({ isSyncingNow: true, syncNowError: null });
  const reply = await api.sync.now({});
  if (reply.ok) applyStatus(reply.value);
  useSyncStore.setState({ isSyncingNow: false, syncNowError: reply.ok ? null : reply.error });
}

export async function setPaused(api: GuichetApi, isPaused: boolean): Promise<ContractError | null> {
  const reply = await api.sync.setPaused({ isPaused });
  if (!reply.ok) return reply.error;
  applyStatus(reply.value);
  return null;
}

export async function enrolDevice(
  api: GuichetApi,
  input: { code: string; deviceName: string },
): Promise<ContractError | null> {
  const reply = await api.sync.enrol(input);
  if (!reply.ok) return reply.error;
  applyStatus(reply.value);
  return null;
}
