#!/usr/bin/env node
// `npm test`'s first step: checks, in about a second, what the suites need outside node_modules, so a
// machine that lacks something stops here with one line per missing piece and the command that gets
// it, instead of failing minutes later with a tool's own error. Plain Node with no dependency, so it
// also speaks before `npm ci`.
//
// It installs nothing unless asked: with GUICHET_INSTALL_MISSING=1, as root, on Debian/Ubuntu it runs
// apt-get for the missing packages (what .ci/run sets). A developer's machine is never changed
// behind their back, and without root apt-get could only fail or prompt for a password.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findOnPath, resolveChromium } from './chromium.mjs';
import {
  TOOLS,
  aptPackagesFor,
  chromiumInstallCommand,
  isNodeRecentEnough,
  postgresStartCommand,
  systemOf,
  toolInstallCommand,
} from './preflight-requirements.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Packages the test chain calls first: one of them missing means `npm ci` has not run. */
const TEST_PACKAGES = ['prettier', 'typescript', 'vitest', '@playwright/test', 'pg', '@electric-sql/pglite'];

function readOsRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

function nodeProblems() {
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines?.node;
  if (isNodeRecentEnough(process.versions.node, range)) return [];
  return [`Node ${process.versions.node} is older than package.json's engines (${range}); install: https://nodejs.org`];
}

function hasNodeModules() {
  return TEST_PACKAGES.every((name) => existsSync(join(root, 'node_modules', name, 'package.json')));
}

function findChromium(isInstalled) {
  return resolveChromium({
    playwrightExecutable: () => {
      if (!isInstalled) return undefined;
      const fromTest = createRequire(createRequire(join(root, 'package.json')).resolve('@playwright/test'));
      return fromTest('playwright-core').chromium.executablePath();
    },
  });
}

function chromiumProblems(chromium, isInstalled, system, isRoot) {
  if (chromium.isPresent) return [];
  if (chromium.source === 'GUICHET_CHROMIUM')
    return [`GUICHET_CHROMIUM=${chromium.executablePath} is not an executable; fix it or unset it`];
  // Without node_modules Playwright's own browser cannot be looked up yet: the npm ci line comes first.
  if (!isInstalled) return [];
  return [
    "missing Chromium for the e2e tests (no chromium or chromium-browser on PATH, GUICHET_CHROMIUM unset, Playwright's own not downloaded); " +
      `install: ${chromiumInstallCommand(system, isRoot)}`,
  ];
}

function missingTools() {
  return TOOLS.filter((tool) => tool.commands.some((command) => !findOnPath(command)));
}

function toolProblems(tools, system, isRoot) {
  return tools.map((tool) => {
    const absent = tool.commands.filter((command) => !findOnPath(command));
    return `missing ${absent.join(', ')} (${tool.why}); install: ${toolInstallCommand(tool, system, isRoot)}`;
  });
}

/** host:port/database of a connection string: enough to recognise it, no user or password. */
function describeDatabase(url) {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'socket'}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL (not a URL)';
  }
}

/** PostgreSQL when DATABASE_URL names one (the head-office suites then run on it too); PGlite is embedded. */
async function checkDatabase(isInstalled, system, isRoot) {
  const url = process.env.DATABASE_URL;
  if (!url) return { problems: [], found: 'PGlite' };
  const where = describeDatabase(url);
  if (!isInstalled) return { problems: [], found: where };
  const pg = createRequire(join(root, 'package.json'))('pg');
  try {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
    client.on('error', () => {});
    await client.connect();
    await client.end();
    return { problems: [], found: `PostgreSQL ${where}` };
  } catch (error) {
    const reason = error.code ?? error.message;
    return {
      problems: [
        `PostgreSQL at ${where} (DATABASE_URL) does not answer (${reason}); start it: ${postgresStartCommand(system, isRoot)}, ` +
          'or unset DATABASE_URL to run the head-office suites on PGlite',
      ],
      found: where,
    };
  }
}

function canInstall(system, isRoot) {
  return isRoot && (system === 'debian' || system === 'ubuntu') && findOnPath('apt-get') !== undefined;
}

function mayInstall(system, isRoot) {
  return process.env.GUICHET_INSTALL_MISSING === '1' && canInstall(system, isRoot);
}

function aptInstall(packages) {
  console.log(`preflight: installing ${packages.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return;
  spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

async function main() {
  const started = performance.now();
  const system = systemOf(process.platform, readOsRelease());
  const isRoot = process.getuid?.() === 0;
  const isInstalled = hasNodeModules();
  let tools = missingTools();
  let chromium = findChromium(isInstalled);
  const packages = aptPackagesFor({ missingTools: tools, isChromiumMissing: !chromium.isPresent, system });
  if (packages.length > 0 && mayInstall(system, isRoot)) {
    aptInstall(packages);
    tools = missingTools();
    chromium = findChromium(isInstalled);
  }
  const database = await checkDatabase(isInstalled, system, isRoot);
  const problems = [
    ...nodeProblems(),
    ...(isInstalled ? [] : ['missing node_modules (the dependencies); install: npm ci']),
    ...chromiumProblems(chromium, isInstalled, system, isRoot),
    ...toolProblems(tools, system, isRoot),
    ...database.problems,
  ];
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length === 0) {
    const tested = [`Chromium ${chromium.executablePath}`, 'pdftotext', 'zbarimg', database.found];
    console.log(`preflight: ok in ${seconds} s (${tested.join(', ')})`);
    return 0;
  }
  for (const problem of problems) console.error(`preflight: ${problem}`);
  const offer =
    packages.length > 0 && canInstall(system, isRoot) && !mayInstall(system, isRoot)
      ? ' (GUICHET_INSTALL_MISSING=1 lets it run apt-get itself)'
      : '';
  console.error(`preflight: ${problems.length} missing, npm test stops here${offer}.`);
  return 1;
}

process.exitCode = await main();
