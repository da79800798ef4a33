/**
 * The desktop's secret store: Electron's safeStorage (DPAPI on Windows, the Keychain on macOS,
 * libsecret/kwallet on Linux), base64 at rest. Only usable once the app is 'ready'.
 * Typed by the few members it uses, so tests hand it a fake safeStorage.
 */
import type { safeStorage as ElectronSafeStorage } from 'electron';
import { SecretUnreadable, keyFileSecretStore, type SecretStore } from '../services/sync/secret-store';

export type SafeStorageLike = Pick<
  typeof ElectronSafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString'
> & {
  getSelectedStorageBackend?: () => string;
};

const PREFIX = 's1:';

/**
 * Falls back to the profile's key file when the OS offers no encryption at all (some Linux sessions
 * without a keyring), rather than refusing to sync. On Linux 'basic_text' means Chromium encrypts
 * with a hard-coded key: no real protection, so say so (no secret, no personal data in the line).
 */
export function safeStorageSecretStore(
  safeStorage: SafeStorageLike,
  options: { platform: NodeJS.Platform; profileDir: string; warn: (line: string) => void },
): SecretStore {
  if (!safeStorage.isEncryptionAvailable()) {
    options.warn(
      'guichet: OS encryption unavailable; the device secret is protected by a key file in the profile only',
    );
    return keyFileSecretStore(options.profileDir);
  }
  const backend = options.platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined;
  const isBasicText = backend === 'basic_text';
  if (isBasicText)
    options.warn(
      'guichet: no OS keyring (safeStorage backend basic_text); the device secret is not really protected at rest',
    );
  const kind = isBasicText ? 'safe-storage-basic-text' : 'safe-storage';
  return {
    kind,
    protect: (plain) => PREFIX + safeStorage.encryptString(plain).toString('base64'),
    reveal: (stored) => {
      if (!stored.startsWith(PREFIX)) throw new SecretUnreadable(kind);
      try {
        return safeStorage.decryptString(Buffer.from(stored.slice(PREFIX.length), 'base64'));
      } catch {
        // Another machine's or user's encryption: re-enrolment is the way out.
        throw new SecretUnreadable(kind);
      }
    },
  };
}
