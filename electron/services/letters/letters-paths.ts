/**
 * Where the letters engine finds its worker bundle and its assets (fonts, letterhead), in the three
 * layouts it runs in:
 * - source (tsx, vitest, browser mode): assets/ of the repository, worker bundled on first use
 *   (render/worker-bundle.ts);
 * - the Electron main bundle from the repository: out/electron/letters-worker.cjs beside main.cjs
 *   (scripts/build-electron.mjs builds it), assets/ of the repository;
 * - packaged: app.asar.unpacked/out/electron/letters-worker.cjs with pdfmake's node_modules unpacked
 *   beside it (a worker thread loads real files, not the asar archive), and resources/assets
 *   (electron-builder extraResources).
 * GUICHET_LETTERS_WORKER and GUICHET_ASSETS_DIR override both.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultAssetsDir } from '../../letters/render/pdf';

function resourcesPath(): string | undefined {
  // Set by Electron only; undefined in plain Node.
  return (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
}

export function lettersAssetsDir(): string {
  const fromEnvironment = process.env.GUICHET_ASSETS_DIR;
  if (fromEnvironment) return fromEnvironment;
  const resources = resourcesPath();
  if (resources !== undefined && existsSync(join(resources, 'assets', 'fonts'))) return join(resources, 'assets');
  // From out/electron/main.cjs, the repository's assets/ is two folders up.
  const besideBundle = fileURLToPath(new URL('../../assets', import.meta.url));
  if (existsSync(join(besideBundle, 'fonts'))) return besideBundle;
  return defaultAssetsDir();
}

/** The prebuilt worker bundle when there is one; undefined lets the pool build it from source. */
export function lettersWorkerFile(): string | undefined {
  const fromEnvironment = process.env.GUICHET_LETTERS_WORKER;
  if (fromEnvironment) return fromEnvironment;
  const besideBundle = fileURLToPath(new URL('./letters-worker.cjs', import.meta.url));
  const unpacked = besideBundle.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  if (unpacked !== besideBundle && existsSync(unpacked)) return unpacked;
  return existsSync(besideBundle) ? besideBundle : undefined;
}
