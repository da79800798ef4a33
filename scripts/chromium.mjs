// Which Chromium the e2e tests drive. playwright.config.ts and the preflight both ask this module, so
// the browser the preflight approves is the one Playwright launches. Plain Node, no dependency: the
// preflight runs it before node_modules may exist.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A distribution's Chromium: Debian's package installs `chromium`, Ubuntu's and Fedora's `chromium-browser`. */
const SYSTEM_CHROMIUM_NAMES = ['chromium', 'chromium-browser'];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable called `name` on the PATH of `env` (with PATHEXT's suffixes on Windows). */
export function findOnPath(name, env = process.env) {
  const suffixes = process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD').split(';')] : [''];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const suffix of suffixes) {
      const file = join(dir, name + suffix);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

/**
 * GUICHET_CHROMIUM when set (a wrong override is reported, never silently replaced), else the
 * distribution's Chromium on PATH (the build machines cannot download browsers), else Playwright's
 * own, which `npx playwright install --no-shell chromium` downloads. `playwrightExecutable` is asked
 * last and only then, because it loads playwright-core.
 */
export function resolveChromium({ env = process.env, playwrightExecutable }) {
  const override = env.GUICHET_CHROMIUM;
  if (override) return { source: 'GUICHET_CHROMIUM', executablePath: override, isPresent: isExecutable(override) };
  for (const name of SYSTEM_CHROMIUM_NAMES) {
    const found = findOnPath(name, env);
    if (found) return { source: 'system', executablePath: found, isPresent: true };
  }
  let bundled;
  try {
    bundled = playwrightExecutable();
  } catch {
    bundled = undefined;
  }
  return { source: 'playwright', executablePath: bundled, isPresent: bundled !== undefined && isExecutable(bundled) };
}
