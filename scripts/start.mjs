#!/usr/bin/env node
// `npm start`: builds the renderer, then runs the desktop app where the Electron runtime is
// installed, or the same application core in browser mode (loopback HTTP) where it is not.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'vite';

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

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

await build({ configFile: 'vite.config.ts', logLevel: 'error' });

const binary = process.env.GUICHET_BROWSER_MODE ? undefined : electronBinary();
if (binary) {
  const bundled = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit' });
  if (bundled.status !== 0) process.exit(bundled.status ?? 1);
  run(binary, ['out/electron/main.cjs']);
} else {
  console.log('Electron runtime not installed on this machine (npx install-electron fetches it): starting browser mode.');
  run(process.execPath, ['--import', 'tsx', 'electron/hosts/browser-main.ts', ...process.argv.slice(2)]);
}
