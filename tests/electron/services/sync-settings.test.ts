/** Where the desktop shell finds its head office (electron/main/sync-settings.ts), without Electron. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HEAD_OFFICE_FILE, headOfficeSettings } from '../../../electron/main/sync-settings';
import { tempDir } from '../../fixtures/temp-db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function profile(): string {
  const dir = tempDir();
  cleanups.push(dir.cleanup);
  return dir.dir;
}

describe('head-office settings of the desktop app', () => {
  it('reads head-office.json in the profile; none means a profile working alone', () => {
    const userDataDir = profile();
    expect(headOfficeSettings({ userDataDir, isDevelopment: false, env: {} })).toBeUndefined();
    writeFileSync(
      join(userDataDir, HEAD_OFFICE_FILE),
      JSON.stringify({ url: 'https://sync.example.be', deviceName: 'Portable Namur 3' }),
    );
    expect(headOfficeSettings({ userDataDir, isDevelopment: false, env: {} })).toEqual({
      url: 'https://sync.example.be',
      deviceName: 'Portable Namur 3',
    });
  });

  it('ignores the environment in an installed app, and refuses a file without a usable URL', () => {
    const userDataDir = profile();
    const env = { GUICHET_HEAD_OFFICE: 'http://127.0.0.1:1', GUICHET_ENROL_CODE: 'ABCD-EFGH-JKLM' };
    expect(headOfficeSettings({ userDataDir, isDevelopment: false, env })).toBeUndefined();
    expect(headOfficeSettings({ userDataDir, isDevelopment: true, env })).toEqual({
      url: 'http://127.0.0.1:1',
      enrolCode: 'ABCD-EFGH-JKLM',
    });
    writeFileSync(join(userDataDir, HEAD_OFFICE_FILE), JSON.stringify({ url: 'file:///etc/passwd' }));
    expect(() => headOfficeSettings({ userDataDir, isDevelopment: false, env: {} })).toThrow(/url/);
  });
});
