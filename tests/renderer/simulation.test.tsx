// @vitest-environment jsdom
/**
 * The simulation screen: the rules engine runs in the renderer, so every figure on screen is the
 * engine's own, recomputed as the advisor types; explanations are translated, never raw keys.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/contract/app-contract';
import { simulateContribution } from '../../shared/domain/contribution/simulate';
import { cents } from '../../shared/domain/money';
import { rulesForYear } from '../../shared/rules/index';
import { formatMoney } from '../../renderer/i18n/format';
import { parseScenario, emptyScenario } from '../../renderer/features/simulation/simulation-form';
import { contributionCurve, curveMaximum } from '../../renderer/features/simulation/simulation-curve';
import { callsTo, createFakeApi } from './support/fake-api';
import { dupontSummary } from './support/case-files';
import { flush, renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(resetApp);

function expectedAnnual(year: number, category: 'main' | 'complementary', euros: number): string {
  const rules = rulesForYear(year);
  if (!rules) throw new Error('no rules');
  const outcome = simulateContribution({ year, category, income: cents(euros * 100) }, rules);
  if (!outcome.ok) throw new Error(outcome.error.messageKey);
  return formatMoney(outcome.value.definitive.totals.total, 'fr');
}

function scenario(name: RegExp) {
  return within(screen.getByRole('region', { name }));
}

describe('the simulation form', () => {
  it('converts euros and percent to cents and ppm, and reports each bad field by key', () => {
    const parsed = parseScenario(emptyScenario(2026, { income: '45 000,50', feeRate: '3,95', start: '2026-04-01' }));
    expect(parsed).toEqual({
      ok: true,
      request: {
        year: 2026,
        category: 'main',
        income: 4_500_050,
        affiliation: { start: '2026-04-01' },
        fees: { rate: 39_500, cap: 42_500 },
      },
    });
    expect(parseScenario(emptyScenario(2026, { income: 'abc', feeRate: '9', start: '2027-01-01' }))).toEqual({
      ok: false,
      errors: {
        income: 'simulation.errors.amount',
        feeRate: 'simulation.errors.feeAboveCap',
        start: 'simulation.errors.startAfterYear',
      },
    });
    const starter = parseScenario(emptyScenario(2026, { category: 'primo-starter', income: '20000' }));
    expect(starter.ok && starter.request).toMatchObject({
      category: 'main',
      isPrimoStarter: true,
      provisional: { kind: 'starter' },
    });
  });

  it('draws a curve that rises with the income up to the ceiling', () => {
    const parsed = parseScenario(emptyScenario(2026, { income: '45000' }));
    if (!parsed.ok) throw new Error('invalid');
    const maximum = curveMaximum([parsed.request]);
    const points = contributionCurve(parsed.request, maximum);
    expect(points).toHaveLength(49);
    expect(points[0]?.income).toBe(0);
    expect(points.at(-1)?.income).toBe(maximum);
    for (let index = 1; index < points.length; index += 1)
      expect(points[index]!.total).toBeGreaterThanOrEqual(points[index - 1]!.total);
  });
});

describe('the simulation screen', () => {
  it('shows no income error on a scenario nobody has typed in, and shows it once the field is touched', async () => {
    renderApp(createFakeApi().api, '/simulation');
    expect(await screen.findByRole('heading', { level: 1, name: 'Simulation des cotisations' })).toBeTruthy();
    const a = scenario(/Scénario A/);
    const income = a.getByLabelText(/Revenu net imposable/);
    expect(income.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(income);
    expect(income.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(income, { target: { value: '45000' } });
    expect(income.getAttribute('aria-invalid')).toBeNull();
  });

  it('recomputes both scenarios as the advisor types, with the engine figures and a chart of both', async () => {
    const { api } = createFakeApi();
    renderApp(api, '/simulation');
    expect(await screen.findByRole('heading', { level: 1, name: 'Simulation des cotisations' })).toBeTruthy();
    const a = scenario(/Scénario A/);
    const year = Number((a.getByLabelText('Année') as HTMLSelectElement).value);

    fireEvent.change(a.getByLabelText(/Revenu net imposable/), { target: { value: '45000' } });
    expect(a.getByTestId('scenario-a-annual').textContent).toBe(expectedAnnual(year, 'main', 45_000));
    expect(a.getByRole('table', { name: /^Cotisations définitives par trimestre · titre principal$/ })).toBeTruthy();

    const b = scenario(/Scénario B/);
    fireEvent.change(b.getByLabelText(/Revenu net imposable/), { target: { value: '12000' } });
    expect(b.getByTestId('scenario-b-annual').textContent).toBe(expectedAnnual(year, 'complementary', 12_000));

    fireEvent.change(a.getByLabelText(/Revenu net imposable/), { target: { value: '60000' } });
    expect(a.getByTestId('scenario-a-annual').textContent).toBe(expectedAnnual(year, 'main', 60_000));

    await flush();
    const chart = screen.getByRole('img', { name: /Cotisation annuelle selon le revenu/ });
    await waitFor(() => expect(chart.querySelectorAll('polyline')).toHaveLength(2));
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
  });

  it('marks a field it cannot read, in words, linked to the field', async () => {
    const { api } = createFakeApi();
    renderApp(api, '/simulation');
    const a = scenario(await screen.findByText('Scénario A').then(() => /Scénario A/));
    const income = a.getByLabelText(/Revenu net imposable/);
    fireEvent.change(income, { target: { value: '12.345,6x' } });
    expect(income.getAttribute('aria-invalid')).toBe('true');
    const describedBy = income.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain(
      'Montant non valide : chiffres, virgule ou point pour les cents.',
    );
  });

  it.each<Language>(['fr', 'nl', 'de'])(
    'translates every explanation line and shows unconfirmed values (%s)',
    async (language) => {
      const { api } = createFakeApi({ 'settings.get': () => ({ ok: true, value: { language } }) });
      renderApp(api, '/simulation');
      await flush();
      const a = within(document.querySelector('.simulation__scenario--a') as HTMLElement);
      fireEvent.change(a.getAllByRole('combobox')[0]!, { target: { value: 'primo-starter' } });
      fireEvent.change(a.getAllByRole('textbox')[0]!, { target: { value: '150000' } });
      fireEvent.change(a.getAllByRole('textbox')[1]!, { target: { value: '3,95' } });
      const text = document.querySelector('.simulation__scenario--a')?.textContent ?? '';
      expect(text).not.toMatch(/explanation\.|error\.|contribution\.regime|\{\{/);
      expect(document.querySelectorAll('.simulation__scenario--a .explanation__line').length).toBeGreaterThan(8);
    },
  );

  it('from a case file, records the scenario as a request on the active affiliation', async () => {
    const { api, calls } = createFakeApi({
      'caseFile.get': () => ({ ok: true, value: dupontSummary }),
      'simulation.apply': (input) => ({
        ok: true,
        value: {
          id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e99',
          caseFile: { kind: 'person', id: dupontSummary.id },
          kind: 'provisional-reduction',
          grounds: 'lower-income',
          groundsText: input.groundsText ?? '',
          quarters: [],
          affiliationId: input.affiliationId,
          year: input.year,
          requestedIncomeCents: input.requestedIncomeCents,
          status: 'filed',
          filedOn: '2026-11-26',
          decidedOn: null,
          decisionNote: '',
          effectCents: 0,
          authorityReference: null,
          authorityDecidedOn: null,
          rowVersion: 1,
        },
      }),
    });
    renderApp(api, `/case-files/person/${dupontSummary.id}/simulation`);
    const a = scenario(await screen.findByText('Scénario A').then(() => /Scénario A/));
    fireEvent.change(a.getByLabelText(/Revenu net imposable/), { target: { value: '30000' } });
    fireEvent.change(a.getByLabelText(/Revenu demandé/), { target: { value: '20000' } });
    fireEvent.change(await a.findByLabelText('Motivation (facultatif)'), { target: { value: 'Baisse du chiffre' } });
    fireEvent.click(a.getByRole('button', { name: 'Enregistrer la demande' }));
    expect(await a.findByText('Demande de réduction enregistrée dans le dossier.')).toBeTruthy();
    const activeId = dupontSummary.affiliations.find((item) => item.isActive)?.id;
    expect(callsTo(calls, 'simulation.apply')).toEqual([
      {
        affiliationId: activeId,
        year: expect.any(Number),
        requestedIncomeCents: 2_000_000,
        groundsText: 'Baisse du chiffre',
      },
    ]);
  });
});
