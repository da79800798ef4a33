/**
 * The search combobox (WAI-ARIA combobox pattern with a listbox popup): focus stays in the input,
 * ArrowUp/ArrowDown move the active option (announced through aria-activedescendant), Enter opens
 * it, Escape clears. Results follow typing after a short pause.
 */
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CaseFileHit } from '../../../shared/contract/app-contract';
import { useApi } from '../../api/ApiProvider';
import { caseFilePath, useShellStore } from '../../app/shell-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SearchResult } from './SearchResult';
import { searchHeading } from './search-heading';
import {
  SEARCH_LIMIT,
  SEARCH_MAX_LENGTH,
  hasCurrentHits,
  moveActive,
  runSearch,
  setActive,
  setQuery,
  useSearchStore,
} from './search-store';
import './search.css';

/** Long enough to skip most keystrokes of a fast typist, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 120;

const LISTBOX_ID = 'search-results';
const HINT_ID = 'search-hint';

function optionId(hit: CaseFileHit): string {
  return `search-option-${hit.kind}-${hit.id}`;
}

export function SearchBox() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const query = useSearchStore((state) => state.query);
  const status = useSearchStore((state) => state.status);
  const hits = useSearchStore((state) => state.hits);
  const hitsFor = useSearchStore((state) => state.hitsFor);
  const activeIndex = useSearchStore((state) => state.activeIndex);
  const error = useSearchStore((state) => state.error);
  const total = useSearchStore((state) => state.total);
  const focusRequest = useShellStore((state) => state.searchFocusRequest);

  // On mount and on every Ctrl+K: focus, and select so the next keystroke starts a new search. A layout
  // effect, so focus is in the box within the render Ctrl+K flushes, before the next key arrives.
  useLayoutEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  useEffect(() => {
    const trimmed = query.trim();
    // Coming back from a case file: the results in the store already answer this query.
    if (trimmed === '' || trimmed === useSearchStore.getState().hitsFor) return;
    const timer = window.setTimeout(() => void runSearch(api, trimmed), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [api, query]);

  const active = hits[activeIndex];
  useEffect(() => {
    if (!active) return;
    // Optional call: jsdom (the test DOM) has no layout, hence no scrollIntoView.
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  function open(hit: CaseFileHit): void {
    navigate(caseFilePath(hit), { state: { accessSource: 'search' } });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        moveActive(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        moveActive(-1);
        break;
      case 'Enter': {
        event.preventDefault();
        const state = useSearchStore.getState();
        // Never open a result of an older query: the advisor may have just finished typing a NISS.
        if (!hasCurrentHits(state)) break;
        const hit = state.hits[state.activeIndex];
        if (hit) open(hit);
        else if (state.status === 'error') void runSearch(api, state.query);
        break;
      }
      case 'Escape':
        if (query !== '') {
          event.preventDefault();
          setQuery('');
        }
        break;
    }
  }

  const trimmed = query.trim();
  const isCurrent = hitsFor !== '' && hitsFor === trimmed;
  const isListShown = hits.length > 0 && trimmed !== '';
  const isEmptyResult = isCurrent && status === 'ready' && hits.length === 0;
  const heading = searchHeading(hits.length, SEARCH_LIMIT, total);
  const announcement = isCurrent && status === 'ready' ? t(heading.key, heading.params) : '';

  return (
    <div className="search-box">
      <label htmlFor="search-input" className="visually-hidden">
        {t('search.label')}
      </label>
      <div className={`search-box__field${status === 'loading' ? ' is-loading' : ''}`}>
        <input
          id="search-input"
          ref={inputRef}
          className="search-box__input"
          type="text"
          role="combobox"
          aria-expanded={isListShown}
          aria-controls={LISTBOX_ID}
          aria-autocomplete="list"
          aria-activedescendant={isListShown && active ? optionId(active) : undefined}
          aria-describedby={HINT_ID}
          aria-busy={status === 'loading'}
          autoComplete="off"
          spellCheck={false}
          maxLength={SEARCH_MAX_LENGTH}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id={HINT_ID} className="search-box__hint">
        {t('search.hint')}
      </p>
      <p role="status" className={isCurrent && isListShown ? 'search-box__count' : 'visually-hidden'}>
        {announcement}
      </p>
      {error && isCurrent && <ErrorMessage error={error} />}
      {isEmptyResult && (
        <p className="search-box__empty">
          {t('search.noResult', { query: hitsFor })}{' '}
          <Link to={/^[\d\s./-]+$/.test(hitsFor) ? `/intake?identifier=${encodeURIComponent(hitsFor)}` : '/intake'}>
            {t('search.startIntake')}
          </Link>
        </p>
      )}
      <ul
        id={LISTBOX_ID}
        role="listbox"
        aria-label={t('search.resultsLabel')}
        className={`search-results${isCurrent ? '' : ' is-stale'}`}
        hidden={!isListShown}
      >
        {hits.map((hit, index) => (
          <li
            key={optionId(hit)}
            id={optionId(hit)}
            role="option"
            aria-selected={index === activeIndex}
            className={`search-results__option${index === activeIndex ? ' is-active' : ''}`}
            // Keep focus in the input (the combobox owns it) when a result is clicked.
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => {
              if (index !== activeIndex) setActive(index);
            }}
            onClick={() => open(hit)}
          >
            <SearchResult hit={hit} />
          </li>
        ))}
      </ul>
    </div>
  );
}
