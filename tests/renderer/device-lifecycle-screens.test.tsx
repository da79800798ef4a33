// @vitest-environment jsdom
/**
 * The screens of a device's life beyond syncing: sign-in refused after too long without head office,
 * with "sync now" on the screen itself, and the screen of a device head office had erased.
 */
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncStatusDto } from '../../shared/contract/channels/sync';
import { callsTo, createFakeApi, signedInSession } from './support/fake-api';
import { renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(resetApp);

const synced: SyncStatusDto = {
  isEnrolled: true,
  isOnline: true,
  isPaused: false,
  isSyncing: false,
  pendingCount: 0,
  oldestPendingAgeMs: null,
  rejectedCount: 0,
  lastSyncAt: '2026-11-26T08:00:00.000Z',
  lastErrorKey: null,
  openConflicts: 0,
  clockSkewMs: 0,
  isClockWrong: false,
  isPushHeld: false,
  isUpdateRequired: false,
  nextAttemptAt: null,
  progress: null,
};

describe('device lifecycle screens', () => {
  it('says why sign-in is refused after days without head office, syncs from there, then signs in', async () => {
    let isLocked = true;
    const { api, calls } = createFakeApi({
      'session.current': () => ({ ok: true, value: null }),
      'session.signIn': () =>
        isLocked
          ? {
              ok: false,
              error: {
                code: 'unauthorized',
                messageKey: 'errors.session.offlineLocked',
                details: { params: { days: 31, limit: 30 } },
              },
            }
          : { ok: true, value: signedInSession },
      'sync.now': () => ((isLocked = false), { ok: true, value: synced }),
    });
    renderApp(api, '/', { isSignedIn: false });
    const username = await screen.findByLabelText('Identifiant');
    fireEvent.change(username, { target: { value: 'amartin' } });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'right' } });
    fireEvent.submit(username.closest('form') as HTMLFormElement);
    expect(await screen.findByText(/n'a plus joint le siège depuis 31 jours \(limite : 30\)/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Synchroniser maintenant' }));
    expect(await screen.findByText('Synchronisation réussie : vous pouvez vous connecter.')).toBeTruthy();
    expect(callsTo(calls, 'sync.now')).toEqual([{}]);
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'right' } });
    fireEvent.submit(username.closest('form') as HTMLFormElement);
    expect(await screen.findByRole('heading', { name: 'Rechercher un dossier' })).toBeTruthy();
  });

  it('shows a failed sync under the refusal, the lock kept', async () => {
    const { api } = createFakeApi({
      'session.current': () => ({ ok: true, value: null }),
      'session.signIn': () => ({
        ok: false,
        error: {
          code: 'unauthorized',
          messageKey: 'errors.session.offlineLocked',
          details: { params: { days: 40, limit: 30 } },
        },
      }),
      'sync.now': () => ({ ok: true, value: { ...synced, isOnline: false, lastErrorKey: 'sync.errors.offline' } }),
    });
    renderApp(api, '/', { isSignedIn: false });
    const username = await screen.findByLabelText('Identifiant');
    fireEvent.submit(username.closest('form') as HTMLFormElement);
    fireEvent.click(await screen.findByRole('button', { name: 'Synchroniser maintenant' }));
    expect(
      await screen.findByText('Siège injoignable : les modifications restent en attente sur ce poste.'),
    ).toBeTruthy();
  });

  it('opens on the erased screen, in the interface language, when head office had the device wiped', async () => {
    const { api } = createFakeApi({
      'app.info': () => ({
        ok: true,
        value: {
          version: '0.1.0',
          host: 'browser',
          personCount: 0,
          pendingChanges: 0,
          wiped: { wipedAt: '2026-12-01T10:00:00.000Z', confirmedAt: '2026-12-01T10:00:01.000Z' },
        },
      }),
      'settings.get': () => ({ ok: true, value: { language: 'nl' } }),
    });
    renderApp(api, '/');
    expect(await screen.findByRole('heading', { name: 'Gegevens van deze computer gewist' })).toBeTruthy();
    expect(screen.getByText('De hoofdzetel heeft de bevestiging van het wissen ontvangen.')).toBeTruthy();
    expect(screen.getByText(/opnieuw geïnstalleerd en met een nieuwe code ingeschreven/)).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
