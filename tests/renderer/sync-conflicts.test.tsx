// @vitest-environment jsdom
/**
 * The conflicts page: each conflict with its case file (a link), the field's translated name, head
 * office's value and the other one with who entered it, values shown as the case file shows them
 * (IBAN grouped, amounts in euros); the decision is confirmed before it is sent, then the conflict
 * reads "being synchronised" until head office confirms; a conflict settled elsewhere says so.
 *
 * The page is rendered on its own over a contract-shaped fake API: `GuichetApi` names these
 * channels `api.sync['conflicts.list']`, which is what the page calls.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConflictDecision, SyncConflictDto } from '../../shared/contract/channels/sync';
import type { GuichetApi } from '../../shared/contract/client';
import type { Reply } from '../../shared/contract/errors';
import { ApiProvider } from '../../renderer/api/ApiProvider';
import { ConflictsPage } from '../../renderer/features/sync/ConflictsPage';
import { resetSync } from '../../renderer/features/sync/sync-store';
import { i18n } from '../../renderer/i18n/i18n';
import { createFakeApi, type FakeCall } from './support/fake-api';

async function reset(): Promise<void> {
  cleanup();
  resetSync();
  await i18n.changeLanguage('fr');
}
beforeEach(reset);
afterEach(reset);

const caseFileId = '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e61';

const ibanConflict: SyncConflictDto = {
  id: 'c-iban',
  entity: 'person',
  entityId: caseFileId,
  caseFile: { kind: 'person', id: caseFileId },
  caseFileLabel: 'Dupont Marie',
  field: 'iban',
  kind: 'field',
  duplicateOf: null,
  duplicateOfLabel: null,
  serverValue: 'BE68539007547034',
  losingValue: 'BE71096123456769',
  losingAdvisor: { id: 'a-2', displayName: 'Bert Peeters' },
  status: 'open',
  resolvedValue: null,
  resolvedBy: null,
  createdAt: '2026-11-26T08:10:00.000Z',
};

const otherCaseFileId = '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e62';
/** The same NISS entered for two new case files on two devices. */
const duplicateConflict: SyncConflictDto = {
  ...{
    id: 'c-niss',
    entity: 'person',
    entityId: caseFileId,
    caseFile: { kind: 'person', id: caseFileId },
    caseFileLabel: 'Jansens, Eva',
  },
  field: 'niss',
  kind: 'duplicate-key',
  duplicateOf: { kind: 'person', id: otherCaseFileId },
  duplicateOfLabel: 'Janssens, Eva',
  serverValue: '90020312345',
  losingValue: '90020312345',
  losingAdvisor: { id: 'a-2', displayName: 'Bert Peeters' },
  status: 'open',
  resolvedValue: null,
  resolvedBy: null,
  createdAt: '2026-11-26T08:10:00.000Z',
};

const amountConflict: SyncConflictDto = {
  ...ibanConflict,
  id: 'c-amount',
  entity: 'payment_plan',
  field: 'instalmentCents',
  serverValue: 12_550,
  losingValue: 10_000,
  losingAdvisor: null,
};

type ConflictHandlers = {
  list: (input: { includeResolved: boolean }) => Reply<SyncConflictDto[]>;
  resolve: (input: { id: string; decision: ConflictDecision }) => Reply<SyncConflictDto>;
};

function renderConflicts(handlers: ConflictHandlers): {
  calls: FakeCall[];
  router: ReturnType<typeof createMemoryRouter>;
} {
  const { api, calls } = createFakeApi({
    'sync.status': () => ({ ok: false, error: { code: 'internal', messageKey: 'errors.internal' } }),
  });
  const record =
    <I, O>(channel: FakeCall['channel'], handler: (input: I) => Reply<O>) =>
    async (input: I) => {
      calls.push({ channel, input });
      return handler(input);
    };
  const contractApi: GuichetApi = {
    ...api,
    sync: {
      ...api.sync,
      'conflicts.list': record('sync.conflicts.list', handlers.list),
      'conflicts.resolve': record('sync.conflicts.resolve', handlers.resolve),
    } as GuichetApi['sync'],
  };
  const router = createMemoryRouter(
    [
      { path: '/sync/conflicts', element: <ConflictsPage /> },
      { path: '/sync', element: <p>sync page</p> },
      { path: '/case-files/:kind/:id', element: <p>case file page</p> },
    ],
    { initialEntries: ['/sync/conflicts'] },
  );
  render(
    <ApiProvider api={contractApi}>
      <RouterProvider router={router} />
    </ApiProvider>,
  );
  return { calls, router };
}

const inputsTo = (calls: FakeCall[], channel: FakeCall['channel']) =>
  calls.filter((call) => call.channel === channel).map((call) => call.input);

