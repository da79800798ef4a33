// @vitest-environment jsdom
/**
 * The work queue over a fake API: entries in the services' order with their flags, the filters sent
 * to the services, a counter advisor takes a task (assigning is not offered), the branch manager
 * assigns, and a task is completed with a note.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QueueEntryDto } from '../../shared/contract/channels/work-queue';
import { resetWorkQueue } from '../../renderer/features/work-queue/work-queue-store';
import { callsTo, createFakeApi, signedInSession } from './support/fake-api';
import { flush, renderApp, resetApp } from './support/render-app';

beforeEach(async () => {
  await resetApp();
  resetWorkQueue();
});
afterEach(async () => {
  await resetApp();
  resetWorkQueue();
});

const caseFile = { kind: 'person' as const, id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d6001', displayName: 'Dupont Marie' };
const task: QueueEntryDto = {
  entryKind: 'task',
  id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d6101',
  kind: 'follow-up',
  title: 'Rappeler Mme Dupont',
  dueDate: '2026-11-20',
  isOverdue: true,
  isNearDeadline: false,
  status: 'open',
  assignee: null,
  caseFile,
};
const complaint: QueueEntryDto = {
  ...task,
  entryKind: 'complaint',
  id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d6102',
  kind: 'complaint',
  title: 'Accueil au guichet',
  dueDate: '2026-11-30',
  isOverdue: false,
  isNearDeadline: true,
  status: 'received',
};
const seededTask: QueueEntryDto = {
  ...task,
  id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d6103',
  title: 'seed.task.unknownKey',
};
const taskRow = {
  id: task.id,
  kind: 'follow-up' as const,
  title: task.title,
  dueDate: task.dueDate,
  status: 'open' as const,
  isOverdue: true,
  completedAt: null,
  createdBy: null,
};
const advisors = [
  { id: signedInSession.advisor.id, displayName: 'Anne Martin', role: 'advisor' },
  { id: '0190f3a2-7c1e-7b3a-9d4e-1a2b3c4d5e09', displayName: 'Bart Peeters', role: 'advisor' },
];

function fakeQueue(role: 'advisor' | 'branch-manager') {
  const session = { ...signedInSession, advisor: { ...signedInSession.advisor, role } };
  return createFakeApi({
    'session.current': () => ({ ok: true, value: session }),
    'workQueue.list': () => ({ ok: true, value: [task, complaint, seededTask] }),
    'workQueue.advisors': () => ({ ok: true, value: advisors }),
    'task.take': () => ({ ok: true, value: taskRow }),
    'task.assign': () => ({ ok: true, value: taskRow }),
    'task.complete': () => ({ ok: true, value: { ...taskRow, status: 'done', completedAt: '2026-11-26T10:00:00Z' } }),
  });
}

describe('the work queue', () => {
  it('shows the entries with their flags, sends the filters, and never shows a raw key as a title', async () => {
    const { api, calls } = fakeQueue('advisor');
    renderApp(api, '/work-queue', { isSignedIn: false });
    await screen.findByRole('heading', { level: 1, name: 'File de travail' });
    const rows = await screen.findAllByRole('row');
    expect(rows.slice(1).map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual([
      'Rappeler Mme Dupont',
      'Accueil au guichet',
      'Suivi',
    ]);
    expect(within(rows[1]!).getByText('En retard')).toBeTruthy();
    expect(within(rows[2]!).getByText('Échéance proche')).toBeTruthy();
    expect(within(rows[2]!).getByRole('link', { name: 'Dupont Marie' }).getAttribute('href')).toContain(
      'tab=complaints',
    );

    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'complaint' } });
    fireEvent.change(screen.getByLabelText('Afficher'), { target: { value: 'mine' } });
    await flush();
    expect(callsTo(calls, 'workQueue.list').slice(-2)).toEqual([
      { scope: 'branch', kind: 'complaint' },
      { scope: 'mine', kind: 'complaint' },
    ]);
  });

  it('offers a counter advisor to take a task, not to assign it', async () => {
    const { api, calls } = fakeQueue('advisor');
    renderApp(api, '/work-queue', { isSignedIn: false });
    const take = await screen.findAllByRole('button', { name: 'Je la prends' });
    expect(screen.queryByLabelText('Attribuer « Rappeler Mme Dupont » à')).toBeNull();
    fireEvent.click(take[0]!);
    await flush();
    expect(callsTo(calls, 'task.take')).toEqual([{ taskId: task.id }]);
    expect(callsTo(calls, 'task.assign')).toEqual([]);
  });

  it('lets the branch manager assign a task, and completes one with a note', async () => {
    const { api, calls } = fakeQueue('branch-manager');
    renderApp(api, '/work-queue', { isSignedIn: false });
    const select = await screen.findByLabelText('Attribuer « Rappeler Mme Dupont » à');
    expect(screen.queryByRole('button', { name: 'Je la prends' })).toBeNull();
    fireEvent.change(select, { target: { value: advisors[1]!.id } });
    fireEvent.click(within(select.closest('td')!).getByRole('button', { name: 'Attribuer' }));
    expect(await screen.findByText('Tâche attribuée à Bart Peeters.')).toBeTruthy();
    expect(callsTo(calls, 'task.assign')).toEqual([{ taskId: task.id, advisorId: advisors[1]!.id }]);

    fireEvent.click(screen.getByRole('button', { name: 'Terminer « Rappeler Mme Dupont »' }));
    fireEvent.change(screen.getByLabelText('Ce qui a été fait'), { target: { value: 'Rappelée, tout est clair.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer' }));
    expect(await screen.findByText('Tâche terminée.')).toBeTruthy();
    expect(callsTo(calls, 'task.complete')).toEqual([{ taskId: task.id, note: 'Rappelée, tout est clair.' }]);
  });
});
