/**
 * The case file on screen: the whole detail (summary, contributions, payments, plans, requests,
 * letters, notes, tasks) in one call. Like search, a sequence number drops the answer of a file the
 * advisor already left. Notes and tasks added during the appointment go into the same state, so
 * the tab shows them without a reload.
 */
import type { AccessSource } from '../../../shared/contract/access-log-protocol';
import { create } from 'zustand';
import type { CaseFileDetail, InteractionRow, TaskRow } from '../../../shared/contract/channels/case-file-detail';
import type { GuichetApi } from '../../../shared/contract/client';
import type { ContractError } from '../../../shared/contract/errors';
import type { CaseFileRef } from '../../app/shell-store';

export type CaseFileState = {
  /** Which file the rest of the state describes (`kind/id`), so a page never shows another one's data. */
  key: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  detail: CaseFileDetail | null;
  error: ContractError | null;
};

const initialState: CaseFileState = { key: null, status: 'idle', detail: null, error: null };

export const useCaseFileStore = create<CaseFileState>()(() => initialState);

let latestSequence = 0;

export function caseFileKey(ref: CaseFileRef): string {
  return `${ref.kind}/${ref.id}`;
}

export function resetCaseFile(): void {
  latestSequence += 1;
  useCaseFileStore.setState(initialState, true);
}

/** Loads the file; `isQuiet` keeps the current content on screen while refreshing it (after a change). */
export async function loadCaseFile(
  api: GuichetApi,
  ref: CaseFileRef,
  isQuiet = false,
  source?: AccessSource,
): Promise<void> {
  latestSequence += 1;
  const sequence = latestSequence;
  const key = caseFileKey(ref);
  if (!isQuiet || useCaseFileStore.getState().key !== key)
    useCaseFileStore.setState({ key, status: 'loading', detail: null, error: null });
  // The main process records the opening in the access log; the screen only says where it came from.
  const from = source ?? (isQuiet ? 'refresh' : undefined);
  const reply = await api.caseFile.detail({ kind: ref.kind, id: ref.id, ...(from ? { source: from } : {}) });
  if (sequence !== latestSequence) return;
  useCaseFileStore.setState(
    reply.ok
      ? { key, status: 'ready', detail: reply.value, error: null }
      : { key, status: 'error', detail: null, error: reply.error },
  );
}

export function addInteraction(interaction: InteractionRow): void {
  useCaseFileStore.setState((state) =>
    state.detail ? { detail: { ...state.detail, interactions: [interaction, ...state.detail.interactions] } } : {},
  );
}

export function upsertTask(task: TaskRow): void {
  useCaseFileStore.setState((state) => {
    if (!state.detail) return {};
    const others = state.detail.tasks.filter((existing) => existing.id !== task.id);
    return { detail: { ...state.detail, tasks: [task, ...others] } };
  });
}