describe('the conflicts page', () => {
  it('lists each conflict with its case file, the field by name, and both values as the case file shows them', async () => {
    const { calls, router } = renderConflicts({
      list: () => ({ ok: true, value: [ibanConflict, amountConflict] }),
      resolve: () => ({ ok: true, value: ibanConflict }),
    });
    const list = await screen.findByRole('list', { name: 'Conflits' });
    const [iban, amount] = within(list).getAllByRole('listitem');

    expect(within(iban!).getByRole('heading', { level: 2 }).textContent).toBe('Compte bancaire (IBAN) — Dupont Marie');
    expect(within(iban!).getByText('BE68 5390 0754 7034')).toBeTruthy();
    expect(within(iban!).getByText('BE71 0961 2345 6769')).toBeTruthy();
    expect(within(iban!).getByText('saisie par Bert Peeters')).toBeTruthy();
    expect(within(iban!).getByText('À résoudre')).toBeTruthy();

    expect(within(amount!).getByRole('heading', { level: 2 }).textContent).toBe('Montant — Dupont Marie');
    expect(within(amount!).getByText(/^125,50\s€$/)).toBeTruthy();
    expect(within(amount!).getByText(/^100,00\s€$/)).toBeTruthy();
    expect(within(amount!).getByText('saisie sur un autre poste')).toBeTruthy();
    expect(inputsTo(calls, 'sync.conflicts.list')).toEqual([{ includeResolved: false }]);

    fireEvent.click(within(iban!).getByRole('link', { name: 'Ouvrir le dossier Dupont Marie' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/case-files/person/${caseFileId}`));
  });

  it('shows a duplicate NISS as the number and the other case file, to keep or correct, never "the other value"', async () => {
    const { calls, router } = renderConflicts({
      list: () => ({
        ok: true,
        value: [duplicateConflict, { ...duplicateConflict, id: 'c-niss-2', duplicateOf: null, duplicateOfLabel: null }],
      }),
      resolve: ({ id }) => ({
        ok: true,
        value: {
          ...duplicateConflict,
          id,
          status: 'resolving',
          resolvedValue: '90020312441',
          resolvedBy: { id: 'a-1', displayName: 'Anne Martin' },
        },
      }),
    });
    const [here, notHere] = await screen.findAllByRole('listitem');
    expect(within(here!).getByRole('heading', { level: 2 }).textContent).toMatch(
      /^Même .+ qu'un autre dossier — Jansens, Eva$/,
    );
    expect(within(here!).getByText('90.02.03-123.45')).toBeTruthy();
    expect(within(notHere!).getByText(/pas encore sur ce poste/)).toBeTruthy();
    expect(within(here!).queryByRole('radio', { name: "Prendre l'autre valeur" })).toBeNull();

    fireEvent.click(within(here!).getByRole('radio', { name: 'Corriger le numéro de ce dossier' }));
    fireEvent.change(within(here!).getByRole('textbox'), { target: { value: '90020312441' } });
    fireEvent.click(within(here!).getByRole('button', { name: 'Résoudre…' }));
    fireEvent.click(await within(here!).findByRole('button', { name: 'Confirmer' }));
    await waitFor(() =>
      expect(inputsTo(calls, 'sync.conflicts.resolve')).toEqual([
        { id: 'c-niss', decision: { choice: 'value', value: '90020312441' } },
      ]),
    );

    // The list is read again after the resolution: the link is looked up in the list on screen at each try,
    // never in an item the re-render has already replaced.
    await waitFor(() => {
      const current = screen.getAllByRole('listitem')[0]!;
      fireEvent.click(within(current).getByRole('link', { name: 'Ouvrir le dossier Janssens, Eva' }));
      expect(router.state.location.pathname).toBe(`/case-files/person/${otherCaseFileId}`);
    });
  });

  it('takes the other value after a confirmation, then shows the conflict as being synchronised', async () => {
    const { calls } = renderConflicts({
      list: () => ({ ok: true, value: [ibanConflict] }),
      resolve: ({ id }) => ({
        ok: true,
        value: {
          ...ibanConflict,
          id,
          status: 'resolving',
          resolvedValue: ibanConflict.losingValue,
          resolvedBy: { id: 'a-1', displayName: 'Anne Martin' },
        },
      }),
    });
    const item = (await screen.findAllByRole('listitem'))[0]!;
    const resolveButton = within(item).getByRole('button', { name: 'Résoudre…' });
    expect(resolveButton).toHaveProperty('disabled', true);

    fireEvent.click(within(item).getByRole('radio', { name: "Prendre l'autre valeur" }));
    fireEvent.click(resolveButton);
    const confirmation = within(item).getByRole('group', { name: 'Confirmer la décision' });
    expect(confirmation.textContent).toContain('Remplacer par « BE71 0961 2345 6769 » pour Compte bancaire (IBAN) ?');
    // Nothing is sent before the advisor confirms.
    expect(inputsTo(calls, 'sync.conflicts.resolve')).toEqual([]);
    const confirm = within(confirmation).getByRole('button', { name: 'Confirmer' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);

    expect(await screen.findByText('En cours de synchronisation')).toBeTruthy();
    expect(screen.getByText('Valeur retenue : BE71 0961 2345 6769 par Anne Martin')).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(inputsTo(calls, 'sync.conflicts.resolve')).toEqual([{ id: 'c-iban', decision: { choice: 'losing' } }]);
    expect(screen.getByText('Décision enregistrée : elle part au siège à la prochaine synchronisation.')).toBeTruthy();
  });

  it('asks for the corrected value before confirming it, and Escape cancels the confirmation', async () => {
    const { calls } = renderConflicts({
      list: () => ({ ok: true, value: [ibanConflict] }),
      resolve: () => ({ ok: true, value: { ...ibanConflict, status: 'resolving', resolvedValue: 'BE62510007547061' } }),
    });
    const item = (await screen.findAllByRole('listitem'))[0]!;
    fireEvent.click(within(item).getByRole('radio', { name: 'Saisir une valeur corrigée' }));
    const field = within(item).getByLabelText('Valeur corrigée');
    expect(document.activeElement).toBe(field);
    fireEvent.click(within(item).getByRole('button', { name: 'Résoudre…' }));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(within(item).getByText('Saisissez une valeur.')).toBeTruthy();

    fireEvent.change(field, { target: { value: ' BE62510007547061 ' } });
    fireEvent.submit(field);
    const confirmation = within(item).getByRole('group', { name: 'Confirmer la décision' });
    expect(confirmation.textContent).toContain('Enregistrer « BE62510007547061 » pour Compte bancaire (IBAN) ?');
    fireEvent.keyDown(within(confirmation).getByRole('button', { name: 'Confirmer' }), { key: 'Escape' });
    expect(within(item).queryByRole('group', { name: 'Confirmer la décision' })).toBeNull();

    fireEvent.submit(field);
    fireEvent.click(within(item).getByRole('button', { name: 'Confirmer' }));
    await screen.findByText('En cours de synchronisation');
    expect(inputsTo(calls, 'sync.conflicts.resolve')).toEqual([
      { id: 'c-iban', decision: { choice: 'value', value: 'BE62510007547061' } },
    ]);
  });

  it('says so when the conflict was settled meanwhile on another device, and reloads the list', async () => {
    let conflicts = [ibanConflict];
    const { calls } = renderConflicts({
      list: () => ({ ok: true, value: conflicts }),
      resolve: () => {
        conflicts = [];
        return { ok: false, error: { code: 'not-found', messageKey: 'errors.notFound' } };
      },
    });
    const item = (await screen.findAllByRole('listitem'))[0]!;
    fireEvent.click(within(item).getByRole('radio', { name: 'Garder la valeur du siège' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Résoudre…' }));
    expect(within(item).getByRole('group', { name: 'Confirmer la décision' }).textContent).toContain(
      'Garder « BE68 5390 0754 7034 »',
    );
    fireEvent.click(within(item).getByRole('button', { name: 'Confirmer' }));
    expect(await screen.findByText('Aucun conflit à résoudre.')).toBeTruthy();
    expect(inputsTo(calls, 'sync.conflicts.list')).toHaveLength(2);
    expect(inputsTo(calls, 'sync.conflicts.resolve')).toEqual([{ id: 'c-iban', decision: { choice: 'server' } }]);
  });

  it('adds the conflicts settled in the last 30 days on request', async () => {
    const settled: SyncConflictDto = {
      ...ibanConflict,
      id: 'c-old',
      status: 'resolved',
      resolvedValue: 'BE68539007547034',
      resolvedBy: { id: 'a-3', displayName: 'Chris Lambert' },
    };
    const { calls } = renderConflicts({
      list: ({ includeResolved }) => ({ ok: true, value: includeResolved ? [settled] : [] }),
      resolve: () => ({ ok: true, value: settled }),
    });
    expect(await screen.findByText('Aucun conflit à résoudre.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Afficher aussi les conflits résolus (30 derniers jours)' }));
    expect(await screen.findByText('Résolu')).toBeTruthy();
    expect(screen.getByText('Valeur retenue : BE68 5390 0754 7034 par Chris Lambert')).toBeTruthy();
    expect(inputsTo(calls, 'sync.conflicts.list')).toEqual([{ includeResolved: false }, { includeResolved: true }]);
  });
});
