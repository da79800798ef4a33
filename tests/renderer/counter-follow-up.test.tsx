// @vitest-environment jsdom
/**
 * The case file at the counter: a payment with its allocation shown before it is confirmed and its
 * receipt printed; the audit trail in words; the decisions (a request, a plan's follow-up) offered
 * only to the roles the services let decide.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaymentPlanDto } from '../../shared/contract/channels/payment-plan';
import type { RequestDto } from '../../shared/contract/channels/request';
import { callsTo, createFakeApi, signedInSession, type FakeHandlers } from './support/fake-api';
import { dupontDebtIds, dupontDebtorDetail, dupontSummary } from './support/case-files';
import { renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(resetApp);

const path = `/case-files/person/${dupontSummary.id}`;
const manager = { ...signedInSession, advisor: { ...signedInSession.advisor, role: 'branch-manager' as const } };
const queueId = '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d9001';

const filedRequest: RequestDto = {
  id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d7003',
  caseFile: { kind: 'person', id: dupontSummary.id },
  kind: 'exemption',
  grounds: 'financial-difficulty',
  groundsText: '',
  quarters: ['2026-Q1'],
  affiliationId: null,
  year: null,
  requestedIncomeCents: null,
  status: 'filed',
  filedOn: '2026-11-20',
  decidedOn: null,
  decisionNote: '',
  effectCents: 0,
  authorityReference: null,
  authorityDecidedOn: null,
  rowVersion: 1,
};

const activePlan: PaymentPlanDto = {
  id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d8001',
  caseFile: { kind: 'person', id: dupontSummary.id },
  status: 'active',
  contributionIds: [dupontDebtIds.q1],
  terms: { kind: 'months', months: 2 },
  advanceCents: 30_853,
  startDate: '2026-12-01',
  endDate: '2027-02-01',
  principalCents: 92_559,
  surchargesCents: 0,
  totalCents: 92_559,
  signedOn: '2026-11-26',
  lapsedOn: null,
  instalments: [
    { number: 0, kind: 'advance', dueDate: '2026-12-01', amountCents: 30_853, status: 'pending' },
    { number: 1, kind: 'instalment', dueDate: '2027-01-01', amountCents: 30_853, status: 'pending' },
    { number: 2, kind: 'instalment', dueDate: '2027-02-01', amountCents: 30_853, status: 'pending' },
  ],
  history: [],
  rowVersion: 2,
};

function planApi(extra: FakeHandlers = {}) {
  return createFakeApi({
    'caseFile.detail': () => ({ ok: true, value: { ...dupontDebtorDetail, plans: [activePlan] } }),
    'paymentPlan.openDebts': () => ({
      ok: true,
      value: { debts: [], history: { brokenPlans: [], hasActivePlan: true, hasJudicialProcedure: false } },
    }),
    ...extra,
  });
}

describe('a payment at the counter', () => {
  it('shows the allocation in the rules order before confirming, records it and prints its receipt', async () => {
    const { api, calls } = createFakeApi({
      'caseFile.detail': () => ({ ok: true, value: dupontDebtorDetail }),
      'payment.record': (input) => ({
        ok: true,
        value: {
          id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d9101',
          date: input.date,
          amountCents: input.amountCents,
          structuredCommunication: null,
          contributionId: null,
          allocationLabel: null,
          parts: [],
          receiptQueueId: queueId,
        },
      }),
      'letters.issue': () => ({
        ok: true,
        value: { pdfBase64: btoa('%PDF-1.7'), pageCount: 1, fileName: 'recu.pdf', id: queueId, sha256: 'a'.repeat(64) },
      }),
      'letters.history': () => ({ ok: true, value: [] }),
    });
    renderApp(api, `${path}?tab=account`);
    fireEvent.change(await screen.findByLabelText('Montant (€)'), { target: { value: '2500,00' } });
    fireEvent.change(screen.getByLabelText('Date du paiement'), { target: { value: '26/11/2026' } });
    const preview = within(screen.getByTestId('counter-payment-preview'));
    // Due quarters oldest first, then Q3 not yet due, then the surcharge; the rest is a credit.
    const rows = preview.getAllByRole('row').map((row) => row.textContent?.replace(/\s/g, ' '));
    expect(rows).toEqual([
      expect.stringMatching(/^Cotisation T1 2026\s*925,59/),
      expect.stringMatching(/^Cotisation T2 2026\s*425,59/),
      expect.stringMatching(/^Cotisation T3 2026\s*925,59/),
      expect.stringMatching(/^Majorations\s*27,77/),
      expect.stringMatching(/^Crédit\s*195,46/),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le paiement' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Imprimer le reçu' }));
    expect(await screen.findByText('Reçu émis et archivé.')).toBeTruthy();
    expect(callsTo(calls, 'payment.record')).toEqual([
      { kind: 'person', id: dupontSummary.id, amountCents: 250_000, date: '2026-11-26', structuredCommunication: null },
    ]);
    expect(callsTo(calls, 'letters.issue')).toEqual([{ source: 'queue', queueId }]);
  });
});

describe('the audit trail', () => {
  it('lists who changed what, newest first, with translated field names and formatted values', async () => {
    const { api } = createFakeApi({
      'caseFile.detail': () => ({ ok: true, value: dupontDebtorDetail }),
      'caseFile.audit': () => ({
        ok: true,
        value: [
          {
            id: 'device:2',
            at: '2026-11-26T10:15:00.000Z',
            advisor: { id: signedInSession.advisor.id, displayName: 'Anne Martin' },
            entity: 'payment',
            entityId: dupontDebtIds.q1,
            operation: 'insert',
            fields: [],
            before: null,
            after: { id: 'x', date: '2026-11-26', amountCents: 92_559, contributionId: dupontDebtIds.q1 },
          },
          {
            id: 'device:1',
            at: '2026-11-25T09:00:00.000Z',
            advisor: null,
            entity: 'contribution',
            entityId: dupontDebtIds.q1,
            operation: 'update',
            fields: ['status'],
            before: { status: 'open' },
            after: { status: 'exempted' },
          },
        ],
      }),
    });
    renderApp(api, `${path}?tab=audit`);
    const trail = within(await screen.findByTestId('audit-trail'));
    const rows = (await trail.findAllByRole('row')).slice(1).map((row) => row.textContent);
    expect(rows[0]).toContain('Anne Martin');
    expect(rows[0]).toContain('Paiement — Création');
    expect(rows[0]).toMatch(/montant\s*925,59/);
    expect(rows[0]).toContain('date 26/11/2026');
    expect(rows[0]).not.toContain('contribution');
    expect(rows[1]).toContain('Système');
    expect(rows[1]).toContain('statut ouverte → dispensée');
  });
});

describe('the decisions offered by role', () => {
  it('does not offer the counter to decide a request; a branch manager decides and is told the letter waits', async () => {
    const detail = { ...dupontDebtorDetail, requests: [filedRequest] };
    const counter = createFakeApi({ 'caseFile.detail': () => ({ ok: true, value: detail }) });
    renderApp(counter.api, `${path}?tab=requests`);
    expect(await screen.findByText(/En attente de la décision/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accorder' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Refuser' })).toBeNull();
    await resetApp();

    const office = createFakeApi({
      'session.current': () => ({ ok: true, value: manager }),
      'caseFile.detail': () => ({ ok: true, value: detail }),
      'request.decide': () => ({ ok: true, value: { ...filedRequest, status: 'granted', decidedOn: '2026-11-26' } }),
    });
    renderApp(office.api, `${path}?tab=requests`);
    fireEvent.change(await screen.findByLabelText('Note pour la lettre de décision (facultative)'), {
      target: { value: 'Revenus 2026 effondrés' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Accorder' }));
    expect(await screen.findByText(/La lettre de décision attend dans « À imprimer »/)).toBeTruthy();
    expect(callsTo(office.calls, 'request.decide')).toEqual([
      { requestId: filedRequest.id, decision: 'granted', note: 'Revenus 2026 effondrés' },
    ]);
  });

  it('does not offer the counter to record a missed instalment; a branch manager sees the plan lapse', async () => {
    const counter = planApi();
    renderApp(counter.api, `${path}/payment-plan?plan=${activePlan.id}`);
    expect(await screen.findByTestId('plan-deciding-only')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Noter comme manquée' })).toBeNull();
    await resetApp();

    const office = planApi({
      'session.current': () => ({ ok: true, value: manager }),
      'paymentPlan.recordMissed': () => ({
        ok: true,
        value: { ...activePlan, status: 'lapsed', lapsedOn: '2026-11-26' },
      }),
    });
    renderApp(office.api, `${path}/payment-plan?plan=${activePlan.id}`);
    const buttons = await screen.findAllByRole('button', { name: 'Noter comme manquée' });
    expect(buttons).toHaveLength(3);
    fireEvent.click(buttons[0]!);
    expect(await screen.findByText(/Le plan est caduc/)).toBeTruthy();
    expect(callsTo(office.calls, 'paymentPlan.recordMissed')).toEqual([{ planId: activePlan.id, instalmentNumber: 0 }]);
  });

  it('asks the reason of a cancellation and shows the refusal of an empty one under the field', async () => {
    const proposed = { ...activePlan, status: 'proposed' as const, signedOn: null };
    const office = createFakeApi({
      'session.current': () => ({ ok: true, value: manager }),
      'caseFile.detail': () => ({ ok: true, value: { ...dupontDebtorDetail, plans: [proposed] } }),
      'paymentPlan.openDebts': () => ({
        ok: true,
        value: { debts: [], history: { brokenPlans: [], hasActivePlan: false, hasJudicialProcedure: false } },
      }),
      'paymentPlan.cancel': (input) =>
        input.reason.trim() === ''
          ? {
              ok: false,
              error: {
                code: 'validation',
                messageKey: 'errors.validation',
                details: { issues: [{ path: 'reason', messageKey: 'validation.plan.cancelReasonRequired' }] },
              },
            }
          : { ok: true, value: { ...proposed, status: 'cancelled' } },
    });
    renderApp(office.api, `${path}/payment-plan?plan=${proposed.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Annuler le plan' }));
    expect(await screen.findByText("Indiquez la raison de l'annulation.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Raison de l'annulation"), { target: { value: 'Payé en une fois' } });
    fireEvent.click(screen.getByRole('button', { name: 'Annuler le plan' }));
    await waitFor(() => expect(screen.getByText('Plan annulé.')).toBeTruthy());
    expect(callsTo(office.calls, 'paymentPlan.cancel').at(-1)).toEqual({
      planId: proposed.id,
      reason: 'Payé en une fois',
    });
  });
});
