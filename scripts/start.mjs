#!/usr/bin/env node
// `npm start`: builds the renderer, starts a local head office (PGlite in .profiles/head-office, seeded
// with demo data when empty) and runs the app enrolled to it: the desktop app where the Electron
// runtime is installed, or the same application core in browser mode (loopback HTTP) where it is not.
// A new profile enrols with a fresh one-time code and gets its case files by its first sync; later
// runs are already enrolled. Ctrl+C stops both. `--no-head-office` runs the app alone on local demo data.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Only Node's own modules above: on a fresh clone without `npm ci` this line, not a stack trace, is
// what `npm start` prints.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!['vite', 'tsx'].every((name) => existsSync(join(root, 'node_modules', name, 'package.json')))) {
  console.error('Guichet: the dependencies are not installed (no node_modules): run `npm ci` first, then `npm start`.');
  process.exit(1);
}
const { build } = await import('vite');

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const packageDir = dirname(require.resolve('electron/package.json'));
    const relative = readFileSync(join(packageDir, 'path.txt'), 'utf8');
    const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist'), relative);
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const children = new Set();
let isStopping = false;

function stopAll(signal = 'SIGTERM') {
  isStopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));

function track(child, name) {
  children.add(child);
  child.on('exit', (code) => {
    children.delete(child);
    // One of the two stopped by itself: stop the other too, and leave with its exit code.
    if (!isStopping) {
      if (code !== 0) console.error(`${name} stopped (exit code ${code}).`);
      stopAll();
    }
    if (children.size === 0) process.exit(code ?? 0);
  });
  return child;
}

/** Starts the demo head office and resolves with its URL and a one-time enrolment code. */
function startHeadOffice() {
  const child = track(
    spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/head-office-demo.ts',
        '--data',
        process.env.GUICHET_SERVER_DATA ?? '.profiles/head-office',
        '--port',
        process.env.GUICHET_HEAD_OFFICE_PORT ?? '0',
        '--persons',
        '2000',
        '--branch',
        process.env.GUICHET_DEMO_BRANCH ?? 'NAM',
        '--codes',
        '1',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    ),
    'head office',
  );
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk.toString();
      const match = /head office ready (\{.*\})\n/.exec(buffer);
      if (match) resolve(JSON.parse(match[1]));
    });
    child.once('exit', () => reject(new Error('the head office did not start')));
  });
}

const args = process.argv.slice(2);
const isAlone = args.includes('--no-head-office');
const appArgs = args.filter((arg) => arg !== '--no-head-office');

await build({ configFile: 'vite.config.ts', logLevel: 'error' });

let sync = {};
if (!isAlone) {
  const headOffice = await startHeadOffice();
  console.log(`Head office (demo, branch ${headOffice.branch}): ${headOffice.url}`);
  // The code is used only by a profile that is not enrolled yet; an enrolled one ignores it.
  sync = { url: headOffice.url, code: headOffice.codes[0], deviceName: 'Poste de démonstration' };
}

const binary = process.env.GUICHET_BROWSER_MODE ? undefined : electronBinary();
if (binary) {
  const bundled = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit' });
  if (bundled.status !== 0) {
    stopAll();
    process.exit(bundled.status ?? 1);
  }
  const env = sync.url
    ? {
        ...process.env,
        GUICHET_HEAD_OFFICE: sync.url,
        GUICHET_ENROL_CODE: sync.code,
        GUICHET_DEVICE_NAME: sync.deviceName,
      }
    : process.env;
  track(spawn(binary, ['out/electron/main.cjs'], { stdio: 'inherit', env }), 'Guichet');
} else {
  console.log(
    'Electron runtime not installed on this machine (npx install-electron fetches it): starting browser mode.',
  );
  // A synced device keeps its own profile: one seeded locally (the --no-head-office way) is never enrolled.
  const profile = appArgs.includes('--profile')
    ? []
    : ['--profile', sync.url ? '.profiles/device' : '.profiles/browser'];
  const headOfficeArgs = sync.url
    ? ['--head-office', sync.url, '--enrol-code', sync.code, '--device-name', sync.deviceName]
    : [];
  track(
    spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/hosts/browser-main.ts', ...profile, ...headOfficeArgs, ...appArgs],
      { stdio: 'inherit' },
    ),
    'Guichet',
  );
}
