/**
 * The desktop's profile key store with a stand-in for Electron's safeStorage: the key is wrapped in
 * the profile folder and opens only through the same keyring; a Linux session without a keyring
 * (basic_text) or with no encryption at all is refused with a typed error unless the fund's policy
 * allows basic_text; the refusal reads in FR, NL and DE without any personal data.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfileKeyUnavailable, newProfileKey, profileKeyFor } from '../../db/profile-key-store';
import { FUND_POLICY_FILE, fundPolicy } from '../../electron/main/fund-policy';
import { profileKeyMessage } from '../../electron/main/profile-key-message';
import {
  WRAPPED_PROFILE_KEY_FILE,
  safeStorageProfileKeyStore,
} from '../../electron/main/safe-storage-profile-key-store';
import type { SafeStorageLike } from '../../electron/main/safe-storage-secret-store';
import { tempDir } from '../fixtures/temp-db';

function fakeSafeStorage(options: { backend?: string; isAvailable?: boolean; mask?: number } = {}): SafeStorageLike {
  const mask = options.mask ?? 0x5a;
  return {
    isEncryptionAvailable: () => options.isAvailable ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (plain) =>
      Buffer.concat([Buffer.from('v11'), Buffer.from(plain, 'utf8').map((byte) => byte ^ mask)]),
    decryptString: (sealed) => {
      if (!sealed.subarray(0, 3).equals(Buffer.from('v11'))) throw new Error('not ours');
      const text = Buffer.from(sealed.subarray(3).map((byte) => byte ^ mask)).toString('utf8');
      if (!/^[0-9a-f]{64}$/.test(text)) throw new Error('another keyring');
      return text;
    },
  };
}

const folders: { cleanup(): void }[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.cleanup();
});
function profileDir(): string {
  const folder = tempDir();
  folders.push(folder);
  return folder.dir;
}
const quiet = { warn: () => undefined };

describe('the profile key under safeStorage', () => {
  it('wraps a new key in the profile folder (0600, never in the clear) and reads it back', () => {
    const dir = profileDir();
    const store = safeStorageProfileKeyStore(fakeSafeStorage(), {
      platform: 'linux',
      profileDir: dir,
      allowsBasicText: false,
      ...quiet,
    });
    expect(store.kind).toBe('safe-storage');
    expect(store.read()).toBeNull();
    const key = profileKeyFor(store, { isDatabaseEncrypted: false });
    const wrapped = readFileSync(join(dir, WRAPPED_PROFILE_KEY_FILE), 'utf8');
    expect(wrapped).not.toContain(key.toString('hex'));
    expect(store.read()).toEqual(key);
    if (process.platform !== 'win32') expect(statSync(join(dir, WRAPPED_PROFILE_KEY_FILE)).mode & 0o777).toBe(0o600);
    // Another user's or machine's keyring cannot unwrap it.
    const elsewhere = safeStorageProfileKeyStore(fakeSafeStorage({ mask: 0x33 }), {
      platform: 'linux',
      profileDir: dir,
      allowsBasicText: false,
      ...quiet,
    });
    expect(() => elsewhere.read()).toThrow(ProfileKeyUnavailable);
  });

  it('refuses Linux without a keyring (basic_text) or without encryption, unless the fund policy allows basic_text', () => {
    const dir = profileDir();
    const refuse = (safeStorage: SafeStorageLike, allowsBasicText: boolean) => () =>
      safeStorageProfileKeyStore(safeStorage, { platform: 'linux', profileDir: dir, allowsBasicText, ...quiet });
    expect(refuse(fakeSafeStorage({ backend: 'basic_text' }), false)).toThrow(
      expect.objectContaining({ problem: 'noKeyring', messageKey: 'profileKey.errors.noKeyring' }),
    );
    expect(refuse(fakeSafeStorage({ isAvailable: false }), true)).toThrow(
      expect.objectContaining({ problem: 'noKeyring' }),
    );
    expect(existsSync(join(dir, WRAPPED_PROFILE_KEY_FILE))).toBe(false);

    const warnings: string[] = [];
    const allowed = safeStorageProfileKeyStore(fakeSafeStorage({ backend: 'basic_text' }), {
      platform: 'linux',
      profileDir: dir,
      allowsBasicText: true,
      warn: (line) => warnings.push(line),
    });
    expect(allowed.kind).toBe('safe-storage-basic-text');
    expect(warnings).toEqual([expect.stringContaining('basic_text')]);
    // On Windows and macOS the backend question does not arise.
    expect(
      safeStorageProfileKeyStore(fakeSafeStorage({ backend: 'basic_text' }), {
        platform: 'win32',
        profileDir: dir,
        allowsBasicText: false,
        ...quiet,
      }).kind,
    ).toBe('safe-storage');
  });

  it('reads the fund policy from fund-policy.json, strict when absent', () => {
    const dir = profileDir();
    expect(fundPolicy(dir)).toEqual({ allowProfileKeyWithoutKeyring: false });
    writeFileSync(join(dir, FUND_POLICY_FILE), JSON.stringify({ allowProfileKeyWithoutKeyring: 'yes' }));
    expect(fundPolicy(dir)).toEqual({ allowProfileKeyWithoutKeyring: false });
    writeFileSync(join(dir, FUND_POLICY_FILE), JSON.stringify({ allowProfileKeyWithoutKeyring: true }));
    expect(fundPolicy(dir)).toEqual({ allowProfileKeyWithoutKeyring: true });
  });

  it('says why in the system language, French by default, for every problem', () => {
    for (const problem of ['wrongKey', 'keyMissing', 'noKeyring', 'keyUnreadable'] as const) {
      const texts = ['fr-BE', 'nl-BE', 'de-DE', 'en-US'].map((locale) => profileKeyMessage(problem, locale).text);
      expect(new Set(texts.slice(0, 3)).size).toBe(3);
      expect(texts[3]).toBe(texts[0]);
      for (const text of texts) expect(text.length).toBeGreaterThan(40);
    }
    expect(profileKeyMessage('noKeyring', 'nl').title).toMatch(/Guichet/);
  });

  it('makes a 32-byte key from the random source, different each time', () => {
    mkdirSync(profileDir(), { recursive: true });
    expect(newProfileKey()).toHaveLength(32);
    expect(newProfileKey().equals(newProfileKey())).toBe(false);
  });
});
