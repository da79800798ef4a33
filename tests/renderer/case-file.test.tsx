// @vitest-environment jsdom
/** The read-only case file: identity, address and affiliation history, in the interface language. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/contract/app-contract';
import { cents } from '../../shared/domain/money';
import { formatMoney } from '../../renderer/i18n/format';
import { callsTo, createFakeApi, signedInSession } from './support/fake-api';
import { detailOf, dupontDebtorDetail, dupontSummary } from './support/case-files';
import { renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(resetApp);

const path = `/case-files/person/${dupontSummary.id}`;

describe('the case file', () => {
  it('shows identity, address and the affiliation history, most recent first', async () => {
    const { api, calls } = createFakeApi({ 'caseFile.detail': () => ({ ok: true, value: detailOf(dupontSummary) }) });
    renderApp(api, path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Dupont Marie' })).toBeTruthy();
    expect(callsTo(calls, 'caseFile.detail')).toEqual([{ kind: 'person', id: dupontSummary.id }]);

    expect(screen.getAllByText('85.07.30-033.28').length).toBeGreaterThan(0);
    expect(screen.getByText('30 juillet 1985')).toBeTruthy();
    expect(screen.getByText('Féminin')).toBeTruthy();
    expect(screen.getByText('BE68 5390 0754 7034')).toBeTruthy();
    expect(screen.getByText('Rue de la Loi 16 bte 3')).toBeTruthy();
    expect(screen.getByText('Affiliation en cours', { selector: 'p' })).toBeTruthy();

    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['À titre principal', '1 janvier 2020', 'En cours', 'Affiliation en cours'],
      ['À titre complémentaire', '1 mars 2012', '31 décembre 2019', 'Affiliation terminée'],
    ]);
  });

  it('formats categories and dates in the language of the interface', async () => {
    const { api } = createFakeApi({
      'settings.get': () => ({ ok: true, value: { language: 'nl' as Language } }),
      'caseFile.detail': () => ({ ok: true, value: detailOf(dupontSummary) }),
    });
    renderApp(api, path);
    expect(await screen.findByText('In hoofdberoep')).toBeTruthy();
    expect(screen.getByText('1 januari 2020')).toBeTruthy();
    expect(screen.getByText('In bijberoep')).toBeTruthy();
    expect(screen.getByText('Rue de la Loi 16 bus 3')).toBeTruthy();
  });

  it('goes back to search with Alt+ArrowLeft', async () => {
    const { api } = createFakeApi({ 'caseFile.detail': () => ({ ok: true, value: detailOf(dupontSummary) }) });
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

describe('the case file during an appointment', () => {
  it('shows the account: contributions by quarter with status and running balance, payments, surcharges', async () => {
    const { api } = createFakeApi({ 'caseFile.detail': () => ({ ok: true, value: dupontDebtorDetail }) });
    renderApp(api, `${path}?tab=account`);
    await screen.findByRole('heading', { level: 1, name: 'Dupont Marie' });
    expect(screen.getByTestId('case-file-balance').textContent).toBe(formatMoney(cents(230_454), 'fr'));
    // Folded by year of the due date, the year with late quarters open, with the year's totals.
    const year = screen.getByText('Échéances 2026').closest('details')!;
    expect(year.open).toBe(true);
    expect(within(year).getByRole('row', { name: /Total 2026/ })).toBeTruthy();
    expect(screen.getByText(/Solde cumulé : ce qui reste dû aujourd'hui/)).toBeTruthy();
    const rows = within(year.querySelector('.contributions-table tbody') as HTMLElement).getAllByRole('row');
    expect(rows.map((row) => within(row).getByText(/T\d 2026/).textContent)).toEqual(['T1 2026', 'T2 2026', 'T3 2026']);
    expect(rows.map((row) => row.querySelector('.status-pill')?.textContent)).toEqual([
      'En retard',
      'En retard',
      'À venir',
    ]);
    expect(screen.getByRole('heading', { name: 'Paiements' })).toBeTruthy();
    expect(screen.getByText('Majoration trimestrielle')).toBeTruthy();
  });

  it('moves between tabs with the arrow keys', async () => {
    const { api } = createFakeApi({ 'caseFile.detail': () => ({ ok: true, value: dupontDebtorDetail }) });
    const { router } = renderApp(api, path);
    await screen.findByRole('heading', { level: 1, name: 'Dupont Marie' });
    const overview = screen.getByRole('tab', { name: 'Synthèse' });
    expect(overview.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(overview, { key: 'ArrowRight' });
    const account = screen.getByRole('tab', { name: 'Cotisations et paiements' });
    expect(account.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(account);
    expect(router.state.location.search).toBe('?tab=account');
    fireEvent.keyDown(account, { key: 'End' });
    expect(screen.getAllByRole('tab').at(-1)?.getAttribute('aria-selected')).toBe('true');
  });

  it('adds a note during the appointment, and keeps it when Escape is pressed in an empty form', async () => {
    const { api, calls } = createFakeApi({
      'caseFile.detail': () => ({ ok: true, value: dupontDebtorDetail }),
      'caseFile.addNote': (input) => ({
        ok: true,
        value: {
          id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d7001',
          occurredAt: '2026-11-26T09:30:00.000Z',
          channel: input.channel ?? 'appointment',
          subject: input.subject,
          body: input.body ?? '',
          advisor: { id: 'a', displayName: 'Anne Martin' },
        },
      }),
    });
    const { router } = renderApp(api, `${path}?tab=notes`);
    const subject = await screen.findByLabelText('Objet');
    fireEvent.submit(subject.closest('form') as HTMLFormElement);
    expect(subject.getAttribute('aria-invalid')).toBe('true');
    expect(callsTo(calls, 'caseFile.addNote')).toEqual([]);

    fireEvent.change(subject, { target: { value: 'Demande de plan' } });
    fireEvent.change(screen.getByLabelText('Canal'), { target: { value: 'phone' } });
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Souhaite étaler la dette sur 10 mois.' } });
    fireEvent.submit(subject.closest('form') as HTMLFormElement);
    expect(await screen.findByText('Note enregistrée.')).toBeTruthy();
    expect(screen.getByText('Demande de plan', { selector: '.timeline__subject' })).toBeTruthy();
    expect(screen.getAllByText('Téléphone', { selector: '.channel-tag' }).length).toBeGreaterThan(0);
    expect(callsTo(calls, 'caseFile.addNote')).toEqual([
      {
        kind: 'person',
        id: dupontSummary.id,
        channel: 'phone',
        subject: 'Demande de plan',
        body: 'Souhaite étaler la dette sur 10 mois.',
      },
    ]);
    fireEvent.keyDown(screen.getByLabelText('Objet'), { key: 'Escape' });
    expect(router.state.location.pathname).toBe(path);
  });

  it('files an exemption request for the chosen quarters and reloads the balance', async () => {
    let isFiled = false;
    const { api, calls } = createFakeApi({
      'caseFile.detail': () => ({
        ok: true,
        value: isFiled
          ? { ...dupontDebtorDetail, balance: { ...dupontDebtorDetail.balance, balanceCents: 0 } }
          : dupontDebtorDetail,
      }),
      'request.file': (input) => {
        isFiled = true;
        return {
          ok: true,
          value: {
            id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d7002',
            caseFile: { kind: 'person', id: input.id },
            kind: input.requestKind,
            grounds: input.grounds,
            groundsText: '',
            quarters: input.quarters,
            affiliationId: null,
            year: null,
            requestedIncomeCents: null,
            status: 'filed',
            filedOn: '2026-11-26',
            decidedOn: null,
            decisionNote: '',
            effectCents: 0,
            authorityReference: null,
            authorityDecidedOn: null,
            rowVersion: 1,
          },
        };
      },
    });
    renderApp(api, `${path}?tab=requests`);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'T1 2026' }));
    fireEvent.click(screen.getByRole('button', { name: 'Introduire la demande' }));
    expect(await screen.findByText('Demande introduite.')).toBeTruthy();
    expect(callsTo(calls, 'request.file')).toEqual([
      {
        kind: 'person',
        id: dupontSummary.id,
        requestKind: 'exemption',
        grounds: 'financial-difficulty',
        groundsText: '',
        quarters: ['2026-Q1'],
      },
    ]);
    await waitFor(() => expect(screen.getByTestId('case-file-balance').textContent).toMatch(/^0,00/));
  });

  it('offers to record INASTI decision only to the back office and branch managers', async () => {
    const filed = {
      id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d7003',
      caseFile: { kind: 'person' as const, id: dupontSummary.id },
      kind: 'exemption' as const,
      grounds: 'financial-difficulty' as const,
      groundsText: '',
      quarters: ['2026-Q1'],
      affiliationId: null,
      year: null,
      requestedIncomeCents: null,
      status: 'filed' as const,
      filedOn: '2026-11-20',
      decidedOn: null,
      decisionNote: '',
      effectCents: 0,
      authorityReference: null,
      authorityDecidedOn: null,
      rowVersion: 1,
    };
    const detail = { ...dupontDebtorDetail, requests: [filed] };
    const counter = createFakeApi({ 'caseFile.detail': () => ({ ok: true, value: detail }) });
    renderApp(counter.api, `${path}?tab=requests`);
    expect(
      await screen.findByText("En attente de la décision de l'INASTI (enregistrée par le back office)."),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accorder' })).toBeNull();
    resetApp();

    const manager = { ...signedInSession, advisor: { ...signedInSession.advisor, role: 'branch-manager' as const } };
    const office = createFakeApi({
      'session.current': () => ({ ok: true, value: manager }),
      'caseFile.detail': () => ({ ok: true, value: detail }),
    });
    renderApp(office.api, `${path}?tab=requests`);
    expect(await screen.findByRole('button', { name: 'Accorder' })).toBeTruthy();
  });
});
