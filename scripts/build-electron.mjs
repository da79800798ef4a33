// Bundles the Electron main process, the preload and the letters' worker thread into out/electron/ with esbuild.
// Only bundles: it needs no Electron binary, so it runs on any machine and in CI.
//
//   node scripts/build-electron.mjs                 build once into out/electron
//   node scripts/build-electron.mjs --watch         rebuild on change (development)
//   node scripts/build-electron.mjs --outdir DIR    build elsewhere (tests run the bundle from a temp folder)
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { context, build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: { watch: { type: 'boolean', default: false }, outdir: { type: 'string', default: 'out/electron' } },
});
const isWatch = options.watch;
const outdir = resolve(root, options.outdir);

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'info',
  metafile: true,
};

/** @type {import('esbuild').BuildOptions} */
const mainOptions = {
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: resolve(outdir, 'main.cjs'),
  // Electron 45 runs Node 22 in the main process.
  target: 'node22',
  // electron is provided by the runtime; better-sqlite3 is a native module rebuilt for Electron's
  // ABI by electron-builder and must be loaded from node_modules (asarUnpack), not bundled.
  // esbuild is only imported by the letters' worker-bundle.ts when no prebuilt worker exists (running
  // from source); the app finds letters-worker.cjs beside main.cjs (or in resources/) and never loads it.
  external: ['electron', 'better-sqlite3', 'esbuild'],
  // The shared code is ESM and may read import.meta.url (db/connection.ts does). In a CommonJS
  // bundle import.meta is empty, so it is rebuilt from __filename.
  // "use strict" comes first so that it stays a directive and the bundle runs in strict mode.
  banner: { js: "'use strict';\nconst __guichetImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__guichetImportMetaUrl' },
};

/** @type {import('esbuild').BuildOptions} */
const preloadOptions = {
  ...common,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: resolve(outdir, 'preload.cjs'),
  // A sandboxed preload runs in the renderer (Chromium) and its require() knows only 'electron'
  // (and a few polyfilled built-ins): the contract and zod are bundled in.
  target: 'chrome130',
  external: ['electron'],
  // The contract pulls in all of zod (its locales alone are ~260 kB) and the preload is parsed on
  // every page load: minified it is about half the size.
  minify: true,
};

/**
 * The letters' worker thread (electron/letters/render/pool.ts): one CommonJS file next to main.cjs,
 * built like render/worker-bundle.ts builds it from source on first use. pdfmake and qrcode stay
 * external: the render code loads pdfmake (and its internals) with createRequire, which a bundler
 * cannot follow, so electron-builder ships their node_modules unpacked beside the worker
 * (electron-builder.yml, `files` and `asarUnpack`).
 */
/** @type {import('esbuild').BuildOptions} */
const lettersWorkerOptions = {
  ...common,
  entryPoints: ['electron/letters/render/worker.ts'],
  outfile: resolve(outdir, 'letters-worker.cjs'),
  target: 'node22',
  external: ['pdfmake', 'qrcode'],
  banner: mainOptions.banner,
  define: mainOptions.define,
};

/** Fails the build if a bundle would require() something its runtime cannot provide. */
function checkExternals(result, allowed) {
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.map')) continue;
    const unexpected = output.imports
      .filter((entry) => entry.external && !allowed(entry.path))
      .map((entry) => entry.path);
    if (unexpected.length > 0) {
      throw new Error(`${file} would require ${[...new Set(unexpected)].join(', ')} at run time`);
    }
  }
}

const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const mainAllows = (path) =>
  path === 'electron' || path === 'better-sqlite3' || path === 'esbuild' || nodeBuiltins.has(path);
const workerAllows = (path) => /^(pdfmake|qrcode)(\/|$)/.test(path) || nodeBuiltins.has(path);
const preloadAllows = (path) => path === 'electron';

if (isWatch) {
  const contexts = await Promise.all([context(mainOptions), context(preloadOptions), context(lettersWorkerOptions)]);
  await Promise.all(contexts.map((watcher) => watcher.watch()));
  console.log('watching electron/ for changes…');
} else {
  try {
    const [mainResult, preloadResult, workerResult] = await Promise.all([
      build(mainOptions),
      build(preloadOptions),
      build(lettersWorkerOptions),
    ]);
    checkExternals(mainResult, mainAllows);
    checkExternals(preloadResult, preloadAllows);
    checkExternals(workerResult, workerAllows);
  } catch (error) {
    // esbuild has already printed its diagnostics; a stack trace of the build script adds nothing.
    if (!(error instanceof Error && 'errors' in error)) console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
