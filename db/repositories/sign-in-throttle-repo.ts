/**
 * The sign-in brake's state per username, kept in the device settings so that restarting the app
 * does not hand out five free guesses again. One settings entry holds them all, bounded so that
 * guessing random usernames cannot grow it without end.
 */
import type { ThrottleState } from '../../shared/domain/session/sign-in-throttle';
import { readSetting, writeSetting } from './settings-repo';
import type { Tx } from './synced-rows';

const KEY = 'signInThrottle';
/** More usernames than a device has advisors; the oldest entries go first. */
const MAX_ENTRIES = 200;

type Stored = Record<string, ThrottleState & { updatedAt: string }>;

export function readThrottle(db: Tx, username: string): ThrottleState | undefined {
  const entry = readSetting<Stored>(db, KEY)?.[username];
  return entry ? { failures: entry.failures, lockedUntil: entry.lockedUntil } : undefined;
}

export function writeThrottle(db: Tx, username: string, state: ThrottleState, at: string): void {
  const stored: Stored = { ...readSetting<Stored>(db, KEY), [username]: { ...state, updatedAt: at } };
  const kept = Object.entries(stored)
    .sort(([, a], [, b]) => (a.updatedAt < b.updatedAt ? 1 : -1))
    .slice(0, MAX_ENTRIES);
  writeSetting(db, KEY, Object.fromEntries(kept));
}

export function clearThrottle(db: Tx, username: string): void {
  const stored = readSetting<Stored>(db, KEY);
  if (!stored || !(username in stored)) return;
  const { [username]: _cleared, ...rest } = stored;
  writeSetting(db, KEY, rest);
}
