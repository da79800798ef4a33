// @vitest-environment jsdom
/**
 * Recording INASTI's decision: the deciding role may type INASTI's reference and date as its
 * notification gives them, and they go to `request.decide` for the decision letter; left empty,
 * nothing is sent for them.
 */
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDto } from '../../shared/contract/channels/request';
import { callsTo, createFakeApi, signedInSession } from './support/fake-api';
import { dupontDebtorDetail, dupontSummary } from './support/case-files';
import { renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(resetApp);

const path = `/case-files/person/${dupontSummary.id}`;
const manager = { ...signedInSession, advisor: { ...signedInSession.advisor, role: 'branch-manager' as const } };

const filedRequest: RequestDto = {
  id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d7013',
  caseFile: { kind: 'person', id: dupontSummary.id },
  kind: 'surcharge-waiver',
  grounds: 'force-majeure',
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

describe('recording INASTI’s decision', () => {
  it('sends INASTI’s reference and date with the decision when typed', async () => {
    const office = createFakeApi({
      'session.current': () => ({ ok: true, value: manager }),
      'caseFile.detail': () => ({ ok: true, value: { ...dupontDebtorDetail, requests: [filedRequest] } }),
      'request.decide': () => ({
        ok: true,
        value: {
          ...filedRequest,
          status: 'refused',
          decidedOn: '2026-11-26',
          authorityReference: 'EXO/2026/000042',
          authorityDecidedOn: '2026-11-18',
        },
      }),
    });
    renderApp(office.api, `${path}?tab=requests`);
    fireEvent.change(await screen.findByLabelText('Référence de la décision de l’INASTI (facultative)'), {
      target: { value: ' EXO/2026/000042 ' },
    });
    fireEvent.change(screen.getByLabelText('Date de la décision de l’INASTI (facultative)'), {
      target: { value: '18/11/2026' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Refuser' }));
    expect(await screen.findByText(/La lettre de décision attend dans « À imprimer »/)).toBeTruthy();
    expect(callsTo(office.calls, 'request.decide')).toEqual([
      {
        requestId: filedRequest.id,
        decision: 'refused',
        note: '',
        authorityReference: 'EXO/2026/000042',
        authorityDecidedOn: '2026-11-18',
      },
    ]);
  });
});
