// @vitest-environment jsdom
/**
 * The "to print" list over a fake API: arrows move, Enter previews (the PDF in an iframe from a
 * blob: URL), Issue records it and removes it from the list; a refusal shows its translated text.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ToPrintItem } from '../../shared/contract/channels/letters';
import { callsTo, createFakeApi } from './support/fake-api';
import { renderApp, resetApp } from './support/render-app';

// jsdom has no blob: URLs; the page only needs a string to give the iframe.
const originalCreate = URL.createObjectURL;
const originalRevoke = URL.revokeObjectURL;
beforeEach(async () => {
  await resetApp();
  URL.createObjectURL = () => 'blob:guichet/letter';
  URL.revokeObjectURL = () => undefined;
});
afterEach(async () => {
  await resetApp();
  URL.createObjectURL = originalCreate;
  URL.revokeObjectURL = originalRevoke;
});

const items: ToPrintItem[] = [
  {
    id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d7001',
    caseFile: { kind: 'person', id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d7101' },
    displayName: 'Dupont Marie',
    kind: 'affiliation-confirmation',
    language: 'fr',
    reason: 'affiliation',
    queuedAt: '2026-11-25T10:00:00.000Z',
  },
  {
    id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d7002',
    caseFile: { kind: 'person', id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d7102' },
    displayName: 'Peeters Jan',
    kind: 'payment-plan-proposal',
    language: 'nl',
    reason: 'paymentPlan',
    queuedAt: '2026-11-26T09:00:00.000Z',
  },
];
const pdf = {
  pdfBase64: Buffer.from('%PDF-1.3 test').toString('base64'),
  pageCount: 2,
  fileName: 'payment-plan-proposal-85073003328-2026-11-26.pdf',
};

describe('letters to print', () => {
  it('moves with the arrows, previews with Enter, issues and removes the letter from the list', async () => {
    const fake = createFakeApi({
      'letters.toPrint': () => ({ ok: true, value: items }),
      'letters.preview': () => ({ ok: true, value: pdf }),
      'letters.issue': () => ({ ok: true, value: { ...pdf, id: 'issued-1', sha256: 'ab'.repeat(32) } }),
    });
    renderApp(fake.api, '/letters');
    const list = await screen.findByRole('listbox', { name: 'À imprimer' });
    expect(within(list).getAllByRole('option')).toHaveLength(2);
    expect(within(list).getByRole('option', { selected: true }).textContent).toContain('Dupont Marie');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(within(list).getByRole('option', { selected: true }).textContent).toContain("Plan d'apurement proposé");
    fireEvent.keyDown(list, { key: 'Enter' });
    const frame = await screen.findByTestId('letter-preview-frame');
    expect(frame.getAttribute('src')).toBe('blob:guichet/letter');
    expect(callsTo(fake.calls, 'letters.preview')).toEqual([{ source: 'queue', queueId: items[1]!.id }]);
    expect(screen.getByText('Pages : 2')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Émettre' }));
    expect(await screen.findByText('Courrier émis et archivé.')).toBeTruthy();
    expect(callsTo(fake.calls, 'letters.issue')).toEqual([{ source: 'queue', queueId: items[1]!.id }]);
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
    expect(screen.queryByRole('button', { name: 'Émettre' })).toBeNull();
  });

  it('shows a refusal in the interface language', async () => {
    const fake = createFakeApi({
      'letters.toPrint': () => ({ ok: true, value: items }),
      'letters.preview': () => ({ ok: false, error: { code: 'conflict', messageKey: 'letters.errors.noAddress' } }),
    });
    renderApp(fake.api, '/letters');
    const list = await screen.findByRole('listbox', { name: 'À imprimer' });
    fireEvent.keyDown(list, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toContain("Le dossier n'a pas d'adresse postale.");
    expect(screen.queryByTestId('letter-preview-frame')).toBeNull();
  });
});
