import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { shellPaths } from '../../electron/main/paths';

describe('shell paths', () => {
  it('finds preload, renderer and migrations next to the bundle in development', () => {
    const repo = join('/home', 'dev', 'guichet');
    const paths = shellPaths({ bundleDir: join(repo, 'out', 'electron'), isPackaged: false, resourcesPath: '/unused' });
    expect(paths).toEqual({
      preload: join(repo, 'out', 'electron', 'preload.cjs'),
      rendererRoot: join(repo, 'out', 'renderer'),
      migrationsFolder: join(repo, 'db', 'migrations'),
    });
  });

  it('reads migrations from resources/ (extraResources) once packaged', () => {
    const resources = join('/opt', 'Guichet', 'resources');
    const paths = shellPaths({
      bundleDir: join(resources, 'app.asar', 'out', 'electron'),
      isPackaged: true,
      resourcesPath: resources,
    });
    expect(paths.migrationsFolder).toBe(join(resources, 'migrations'));
    expect(paths.rendererRoot).toBe(join(resources, 'app.asar', 'out', 'renderer'));
    expect(paths.preload).toBe(join(resources, 'app.asar', 'out', 'electron', 'preload.cjs'));
  });
});
