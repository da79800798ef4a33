/**
 * The two secret stores on their own: the profile's key file (browser mode, tests) and Electron's
 * safeStorage, here a stand-in with the same members (the binary cannot be installed here) that
 * really encrypts with a per-"machine" key, so a value from another machine does not decrypt.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { safeStorageSecretStore, type SafeStorageLike } from '../../electron/main/safe-storage-secret-store';
import { SECRET_KEY_FILE, SecretUnreadable, keyFileSecretStore } from '../../electron/services/sync/secret-store';
import { tempDir } from '../fixtures/temp-db';

const SECRET = 'device-secret-5f0c9a7e41d2b8';

/** Encrypts like the OS would: AES-GCM under a key this "machine" alone has. */
function fakeSafeStorage(
  options: { isAvailable?: boolean; backend?: string } = {},
): SafeStorageLike & { calls: string[] } {
  const machineKey = randomBytes(32);
  const calls: string[] = [];
  return {
    calls,
    isEncryptionAvailable: () => options.isAvailable ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (plain: string) => {
      calls.push('encryptString');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', machineKey, iv);
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
    },
    decryptString: (encrypted: Buffer) => {
      calls.push('decryptString');
      const decipher = createDecipheriv('aes-256-gcm', machineKey, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
    },
  } as SafeStorageLike & { calls: string[] };
}

describe('key-file secret store', () => {
  const folders: { cleanup(): void }[] = [];
  const folder = () => {
    const created = tempDir();
    folders.push(created);
    return created.dir;
  };
  afterEach(() => folders.splice(0).forEach((created) => created.cleanup()));

  it('protects with a key file created 0600 on first use, and reveals with it', () => {
    const dir = folder();
    const store = keyFileSecretStore(dir);
    const stored = store.protect(SECRET);
    expect(stored).not.toContain(SECRET);
    expect(store.reveal(stored)).toBe(SECRET);
    expect(statSync(join(dir, SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);
    // Same profile, new process: same key.
    expect(keyFileSecretStore(dir).reveal(stored)).toBe(SECRET);
    // A fresh nonce each time: two protections of the same secret differ.
    expect(store.protect(SECRET)).not.toBe(stored);
  });

  it('cannot reveal without the key file, with another key, or from a tampered value', () => {
    const dir = folder();
    const stored = keyFileSecretStore(dir).protect(SECRET);
    expect(() => keyFileSecretStore(folder()).reveal(stored)).toThrow(SecretUnreadable);
    const other = folder();
    keyFileSecretStore(other).protect('x');
    expect(() => keyFileSecretStore(other).reveal(stored)).toThrow(SecretUnreadable);
    const bytes = Buffer.from(stored.slice(3), 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(() => keyFileSecretStore(dir).reveal(`k1:${bytes.toString('base64')}`)).toThrow(SecretUnreadable);
    expect(() => keyFileSecretStore(dir).reveal(SECRET)).toThrow(SecretUnreadable);
  });

  it('keeps an existing key file instead of replacing it', () => {
    const dir = folder();
    const key = randomBytes(32);
    writeFileSync(join(dir, SECRET_KEY_FILE), key, { mode: 0o600 });
    keyFileSecretStore(dir).protect(SECRET);
    expect(readFileSync(join(dir, SECRET_KEY_FILE)).equals(key)).toBe(true);
  });
});

describe('safeStorage secret store (stand-in for Electron)', () => {
  const folders: { cleanup(): void }[] = [];
  afterEach(() => folders.splice(0).forEach((created) => created.cleanup()));
  const options = (warnings: string[], platform: NodeJS.Platform = 'linux') => {
    const created = tempDir();
    folders.push(created);
    return { platform, profileDir: created.dir, warn: (line: string) => void warnings.push(line) };
  };

  it('stores base64 of what safeStorage encrypted and reveals through decryptString', () => {
    const safeStorage = fakeSafeStorage();
    const warnings: string[] = [];
    const store = safeStorageSecretStore(safeStorage, options(warnings));
    expect(store.kind).toBe('safe-storage');
    const stored = store.protect(SECRET);
    expect(stored).toMatch(/^s1:[A-Za-z0-9+/]+=*$/);
    expect(stored).not.toContain(SECRET);
    expect(store.reveal(stored)).toBe(SECRET);
    expect(safeStorage.calls).toEqual(['encryptString', 'decryptString']);
    expect(warnings).toEqual([]);
  });

  it('refuses a value encrypted on another machine with SecretUnreadable, not a crash', () => {
    const stored = safeStorageSecretStore(fakeSafeStorage(), options([])).protect(SECRET);
    const elsewhere = safeStorageSecretStore(fakeSafeStorage(), options([]));
    expect(() => elsewhere.reveal(stored)).toThrow(SecretUnreadable);
    expect(() => elsewhere.reveal('k1:AAAA')).toThrow(SecretUnreadable);
  });

  it("warns (without the secret) when Linux has no keyring ('basic_text'), and only on Linux", () => {
    const warnings: string[] = [];
    const store = safeStorageSecretStore(fakeSafeStorage({ backend: 'basic_text' }), options(warnings));
    expect(store.kind).toBe('safe-storage-basic-text');
    expect(store.reveal(store.protect(SECRET))).toBe(SECRET);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('basic_text');
    expect(warnings.join('\n')).not.toContain(SECRET);

    const onWindows: string[] = [];
    expect(safeStorageSecretStore(fakeSafeStorage({ backend: 'basic_text' }), options(onWindows, 'win32')).kind).toBe(
      'safe-storage',
    );
    expect(onWindows).toEqual([]);
  });

  it('falls back to the profile key file, with a warning, when the OS offers no encryption', () => {
    const warnings: string[] = [];
    const safeStorage = fakeSafeStorage({ isAvailable: false });
    const store = safeStorageSecretStore(safeStorage, options(warnings));
    expect(store.kind).toBe('key-file');
    expect(store.reveal(store.protect(SECRET))).toBe(SECRET);
    expect(safeStorage.calls).toEqual([]);
    expect(warnings).toHaveLength(1);
  });
});
