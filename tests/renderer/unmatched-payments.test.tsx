// @vitest-environment jsdom
/**
 * The unmatched payments screen over a fake API: offered to the back office only; lists head office's
 * entries with the payer and reason; allocates one to an open contribution of a case file found by
 * search, with a note, and drops it from the list; shows head office's absence as a clear error.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnmatchedEntry } from '../../shared/contract/statement-protocol';
import { callsTo, createFakeApi, signedInSession } from './support/fake-api';
import { dupontDebtIds, dupontDebtorDetail, dupontHit } from './support/case-files';
import { flush, renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(resetApp);

const entries: UnmatchedEntry[] = [
  {
    id: 'entry-1',
    valueDate: '2026-11-19',
    amountCents: 25_000,
    payerName: 'PEETERS JAN',
    payerIban: 'BE46737100200336',
    structuredCommunication: null,
    freeCommunication: 'Cotisation 2026 T3',
    reason: 'no-reference',
    contributionId: null,
  },
  {
    id: 'entry-2',
    valueDate: '2026-11-23',
    amountCents: 45_000,
    payerName: 'SCHMITZ KARL',
    payerIban: null,
    structuredCommunication: '202600020297',
    freeCommunication: null,
    reason: 'unknown-reference',
    contributionId: null,
  },
];

function fakeQueue(role: 'advisor' | 'back-office', isOffline = false) {
  const session = { ...signedInSession, advisor: { ...signedInSession.advisor, role } };
  return createFakeApi({
    'session.current': () => ({ ok: true, value: session }),
    'bankStatement.unmatched': () =>
      isOffline
        ? { ok: false, error: { code: 'internal', messageKey: 'unmatchedPayments.errors.offline' } }
        : { ok: true, value: entries },
    'bankStatement.allocate': () => ({ ok: true, value: { paymentId: 'payment-1' } }),
    'caseFile.search': () => ({ ok: true, value: [dupontHit] }),
    'caseFile.detail': () => ({ ok: true, value: dupontDebtorDetail }),
  });
}

describe('the unmatched payments screen', () => {
  it('lists the entries and allocates one to an open contribution of the case file found, with a note', async () => {
    const { api, calls } = fakeQueue('back-office');
    renderApp(api, '/unmatched-payments', { isSignedIn: false });
    expect(await screen.findByRole('link', { name: 'Paiements non affectés' })).toBeTruthy();
    const table = await screen.findByTestId('unmatched-payments');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[3]?.textContent)).toEqual([
      'Cotisation 2026 T3',
      '+++202/6000/20297+++',
    ]);
    expect(within(rows[0]!).getByText('BE46 7371 0020 0336')).toBeTruthy();
    expect(within(rows[0]!).getByText('Sans communication structurée')).toBeTruthy();

    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Affecter' }));
    fireEvent.change(screen.getByLabelText('Rechercher le dossier'), { target: { value: 'Dupont' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    fireEvent.click(await screen.findByRole('radio', { name: /Dupont Marie/ }));
    const first = await screen.findByRole('radio', { name: /Cotisation 2026\/1/ });
    fireEvent.click(first);
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: '  payé par le conjoint ' } });
    fireEvent.click(screen.getByRole('button', { name: "Confirmer l'affectation" }));
    expect(await screen.findByText(/Paiement affecté/)).toBeTruthy();
    expect(callsTo(calls, 'bankStatement.allocate')).toEqual([
      {
        entryId: 'entry-1',
        target: { kind: 'contribution', contributionId: dupontDebtIds.q1 },
        note: 'payé par le conjoint',
      },
    ]);
    expect(screen.queryByText('PEETERS JAN')).toBeNull();
  });

  it('asks for a case file before sending, then books a credit on a case file named by its number', async () => {
    const { api, calls } = fakeQueue('back-office');
    renderApp(api, '/unmatched-payments', { isSignedIn: false });
    const table = await screen.findByTestId('unmatched-payments');
    fireEvent.click(within(table).getAllByRole('button', { name: 'Affecter' })[1]!);
    fireEvent.click(screen.getByRole('button', { name: "Confirmer l'affectation" }));
    expect(await screen.findByText("Choisissez d'abord un dossier.")).toBeTruthy();
    await flush();
    expect(callsTo(calls, 'bankStatement.allocate')).toEqual([]);

    fireEvent.click(screen.getByRole('radio', { name: /Un dossier absent de ce poste/ }));
    fireEvent.change(screen.getByLabelText("NISS ou numéro d'entreprise du dossier"), {
      target: { value: ' 85.07.30-033.28 ' },
    });
    fireEvent.click(screen.getByRole('button', { name: "Confirmer l'affectation" }));
    expect(await screen.findByText(/Paiement affecté/)).toBeTruthy();
    expect(callsTo(calls, 'bankStatement.allocate')).toEqual([
      { entryId: 'entry-2', target: { kind: 'caseFile', caseFile: '85.07.30-033.28' }, note: null },
    ]);
  });

  it('says head office is unreachable while offline', async () => {
    const { api } = fakeQueue('back-office', true);
    renderApp(api, '/unmatched-payments', { isSignedIn: false });
    expect(await screen.findByText(/Le siège est injoignable/)).toBeTruthy();
  });

  it('is not offered to a counter advisor', async () => {
    const { api } = fakeQueue('advisor');
    renderApp(api, '/', { isSignedIn: false });
    await screen.findByRole('link', { name: 'Recherche' });
    expect(screen.queryByRole('link', { name: 'Paiements non affectés' })).toBeNull();
  });
});
