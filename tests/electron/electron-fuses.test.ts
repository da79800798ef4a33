import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterPack, electronBinaryPath, wantedFuses, type PackContext } from '../../scripts/electron-fuses.mjs';
import { tempDir } from '../fixtures/temp-db';

const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

function isInstalled(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}

function context(platform: string, appOutDir = '/build/out'): PackContext {
  return {
    appOutDir,
    electronPlatformName: platform,
    arch: 1,
    packager: { appInfo: { productFilename: 'Guichet' }, executableName: 'guichet' },
  };
}

describe('electron fuses of the packaged app', () => {
  const folder = tempDir();
  afterAll(() => folder.cleanup());

  it('closes Node-style entry points and pins the app to its checked asar', () => {
    expect(wantedFuses).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('finds the binary that carries the fuses on each platform', () => {
    expect(electronBinaryPath(context('win32'))).toBe(join('/build/out', 'Guichet.exe'));
    expect(electronBinaryPath(context('darwin'))).toBe(join('/build/out', 'Guichet.app'));
    expect(electronBinaryPath(context('linux'))).toBe(join('/build/out', 'guichet'));
  });

  // The hook needs the @electron/fuses dev dependency; until it is installed this part is skipped.
  it.skipIf(!isInstalled('@electron/fuses'))('flips the fuse wire of a binary', async () => {
    // A stand-in binary: the sentinel, wire version 1, 9 fuses, all in their default-ish state.
    const binary = join(folder.dir, 'guichet');
    writeFileSync(
      binary,
      Buffer.concat([Buffer.from('ELF…'), Buffer.from(sentinel), Buffer.from([1, 9]), Buffer.from('101100011')]),
    );
    await afterPack(context('linux', folder.dir));
    const bytes = readFileSync(binary);
    const wire = bytes.subarray(bytes.indexOf(sentinel) + sentinel.length + 2).toString('latin1');
    // RunAsNode, cookies, NODE_OPTIONS, inspect, asar integrity, asar only, V8 snapshot (untouched),
    // file:// privileges, and a ninth fuse this version of @electron/fuses does not know (untouched).
    expect(wire).toBe('010011001');
  });
});
