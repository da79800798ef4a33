// What `npm test` needs outside node_modules, and how to get each piece on each system: the one list
// the preflight checks, installs from and prints (the README and .ci/run point here). Pure: the
// caller passes the system and what it found.

/** Command-line tools the letter tests call (tests/letters/support/pdf-tools.ts). */
export const TOOLS = [
  {
    name: 'pdftotext',
    commands: ['pdftotext', 'pdfinfo', 'pdftoppm'],
    why: 'the letter tests read PDFs with them',
    aptPackage: 'poppler-utils',
    darwin: 'brew install poppler',
    win32: 'choco install poppler (or: scoop install poppler)',
  },
  {
    name: 'zbarimg',
    commands: ['zbarimg'],
    why: 'the letter tests decode the QR codes on letters',
    aptPackage: 'zbar-tools',
    darwin: 'brew install zbar',
    win32:
      'no Chocolatey or Scoop package; MSYS2 has it (pacman -S mingw-w64-ucrt-x86_64-zbar), or run the tests in WSL with apt-get install zbar-tools',
  },
];

const PLAYWRIGHT_CHROMIUM = 'npx playwright install --no-shell chromium';

/**
 * The system as far as install commands go. Debian's `chromium` package is a real browser; Ubuntu's
 * is a stub that installs a snap, which containers and CI cannot run, so Ubuntu gets Playwright's.
 */
export function systemOf(platform, osRelease = '') {
  if (platform === 'darwin' || platform === 'win32') return platform;
  if (platform !== 'linux') return 'other';
  const field = (key) => new RegExp(`^${key}="?([^"\\n]*)"?$`, 'm').exec(osRelease)?.[1] ?? '';
  const id = field('ID');
  const family = `${id} ${field('ID_LIKE')}`.split(/\s+/);
  if (id === 'debian') return 'debian';
  if (family.includes('debian') || family.includes('ubuntu')) return 'ubuntu';
  return 'linux';
}

function apt(packages, isRoot) {
  return `${isRoot ? '' : 'sudo '}apt-get install -y ${packages}`;
}

/** The exact command that installs a tool of TOOLS on this system. */
export function toolInstallCommand(tool, system, isRoot) {
  if (system === 'debian' || system === 'ubuntu') return apt(tool.aptPackage, isRoot);
  if (system === 'darwin') return tool.darwin;
  if (system === 'win32') return tool.win32;
  return `install ${tool.aptPackage} (or your distribution's poppler/zbar package)`;
}

/** The exact command that gives Playwright a Chromium on this system. */
export function chromiumInstallCommand(system, isRoot) {
  if (system === 'debian') return `${apt('chromium', isRoot)}  or  ${PLAYWRIGHT_CHROMIUM}`;
  // --with-deps installs the browser's shared libraries through apt-get, so only where apt exists.
  if (system === 'ubuntu') return 'npx playwright install --with-deps --no-shell chromium';
  return PLAYWRIGHT_CHROMIUM;
}

/** The apt packages that bring the missing pieces, where apt may install them (Debian/Ubuntu). */
export function aptPackagesFor({ missingTools, isChromiumMissing, system }) {
  if (system !== 'debian' && system !== 'ubuntu') return [];
  const packages = missingTools.map((tool) => tool.aptPackage);
  if (isChromiumMissing && system === 'debian') packages.push('chromium');
  return packages;
}

/** How to bring a PostgreSQL server up, for DATABASE_URL's. */
export function postgresStartCommand(system, isRoot) {
  if (system === 'debian' || system === 'ubuntu')
    return `${isRoot ? '' : 'sudo '}pg_ctlcluster --skip-systemctl-redirect <version> main start`;
  if (system === 'darwin') return 'brew services start postgresql';
  if (system === 'win32') return 'net start postgresql-x64-<version>';
  return 'start your PostgreSQL service';
}

/** Whether `actual` (process.versions.node) satisfies a `>=major.minor` engines range. */
export function isNodeRecentEnough(actual, range) {
  const wanted = /^>=\s*(\d+)(?:\.(\d+))?/.exec(range ?? '');
  if (!wanted) return true;
  const [major = 0, minor = 0] = actual.split('.').map(Number);
  const wantedMajor = Number(wanted[1]);
  const wantedMinor = Number(wanted[2] ?? 0);
  return major > wantedMajor || (major === wantedMajor && minor >= wantedMinor);
}
