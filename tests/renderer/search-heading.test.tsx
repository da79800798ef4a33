// @vitest-environment jsdom
/** The line above the hits: a full page of 20 never reads as "20 found" when 25 match. */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFileHit } from '../../shared/contract/app-contract';
import { SEARCH_COUNT_CAP } from '../../shared/contract/channels/case-file-lookup';
import { callsTo, createFakeApi, type FakeHandlers } from './support/fake-api';
import { dupontHit } from './support/case-files';
import { renderApp, resetApp } from './support/render-app';

/** `count` distinct hits named like Dupont, as the services would return a full page. */
function hits(count: number): CaseFileHit[] {
  return Array.from({ length: count }, (_, index) => ({
    ...dupontHit,
    id: `0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d${String(index).padStart(4, '0')}`,
    displayName: `Dupont ${index}`,
  }));
}

async function searchFor(handlers: FakeHandlers): Promise<ReturnType<typeof createFakeApi>['calls']> {
  const { api, calls } = createFakeApi(handlers);
  renderApp(api);
  fireEvent.change(screen.getByRole('combobox'), { target: { value: 'dupont' } });
  await screen.findAllByRole('option');
  return calls;
}

beforeEach(resetApp);
afterEach(resetApp);

describe('the search heading', () => {
  it('says "20 premiers résultats sur 25" when 25 match and 20 are shown', async () => {
    const calls = await searchFor({
      'caseFile.search': ({ limit }) => ({ ok: true, value: hits(Math.min(25, limit ?? 20)) }),
      'caseFile.countMatches': () => ({ ok: true, value: { count: 25, isCapped: false } }),
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('20 premiers résultats sur 25'));
    expect(screen.getAllByRole('option')).toHaveLength(20);
    expect(callsTo(calls, 'caseFile.countMatches')).toEqual([{ query: 'dupont' }]);
  });

  it('says "plus de 1000" past the count cap, in Dutch too', async () => {
    await searchFor({
      'settings.get': () => ({ ok: true, value: { language: 'nl' } }),
      'caseFile.search': () => ({ ok: true, value: hits(20) }),
      'caseFile.countMatches': () => ({ ok: true, value: { count: SEARCH_COUNT_CAP, isCapped: true } }),
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Eerste 20 resultaten van meer dan 1000'));
  });

  it('counts nothing more when the hits do not fill the page', async () => {
    const calls = await searchFor({ 'caseFile.search': () => ({ ok: true, value: hits(7) }) });
    expect(screen.getByRole('status').textContent).toBe('7 dossiers trouvés');
    expect(callsTo(calls, 'caseFile.countMatches')).toEqual([]);
  });

  it('says only "20 premiers résultats" when the count cannot be had', async () => {
    await searchFor({
      'caseFile.search': () => ({ ok: true, value: hits(20) }),
      'caseFile.countMatches': () => ({ ok: false, error: { code: 'internal', messageKey: 'errors.internal' } }),
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('20 premiers résultats'));
  });
});
