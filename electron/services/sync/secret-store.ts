/**
 * Where the device's sync secret is protected at rest. The database only ever holds what `protect`
 * returns, so a copied database file alone does not carry the credential head office accepts.
 * A port, so the core stays plain Node: the desktop app passes Electron's safeStorage
 * (electron/main/safe-storage-secret-store.ts); browser mode and tests use the key file below.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type SecretStore = {
  /** For status and diagnostics only ('safe-storage', 'safe-storage-basic-text', 'key-file'). */
  readonly kind: string;
  protect(plain: string): string;
  /** Throws SecretUnreadable when the stored value cannot be turned back into the secret. */
  reveal(stored: string): string;
};

/** The stored secret exists but this machine or profile cannot read it (profile copied elsewhere, key lost). */
export class SecretUnreadable extends Error {
  constructor(kind: string) {
    super(`device secret unreadable (${kind})`);
    this.name = 'SecretUnreadable';
  }
}

export const SECRET_KEY_FILE = 'device-secret.key';
const PREFIX = 'k1:';

/**
 * Browser mode and tests: AES-256-GCM with a random key kept in its own file of the profile folder,
 * readable by the user only (0600). This is not the OS keychain: anyone who can read the whole
 * profile folder as this user gets the secret. What it buys is that the database file (the thing
 * that gets copied, backed up or attached to a support ticket) does not carry the credential.
 */
export function keyFileSecretStore(profileDir: string): SecretStore {
  const keyPath = join(profileDir, SECRET_KEY_FILE);
  const kind = 'key-file';
  const readKey = (): Buffer | null => {
    try {
      const key = readFileSync(keyPath);
      return key.length === 32 ? key : null;
    } catch {
      return null;
    }
  };
  const keyForWriting = (): Buffer => {
    const existing = readKey();
    if (existing) return existing;
    const key = randomBytes(32);
    // 'wx': never overwrite a key another process created in the meantime; mode applies on creation.
    writeFileSync(keyPath, key, { mode: 0o600, flag: 'wx' });
    chmodSync(keyPath, 0o600);
    return key;
  };
  return {
    kind,
    protect: (plain) => {
      const key = keyForWriting();
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
    },
    reveal: (stored) => {
      const key = readKey();
      if (!key || !stored.startsWith(PREFIX)) throw new SecretUnreadable(kind);
      const bytes = Buffer.from(stored.slice(PREFIX.length), 'base64');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
        decipher.setAuthTag(bytes.subarray(12, 28));
        return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretUnreadable(kind);
      }
    },
  };
}
