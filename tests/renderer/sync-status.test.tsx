// @vitest-environment jsdom
/**
 * The sync status strip on every page and the sync page: online, offline, work offline, a stuck
 * queue with the age of its oldest change, the last sync, open conflicts (a link to them), clock and
 * update warnings, a device not enrolled; "sync now" with its progress; the enrolment form with a
 * refusal shown translated. Over the fake contract transport, as the other renderer tests.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncStatusDto } from '../../shared/contract/channels/sync';
import type { Language } from '../../shared/contract/app-contract';
import { catalogues, type Catalogue } from '../../renderer/i18n/catalogues';
import { localWriteEvent, resetSync } from '../../renderer/features/sync/sync-store';
import { callsTo, createFakeApi, deferred } from './support/fake-api';
import { renderApp, resetApp } from './support/render-app';

async function reset(): Promise<void> {
  await resetApp();
  resetSync();
}
beforeEach(reset);
afterEach(reset);

const minute = 60_000;
/** Fixed for the whole file, so that only a finished round moves it (the page reloads its history then). */
const threeMinutesAgo = new Date(Date.now() - 3 * minute).toISOString();

function statusOf(overrides: Partial<SyncStatusDto> = {}): SyncStatusDto {
  return {
    isEnrolled: true,
    isOnline: true,
    isPaused: false,
    isSyncing: false,
    pendingCount: 0,
    oldestPendingAgeMs: null,
    rejectedCount: 0,
    lastSyncAt: threeMinutesAgo,
    lastErrorKey: null,
    openConflicts: 0,
    clockSkewMs: 200,
    isClockWrong: false,
    isPushHeld: false,
    isUpdateRequired: false,
    nextAttemptAt: null,
    progress: null,
    ...overrides,
  };
}

function strip(): HTMLElement {
  return screen.getByRole('region', { name: 'État de la synchronisation' });
}

function frenchText(path: string): string {
  const value = path
    .split('.')
    .reduce<string | Catalogue | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      catalogues.fr,
    );
  if (typeof value !== 'string') throw new Error(`no French text for ${path}`);
  return value;
}

