/**
 * Search state lives in a store, not in the page, so that leaving for a case file and coming back
 * finds the same query, results and selection.
 *
 * Stale answers: every query change and every request takes a new sequence number; an answer is
 * applied only if no newer query or request started since. A slow reply for "dup" can therefore
 * never overwrite the results of "dupont".
 */
import { create } from 'zustand';
import type { CaseFileHit } from '../../../shared/contract/app-contract';
import type { GuichetApi } from '../../../shared/contract/client';
import type { ContractError } from '../../../shared/contract/errors';
import type { MatchCount } from './search-heading';

export const SEARCH_LIMIT = 20;
export const SEARCH_MAX_LENGTH = 100;

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error';

export type SearchState = {
  query: string;
  status: SearchStatus;
  hits: CaseFileHit[];
  /** The trimmed query the hits answer; differs from `query` while a newer search is pending. */
  hitsFor: string;
  activeIndex: number;
  error: ContractError | null;
  /** How many case files match when the hits fill the limit (the rest are not shown); null until known. */
  total: MatchCount | null;
};

const initialState: SearchState = {
  query: '',
  status: 'idle',
  hits: [],
  hitsFor: '',
  activeIndex: -1,
  error: null,
  total: null,
};

export const useSearchStore = create<SearchState>()(() => initialState);

let latestSequence = 0;

export function resetSearch(): void {
  latestSequence += 1;
  useSearchStore.setState(initialState, true);
}

export function setQuery(query: string): void {
  latestSequence += 1;
  const trimmed = query.trim();
  if (trimmed === '') {
    useSearchStore.setState({ ...initialState, query });
    return;
  }
  const { hitsFor, error } = useSearchStore.getState();
  // Back to the query the shown hits answer (e.g. a space typed then erased): they are current
  // again, and the pending search for the intermediate text was just made stale.
  if (trimmed === hitsFor) {
    useSearchStore.setState({ query, status: error ? 'error' : 'ready' });
    return;
  }
  useSearchStore.setState({ query });
}

export async function runSearch(api: GuichetApi, query: string): Promise<void> {
  const trimmed = query.trim();
  if (trimmed === '') return;
  latestSequence += 1;
  const sequence = latestSequence;
  useSearchStore.setState({ status: 'loading' });
  const reply = await api.caseFile.search({ query: trimmed, limit: SEARCH_LIMIT });
  if (sequence !== latestSequence) return;
  if (reply.ok) {
    useSearchStore.setState({
      status: 'ready',
      hits: reply.value,
      hitsFor: trimmed,
      // The first hit is pre-selected: a NISS typed in full then Enter opens the file directly.
      activeIndex: reply.value.length > 0 ? 0 : -1,
      error: null,
      total: null,
    });
    if (reply.value.length >= SEARCH_LIMIT) await countMatches(api, trimmed, sequence);
  } else {
    useSearchStore.setState({
      status: 'error',
      hits: [],
      hitsFor: trimmed,
      activeIndex: -1,
      error: reply.error,
      total: null,
    });
  }
}

/** Only a full page of hits asks for the count, so a search that shows everything costs one request. */
async function countMatches(api: GuichetApi, query: string, sequence: number): Promise<void> {
  const reply = await api.caseFile.countMatches({ query });
  // A failed count leaves the heading at "the first 20": true without the total.
  if (sequence === latestSequence && reply.ok) useSearchStore.setState({ total: reply.value });
}

/** True when the hits shown answer what is in the box now (and may safely be opened). */
export function hasCurrentHits(state: SearchState): boolean {
  return state.hitsFor !== '' && state.hitsFor === state.query.trim();
}

export function moveActive(delta: 1 | -1): void {
  const { hits, activeIndex } = useSearchStore.getState();
  if (hits.length === 0) return;
  // Clamped rather than wrapping: at a counter, holding ArrowDown should stop on the last file.
  const next = Math.min(hits.length - 1, Math.max(0, activeIndex + delta));
  useSearchStore.setState({ activeIndex: next });
}

export function setActive(index: number): void {
  useSearchStore.setState({ activeIndex: index });
}
