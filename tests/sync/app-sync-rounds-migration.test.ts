import { afterEach, describe, expect, it } from 'vitest';
import { finishRound, KEPT_ROUNDS, listRounds, startRound } from '../../db/repositories/sync-history-repo';
import { createTempDb, type TempDb } from '../fixtures/temp-db';

let temp: TempDb | undefined;
afterEach(() => temp?.cleanup());

describe('0005_sync_rounds', () => {
  it('keeps the history of sync rounds, the last 500 only', () => {
    temp = createTempDb();
    const { db } = temp;
    for (let i = 0; i < KEPT_ROUNDS + 3; i++) {
      const id = startRound(
        db,
        i === 0 ? 'start' : 'interval',
        `2026-11-26T09:00:${String(i % 60).padStart(2, '0')}.000Z`,
      );
      finishRound(
        db,
        id,
        '2026-11-26T10:00:00.000Z',
        i % 2 === 0 ? 'ok' : 'failed',
        { pushed: i, pulled: 0, rejected: 0, conflicts: 0 },
        i % 2 === 0 ? null : 'sync.errors.offline',
      );
    }
    const rounds = listRounds(db, 1000);
    expect(rounds).toHaveLength(KEPT_ROUNDS);
    expect(rounds[0]).toMatchObject({ pushed: KEPT_ROUNDS + 2, outcome: 'ok', errorKey: null });
    expect(rounds.at(-1)).toMatchObject({ pushed: 3, outcome: 'failed', errorKey: 'sync.errors.offline' });
  });
});
