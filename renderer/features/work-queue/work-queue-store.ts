/**
 * The work queue on screen: its filters, the entries the services returned for them and the advisors
 * of the branch (for assigning). A sequence number drops the answer of a filter already left.
 */
import { create } from 'zustand';
import type { QueueEntryDto } from '../../../shared/contract/channels/work-queue';
import type { GuichetApi } from '../../../shared/contract/client';
import type { ContractError } from '../../../shared/contract/errors';

export type QueueKindFilter = QueueEntryDto['kind'] | null;
export type WorkQueueState = {
  scope: 'mine' | 'branch';
  kind: QueueKindFilter;
  entries: QueueEntryDto[];
  advisors: { id: string; displayName: string; role: string }[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: ContractError | null;
};

const initialState: WorkQueueState = {
  scope: 'branch',
  kind: null,
  entries: [],
  advisors: [],
  status: 'idle',
  error: null,
};

export const useWorkQueueStore = create<WorkQueueState>()(() => initialState);

export function resetWorkQueue(): void {
  useWorkQueueStore.setState(initialState, true);
}

let latest = 0;

export async function loadWorkQueue(api: GuichetApi): Promise<void> {
  latest += 1;
  const sequence = latest;
  const { scope, kind } = useWorkQueueStore.getState();
  useWorkQueueStore.setState({ status: 'loading' });
  const reply = await api.workQueue.list({ scope, kind });
  if (sequence !== latest) return;
  if (reply.ok) useWorkQueueStore.setState({ entries: reply.value, status: 'ready', error: null });
  else useWorkQueueStore.setState({ status: 'error', error: reply.error });
}

export async function loadBranchAdvisors(api: GuichetApi): Promise<void> {
  const reply = await api.workQueue.advisors({});
  if (reply.ok) useWorkQueueStore.setState({ advisors: reply.value });
}

export function setQueueFilter(api: GuichetApi, filter: Partial<Pick<WorkQueueState, 'scope' | 'kind'>>): void {
  useWorkQueueStore.setState(filter);
  void loadWorkQueue(api);
}
