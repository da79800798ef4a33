// @vitest-environment jsdom
/**
 * The back-office batch screen over a fake API: count and total first, then confirm; progress with
 * count, rate and time left while polling; cancel; resume (also a batch left unfinished by a
 * restart); downloads when completed; and a bad criterion shown as its translated message.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchStatusDto } from '../../shared/contract/channels/letters';
import { applySession } from '../../renderer/app/session-store';
import { callsTo, createFakeApi, signedInSession } from './support/fake-api';
import { renderApp, resetApp } from './support/render-app';

beforeEach(resetApp);
afterEach(resetApp);

const backOffice = {
  ...signedInSession,
  advisor: { ...signedInSession.advisor, role: 'back-office' as const, displayName: 'Back office BXL' },
};
const batchId = '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d9001';

function status(patch: Partial<BatchStatusDto>): BatchStatusDto {
  return {
    id: batchId,
    kind: 'reminder',
    status: 'running',
    isActive: true,
    criteria: { kind: 'reminder', quarter: '2026-Q3', daysAfterDue: 30, branchCode: 'NAM' },
    done: 0,
    total: 120,
    totalCents: 9_876_543,
    lettersPerSecond: 0,
    secondsLeft: null,
    createdAt: '2026-11-26T09:00:00.000Z',
    completedAt: null,
    pdfSha256: null,
    hasOutput: false,
    ...patch,
  };
}

function open(current: { value: BatchStatusDto }, unfinished: BatchStatusDto[] = []) {
  const fake = createFakeApi({
    'letters.batchList': () => ({ ok: true, value: unfinished }),
    'letters.batchPreview': (input) =>
      input.quarter === '2026-Q9'
        ? {
            ok: false,
            error: {
              code: 'validation',
              messageKey: 'errors.validation',
              details: { issues: [{ path: 'quarter', messageKey: 'validation.quarter' }] },
            },
          }
        : { ok: true, value: { count: 120, totalCents: 9_876_543, asOf: '2026-11-26' } },
    'letters.batchStart': () => ({ ok: true, value: current.value }),
    'letters.batchStatus': () => ({ ok: true, value: current.value }),
    'letters.batchCancel': () => ({ ok: true, value: current.value }),
    'letters.batchResume': () => {
      current.value = status({ done: 60, status: 'running', isActive: true, lettersPerSecond: 40, secondsLeft: 1.5 });
      return { ok: true, value: current.value };
    },
    'letters.batchOutput': (input) => ({
      ok: true,
      value: {
        fileName: `reminder.${input.file === 'pdf' ? 'pdf' : 'csv'}`,
        mediaType: 'text/plain',
        totalBytes: 3,
        base64: 'YWJj',
        nextOffset: null,
      },
    }),
  });
  applySession(backOffice);
  renderApp(fake.api, '/letters/batches');
  applySession(backOffice);
  return fake;
}

describe('batch screen', () => {
  it('takes the quarter as the French label writes it, shows how it was read and sends the code', async () => {
    const fake = open({ value: status({}) });
    fireEvent.change(await screen.findByLabelText('Trimestre (AAAA-Tn)'), { target: { value: '2026-t2' } });
    expect(screen.getByText('Trimestre lu : T2 2026 (2026-Q2)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Compter' }));
    await screen.findByTestId('batch-count');
    expect(callsTo(fake.calls, 'letters.batchPreview')[0]).toMatchObject({ quarter: '2026-Q2' });
  });

  it('shows the count and the total before anything runs, then runs with progress, cancels, resumes and offers the outputs', async () => {
    const current = { value: status({}) };
    const fake = open(current);
    fireEvent.change(await screen.findByLabelText('Trimestre (AAAA-Tn)'), { target: { value: '2026-Q3' } });
    fireEvent.change(screen.getByLabelText('Bureau régional (code)'), { target: { value: 'nam' } });
    fireEvent.click(screen.getByRole('button', { name: 'Compter' }));
    const count = await screen.findByTestId('batch-count');
    expect(count.textContent).toMatch(/120 courriers pour un total de 98\s?765,43\s?€/);
    expect(callsTo(fake.calls, 'letters.batchPreview')).toEqual([
      { kind: 'reminder', quarter: '2026-Q3', daysAfterDue: 30, branchCode: 'NAM' },
    ]);
    expect(callsTo(fake.calls, 'letters.batchStart')).toHaveLength(0);

    fireEvent.click(within(count).getByRole('button', { name: "Lancer l'impression de 120 courriers" }));
    const progress = await screen.findByTestId('batch-progress');
    expect(progress.dataset.status).toBe('running');
    current.value = status({ done: 40, lettersPerSecond: 20, secondsLeft: 4 });
    await waitFor(() => expect(screen.getByTestId('batch-done').textContent).toBe('40 / 120 (33 %)'), {
      timeout: 3000,
    });
    expect(screen.getByTestId('batch-rate').textContent).toBe('20,0 courriers/s');
    expect(progress.textContent).toContain('reste 0 min 4 s');
    expect(within(progress).getByRole('progressbar')).toHaveProperty('value', 40);

    fireEvent.click(within(progress).getByRole('button', { name: 'Annuler' }));
    current.value = status({ done: 60, status: 'cancelled', isActive: false });
    await waitFor(() => expect(screen.getByTestId('batch-progress').dataset.status).toBe('cancelled'), {
      timeout: 3000,
    });
    expect(callsTo(fake.calls, 'letters.batchCancel')).toEqual([{ batchId }]);

    fireEvent.click(within(screen.getByTestId('batch-progress')).getByRole('button', { name: 'Reprendre' }));
    await waitFor(() => expect(screen.getByTestId('batch-progress').dataset.status).toBe('running'));
    current.value = status({
      done: 120,
      status: 'completed',
      isActive: false,
      hasOutput: true,
      pdfSha256: 'ab'.repeat(32),
      completedAt: '2026-11-26T09:05:00.000Z',
    });
    await waitFor(() => expect(screen.getByTestId('batch-progress').dataset.status).toBe('completed'), {
      timeout: 3000,
    });
    expect(screen.getByTestId('batch-done').textContent).toBe('120 / 120 (100 %)');
    expect(screen.getByRole('button', { name: 'Télécharger le PDF' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Télécharger le manifeste CSV' })).toBeTruthy();
  });

  it('offers to resume a batch left unfinished by a restart', async () => {
    const current = { value: status({ status: 'running', isActive: false, done: 30 }) };
    const fake = open(current, [current.value]);
    const list = await screen.findByTestId('unfinished-batches');
    expect(list.textContent).toContain('Rappel 2026-Q3 · NAM · 30/120');
    fireEvent.click(within(list).getByRole('button', { name: 'Reprendre' }));
    await waitFor(() => expect(screen.getByTestId('batch-progress').dataset.status).toBe('running'));
    expect(callsTo(fake.calls, 'letters.batchResume')).toEqual([{ batchId }]);
  });

  it('shows a bad criterion as its translated message, and starts nothing', async () => {
    const current = { value: status({}) };
    const fake = open(current);
    fireEvent.change(await screen.findByLabelText('Trimestre (AAAA-Tn)'), { target: { value: '2026-Q9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Compter' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Trimestre non valide.');
    expect(screen.queryByTestId('batch-count')).toBeNull();
    expect(callsTo(fake.calls, 'letters.batchStart')).toHaveLength(0);
  });
});
