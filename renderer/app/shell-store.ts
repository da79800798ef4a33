/**
 * State the shell shares with the features without them importing each other: host information for
 * the header, the last opened case file (for the navigation), and "focus the search box" requests
 * (Ctrl+K from anywhere).
 */
import { create } from 'zustand';
import type { AppInfo, CaseFileKind } from '../../shared/contract/app-contract';
import type { GuichetApi } from '../../shared/contract/client';

export type CaseFileRef = { kind: CaseFileKind; id: string };

export type ShellState = {
  info: AppInfo | null;
  lastCaseFile: CaseFileRef | null;
  /** A counter rather than a flag: each increment is one request the search box answers by focusing. */
  searchFocusRequest: number;
};

const initialState: ShellState = { info: null, lastCaseFile: null, searchFocusRequest: 0 };

export const useShellStore = create<ShellState>()(() => initialState);

export function resetShell(): void {
  useShellStore.setState(initialState, true);
}

export function requestSearchFocus(): void {
  useShellStore.setState((state) => ({ searchFocusRequest: state.searchFocusRequest + 1 }));
}

export function rememberCaseFile(ref: CaseFileRef): void {
  useShellStore.setState({ lastCaseFile: ref });
}

export async function loadAppInfo(api: GuichetApi): Promise<void> {
  const reply = await api.app.info({});
  // The header can live without it; a failure here must not block the counter.
  if (reply.ok) useShellStore.setState({ info: reply.value });
}

export function caseFilePath(ref: CaseFileRef): string {
  return `/case-files/${ref.kind}/${encodeURIComponent(ref.id)}`;
}
