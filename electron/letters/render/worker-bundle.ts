/**
 * Where the pool's worker script comes from. Worker threads start a fresh module loader: under tsx
 * the main thread reads TypeScript, but a worker only inherits `--import tsx` when tsx was given on
 * the command line (not under vitest, nor in the Electron main bundle). So the worker is bundled
 * with esbuild into plain CommonJS at first use, and rebuilt when a letters source is newer.
 * Packaged builds ship the bundle (scripts/build-electron.mjs should build it alongside main.cjs).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = (): string => fileURLToPath(new URL('../../../', import.meta.url));

export function defaultWorkerFile(): string {
  return process.env.GUICHET_LETTERS_WORKER ?? join(repositoryRoot(), 'out', 'letters-worker.cjs');
}

/** Builds the worker bundle if it is missing or older than the sources it is made from. */
export async function ensureWorkerBundle(outfile: string = defaultWorkerFile()): Promise<string> {
  const root = repositoryRoot();
  const entry = join(root, 'electron', 'letters', 'render', 'worker.ts');
  if (!existsSync(entry)) {
    if (existsSync(outfile)) return outfile;
    throw new Error(`letters worker bundle missing: ${outfile}`);
  }
  const built = existsSync(outfile) ? statSync(outfile).mtimeMs : 0;
  const newest = Math.max(
    newestSource(join(root, 'electron', 'letters')),
    newestSource(join(root, 'shared', 'domain')),
  );
  if (built >= newest) return outfile;
  const { build } = await import('esbuild');
  mkdirSync(dirname(outfile), { recursive: true });
  // Written beside the target and renamed, so two processes building at once never load half a file.
  const temporary = `${outfile}.${process.pid}.tmp`;
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    external: ['pdfmake', 'qrcode'],
    banner: { js: "'use strict';\nconst __guichetImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__guichetImportMetaUrl' },
  });
  renameSync(temporary, outfile);
  return outfile;
}

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts'))
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}
