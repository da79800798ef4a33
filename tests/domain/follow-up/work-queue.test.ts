import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../shared/domain/calendar';
import { filterQueue, orderQueue, type QueueEntry } from '../../../shared/domain/follow-up/work-queue';

const today = toIsoDate('2026-11-26');

function entry(id: string, dueDate: string, fields: Partial<QueueEntry> = {}): QueueEntry {
  return { entryKind: 'task', id, dueDate: toIsoDate(dueDate), kind: 'follow-up', assigneeId: null, ...fields };
}

describe('the work queue order', () => {
  it('puts overdue entries first, oldest first, then the others by due date', () => {
    const ordered = orderQueue(
      [
        entry('later', '2026-12-20'),
        entry('today', '2026-11-26'),
        entry('late-recent', '2026-11-25'),
        entry('soon', '2026-11-30'),
        entry('late-old', '2026-10-01'),
      ],
      today,
    );
    expect(ordered.map((item) => item.id)).toEqual(['late-old', 'late-recent', 'today', 'soon', 'later']);
  });

  it('on the same due date puts a complaint before a task, then orders by id', () => {
    const ordered = orderQueue(
      [
        entry('b-task', '2026-12-01'),
        entry('a-task', '2026-12-01'),
        entry('z-complaint', '2026-12-01', { entryKind: 'complaint', kind: 'complaint' }),
      ],
      today,
    );
    expect(ordered.map((item) => item.id)).toEqual(['z-complaint', 'a-task', 'b-task']);
  });

  it('does not change the list it is given', () => {
    const entries = [entry('b', '2026-12-02'), entry('a', '2026-12-01')];
    orderQueue(entries, today);
    expect(entries.map((item) => item.id)).toEqual(['b', 'a']);
  });
});

describe('the work queue filters', () => {
  const entries = [
    entry('mine', '2026-12-01', { assigneeId: 'me' }),
    entry('theirs', '2026-12-01', { assigneeId: 'other' }),
    entry('nobody', '2026-12-01'),
    entry('complaint', '2026-12-01', { entryKind: 'complaint', kind: 'complaint', assigneeId: 'me' }),
  ];

  it('"mine" keeps what is assigned to the advisor, "branch" keeps everything', () => {
    expect(filterQueue(entries, { scope: 'mine', kind: null }, 'me').map((item) => item.id)).toEqual([
      'mine',
      'complaint',
    ]);
    expect(filterQueue(entries, { scope: 'branch', kind: null }, 'me')).toHaveLength(4);
  });

  it('a kind keeps only that kind', () => {
    expect(filterQueue(entries, { scope: 'branch', kind: 'complaint' }, 'me').map((item) => item.id)).toEqual([
      'complaint',
    ]);
    expect(filterQueue(entries, { scope: 'mine', kind: 'follow-up' }, 'other').map((item) => item.id)).toEqual([
      'theirs',
    ]);
  });
});
