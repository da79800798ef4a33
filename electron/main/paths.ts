/**
 * Where the shell finds its files, in development (run from the repository) and when packaged by
 * electron-builder. Pure: the facts Electron knows (isPackaged, resourcesPath) are passed in,
 * so both layouts are tested without Electron.
 *
 * Development:  <repo>/out/electron/main.cjs     → <repo>/out/renderer, <repo>/db/migrations
 * Packaged:     resources/app.asar/out/electron/main.cjs → app.asar/out/renderer,
 *               resources/migrations (copied by extraResources: SQL files read at run time stay
 *               plain files outside the asar archive)
 */
import { join } from 'node:path';

export type ShellLocation = {
  /** Folder of the running main bundle (`__dirname` of out/electron/main.cjs). */
  bundleDir: string;
  isPackaged: boolean;
  /** `process.resourcesPath`: only meaningful when packaged. */
  resourcesPath: string;
};

export type ShellPaths = { preload: string; rendererRoot: string; migrationsFolder: string };

export function shellPaths(location: ShellLocation): ShellPaths {
  return {
    preload: join(location.bundleDir, 'preload.cjs'),
    rendererRoot: join(location.bundleDir, '..', 'renderer'),
    migrationsFolder: location.isPackaged
      ? join(location.resourcesPath, 'migrations')
      : join(location.bundleDir, '..', '..', 'db', 'migrations'),
  };
}
