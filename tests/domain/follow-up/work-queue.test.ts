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

  it('gives the same order whatever order the entries come in', () => {
    const entries = [
      entry('c-task', '2026-12-01'),
      entry('y-complaint', '2026-12-01', { entryKind: 'complaint', kind: 'complaint' }),
      entry('a-task', '2026-12-01'),
      entry('x-complaint', '2026-12-01', { entryKind: 'complaint', kind: 'complaint' }),
      entry('b-task', '2026-12-01'),
    ];
    const expected = ['x-complaint', 'y-complaint', 'a-task', 'b-task', 'c-task'];
    expect(orderQueue(entries, today).map((item) => item.id)).toEqual(expected);
    expect(orderQueue([...entries].reverse(), today).map((item) => item.id)).toEqual(expected);
  });

  it('keeps entries that are the same for the queue (one row listed twice) in the order given', () => {
    const first = { ...entry('same', '2026-12-01'), source: 'first' };
    const second = { ...entry('same', '2026-12-01'), source: 'second' };
    expect(orderQueue([first, second], today).map((item) => item.source)).toEqual(['first', 'second']);
    expect(orderQueue([second, first], today).map((item) => item.source)).toEqual(['second', 'first']);
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