describe('the sync status strip', () => {
  it('is on every page after sign-in: online, everything sent, the last sync in relative time with the instant in a tooltip', async () => {
    const status = statusOf();
    const { api, calls } = createFakeApi({ 'sync.status': () => ({ ok: true, value: status }) });
    renderApp(api, '/');
    await screen.findByRole('region', { name: 'État de la synchronisation' });
    expect(strip().textContent).toContain('En ligne');
    expect(strip().textContent).toContain('Tout est envoyé');
    expect(strip().textContent).toContain('Dernière synchro il y a 3 minutes');
    expect(strip().querySelector('time')?.getAttribute('title')).toMatch(
      /^Dernière synchronisation le \d{2}\/\d{2}\/\d{4}/,
    );
    expect(within(strip()).getByRole('status').textContent).toBe('En ligne');
    expect(callsTo(calls, 'sync.status').length).toBeGreaterThan(0);
  });

  it('shows a stuck queue with the age of its oldest change, and open conflicts as a link to them', async () => {
    const { api } = createFakeApi({
      'sync.status': () => ({
        ok: true,
        value: statusOf({ isOnline: false, pendingCount: 12, oldestPendingAgeMs: 125 * minute, openConflicts: 2 }),
      }),
      'sync.conflicts.list': () => ({ ok: true, value: [] }),
    });
    const { router } = renderApp(api, '/settings');
    await screen.findByRole('region', { name: 'État de la synchronisation' });
    expect(strip().textContent).toContain('Hors ligne');
    // Intl writes "2 heures" with a no-break space.
    expect(strip().textContent).toMatch(/12 modifications en attente, la plus ancienne attend depuis 2\s+heures/);
    // Screen readers hear what matters, not the counter that moves on every poll.
    expect(within(strip()).getByRole('status').textContent).toBe(
      'Hors ligne. 12 modifications en attente. 2 conflits à résoudre',
    );

    fireEvent.click(within(strip()).getByRole('link', { name: '2 conflits à résoudre' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sync/conflicts'));
  });

  it('does not call a recent queue stuck', async () => {
    const { api } = createFakeApi({
      'sync.status': () => ({ ok: true, value: statusOf({ pendingCount: 1, oldestPendingAgeMs: 2 * minute }) }),
    });
    renderApp(api, '/');
    await screen.findByRole('region', { name: 'État de la synchronisation' });
    expect(strip().textContent).toContain('1 modification en attente');
    expect(strip().textContent).not.toContain('attend depuis');
  });

  it.each<[string, Partial<SyncStatusDto>, string | RegExp]>([
    ['work offline', { isPaused: true, isOnline: false }, 'Travail hors ligne'],
    ['a device not enrolled', { isEnrolled: false, lastSyncAt: null }, 'Appareil non inscrit'],
    ['an update head office requires', { isUpdateRequired: true }, "Mise à jour de l'application requise"],
    [
      'a clock that is behind',
      { isClockWrong: true, clockSkewMs: 7 * minute },
      /Votre horloge a 7\s+minutes de retard/,
    ],
    ['a round running', { isSyncing: true }, 'Synchronisation…'],
  ])('says so for %s', async (_, overrides, text) => {
    const { api } = createFakeApi({ 'sync.status': () => ({ ok: true, value: statusOf(overrides) }) });
    renderApp(api, '/');
    await screen.findByRole('region', { name: 'État de la synchronisation' });
    expect(strip().textContent).toMatch(text);
  });

  it('shows a clock a day ahead as a banner: the offset rounded to a day, pushes held, what to do', async () => {
    // As measured: the middle of a round trip, a little short of a whole day.
    const skew = -(24 * 60 * minute - 180);
    const { api } = createFakeApi({
      'sync.status': () => ({
        ok: true,
        value: statusOf({ isClockWrong: true, isPushHeld: true, clockSkewMs: skew, pendingCount: 3 }),
      }),
    });
    renderApp(api, '/');
    await screen.findByRole('region', { name: 'État de la synchronisation' });
    const banner = within(strip()).getByRole('note');
    console.log(`clock banner: ${banner.textContent}`);
    expect(banner.textContent).toMatch(/^Votre horloge a 1\s+jour d'avance sur le siège\./);
    expect(banner.textContent).toContain(frenchText('sync.strip.clock.held'));
    expect(banner.textContent).toContain('Réglez la date et l');
    expect(strip().textContent).toContain('3 modifications en attente');
    expect(within(strip()).getByRole('status').textContent).toMatch(
      /^En ligne\. Votre horloge a 1\s+jour d'avance sur le siège$/,
    );
  });

  it('names the offset in the interface language, rounded to the nearest unit', async () => {
    const { api } = createFakeApi({
      'sync.status': () => ({
        ok: true,
        value: statusOf({ isClockWrong: true, isPushHeld: true, clockSkewMs: -(2 * 60 + 50) * minute }),
      }),
      'settings.get': () => ({ ok: true, value: { language: 'nl' as Language } }),
    });
    renderApp(api, '/');
    await waitFor(() =>
      expect(screen.getByRole('note').textContent).toMatch(/^Uw klok loopt 3\s+uur voor op de hoofdzetel\./),
    );
  });

  it('shows no clock banner while the clock is right', async () => {
    const { api } = createFakeApi({ 'sync.status': () => ({ ok: true, value: statusOf({ clockSkewMs: -20_000 }) }) });
    renderApp(api, '/');
    await screen.findByRole('region', { name: 'État de la synchronisation' });
    expect(within(strip()).queryByRole('note')).toBeNull();
    expect(strip().textContent).not.toContain('horloge');
  });

  it('polls again at once when the window regains focus or after a local write, and shows the new state', async () => {
    let status = statusOf();
    const { api, calls } = createFakeApi({ 'sync.status': () => ({ ok: true, value: status }) });
    renderApp(api, '/');
    await screen.findByRole('region', { name: 'État de la synchronisation' });
    const before = callsTo(calls, 'sync.status').length;
    status = statusOf({ isOnline: false });
    fireEvent.focus(window);
    await waitFor(() => expect(strip().textContent).toContain('Hors ligne'));
    expect(callsTo(calls, 'sync.status').length).toBeGreaterThan(before);

    // A write elsewhere in the app (the case file's edit form) announces itself the same way.
    status = statusOf({ isOnline: false, pendingCount: 1, oldestPendingAgeMs: 0 });
    window.dispatchEvent(new Event(localWriteEvent));
    await waitFor(() => expect(strip().textContent).toContain('1 modification en attente'));
  });

  it('says the state is unknown, without an alarm, when the services cannot tell', async () => {
    const { api } = createFakeApi({
      'sync.status': () => ({ ok: false, error: { code: 'internal', messageKey: 'errors.internal' } }),
    });
    renderApp(api, '/');
    expect(await screen.findByText('État de la synchronisation inconnu')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks the interface language', async () => {
    const { api } = createFakeApi({
      'settings.get': () => ({ ok: true, value: { language: 'nl' as Language } }),
      'sync.status': () => ({
        ok: true,
        value: statusOf({ pendingCount: 3, oldestPendingAgeMs: 0, openConflicts: 1 }),
      }),
    });
    renderApp(api, '/');
    const region = await screen.findByRole('region', { name: 'Synchronisatiestatus' });
    await waitFor(() => expect(region.textContent).toContain('3 wijzigingen in wachtrij'));
    expect(region.textContent).toContain('1 conflict op te lossen');
  });
});

describe('the sync page', () => {
  it('is reached from the navigation and shows the status, the history of rounds and the refused changes', async () => {
    const { api, calls } = createFakeApi({
      'sync.status': () => ({
        ok: true,
        value: statusOf({ pendingCount: 2, oldestPendingAgeMs: 30_000, rejectedCount: 1 }),
      }),
      'sync.history': () => ({
        ok: true,
        value: {
          rounds: [
            {
              id: 2,
              startedAt: '2026-11-26T07:58:00.000Z',
              finishedAt: '2026-11-26T07:58:02.000Z',
              trigger: 'manual',
              outcome: 'ok',
              pushed: 4,
              pulled: 7,
              rejected: 1,
              conflicts: 1,
              errorKey: null,
              quietRounds: 1,
            },
            {
              id: 3,
              startedAt: '2026-11-26T07:52:00.000Z',
              finishedAt: '2026-11-26T07:57:00.000Z',
              trigger: 'interval',
              outcome: 'ok',
              pushed: 0,
              pulled: 0,
              rejected: 0,
              conflicts: 0,
              errorKey: null,
              quietRounds: 6,
            },
            {
              id: 1,
              startedAt: '2026-11-26T07:50:00.000Z',
              finishedAt: null,
              trigger: 'interval',
              outcome: 'failed',
              pushed: 0,
              pulled: 0,
              rejected: 0,
              conflicts: 0,
              errorKey: 'sync.errors.notInTheBook',
              quietRounds: 1,
            },
          ],
          rejected: [
            {
              mutationId: 'device-1:17',
              entity: 'person',
              entityId: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e61',
              caseFile: { kind: 'person', id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e61' },
              reasonKey: 'errors.forbidden',
              rejectedAt: '2026-11-26T07:58:01.000Z',
            },
          ],
        },
      }),
    });
    const { router } = renderApp(api, '/');
    fireEvent.click(await screen.findByRole('link', { name: 'Synchronisation' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sync'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Synchronisation' })).toBeTruthy();

    const tables = await screen.findAllByRole('table');
    const roundRows = within(tables[0]!).getAllByRole('row').slice(1);
    expect(
      roundRows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(1)
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Manuelle', 'Réussie', '4', '7', '1', '1', ''],
      // Six rounds that moved nothing: one line, not six.
      [expect.stringMatching(/^6 synchronisations sans changement depuis celle-ci, jusqu'au .+/)],
      // A key this version does not know reads as the generic message, never as a raw key.
      ['Automatique', 'Échouée', '0', '0', '0', '0', frenchText('errors.internal')],
    ]);
    const refused = within(tables[1]!).getAllByRole('row')[1]!;
    expect(within(refused).getByText('Personne')).toBeTruthy();
    expect(within(refused).getByText(frenchText('errors.forbidden'))).toBeTruthy();
    expect(within(refused).getByRole('link', { name: 'Ouvrir le dossier' }).getAttribute('href')).toContain(
      '/case-files/person/',
    );
    expect(callsTo(calls, 'sync.history')).toEqual([{ limit: 50 }]);
  });

  it('sends a refused change again on demand, then syncs at once; a refusal of the retry is shown translated', async () => {
    const refusedChange = {
      mutationId: 'device-1:17',
      entity: 'person',
      entityId: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e61',
      caseFile: null,
      reasonKey: 'sync.errors.forbidden',
      rejectedAt: '2026-11-26T07:58:01.000Z',
    };
    let rejected = [refusedChange];
    let status = statusOf({ rejectedCount: 1 });
    const { api, calls } = createFakeApi({
      'sync.status': () => ({ ok: true, value: status }),
      'sync.history': () => ({ ok: true, value: { rounds: [], rejected } }),
      'sync.rejected.retry': ({ mutationId }: { mutationId: string }) =>
        mutationId === refusedChange.mutationId && rejected.length > 0
          ? ((rejected = []), (status = statusOf({ pendingCount: 1 })), { ok: true, value: status })
          : {
              ok: false,
              error: { code: 'not-found', messageKey: 'errors.notFound', details: { entity: 'rejectedChange' } },
            },
      'sync.now': () => ((status = statusOf({ lastSyncAt: new Date().toISOString() })), { ok: true, value: status }),
    });
    renderApp(api, '/sync');
    const table = await screen.findByRole('region', { name: frenchText('sync.rejected.title') });
    fireEvent.click(within(table).getByRole('button', { name: 'Renvoyer' }));
    expect(await screen.findByText('Synchronisation terminée.')).toBeTruthy();
    expect(callsTo(calls, 'sync.rejected.retry')).toEqual([{ mutationId: 'device-1:17' }]);
    expect(callsTo(calls, 'sync.now')).toEqual([{}]);
    expect(await screen.findByText(frenchText('sync.rejected.empty'))).toBeTruthy();
  });

  it('discards a refused change on demand, names its reason, and lists it no more', async () => {
    const refusedChange = {
      mutationId: 'device-1:18',
      entity: 'interaction',
      entityId: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e62',
      caseFile: null,
      reasonKey: 'sync.errors.unstorableValue',
      rejectedAt: '2026-11-26T07:58:01.000Z',
    };
    let rejected = [refusedChange];
    const { api, calls } = createFakeApi({
      'sync.status': () => ({ ok: true, value: statusOf({ rejectedCount: rejected.length }) }),
      'sync.history': () => ({ ok: true, value: { rounds: [], rejected } }),
      'sync.rejected.discard': () => ((rejected = []), { ok: true, value: statusOf({ rejectedCount: 0 }) }),
    });
    renderApp(api, '/sync');
    const table = await screen.findByRole('region', { name: frenchText('sync.rejected.title') });
    expect(within(table).getByText(frenchText('sync.errors.unstorableValue'))).toBeTruthy();
    fireEvent.click(within(table).getByRole('button', { name: frenchText('sync.rejected.discard') }));
    expect(await screen.findByText(frenchText('sync.rejected.empty'))).toBeTruthy();
    expect(callsTo(calls, 'sync.rejected.discard')).toEqual([{ mutationId: 'device-1:18' }]);
    expect(callsTo(calls, 'sync.now')).toEqual([]);
  });

  it('syncs now on demand, showing the phase and what is left while the round runs', async () => {
    const reply = deferred<{ ok: true; value: SyncStatusDto }>();
    let status = statusOf({ pendingCount: 5, oldestPendingAgeMs: 1000 });
    const { api, calls } = createFakeApi({
      'sync.status': () => ({ ok: true, value: status }),
      'sync.now': () => reply.promise,
      'sync.history': () => ({ ok: true, value: { rounds: [], rejected: [] } }),
    });
    renderApp(api, '/sync');
    const button = await screen.findByRole('button', { name: 'Synchroniser maintenant' });
    status = statusOf({
      isSyncing: true,
      pendingCount: 5,
      oldestPendingAgeMs: 1000,
      progress: { phase: 'push', done: 2, remaining: 3 },
    });
    fireEvent.click(button);
    fireEvent.focus(window);
    expect(await screen.findByText('Envoi au siège : 2 faites, 3 restantes')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Synchroniser maintenant' })).toHaveProperty('disabled', true);

    const historyReads = callsTo(calls, 'sync.history').length;
    status = statusOf({ lastSyncAt: new Date().toISOString() });
    reply.resolve({ ok: true, value: status });
    expect(await screen.findByText('Synchronisation terminée.')).toBeTruthy();
    expect(callsTo(calls, 'sync.now')).toEqual([{}]);
    // The history is read again once the round has moved the last sync.
    await waitFor(() => expect(callsTo(calls, 'sync.history').length).toBe(historyReads + 1));
  });

  it('shows the rebuild of the local indexes after a large first sync as a step of its own', async () => {
    const { api } = createFakeApi({
      'sync.status': () => ({
        ok: true,
        value: statusOf({ isSyncing: true, progress: { phase: 'indexes', done: 3, remaining: 11 } }),
      }),
      'sync.history': () => ({ ok: true, value: { rounds: [], rejected: [] } }),
    });
    renderApp(api, '/sync');
    expect(await screen.findByText('Mise en ordre des données reçues : index 3 sur 14')).toBeTruthy();
  });

  it('says why a round failed, and lists it in the history', async () => {
    const offline = statusOf({ isOnline: false, lastErrorKey: 'sync.errors.offline' });
    const { api, calls } = createFakeApi({
      'sync.status': () => ({ ok: true, value: offline }),
      'sync.now': () => ({ ok: true, value: offline }),
      'sync.history': () => ({ ok: true, value: { rounds: [], rejected: [] } }),
    });
    renderApp(api, '/sync');
    const button = await screen.findByRole('button', { name: 'Synchroniser maintenant' });
    await waitFor(() => expect(callsTo(calls, 'sync.history').length).toBeGreaterThan(0));
    const historyReads = callsTo(calls, 'sync.history').length;
    fireEvent.click(button);
    await waitFor(() =>
      expect(document.getElementById('sync-progress')?.textContent).toBe(frenchText('sync.errors.offline')),
    );
    expect(document.getElementById('sync-progress')?.getAttribute('data-state')).toBe('ended');
    expect(screen.queryByText('Synchronisation terminée.')).toBeNull();
    // Neither the last sync nor the error moved, yet the failed round is read into the history.
    await waitFor(() => expect(callsTo(calls, 'sync.history').length).toBe(historyReads + 1));
  });

  it('pauses and resumes sync with "work offline"', async () => {
    let status = statusOf();
    const { api, calls } = createFakeApi({
      'sync.status': () => ({ ok: true, value: status }),
      'sync.setPaused': ({ isPaused }) => {
        status = statusOf({ isPaused, isOnline: !isPaused });
        return { ok: true, value: status };
      },
      'sync.history': () => ({ ok: true, value: { rounds: [], rejected: [] } }),
    });
    renderApp(api, '/sync');
    const toggle = await screen.findByRole('checkbox', { name: 'Travailler hors ligne' });
    fireEvent.click(toggle);
    await waitFor(() => expect(strip().textContent).toContain('Travail hors ligne'));
    expect(screen.getByRole('checkbox', { name: 'Travailler hors ligne' })).toHaveProperty('checked', true);
    expect(screen.getByRole('button', { name: 'Synchroniser maintenant' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Travailler hors ligne' }));
    await waitFor(() => expect(strip().textContent).toContain('En ligne'));
    expect(callsTo(calls, 'sync.setPaused')).toEqual([{ isPaused: true }, { isPaused: false }]);
  });
});

describe('enrolment of a device', () => {
  const notEnrolled = statusOf({ isEnrolled: false, isOnline: false, lastSyncAt: null });

  it('shows the refusal of a bad code translated, keeps what was typed, and stores nothing', async () => {
    const { api, calls } = createFakeApi({
      'sync.status': () => ({ ok: true, value: notEnrolled }),
      'sync.enrol': () => ({ ok: false, error: { code: 'forbidden', messageKey: 'sync.errors.badCode' } }),
    });
    renderApp(api, '/sync');
    expect(await screen.findByRole('heading', { level: 2, name: 'Inscrire ce poste' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Code d'inscription"), { target: { value: 'ABCD-1234' } });
    fireEvent.change(screen.getByLabelText('Nom du poste'), { target: { value: 'Portable Namur 3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inscrire le poste' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(frenchText('sync.errors.badCode'));
    expect(alert.textContent).not.toContain('sync.errors');
    expect(callsTo(calls, 'sync.enrol')).toEqual([{ code: 'ABCD-1234', deviceName: 'Portable Namur 3' }]);
    expect(screen.getByLabelText("Code d'inscription")).toHaveProperty('value', 'ABCD-1234');
  });

  it('puts a field refusal next to its field', async () => {
    const { api } = createFakeApi({
      'sync.status': () => ({ ok: true, value: notEnrolled }),
      'sync.enrol': () => ({
        ok: false,
        error: {
          code: 'validation',
          messageKey: 'errors.validation',
          details: { issues: [{ path: 'deviceName', messageKey: 'sync.errors.deviceNameRequired' }] },
        },
      }),
    });
    renderApp(api, '/sync');
    fireEvent.change(await screen.findByLabelText("Code d'inscription"), { target: { value: 'ABCD-1234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inscrire le poste' }));
    await screen.findByRole('alert');
    expect(screen.getByLabelText('Nom du poste').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(frenchText('sync.errors.deviceNameRequired')).length).toBeGreaterThan(0);
  });

  it('shows the status once enrolled', async () => {
    const { api } = createFakeApi({
      'sync.status': () => ({ ok: true, value: notEnrolled }),
      'sync.enrol': () => ({ ok: true, value: statusOf({ lastSyncAt: null, isSyncing: true }) }),
      'sync.history': () => ({ ok: true, value: { rounds: [], rejected: [] } }),
    });
    renderApp(api, '/sync');
    fireEvent.change(await screen.findByLabelText("Code d'inscription"), { target: { value: 'ABCD-1234' } });
    fireEvent.change(screen.getByLabelText('Nom du poste'), { target: { value: 'Portable Namur 3' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Inscrire le poste' }));
    expect(await screen.findByRole('button', { name: 'Synchroniser maintenant' })).toBeTruthy();
  });
});
