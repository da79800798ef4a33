// @vitest-environment jsdom
/** The payment-plan screen over a fake API: debts, terms, preview with policy checks, then the plan's life. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaymentPlanDto, PlanPreview } from '../../shared/contract/channels/payment-plan';
import { fundDay } from '../../shared/domain/fund-day';
import { parsePlanForm, emptyPlanForm } from '../../renderer/features/payment-plan/plan-form';
import { callsTo, createFakeApi } from './support/fake-api';
import { dupontDebtIds, dupontDebtorDetail, dupontSummary } from './support/case-files';
import { renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(resetApp);

const path = `/case-files/person/${dupontSummary.id}/payment-plan`;

const openDebts = {
  debts: [
    {
      contributionId: dupontDebtIds.q1,
      year: 2026,
      quarter: 1,
      kind: 'provisional' as const,
      dueDate: '2026-03-31',
      principalOpenCents: 92_559,
      surchargesOpenCents: 2_777,
      totalOpenCents: 95_336,
      isInPlan: false,
    },
    {
      contributionId: dupontDebtIds.q2,
      year: 2026,
      quarter: 2,
      kind: 'provisional' as const,
      dueDate: '2026-06-30',
      principalOpenCents: 42_559,
      surchargesOpenCents: 0,
      totalOpenCents: 42_559,
      isInPlan: false,
    },
  ],
  history: { brokenPlans: [], hasActivePlan: false, hasJudicialProcedure: false },
};

function previewFor(months: number): PlanPreview {
  const isEligible = months <= 12;
  return {
    at: '2026-11-26',
    start: '2026-12-01',
    debt: { principalCents: 135_118, surchargesCents: 2_777, totalCents: 137_895 },
    instalments: [
      { number: 0, kind: 'advance', dueDate: '2026-12-01', amountCents: 45_965 },
      ...Array.from({ length: months }, (_, index) => ({
        number: index + 1,
        kind: 'instalment' as const,
        dueDate: `2027-${String(index + 1).padStart(2, '0')}-01`,
        amountCents: 9_193,
      })),
    ],
    totalCents: 137_895,
    months,
    endDate: '2027-10-01',
    isEligible,
    refusals: isEligible
      ? []
      : [
          {
            ruleKey: 'plan.duration',
            messageKey: 'explanation.plan.refused.durationExceedsMaximum',
            params: { months, maxMonths: 12 },
            source: { citation: 'Securex policy', confidence: 'fund', isConfirmed: true },
          },
        ],
    runningSurchargesCents: 4_137,
    explanation: [
      {
        ruleKey: 'plan.advance',
        messageKey: 'explanation.plan.advance',
        params: { advanceCents: 45_965, minimumCents: 45_965 },
        source: null,
      },
    ],
  };
}

function planDto(status: PaymentPlanDto['status']): PaymentPlanDto {
  return {
    id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d8001',
    caseFile: { kind: 'person', id: dupontSummary.id },
    status,
    contributionIds: [dupontDebtIds.q1, dupontDebtIds.q2],
    terms: { kind: 'months', months: 10 },
    advanceCents: 45_965,
    startDate: '2026-12-01',
    endDate: '2027-10-01',
    principalCents: 135_118,
    surchargesCents: 2_777,
    totalCents: 137_895,
    signedOn: status === 'active' ? '2026-11-26' : null,
    lapsedOn: null,
    instalments: [],
    history: [],
    rowVersion: 1,
  };
}

describe('the plan form', () => {
  it('needs a debt and valid terms, and converts euros to cents', () => {
    expect(parsePlanForm(emptyPlanForm('2026-12-01'))).toEqual({
      ok: false,
      errors: { contributionIds: 'validation.plan.noDebtSelected' },
    });
    expect(
      parsePlanForm({
        ...emptyPlanForm('2026-12-01'),
        contributionIds: ['a'],
        termsKind: 'instalment',
        instalment: '250,50',
        advance: '700',
      }),
    ).toEqual({
      ok: true,
      body: {
        contributionIds: ['a'],
        terms: { kind: 'instalment', amountCents: 25_050 },
        start: '2026-12-01',
        advanceCents: 70_000,
      },
    });
  });
});

describe('the payment-plan screen', () => {
  it('drafts a plan for a debtor, explains a refusal in words, then saves, proposes and marks it signed', async () => {
    const { api, calls } = createFakeApi({
      'caseFile.detail': () => ({ ok: true, value: dupontDebtorDetail }),
      'paymentPlan.openDebts': () => ({ ok: true, value: openDebts }),
      'paymentPlan.draft': (input) => ({
        ok: true,
        value: previewFor(input.terms.kind === 'months' ? input.terms.months : 10),
      }),
      'paymentPlan.save': () => ({ ok: true, value: planDto('draft') }),
      'paymentPlan.propose': () => ({ ok: true, value: planDto('proposed') }),
      'paymentPlan.sign': () => ({ ok: true, value: planDto('active') }),
    });
    renderApp(api, path);
    expect(await screen.findByRole('heading', { level: 1, name: "Plan d'apurement — Dupont Marie" })).toBeTruthy();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Tout sélectionner' }));
    expect(await screen.findByText('Le plan respecte la politique de la caisse.', {}, { timeout: 2000 })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Échéancier' })).getAllByRole('row')).toHaveLength(13);

    // Switching to an instalment amount: the empty amount is not an error before the advisor types in it.
    fireEvent.click(screen.getByRole('radio', { name: 'Montant de la mensualité' }));
    const instalment = screen.getByLabelText('Mensualité');
    expect(instalment.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(instalment, { target: { value: '0' } });
    expect(instalment.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('radio', { name: 'Nombre de mois' }));

    fireEvent.change(screen.getByLabelText('Mois'), { target: { value: '14' } });
    const refusal = await screen.findByRole('alert', {}, { timeout: 2000 });
    expect(refusal.textContent).toContain('Le plan dure 14 mois : la caisse accepte au maximum 12 mois.');
    expect(screen.getByRole('button', { name: 'Proposer le plan' }).hasAttribute('disabled')).toBe(true);
    // The disabled button says why, read with it by a screen reader.
    const refused = screen.getByRole('button', { name: 'Proposer le plan' });
    expect(document.getElementById(refused.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      "Les conditions du plan doivent d'abord être acceptables (voir l'aperçu).",
    );

    fireEvent.change(screen.getByLabelText('Mois'), { target: { value: '10' } });
    await screen.findByText('Le plan respecte la politique de la caisse.', {}, { timeout: 2000 });
    const propose = screen.getByRole('button', { name: 'Proposer le plan' });
    expect(propose.hasAttribute('disabled')).toBe(true);
    expect(document.getElementById(propose.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      "Enregistrez d'abord le brouillon : c'est le brouillon enregistré qui est proposé.",
    );
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    expect(await screen.findByText('Brouillon enregistré.')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Proposer le plan' }).hasAttribute('disabled')).toBe(false),
    );
    expect(screen.getByRole('button', { name: 'Proposer le plan' }).hasAttribute('aria-describedby')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Proposer le plan' }));
    expect(await screen.findByText("Plan proposé : le courrier est en file d'impression.")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Marquer comme signé' }));
    expect(await screen.findByText('Plan signé : il est maintenant en cours.')).toBeTruthy();

    expect(callsTo(calls, 'paymentPlan.save')).toEqual([
      {
        kind: 'person',
        id: dupontSummary.id,
        contributionIds: [dupontDebtIds.q1, dupontDebtIds.q2],
        terms: { kind: 'months', months: 10 },
        start: expect.any(String),
      },
    ]);
    expect(callsTo(calls, 'paymentPlan.propose')).toEqual([{ planId: planDto('draft').id }]);
    expect(callsTo(calls, 'paymentPlan.sign')).toEqual([{ planId: planDto('draft').id, signedOn: expect.any(String) }]);
  });

  it("starts on Brussels' day, as the services count it, and a refusal of the services reads with its dates", async () => {
    const { api, calls } = createFakeApi({
      'caseFile.detail': () => ({ ok: true, value: dupontDebtorDetail }),
      'paymentPlan.openDebts': () => ({ ok: true, value: openDebts }),
      'paymentPlan.draft': (input) => ({
        ok: false,
        error: {
          code: 'validation',
          messageKey: 'error.plan.startBeforeAt',
          details: { params: { start: input.start ?? '', at: '2026-12-02' } },
        },
      }),
    });
    renderApp(api, path);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Tout sélectionner' }));
    const refusal = await screen.findByRole('alert', {}, { timeout: 2000 });
    const start = (callsTo(calls, 'paymentPlan.draft')[0] as { start: string }).start;
    expect(start).toBe(fundDay(new Date()));
    const [year, month, day] = start.split('-');
    expect(refusal.textContent).toBe(
      `Le plan ne peut pas commencer avant la date de calcul (02/12/2026) (début choisi : ${day}/${month}/${year}).`,
    );
  });
});
