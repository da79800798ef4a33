// @vitest-environment jsdom
/** A case file whose affiliation starts after today: "to come", no "ongoing" end, and when contributions begin. */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFileSummary } from '../../shared/contract/app-contract';
import { createFakeApi } from './support/fake-api';
import { detailOf, dupontSummary } from './support/case-files';
import { renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(resetApp);

const planned: CaseFileSummary = {
  ...dupontSummary,
  affiliations: [
    {
      id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e79',
      category: 'main',
      startDate: '2099-05-01',
      endDate: null,
      isActive: false,
    },
  ],
  status: 'planned',
};

describe('an affiliation that starts after today', () => {
  it('shows "to come" in the header and the history, no "ongoing" end, and explains when contributions start', async () => {
    const { api } = createFakeApi({ 'caseFile.detail': () => ({ ok: true, value: detailOf(planned) }) });
    renderApp(api, `/case-files/person/${planned.id}`);
    const history = (await screen.findByRole('heading', { name: 'Historique des affiliations' })).closest('section')!;
    const row = within(history).getAllByRole('row')[1]!;
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(2)).toEqual(['Sans date de fin', 'Affiliation à venir']);
    expect(
      within(history).getByText(/les cotisations sont dues à partir du trimestre de début \(T2 2099\)/),
    ).toBeTruthy();
    expect(screen.queryByText('Affiliation terminée')).toBeNull();
    expect(screen.getAllByText('Affiliation à venir').length).toBeGreaterThanOrEqual(2);
  });
});
