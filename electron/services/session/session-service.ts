/**
 * The signed-in advisor of this app core (one window, one counter). The change recorder asks it
 * for the advisor on every write, so each change carries whoever is signed in. The access gate
 * asks it before every channel that needs an advisor: nobody signed in, or a locked screen, is
 * refused with `unauthorized`. Inactivity locks the session by itself after `lockAfterMinutes`.
 * Sign-in and unlock go through the password brake (sign-in-throttle.ts): after five failures a
 * username is refused for a while, even with the right password, and a restart does not reset it.
 */
import { v7 as uuidv7 } from 'uuid';
import { GuichetError } from '../../../shared/contract/errors';
import type { AdvisorRole, SessionDto } from '../../../shared/contract/channels/session';
import {
  initialThrottle,
  recordFailure,
  secondsLocked,
  type ThrottleState,
} from '../../../shared/domain/session/sign-in-throttle';
import type { GuichetDb } from '../../../db/connection';
import {
  findAdvisor,
  findAdvisorByUsername,
  readCredentials,
  type AdvisorWithBranch,
} from '../../../db/repositories/advisor-repo';
import { appendSecurityEvent } from '../../../db/repositories/audit-repo';
import { hashPassword, verifyPassword } from '../../../db/repositories/password';
import { clearThrottle, readThrottle, writeThrottle } from '../../../db/repositories/sign-in-throttle-repo';

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
  /** The signed-in, unlocked advisor or null, without refusing (public channels). */
  signedInAdvisor(): AdvisorWithBranch | null;
  /** For the change recorder: the advisor signed in now, or null. */
  advisorId(): string | null;
};

export type SessionOptions = {
  db: GuichetDb;
  deviceId: string;
  now: () => Date;
  lockAfterMinutes?: number;
  /**
   * A reason this device refuses every sign-in and unlock for now (too long without head office), or
   * null. Asked before the password: the advisor learns what to do instead of retrying it.
   */
  signInRefusal?: () => GuichetError | null;
};

export const DEFAULT_LOCK_AFTER_MINUTES = 10;

// A hash to verify against when the username is unknown, so that both failures take as long.
const decoy = hashPassword('not-a-password');

export function createSession(options: SessionOptions): Session {
  const { db, now } = options;
  const sqlite = db.$client;
  const lockAfterMinutes = options.lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES;
  const brake = createPasswordBrake(options);
  let state: { advisor: AdvisorWithBranch; signedInAt: string; lastActivity: number; isLocked: boolean } | null = null;

  const refreshLock = () => {
    if (state && !state.isLocked && now().getTime() - state.lastActivity > lockAfterMinutes * 60_000)
      state.isLocked = true;
  };
  const dto = (): SessionDto | null =>
    state && {
      advisor: advisorDto(state.advisor),
      signedInAt: state.signedInAt,
      isLocked: state.isLocked,
      lockAfterMinutes,
    };
  const check = (advisor: AdvisorWithBranch | undefined, password: string): advisor is AdvisorWithBranch => {
    const credentials = advisor ? readCredentials(sqlite, advisor.id) : undefined;
    const isValid = verifyPassword(password, credentials ?? decoy);
    return advisor !== undefined && credentials !== undefined && isValid;
  };

  function refuseWhenDeviceLocked(): void {
    const refusal = options.signInRefusal?.();
    if (refusal) throw refusal;
  }

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
      refuseWhenDeviceLocked();
      const key = username.trim();
      const advisor = findAdvisorByUsername(sqlite, key);
      brake.attempt(key, advisor?.id ?? null, () => check(advisor, password));
      // attempt() returned: the password was right, so the advisor exists.
      state = { advisor: advisor!, signedInAt: now().toISOString(), lastActivity: now().getTime(), isLocked: false };
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
      refuseWhenDeviceLocked();
      const { advisor } = state;
      brake.attempt(advisor.username, advisor.id, () => check(findAdvisor(sqlite, advisor.id), password));
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
    signedInAdvisor() {
      refreshLock();
      return state && !state.isLocked ? state.advisor : null;
    },
    advisorId: () => (state && !state.isLocked ? state.advisor.id : null),
  };
}

type PasswordBrake = {
  /** Runs `isPasswordRight` unless the username is locked out; throws the refusal, or returns on success. */
  attempt(username: string, advisorId: string | null, isPasswordRight: () => boolean): void;
};

/** Counts failures per username (case-insensitive, as usernames are), persisted with the device settings. */
function createPasswordBrake({ db, deviceId, now }: SessionOptions): PasswordBrake {
  const refuseLocked = (secondsLeft: number): never => {
    throw new GuichetError('unauthorized', 'errors.session.throttled', {
      secondsLeft,
      params: { minutes: Math.floor(secondsLeft / 60), seconds: secondsLeft % 60 },
    });
  };
  return {
    attempt(username, advisorId, isPasswordRight) {
      const key = username.toLowerCase();
      const at = now();
      const before: ThrottleState = readThrottle(db, key) ?? initialThrottle;
      const waiting = secondsLocked(before, at);
      if (waiting > 0) refuseLocked(waiting);
      if (isPasswordRight()) {
        clearThrottle(db, key);
        return;
      }
      const { state, lockedForSeconds } = recordFailure(before, at);
      db.transaction((tx) => {
        writeThrottle(tx, key, state, at.toISOString());
        if (lockedForSeconds > 0)
          appendSecurityEvent(db.$client, {
            id: uuidv7(),
            at: at.toISOString(),
            deviceId,
            advisorId,
            entity: 'signInLockout',
            after: { failures: state.failures, lockedForSeconds },
          });
      });
      throw new GuichetError('unauthorized', 'errors.session.badCredentials');
    },
  };
}

function advisorDto(advisor: AdvisorWithBranch): SessionDto['advisor'] {
  return {
    id: advisor.id,
    username: advisor.username,
    displayName: advisor.displayName,
    role: advisor.role,
    branch: { id: advisor.branchId, code: advisor.branchCode, name: advisor.branchName },
  };
}
