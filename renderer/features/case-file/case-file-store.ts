/**
 * The case file on screen. Like search, a sequence number drops the answer of a file the advisor
 * already left (Alt+ArrowLeft then Enter on another result is quicker than a slow disk).
 */
import { create } from 'zustand';
import type { CaseFileSummary } from '../../../shared/contract/app-contract';
import type { GuichetApi } from '../../../shared/contract/client';
import type { ContractError } from '../../../shared/contract/errors';
import type { CaseFileRef } from '../../app/shell-store';

export type CaseFileState = {
  /** Which file the rest of the state describes (`kind/id`), so a page never shows another one's data. */
  key: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  summary: CaseFileSummary | null;
  error: ContractError | null;
};

const initialState: CaseFileState = { key: null, status: 'idle', summary: null, error: null };

export const useCaseFileStore = create<CaseFileState>()(() => initialState);

let latestSequence = 0;

export function caseFileKey(ref: CaseFileRef): string {
  return `${ref.kind}/${ref.id}`;
}

export function resetCaseFile(): void {
  latestSequence += 1;
  useCaseFileStore.setState(initialState, true);
}

export async function loadCaseFile(api: GuichetApi, ref: CaseFileRef): Promise<void> {
  latestSequence += 1;
  const sequence = latestSequence;
  const key = caseFileKey(ref);
  useCaseFileStore.setState({ key, status: 'loading', summary: null, error: null });
  const reply = await api.caseFile.get({ kind: ref.kind, id: ref.id });
  if (sequence !== latestSequence) return;
  useCaseFileStore.setState(
    reply.ok
      ? { key, status: 'ready', summary: reply.value, error: null }
      : { key, status: 'error', summary: null, error: reply.error },
  );
}
