/**
 * Outbox compaction over random histories of pushes, acknowledgements, refusals and conflicts, on a
 * real SQLite file: a record leaves only once head office acknowledged it long enough ago, never while
 * refused or named by an open conflict, and mutation ids never come back. Audit lines head office never
 * receives (a refused change given up, a sign-in lock-out) leave after their own period, and that
 * purge never touches an outbox record or the line of one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChangeRecorder } from '../../db/repositories/change-recorder';
import { insertPerson, updatePerson } from '../../db/repositories/person-repo';
import { appendSecurityEvent } from '../../db/repositories/audit-repo';
import {
  compactDeviceAuditBatch,
  compactOutboxBatch,
  countCompactable,
  daysBefore,
} from '../../db/repositories/storage-repo';
import { discardRejected } from '../../db/repositories/sync-rejections-repo';
import { markPushed, markRejected } from '../../db/repositories/sync-repo';
import { personFields } from '../fixtures/persons';
import { createTempDb } from '../fixtures/temp-db';

type Step =
  | { kind: 'write'; count: number }
  | { kind: 'ack'; count: number }
  | { kind: 'refuse'; count: number }
  | { kind: 'conflict'; pick: number; status: 'open' | 'resolving' | 'resolved' }
  | { kind: 'resolve'; pick: number }
  | { kind: 'discard'; pick: number }
  | { kind: 'lockout' }
  | { kind: 'compact'; keepDays: number; batch: number }
  | { kind: 'compactDeviceAudit'; keepDays: number; batch: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('write' as const), count: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('ack' as const), count: fc.integer({ min: 1, max: 8 }) }) },
  fc.record({ kind: fc.constant('refuse' as const), count: fc.integer({ min: 1, max: 2 }) }),
  fc.record({
    kind: fc.constant('conflict' as const),
    pick: fc.nat(),
    status: fc.constantFrom('open' as const, 'resolving' as const, 'resolved' as const),
  }),
  fc.record({ kind: fc.constant('resolve' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('discard' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('lockout' as const) }),
  fc.record({
    kind: fc.constant('compactDeviceAudit' as const),
    keepDays: fc.integer({ min: 0, max: 7 }),
    batch: fc.integer({ min: 1, max: 7 }),
  }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('compact' as const),
      keepDays: fc.integer({ min: 0, max: 7 }),
      batch: fc.integer({ min: 1, max: 7 }),
    }),
  },
);

type OutboxState = {
  seq: number;
  mutation_id: string;
  pushed_at: string | null;
  refused: number;
  open_conflict: number;
};

function outboxState(sqlite: ReturnType<typeof createTempDb>['db']['$client']): OutboxState[] {
  return sqlite
    .prepare(
      `SELECT o.seq, o.mutation_id, o.pushed_at,
              EXISTS (SELECT 1 FROM sync_rejections r WHERE r.outbox_seq = o.seq) AS refused,
              EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.losing_mutation_id = o.mutation_id AND c.status <> 'resolved') AS open_conflict
       FROM outbox o ORDER BY o.seq`,
    )
    .all() as OutboxState[];
}

type AuditState = { id: string; at: string; device_only: number };

function auditState(sqlite: ReturnType<typeof createTempDb>['db']['$client']): AuditState[] {
  return sqlite
    .prepare(
      `SELECT a.id, a.at, NOT EXISTS (SELECT 1 FROM outbox o WHERE o.mutation_id = a.mutation_id) AS device_only
       FROM audit_log a ORDER BY a.id`,
    )
    .all() as AuditState[];
}

describe('outbox compaction', () => {
  it('removes only acknowledged changes past the delay, never refused or conflicting ones, and ids stay unique; device-only audit lines go after their own period, never a change or its line', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 72 }), { minLength: 40, maxLength: 40 }),
        (steps, hours) => {
          let clock = new Date('2026-01-05T08:00:00.000Z').getTime();
          const t = createTempDb({ now: () => new Date(clock) });
          try {
            const sqlite = t.db.$client;
            const person = t.db.transaction((tx) =>
              insertPerson(tx, t.recorder, personFields({ niss: '85073003328', lastName: 'Dupré', firstName: 'Jean' })),
            );
            const seenIds = new Set<string>(['device-test:1']);
            let edits = 0;
            steps.forEach((current, index) => {
              clock += (hours[index] ?? 1) * 3_600_000;
              const now = new Date(clock).toISOString();
              const pending = sqlite
                .prepare(
                  'SELECT mutation_id AS id FROM outbox o WHERE pushed_at IS NULL AND NOT EXISTS (SELECT 1 FROM sync_rejections r WHERE r.outbox_seq = o.seq) ORDER BY seq',
                )
                .all() as { id: string }[];
              if (current.kind === 'write') {
                for (let i = 0; i < current.count; i++) {
                  updatePerson(t.db, t.recorder, person.id, {
                    phone: `+32 470 00 00 ${String(edits++ % 100).padStart(2, '0')}`,
                  });
                  const last = sqlite
                    .prepare('SELECT mutation_id AS id FROM outbox ORDER BY seq DESC LIMIT 1')
                    .get() as {
                    id: string;
                  };
                  // A mutation id is never handed out twice, even after its record left.
                  expect(seenIds.has(last.id)).toBe(false);
                  seenIds.add(last.id);
                }
              } else if (current.kind === 'ack') {
                markPushed(
                  t.db,
                  pending.slice(0, current.count).map((row) => row.id),
                  now,
                );
              } else if (current.kind === 'refuse') {
                markRejected(
                  t.db,
                  pending.slice(0, current.count).map((row) => row.id),
                  'forbidden',
                  now,
                );
              } else if (current.kind === 'conflict') {
                const acknowledged = sqlite
                  .prepare('SELECT mutation_id AS id FROM outbox WHERE pushed_at IS NOT NULL ORDER BY seq')
                  .all() as { id: string }[];
                const losing = acknowledged[current.pick % Math.max(1, acknowledged.length)];
                if (losing)
                  sqlite
                    .prepare(
                      `INSERT INTO sync_conflicts (id, entity, entity_id, field, kind, losing_mutation_id, status, created_at, seq)
                     VALUES (?, 'person', ?, 'niss', 'field', ?, ?, ?, ?)`,
                    )
                    .run(`conflict-${index}`, person.id, losing.id, current.status, now, index);
              } else if (current.kind === 'discard') {
                const refused = sqlite
                  .prepare('SELECT mutation_id AS id FROM sync_rejections ORDER BY outbox_seq')
                  .all() as { id: string }[];
                const chosen = refused[current.pick % Math.max(1, refused.length)];
                if (chosen)
                  discardRejected(t.db, {
                    mutationId: chosen.id,
                    advisorId: 'advisor',
                    deviceId: 'device-test',
                    at: now,
                  });
              } else if (current.kind === 'lockout') {
                appendSecurityEvent(sqlite, {
                  id: `lockout-${index}`,
                  at: now,
                  deviceId: 'device-test',
                  advisorId: null,
                  entity: 'signInLockout',
                  after: { failures: 5 },
                });
              } else if (current.kind === 'compactDeviceAudit') {
                const cutoff = daysBefore(new Date(clock), current.keepDays);
                const before = auditState(sqlite);
                const outboxBefore = outboxState(sqlite);
                while (compactDeviceAuditBatch(t.db, cutoff, current.batch) > 0);
                const after = new Set(auditState(sqlite).map((line) => line.id));
                for (const line of before)
                  // Only a line no outbox record stands behind, once older than the fund's period.
                  expect(after.has(line.id)).toBe(!(line.device_only === 1 && line.at <= cutoff));
                expect(outboxState(sqlite)).toEqual(outboxBefore);
              } else if (current.kind === 'resolve') {
                const open = sqlite
                  .prepare(`SELECT id FROM sync_conflicts WHERE status <> 'resolved' ORDER BY id`)
                  .all() as { id: string }[];
                const chosen = open[current.pick % Math.max(1, open.length)];
                if (chosen) sqlite.prepare(`UPDATE sync_conflicts SET status = 'resolved' WHERE id = ?`).run(chosen.id);
              } else {
                const cutoff = daysBefore(new Date(clock), current.keepDays);
                const before = outboxState(sqlite);
                const eligible = (row: OutboxState): boolean =>
                  row.pushed_at !== null && row.pushed_at <= cutoff && row.refused === 0 && row.open_conflict === 0;
                expect(countCompactable(t.db, cutoff)).toBe(before.filter(eligible).length);
                while (compactOutboxBatch(t.db, cutoff, current.batch) > 0);
                const after = new Map(outboxState(sqlite).map((row) => [row.seq, row]));
                for (const row of before) {
                  // Exactly the eligible records left, each with its captured base and audit line.
                  expect(after.has(row.seq)).toBe(!eligible(row));
                }
                const orphans = sqlite
                  .prepare(
                    `SELECT (SELECT count(*) FROM sync_outbox_base WHERE outbox_seq NOT IN (SELECT seq FROM outbox)) AS bases,
                          (SELECT count(*) FROM audit_log WHERE id NOT IN (SELECT mutation_id FROM outbox)
                             AND entity <> 'signInLockout' AND id NOT LIKE '%/discarded') AS audits,
                          (SELECT count(*) FROM outbox WHERE mutation_id NOT IN (SELECT id FROM audit_log)) AS unaudited`,
                  )
                  .get();
                expect(orphans).toEqual({ bases: 0, audits: 0, unaudited: 0 });
              }
            });
          } finally {
            t.cleanup();
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('carries the sequence and the clock on after every record was acknowledged and removed, across a reopening', () => {
    let clock = new Date('2026-01-05T08:00:00.000Z').getTime();
    const t = createTempDb({ now: () => new Date(clock) });
    try {
      const person = t.db.transaction((tx) =>
        insertPerson(tx, t.recorder, personFields({ niss: '85073003328', lastName: 'Dupré', firstName: 'Jean' })),
      );
      updatePerson(t.db, t.recorder, person.id, { phone: '+32 470 00 00 01' });
      markPushed(t.db, ['device-test:1', 'device-test:2'], new Date(clock).toISOString());
      clock += 30 * 86_400_000;
      while (compactOutboxBatch(t.db, daysBefore(new Date(clock), 7)) > 0);
      expect(t.db.$client.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
      // A clock set back a day: the recorder opened again still writes after what it wrote before.
      clock -= 31 * 86_400_000;
      const reopened = createChangeRecorder(t.db, {
        deviceId: 'device-test',
        advisorId: null,
        now: () => new Date(clock),
      });
      updatePerson(t.db, reopened, person.id, { phone: '+32 470 00 00 02' });
      const next = t.db.$client.prepare('SELECT mutation_id AS id, hlc FROM outbox').get() as {
        id: string;
        hlc: string;
      };
      expect(next.id).toBe('device-test:3');
      const remembered = t.db.$client
        .prepare(`SELECT json_extract(value, '$') AS hlc FROM sync_state WHERE key = 'lastHlc'`)
        .get() as { hlc: string };
      expect(next.hlc > remembered.hlc).toBe(true);
    } finally {
      t.cleanup();
    }
  });
});
