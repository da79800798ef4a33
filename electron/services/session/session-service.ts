/**
 * The signed-in advisor of this app core (one window, one counter). The change recorder asks it
 * for the advisor on every write, so each change carries whoever is signed in. Services call
 * `requireAdvisor()` first: nobody signed in, or a locked screen, refuses with `unauthorized`.
 * Inactivity locks the session by itself after `lockAfterMinutes` without a call.
 */
import type Database from 'better-sqlite3';
import { GuichetError } from '../../../shared/contract/errors';
import type { AdvisorRole, SessionDto } from '../../../shared/contract/channels/session';
import {
  findAdvisor,
  findAdvisorByUsername,
  readCredentials,
  type AdvisorWithBranch,
} from '../../../db/repositories/advisor-repo';
import { hashPassword, verifyPassword } from '../../../db/repositories/password';

export type Session = {
  current(): SessionDto | null;
  signIn(username: string, password: string): SessionDto;
  signOut(): void;
  lock(): SessionDto | null;
  unlock(password: string): SessionDto;
  /** The signed-in, unlocked advisor; refreshes the inactivity timer. Throws `unauthorized` otherwise. */
  requireAdvisor(): AdvisorWithBranch;
  /** As `requireAdvisor`, and the advisor's role must be one of `roles`: `forbidden` otherwise. */
  requireRole(roles: readonly AdvisorRole[]): AdvisorWithBranch;
  /** For the change recorder: the advisor signed in now, or null. */
  advisorId(): string | null;
};

export const DEFAULT_LOCK_AFTER_MINUTES = 10;

// A fixed hash to verify against when the username is unknown, so that both failures take as long.
const decoy = hashPassword('not-a-password');

export function createSession(
  sqlite: Database.Database,
  now: () => Date,
  lockAfterMinutes = DEFAULT_LOCK_AFTER_MINUTES,
): Session {
  let state: { advisor: AdvisorWithBranch; signedInAt: string; lastActivity: number; isLocked: boolean } | null = null;

  const refreshLock = () => {
    if (state && !state.isLocked && now().getTime() - state.lastActivity > lockAfterMinutes * 60_000)
      state.isLocked = true;
  };
  const dto = (): SessionDto | null => {
    if (!state) return null;
    const { advisor } = state;
    return {
      advisor: {
        id: advisor.id,
        username: advisor.username,
        displayName: advisor.displayName,
        role: advisor.role,
        branch: { id: advisor.branchId, code: advisor.branchCode, name: advisor.branchName },
      },
      signedInAt: state.signedInAt,
      isLocked: state.isLocked,
      lockAfterMinutes,
    };
  };
  const check = (advisor: AdvisorWithBranch | undefined, password: string): advisor is AdvisorWithBranch => {
    const credentials = advisor ? readCredentials(sqlite, advisor.id) : undefined;
    const isValid = verifyPassword(password, credentials ?? decoy);
    return advisor !== undefined && credentials !== undefined && isValid;
  };

  function requireAdvisor(): AdvisorWithBranch {
    refreshLock();
    if (!state) throw new GuichetError('unauthorized', 'errors.session.signedOut');
    if (state.isLocked) throw new GuichetError('unauthorized', 'errors.session.locked');
    state.lastActivity = now().getTime();
    return state.advisor;
  }

  return {
    current() {
      refreshLock();
      return dto();
    },
    signIn(username, password) {
      const advisor = findAdvisorByUsername(sqlite, username.trim());
      if (!check(advisor, password)) throw new GuichetError('unauthorized', 'errors.session.badCredentials');
      state = { advisor, signedInAt: now().toISOString(), lastActivity: now().getTime(), isLocked: false };
      return dto()!;
    },
    signOut() {
      state = null;
    },
    lock() {
      if (state) state.isLocked = true;
      return dto();
    },
    unlock(password) {
      if (!state) throw new GuichetError('unauthorized', 'errors.session.signedOut');
      if (!check(findAdvisor(sqlite, state.advisor.id), password))
        throw new GuichetError('unauthorized', 'errors.session.badCredentials');
      state.isLocked = false;
      state.lastActivity = now().getTime();
      return dto()!;
    },
    requireAdvisor,
    requireRole(roles) {
      const advisor = requireAdvisor();
      if (!roles.includes(advisor.role))
        throw new GuichetError('forbidden', 'errors.session.roleRequired', { roles: [...roles] });
      return advisor;
    },
    advisorId: () => (state && !state.isLocked ? state.advisor.id : null),
  };
}
