/**
 * Where a profile's database key lives. The key is 32 random bytes made on the device the first time
 * the profile opens; it never sits in the profile folder in the clear, so a copy of that folder alone
 * (a backup, a lost laptop's disk) does not open the case files. A port, so the core stays plain
 * Node: the desktop app wraps the key with Electron's safeStorage
 * (electron/main/safe-storage-profile-key-store.ts); browser mode and tests keep it in a key file
 * outside the profile folder (below).
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PROFILE_KEY_BYTES } from './profile-encryption';

export type ProfileKeyStore = {
  /** For status and diagnostics only ('key-file', 'safe-storage', 'safe-storage-basic-text'). */
  readonly kind: string;
  /** The stored key, or null when none was ever stored. Throws ProfileKeyUnavailable when it exists but cannot be read. */
  read(): Buffer | null;
  /** Stores a new key (never overwriting one) and returns it. */
  create(key: Buffer): void;
  /** Deletes the stored key (a wipe ordered by head office); nothing stored is fine. */
  erase(): void;
};

export type ProfileKeyProblem = 'wrongKey' | 'keyMissing' | 'noKeyring' | 'keyUnreadable';

/**
 * The profile cannot be opened for want of its key. `messageKey` is a locale key
 * (profileKey.errors.*) the host shows in the advisor's language; nothing personal in it.
 */
export class ProfileKeyUnavailable extends Error {
  readonly problem: ProfileKeyProblem;
  readonly messageKey: string;
  constructor(problem: ProfileKeyProblem, detail?: string) {
    super(`profile key: ${problem}${detail ? ` (${detail})` : ''}`);
    this.name = 'ProfileKeyUnavailable';
    this.problem = problem;
    this.messageKey = `profileKey.errors.${problem}`;
  }
}

/** A key made by the system's random source, the only way a profile key is ever made. */
export function newProfileKey(): Buffer {
  return randomBytes(PROFILE_KEY_BYTES);
}

export const PROFILE_KEY_FILE = 'profile.key';

/**
 * The key folder browser mode uses when none is given: a sibling of the profile folder
 * (`.profiles/browser` → `.profiles/browser.keys`), so copying the profile folder leaves the key behind.
 */
export function defaultKeyDir(profileDir: string): string {
  return join(dirname(profileDir), `${basename(profileDir)}.keys`);
}

/**
 * Browser mode and tests only: the raw key in a file of its own (0600, in a 0700 folder) outside the
 * profile folder. Anyone who can read both folders as this user has the data; the desktop app never
 * uses this store.
 */
export function keyFileProfileKeyStore(keyDir: string): ProfileKeyStore {
  const keyPath = join(keyDir, PROFILE_KEY_FILE);
  return {
    kind: 'key-file',
    read: () => {
      if (!existsSync(keyPath)) return null;
      if (process.platform !== 'win32') chmodSync(keyPath, 0o600);
      const key = readFileSync(keyPath);
      if (key.length !== PROFILE_KEY_BYTES) throw new ProfileKeyUnavailable('keyUnreadable', 'key file');
      return key;
    },
    create: (key) => {
      mkdirSync(keyDir, { recursive: true, mode: 0o700 });
      if (process.platform !== 'win32') chmodSync(keyDir, 0o700);
      // 'wx': never overwrite a key another process made in the meantime; the mode applies on creation.
      writeFileSync(keyPath, key, { mode: 0o600, flag: 'wx' });
    },
    erase: () => rmSync(keyPath, { force: true }),
  };
}

/**
 * The key of a profile: the stored one, or a new one when the profile has none yet. A database that is
 * already encrypted but has no stored key stays closed (a new key would not open it).
 */
export function profileKeyFor(store: ProfileKeyStore, options: { isDatabaseEncrypted: boolean }): Buffer {
  const stored = store.read();
  if (stored) return stored;
  if (options.isDatabaseEncrypted) throw new ProfileKeyUnavailable('keyMissing', store.kind);
  const key = newProfileKey();
  store.create(key);
  return key;
}
