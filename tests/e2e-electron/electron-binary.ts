/**
 * Finds the Electron executable without loading the 'electron' package: its index.js tries to
 * download the binary when it is missing, which on a machine without access to the download
 * host would hang or fail the whole run instead of skipping the desktop tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const electronMissingReason =
  'Electron binary not installed: run `npx install-electron` where its download host is reachable';

export function findElectronExecutable(): string | undefined {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  // Same override as the electron package itself, for a binary installed elsewhere.
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const executable = join(distDir, relative);
  return existsSync(executable) ? executable : undefined;
}
