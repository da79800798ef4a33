// @vitest-environment jsdom
/**
 * The search room, rendered in the real app over a fake transport: results follow typing, the
 * keyboard drives the list, and a late answer for an older query never replaces a newer one.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFileHit } from '../../shared/contract/app-contract';
import type { Reply } from '../../shared/contract/errors';
import { callsTo, createFakeApi, deferred } from './support/fake-api';
import { detailOf, dupCompanyHit, dupontHit, dupontSummary, dupuisHit } from './support/case-files';
import { flush, renderApp, resetApp } from './support/render-app';

const ok = <T,>(value: T): Reply<T> => ({ ok: true, value });

function searchBox(): HTMLInputElement {
  return screen.getByRole('combobox') as HTMLInputElement;
}

function type(text: string): void {
  fireEvent.change(searchBox(), { target: { value: text } });
}

function optionNames(): string[] {
  return screen.queryAllByRole('option').map((option) => option.querySelector('.search-hit__name')?.textContent ?? '');
}

beforeEach(resetApp);
afterEach(resetApp);

describe('the search box', () => {
  it('is focused at start-up and shows results from the transport as the advisor types', async () => {
    const { api, calls } = createFakeApi({ 'caseFile.search': () => ok([dupontHit, dupCompanyHit]) });
    renderApp(api);
    expect(searchBox()).toHaveProperty('placeholder', "Nom, NISS ou numéro d'entreprise");
    expect(document.activeElement).toBe(searchBox());

    type('d');
    type('du');
    type('dup');
    const options = await screen.findAllByRole('option');

    // Debounced: one request for the whole burst of keystrokes.
    expect(callsTo(calls, 'caseFile.search')).toEqual([{ query: 'dup', limit: 20 }]);
    expect(options).toHaveLength(2);
    const first = within(options[0] as HTMLElement);
    expect(first.getByText('Dupont Marie')).toBeTruthy();
    expect(first.getByText('85.07.30-033.28')).toBeTruthy();
    expect(first.getByText('Date de naissance : 30/07/1985')).toBeTruthy();
    expect(first.getByText('1000 Bruxelles')).toBeTruthy();
    expect(options[0]?.textContent).toContain('Trouvé par : nom');
    const second = within(options[1] as HTMLElement);
    expect(second.getByText('0123.456.749')).toBeTruthy();
    expect(options[1]?.textContent).toContain("n° d'entreprise");
    expect(screen.getByRole('status').textContent).toBe('2 dossiers trouvés');
  });

  it('moves the selection with the arrows, opens the case file with Enter, and comes back with the query', async () => {
    const { api } = createFakeApi({
      'caseFile.search': () => ok([dupontHit, dupuisHit, dupCompanyHit]),
      'caseFile.detail': () => ok(detailOf(dupontSummary)),
    });
    const { router } = renderApp(api);
    type('dup');
    await screen.findAllByRole('option');
    const input = searchBox();
    const selected = () =>
      screen.getAllByRole('option').findIndex((option) => option.getAttribute('aria-selected') === 'true');

    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(selected()).toBe(0);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(selected()).toBe(2);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(selected()).toBe(2);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(selected()).toBe(0);
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[0]?.id);

    fireEvent.keyDown(input, { key: 'Enter' });
    expect(router.state.location.pathname).toBe(`/case-files/person/${dupontHit.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dupont Marie' })).toBeTruthy();

    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(searchBox().value).toBe('dup');
    expect(optionNames()).toEqual(['Dupont Marie', 'Dupuis Jean', 'Dupont & Fils SRL']);
  });

  it('clears the query with Escape', async () => {
    const { api } = createFakeApi({ 'caseFile.search': () => ok([dupontHit]) });
    renderApp(api);
    type('dup');
    await screen.findAllByRole('option');
    fireEvent.keyDown(searchBox(), { key: 'Escape' });
    expect(searchBox().value).toBe('');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('keeps the newer results when the answer to an older query arrives last', async () => {
    const pending = new Map<string, ReturnType<typeof deferred<Reply<CaseFileHit[]>>>>();
    const { api, calls } = createFakeApi({
      'caseFile.search': ({ query }) => {
        const answer = deferred<Reply<CaseFileHit[]>>();
        pending.set(query, answer);
        return answer.promise;
      },
    });
    renderApp(api);

    type('du');
    await waitFor(() => expect(pending.has('du')).toBe(true));
    type('dupont');
    await waitFor(() => expect(pending.has('dupont')).toBe(true));
    expect(callsTo(calls, 'caseFile.search')).toHaveLength(2);

    await act(async () => pending.get('dupont')?.resolve(ok([dupontHit])));
    expect(optionNames()).toEqual(['Dupont Marie']);

    await act(async () => pending.get('du')?.resolve(ok([dupuisHit, dupCompanyHit])));
    await flush();
    expect(optionNames()).toEqual(['Dupont Marie']);
    expect(screen.getByRole('status').textContent).toBe('1 dossier trouvé');
  });

  it('ignores an older answer that arrives while the newer query is still pending', async () => {
    const pending = new Map<string, ReturnType<typeof deferred<Reply<CaseFileHit[]>>>>();
    const { api } = createFakeApi({
      'caseFile.search': ({ query }) => {
        const answer = deferred<Reply<CaseFileHit[]>>();
        pending.set(query, answer);
        return answer.promise;
      },
    });
    renderApp(api);

    type('du');
    await waitFor(() => expect(pending.has('du')).toBe(true));
    type('dupont');
    await act(async () => pending.get('du')?.resolve(ok([dupuisHit])));
    await flush();
    expect(optionNames()).toEqual([]);

    // Enter must not open anything while the results on screen are not those of the query typed.
    fireEvent.keyDown(searchBox(), { key: 'Enter' });
    await waitFor(() => expect(pending.has('dupont')).toBe(true));
    await act(async () => pending.get('dupont')?.resolve(ok([dupontHit])));
    expect(optionNames()).toEqual(['Dupont Marie']);
  });

  it('says so when nothing matches', async () => {
    const { api } = createFakeApi({ 'caseFile.search': () => ok([]) });
    renderApp(api);
    type('zzz');
    expect(await screen.findByText('Aucun dossier ne correspond à « zzz ».')).toBeTruthy();
    expect(searchBox().getAttribute('aria-expanded')).toBe('false');
  });

  it('shows a refusal in the interface language', async () => {
    const { api } = createFakeApi({
      'caseFile.search': () => ({ ok: false, error: { code: 'internal', messageKey: 'errors.network' } }),
    });
    renderApp(api);
    type('dup');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Le service local de Guichet ne répond pas.');
  });

  it('is focused by Ctrl+K from another page', async () => {
    const { api } = createFakeApi();
    const { router } = renderApp(api, '/settings');
    await screen.findByRole('heading', { level: 1, name: 'Paramètres' });
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    await waitFor(() => expect(document.activeElement).toBe(searchBox()));
  });
});
