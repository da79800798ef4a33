import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TOOLS,
  aptPackagesFor,
  chromiumInstallCommand,
  isNodeRecentEnough,
  systemOf,
  toolInstallCommand,
  type System,
} from '../../scripts/preflight-requirements.mjs';

const poppler = TOOLS.find((tool) => tool.name === 'pdftotext')!;
const zbar = TOOLS.find((tool) => tool.name === 'zbarimg')!;
const SYSTEMS: System[] = ['debian', 'ubuntu', 'linux', 'darwin', 'win32', 'other'];

describe('which system the install commands are for', () => {
  it('tells Debian from Ubuntu and its derivatives by /etc/os-release', () => {
    expect(systemOf('linux', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe('debian');
    expect(systemOf('linux', 'ID=ubuntu\nID_LIKE=debian\n')).toBe('ubuntu');
    expect(systemOf('linux', 'ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe('ubuntu');
    expect(systemOf('linux', 'ID="fedora"\n')).toBe('linux');
    expect(systemOf('linux', '')).toBe('linux');
    expect(systemOf('darwin')).toBe('darwin');
    expect(systemOf('win32')).toBe('win32');
    expect(systemOf('freebsd')).toBe('other');
  });

  it('never throws on an arbitrary os-release file', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('linux', 'darwin', 'win32', 'aix'), (text, platform) => {
        expect(SYSTEMS).toContain(systemOf(platform, text));
      }),
    );
  });
});

describe('the command each missing piece prints', () => {
  it('gives apt-get on Debian/Ubuntu, with sudo unless root', () => {
    expect(toolInstallCommand(poppler, 'debian', false)).toBe('sudo apt-get install -y poppler-utils');
    expect(toolInstallCommand(zbar, 'ubuntu', true)).toBe('apt-get install -y zbar-tools');
  });

  it('gives Homebrew on macOS and Chocolatey or Scoop for poppler on Windows', () => {
    expect(toolInstallCommand(poppler, 'darwin', false)).toBe('brew install poppler');
    expect(toolInstallCommand(zbar, 'darwin', false)).toBe('brew install zbar');
    expect(toolInstallCommand(poppler, 'win32', false)).toBe('choco install poppler (or: scoop install poppler)');
    expect(toolInstallCommand(zbar, 'win32', false)).toMatch(/no Chocolatey or Scoop package; MSYS2 .*WSL/);
  });

  it("gives Debian's chromium package or Playwright's own browser, never Ubuntu's snap stub", () => {
    expect(chromiumInstallCommand('debian', false)).toBe(
      'sudo apt-get install -y chromium  or  npx playwright install --no-shell chromium',
    );
    expect(chromiumInstallCommand('ubuntu', false)).toBe('npx playwright install --with-deps --no-shell chromium');
    expect(chromiumInstallCommand('darwin', false)).toBe('npx playwright install --no-shell chromium');
    expect(chromiumInstallCommand('win32', false)).toBe('npx playwright install --no-shell chromium');
  });

  it('lets apt-get install only what apt has: no chromium on Ubuntu, nothing off Debian/Ubuntu', () => {
    expect(aptPackagesFor({ missingTools: [poppler, zbar], isChromiumMissing: true, system: 'debian' })).toEqual([
      'poppler-utils',
      'zbar-tools',
      'chromium',
    ]);
    expect(aptPackagesFor({ missingTools: [zbar], isChromiumMissing: true, system: 'ubuntu' })).toEqual(['zbar-tools']);
    expect(aptPackagesFor({ missingTools: [poppler], isChromiumMissing: true, system: 'darwin' })).toEqual([]);
  });
});

describe("the Node version against package.json's engines", () => {
  it('compares major then minor', () => {
    expect(isNodeRecentEnough('20.19.0', '>=20.19')).toBe(true);
    expect(isNodeRecentEnough('20.18.9', '>=20.19')).toBe(false);
    expect(isNodeRecentEnough('22.1.0', '>=20.19')).toBe(true);
    expect(isNodeRecentEnough('18.20.4', '>=20.19')).toBe(false);
    expect(isNodeRecentEnough('18.0.0', undefined)).toBe(true);
  });

  it('agrees with a tuple comparison for any version', () => {
    const part = fc.nat({ max: 40 });
    fc.assert(
      fc.property(part, part, part, part, part, (major, minor, patch, wantedMajor, wantedMinor) => {
        const expected = major > wantedMajor || (major === wantedMajor && minor >= wantedMinor);
        expect(isNodeRecentEnough(`${major}.${minor}.${patch}`, `>=${wantedMajor}.${wantedMinor}`)).toBe(expected);
      }),
    );
  });
});
