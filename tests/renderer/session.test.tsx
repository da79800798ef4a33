// @vitest-environment jsdom
/** Sign-in, the lock screen (Ctrl+L, inactivity, or the services saying so) and unlocking. */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionDto } from '../../shared/contract/channels/session';
import { callsTo, createFakeApi, signedInSession } from './support/fake-api';
import { flush, renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(async () => {
  vi.useRealTimers();
  await resetApp();
});

const locked: SessionDto = { ...signedInSession, isLocked: true };
const badCredentials = {
  ok: false as const,
  error: { code: 'unauthorized' as const, messageKey: 'errors.session.badCredentials' },
};

describe('the advisor session', () => {
  it('asks for sign-in first, says so on a wrong password, then opens the app', async () => {
    let attempts = 0;
    const { api, calls } = createFakeApi({
      'session.current': () => ({ ok: true, value: null }),
      'session.signIn': () => (++attempts === 1 ? badCredentials : { ok: true, value: signedInSession }),
    });
    renderApp(api, '/', { isSignedIn: false });
    expect(await screen.findByRole('heading', { name: 'Connexion au guichet' })).toBeTruthy();
    const username = screen.getByLabelText('Identifiant');
    expect(document.activeElement).toBe(username);
    fireEvent.change(username, { target: { value: 'amartin' } });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'wrong' } });
    fireEvent.submit(username.closest('form') as HTMLFormElement);
    expect(await screen.findByText('Identifiant ou mot de passe incorrect.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Mot de passe'));

    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'right' } });
    fireEvent.submit(username.closest('form') as HTMLFormElement);
    expect(await screen.findByRole('heading', { name: 'Rechercher un dossier' })).toBeTruthy();
    expect(screen.getByText('Anne Martin')).toBeTruthy();
    expect(callsTo(calls, 'session.signIn')).toEqual([
      { username: 'amartin', password: 'wrong' },
      { username: 'amartin', password: 'right' },
    ]);
  });

  it('locks with Ctrl+L, hides the page behind the lock screen, and unlocks with the password', async () => {
    const { api, calls } = createFakeApi({
      'session.lock': () => ({ ok: true, value: locked }),
      'session.unlock': ({ password }) =>
        password === 'right' ? { ok: true, value: signedInSession } : badCredentials,
    });
    renderApp(api);
    await screen.findByRole('heading', { name: 'Rechercher un dossier' });
    fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Écran verrouillé' });
    expect(dialog.textContent).toContain('Anne Martin');
    expect(document.querySelector('.app__body')?.hasAttribute('inert')).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText('Mot de passe'));

    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'right' } });
    fireEvent.submit(dialog.querySelector('form') as HTMLFormElement);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsTo(calls, 'session.unlock')).toEqual([{ password: 'right' }]);
  });

  it('locks by itself after the inactivity delay', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { api, calls } = createFakeApi({ 'session.lock': () => ({ ok: true, value: locked }) });
    renderApp(api);
    await screen.findByRole('heading', { name: 'Rechercher un dossier' });
    await act(async () => {
      vi.advanceTimersByTime(9 * 60_000);
    });
    expect(callsTo(calls, 'session.lock')).toEqual([]);
    await act(async () => {
      vi.advanceTimersByTime(61_000);
    });
    await flush();
    expect(callsTo(calls, 'session.lock')).toEqual([{}]);
    expect(await screen.findByRole('dialog', { name: 'Écran verrouillé' })).toBeTruthy();
  });

  it('shows the lock screen when the services refuse a call because they locked first', async () => {
    let isLocked = false;
    const { api } = createFakeApi({
      'session.current': () => ({ ok: true, value: isLocked ? locked : signedInSession }),
      'caseFile.search': () => {
        isLocked = true;
        return { ok: false, error: { code: 'unauthorized', messageKey: 'errors.session.locked' } };
      },
    });
    renderApp(api);
    const box = await screen.findByRole('combobox');
    fireEvent.change(box, { target: { value: 'dupont' } });
    expect(await screen.findByRole('dialog', { name: 'Écran verrouillé' })).toBeTruthy();
  });
  it('says how long to wait when the services refuse further attempts, on the sign-in and the lock screens', async () => {
    const throttled = {
      ok: false as const,
      error: {
        code: 'unauthorized' as const,
        messageKey: 'errors.session.throttled',
        details: { secondsLeft: 90, params: { minutes: 1, seconds: 30 } },
      },
    };
    const { api } = createFakeApi({
      'session.current': () => ({ ok: true, value: null }),
      'session.signIn': () => throttled,
    });
    renderApp(api, '/', { isSignedIn: false });
    const username = await screen.findByLabelText('Identifiant');
    fireEvent.change(username, { target: { value: 'amartin' } });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'right' } });
    fireEvent.submit(username.closest('form') as HTMLFormElement);
    expect(await screen.findByText('Trop de tentatives : réessayez dans 1 min 30 s.')).toBeTruthy();
    await resetApp();

    const locking = createFakeApi({
      'session.lock': () => ({ ok: true, value: locked }),
      'session.unlock': () => throttled,
    });
    renderApp(locking.api);
    await screen.findByRole('heading', { name: 'Rechercher un dossier' });
    fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Écran verrouillé' });
    fireEvent.change(screen.getByLabelText('Mot de passe'), { target: { value: 'right' } });
    fireEvent.submit(dialog.querySelector('form') as HTMLFormElement);
    expect(await screen.findByText('Trop de tentatives : réessayez dans 1 min 30 s.')).toBeTruthy();
  });
  it('counts the wait down on the sign-in screen and clears the message when it is over', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { api } = createFakeApi({
      'session.current': () => ({ ok: true, value: null }),
      'session.signIn': () => ({
        ok: false,
        error: {
          code: 'unauthorized',
          messageKey: 'errors.session.throttled',
          details: { secondsLeft: 61, params: { minutes: 1, seconds: 1 } },
        },
      }),
    });
    renderApp(api, '/', { isSignedIn: false });
    const username = await screen.findByLabelText('Identifiant');
    fireEvent.change(username, { target: { value: 'amartin' } });
    fireEvent.submit(username.closest('form') as HTMLFormElement);
    expect(await screen.findByText('Trop de tentatives : réessayez dans 1 min 1 s.')).toBeTruthy();
    // Let the countdown's timer start before moving the clock.
    await flush();
    await act(async () => {
      vi.advanceTimersByTime(2_000);
    });
    // Two seconds of fake time; real time also runs, so a loaded machine may show one second less.
    expect(screen.getByRole('alert').textContent).toMatch(/^Trop de tentatives : réessayez dans 0 min 5[89] s\.$/);
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.queryByText(/Trop de tentatives/)).toBeNull();
  });
});
