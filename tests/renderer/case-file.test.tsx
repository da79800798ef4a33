// @vitest-environment jsdom
/** The read-only case file: identity, address and affiliation history, in the interface language. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/contract/app-contract';
import { callsTo, createFakeApi } from './support/fake-api';
import { dupontSummary } from './support/case-files';
import { renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(resetApp);

const path = `/case-files/person/${dupontSummary.id}`;

describe('the case file', () => {
  it('shows identity, address and the affiliation history, most recent first', async () => {
    const { api, calls } = createFakeApi({ 'caseFile.get': () => ({ ok: true, value: dupontSummary }) });
    renderApp(api, path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dupont Marie' })).toBeTruthy();
    expect(callsTo(calls, 'caseFile.get')).toEqual([{ kind: 'person', id: dupontSummary.id }]);

    expect(screen.getAllByText('85.07.30-033.28').length).toBeGreaterThan(0);
    expect(screen.getByText('30 juillet 1985')).toBeTruthy();
    expect(screen.getByText('Féminin')).toBeTruthy();
    expect(screen.getByText('BE68 5390 0754 7034')).toBeTruthy();
    expect(screen.getByText('Rue de la Loi 16 bte 3')).toBeTruthy();
    expect(screen.getByText('Affiliation en cours', { selector: 'p' })).toBeTruthy();

    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['À titre principal', '1 janvier 2020', 'En cours', 'Affiliation en cours'],
      ['À titre complémentaire', '1 mars 2012', '31 décembre 2019', 'Affiliation terminée'],
    ]);
  });

  it('formats categories and dates in the language of the interface', async () => {
    const { api } = createFakeApi({
      'settings.get': () => ({ ok: true, value: { language: 'nl' as Language } }),
      'caseFile.get': () => ({ ok: true, value: dupontSummary }),
    });
    renderApp(api, path);
    expect(await screen.findByText('In hoofdberoep')).toBeTruthy();
    expect(screen.getByText('1 januari 2020')).toBeTruthy();
    expect(screen.getByText('In bijberoep')).toBeTruthy();
    expect(screen.getByText('Rue de la Loi 16 bus 3')).toBeTruthy();
  });

  it('goes back to search with Alt+ArrowLeft', async () => {
    const { api } = createFakeApi({ 'caseFile.get': () => ({ ok: true, value: dupontSummary }) });
    const { router } = renderApp(api, path);
    await screen.findByRole('heading', { level: 1, name: 'Dupont Marie' });
    fireEvent.keyDown(window, { key: 'ArrowLeft', altKey: true });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('shows a translated error for a file that does not exist', async () => {
    const { api } = createFakeApi();
    renderApp(api, path);
    expect((await screen.findByRole('alert')).textContent).toContain('Élément introuvable');
  });
});
