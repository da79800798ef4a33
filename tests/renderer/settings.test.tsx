// @vitest-environment jsdom
/**
 * The interface language: switched in Settings, saved through settings.update, applied at once
 * (texts and <html lang>), and restored from settings.get at the next start.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/contract/app-contract';
import { callsTo, createFakeApi } from './support/fake-api';
import { renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(resetApp);

describe('the language switch', () => {
  it('saves the choice through settings.update and re-renders the app in Dutch', async () => {
    const { api, calls } = createFakeApi();
    renderApp(api, '/settings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');

    fireEvent.click(screen.getByRole('radio', { name: 'Nederlands' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Instellingen' })).toBeTruthy();
    expect(callsTo(calls, 'settings.update')).toEqual([{ language: 'nl' }]);
    expect(screen.getByRole('radio', { name: 'Nederlands' })).toHaveProperty('checked', true);
    expect(screen.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zoeken' })).toBeTruthy();
    expect(await screen.findByText('Voorkeur opgeslagen.')).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('restores the saved language at start-up', async () => {
    const { api, calls } = createFakeApi({
      'settings.get': () => ({ ok: true, value: { language: 'de' as Language } }),
    });
    renderApp(api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Akte suchen' })).toBeTruthy();
    expect(screen.getByRole('combobox')).toHaveProperty('placeholder', 'Name, ENSS oder Unternehmensnummer');
    expect(callsTo(calls, 'settings.get')).toEqual([{}]);
    expect(document.documentElement.lang).toBe('de');
  });

  it('puts the previous language back, and says why, when saving fails', async () => {
    const { api } = createFakeApi({
      'settings.update': () => ({ ok: false, error: { code: 'internal', messageKey: 'errors.internal' } }),
    });
    renderApp(api, '/settings');
    await screen.findByRole('heading', { level: 1, name: 'Paramètres' });

    fireEvent.click(screen.getByRole('radio', { name: 'Deutsch' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Une erreur inattendue');
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Français' })).toHaveProperty('checked', true));
    expect(document.documentElement.lang).toBe('fr');
  });
});
