// @vitest-environment jsdom
/**
 * The change-of-situation screen over a fake API: the effect is asked first (nothing confirmed), the
 * confirmation names the row version the preview read, and a stale refusal offers to reload.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SituationPreview } from '../../shared/contract/channels/situation';
import { callsTo, createFakeApi } from './support/fake-api';
import { dupontSummary } from './support/case-files';
import { renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(resetApp);

const preview: SituationPreview = {
  subject: { entity: 'affiliation', id: '0190a0a0-0000-7000-8000-000000000001', rowVersion: 3 },
  category: 'complementary',
  startDate: '2025-01-01',
  endDate: null,
  quarters: [
    {
      quarter: '2026-Q4',
      before: { contribution: 89_042, fee: 3_517, total: 92_559, dueDate: '2026-12-31' },
      after: { contribution: 9_851, fee: 389, total: 10_240, dueDate: '2026-12-31' },
      difference: -82_319,
      action: 'replace',
    },
  ],
  totalDifference: -82_319,
  yearsWithoutRules: [],
  notice: 'due-notice',
  explanation: [],
};

describe('the change-of-situation screen', () => {
  it('shows the effect per quarter, then confirms on the version the preview read', async () => {
    let isStale = false;
    const { api, calls } = createFakeApi({
      'caseFile.get': () => ({ ok: true, value: dupontSummary }),
      'situation.history': () => ({ ok: true, value: { changes: [], addresses: [] } }),
      'situation.preview': () => ({ ok: true, value: preview }),
      'situation.confirm': () =>
        isStale
          ? { ok: false, error: { code: 'conflict', messageKey: 'errors.staleVersion' } }
          : { ok: true, value: { ...preview, changeId: '0190a0a0-0000-7000-8000-000000000002', letterId: null } },
    });
    renderApp(api, `/case-files/person/${dupontSummary.id}/situation`);
    fireEvent.change(await screen.findByLabelText('Type de changement'), { target: { value: 'category' } });
    fireEvent.click(screen.getByRole('button', { name: 'Voir l’effet' }));
    expect(await screen.findByText('-823,19 €', { selector: '[data-testid="situation-total"]' })).toBeTruthy();
    expect(screen.getByText('Remplacé')).toBeTruthy();
    expect(callsTo(calls, 'situation.confirm')).toEqual([]);

    isStale = true;
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer le changement' }));
    await waitFor(() => expect(callsTo(calls, 'situation.confirm')).toHaveLength(1));
    expect(callsTo(calls, 'situation.confirm')[0]).toMatchObject({
      personId: dupontSummary.id,
      rowVersion: 3,
      change: { kind: 'category', category: 'complementary' },
    });
    expect(await screen.findByRole('button', { name: 'Recharger le dossier' })).toBeTruthy();
  });
});
