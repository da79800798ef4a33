/** Rounds that moved nothing fold into one history line, so the history keeps the rounds that did something. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  finishRound,
  KEPT_ROUNDS,
  listRounds,
  startRound,
  type RoundCounts,
} from '../../db/repositories/sync-history-repo';
import { createTempDb, type TempDb } from '../fixtures/temp-db';

let temp: TempDb | undefined;
afterEach(() => temp?.cleanup());

const nothing: RoundCounts = { pushed: 0, pulled: 0, rejected: 0, conflicts: 0 };
const at = (minute: number) => `2026-11-26T09:${String(minute).padStart(2, '0')}:00.000Z`;

function round(db: TempDb['db'], minute: number, counts: RoundCounts, outcome: 'ok' | 'failed' = 'ok'): void {
  const id = startRound(db, 'interval', at(minute));
  finishRound(db, id, at(minute + 1), outcome, counts, outcome === 'failed' ? 'sync.errors.offline' : null);
}

describe('quiet sync rounds', () => {
  it('folds successive empty rounds into one line that counts them, from the first start to the last end', () => {
    temp = createTempDb();
    const { db } = temp;
    round(db, 0, { ...nothing, pushed: 3 });
    round(db, 5, nothing);
    round(db, 10, nothing);
    round(db, 15, nothing);
    expect(
      listRounds(db, 50).map(({ startedAt, finishedAt, quietRounds, pushed }) => ({
        startedAt,
        finishedAt,
        quietRounds,
        pushed,
      })),
    ).toEqual([
      { startedAt: at(5), finishedAt: at(16), quietRounds: 3, pushed: 0 },
      { startedAt: at(0), finishedAt: at(1), quietRounds: 1, pushed: 3 },
    ]);
  });

  it('starts a new line after a round that moved something or failed', () => {
    temp = createTempDb();
    const { db } = temp;
    round(db, 0, nothing);
    round(db, 5, nothing);
    round(db, 10, { ...nothing, pulled: 2 });
    round(db, 15, nothing);
    round(db, 20, nothing, 'failed');
    round(db, 25, nothing);
    round(db, 30, { ...nothing, conflicts: 1 });
    expect(listRounds(db, 50).map((line) => [line.quietRounds, line.outcome, line.pulled, line.conflicts])).toEqual([
      [1, 'ok', 0, 1],
      [1, 'ok', 0, 0],
      [1, 'failed', 0, 0],
      [1, 'ok', 0, 0],
      [1, 'ok', 2, 0],
      [2, 'ok', 0, 0],
    ]);
  });

  it('a day of empty rounds does not push the rounds that mattered out of the history', () => {
    temp = createTempDb();
    const { db } = temp;
    round(db, 0, { ...nothing, pushed: 1 });
    for (let index = 0; index < KEPT_ROUNDS + 10; index += 1) round(db, 2, nothing);
    const lines = listRounds(db, 1000);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.quietRounds).toBe(KEPT_ROUNDS + 10);
    expect(lines[1]!.pushed).toBe(1);
  });
});
