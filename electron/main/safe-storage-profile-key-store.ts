/**
 * The desktop's profile key store: the random profile key wrapped by Electron's safeStorage (DPAPI on
 * Windows, the Keychain on macOS, libsecret/kwallet on Linux) in a file of the profile folder. The
 * wrapped key opens only for this user on this machine, so the folder copied elsewhere stays closed.
 * On Linux without a keyring Chromium falls back to 'basic_text', a key written in its own source:
 * the profile key would be as good as in the clear, so that is refused unless the fund's policy
 * allows it explicitly (fund-policy.json). Typed by the few members it uses, so tests pass a fake.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ProfileKeyUnavailable, type ProfileKeyStore } from '../../db/profile-key-store';
import type { SafeStorageLike } from './safe-storage-secret-store';

export const WRAPPED_PROFILE_KEY_FILE = 'profile-key.wrapped';
const PREFIX = 'pk1:';

export function safeStorageProfileKeyStore(
  safeStorage: SafeStorageLike,
  options: {
    platform: NodeJS.Platform;
    profileDir: string;
    /** The fund's explicit choice to run on Linux machines without a keyring. */
    allowsBasicText: boolean;
    warn: (line: string) => void;
  },
): ProfileKeyStore {
  if (!safeStorage.isEncryptionAvailable()) throw new ProfileKeyUnavailable('noKeyring', 'encryption unavailable');
  const backend = options.platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined;
  const isBasicText = backend === 'basic_text';
  if (isBasicText) {
    if (!options.allowsBasicText) throw new ProfileKeyUnavailable('noKeyring', 'basic_text');
    options.warn(
      'guichet: no OS keyring (safeStorage backend basic_text); the profile key is not protected at rest, as the fund policy allows',
    );
  }
  const kind = isBasicText ? 'safe-storage-basic-text' : 'safe-storage';
  const file = join(options.profileDir, WRAPPED_PROFILE_KEY_FILE);
  return {
    kind,
    read: () => {
      if (!existsSync(file)) return null;
      const stored = readFileSync(file, 'utf8').trim();
      if (!stored.startsWith(PREFIX)) throw new ProfileKeyUnavailable('keyUnreadable', kind);
      try {
        return Buffer.from(safeStorage.decryptString(Buffer.from(stored.slice(PREFIX.length), 'base64')), 'hex');
      } catch {
        // Another machine's or user's keyring: the profile cannot be opened here.
        throw new ProfileKeyUnavailable('keyUnreadable', kind);
      }
    },
    create: (key) => {
      const wrapped = PREFIX + safeStorage.encryptString(key.toString('hex')).toString('base64');
      writeFileSync(file, `${wrapped}\n`, { mode: 0o600, flag: 'wx' });
      if (options.platform !== 'win32') chmodSync(file, 0o600);
    },
    erase: () => rmSync(file, { force: true }),
  };
}
