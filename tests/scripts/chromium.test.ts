import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveChromium } from '../../scripts/chromium.mjs';
import { tempDir } from '../fixtures/temp-db';

describe('the Chromium the e2e tests drive (playwright.config.ts and the preflight)', () => {
  const folder = tempDir();
  afterAll(() => folder.cleanup());

  function executable(dir: string, name: string): string {
    mkdirSync(join(folder.dir, dir), { recursive: true });
    const file = join(folder.dir, dir, name);
    writeFileSync(file, '#!/bin/sh\n');
    chmodSync(file, 0o755);
    return file;
  }

  const neverAsked = () => {
    throw new Error('Playwright was asked although another browser was found');
  };

  it.skipIf(process.platform === 'win32')('takes GUICHET_CHROMIUM first, even over one on PATH', () => {
    const system = executable('system', 'chromium');
    const override = executable('override', 'my-chrome');
    const env = { PATH: join(folder.dir, 'system'), GUICHET_CHROMIUM: override };
    expect(resolveChromium({ env, playwrightExecutable: neverAsked })).toEqual({
      source: 'GUICHET_CHROMIUM',
      executablePath: override,
      isPresent: true,
    });
    expect(system).not.toBe(override);
  });

  it('keeps a GUICHET_CHROMIUM that does not exist, marked absent, rather than another browser', () => {
    const missing = join(folder.dir, 'nowhere', 'chrome');
    const result = resolveChromium({ env: { GUICHET_CHROMIUM: missing }, playwrightExecutable: neverAsked });
    expect(result).toEqual({ source: 'GUICHET_CHROMIUM', executablePath: missing, isPresent: false });
  });

  it.skipIf(process.platform === 'win32')('finds chromium or chromium-browser on PATH, in PATH order', () => {
    const ubuntu = executable('ubuntu-bin', 'chromium-browser');
    const debian = executable('debian-bin', 'chromium');
    const path = [join(folder.dir, 'empty'), join(folder.dir, 'ubuntu-bin'), join(folder.dir, 'debian-bin')];
    expect(resolveChromium({ env: { PATH: path.join(delimiter) }, playwrightExecutable: neverAsked })).toMatchObject({
      source: 'system',
      executablePath: debian,
    });
    const ubuntuOnly = { PATH: join(folder.dir, 'ubuntu-bin') };
    expect(resolveChromium({ env: ubuntuOnly, playwrightExecutable: neverAsked }).executablePath).toBe(ubuntu);
  });

  it("falls back to Playwright's own browser, present only when its file is there", () => {
    const env = { PATH: join(folder.dir, 'empty') };
    const bundled = executable('ms-playwright', 'chrome');
    expect(resolveChromium({ env, playwrightExecutable: () => bundled })).toEqual({
      source: 'playwright',
      executablePath: bundled,
      isPresent: true,
    });
    const notDownloaded = resolveChromium({ env, playwrightExecutable: () => join(folder.dir, 'absent', 'chrome') });
    expect(notDownloaded).toMatchObject({ source: 'playwright', isPresent: false });
    const unsupported = resolveChromium({
      env,
      playwrightExecutable: () => {
        throw new Error('unsupported platform');
      },
    });
    expect(unsupported).toEqual({ source: 'playwright', executablePath: undefined, isPresent: false });
  });
});
