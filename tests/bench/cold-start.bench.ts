/**
 * `npm run bench:cold-start -- [--runs 5] [--persons 2000]`
 * How long the app takes to be usable, in browser mode (the way the e2e tests start it) with Debian's
 * Chromium: process start → sign-in screen visible, and sign-in → first search result, over N
 * starts of one seeded demo profile (median and max). Beside them the floors: a bare Node process
 * to its first HTTP answer, and an empty page loaded in the same browser. Then the sizes: the
 * renderer's initial chunks (entry + its static imports, from vite's manifest) against 250 kB, and
 * the preload bundle against the same preload bundling the contract's schemas.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build as buildBundle, type BuildOptions } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build as buildRenderer } from 'vite';
import { demoAdvisor, stopChild } from '../e2e/browser-mode';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, persons: { type: 'string', default: '2000' } },
});
const runCount = Math.max(1, Number(values.runs));
const personCount = Number(values.persons);
const signInTarget = 1500;
const chunkTarget = 250 * 1000;
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const load = () => loadavg()[0]!.toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const line = (label: string, xs: number[]) =>
  `${label}: median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (${xs.length} runs)`;

console.log(`load before: ${load()}`);
await buildRenderer({ logLevel: 'warn', build: { manifest: true } });
printInitialChunks(join('out', 'renderer'));
await printPreload();

const parent = mkdtempSync(join(tmpdir(), 'guichet-bench-cold-start-'));
const profileDir = join(parent, 'profile');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
try {
  // The first start seeds the profile: not a cold start of the app, so not timed.
  const seeded = await startApp(profileDir);
  const query = await pickQuery(browser, seeded.url);
  await seeded.stop();
  console.log(`profile: ${personCount} demo persons; query typed after sign-in: "${query}"`);

  const bundle = await bundleBrowserMode();
  const modes: StartMode[] = ['source', 'bundle'];
  const toSignInScreen = { source: [] as number[], bundle: [] as number[] };
  const toListening = { source: [] as number[], bundle: [] as number[] };
  const toFirstResult = { source: [] as number[], bundle: [] as number[] };
  const nodeFloor: number[] = [];
  const pageFloor: number[] = [];
  for (let run = 0; run < runCount; run++) {
    nodeFloor.push(await bareNodeFirstAnswer());
    pageFloor.push(await emptyPageLoad(browser));
    // Alternated, so that the machine's load falls on both alike.
    for (const mode of run % 2 === 0 ? modes : [...modes].reverse()) {
      const started = performance.now();
      const app = await startApp(profileDir, mode === 'bundle' ? bundle : undefined);
      toListening[mode].push(performance.now() - started);
      const page = await (await browser.newContext()).newPage();
      await page.goto(app.url);
      await page.getByRole('heading', { name: 'Connexion au guichet' }).waitFor({ state: 'visible' });
      toSignInScreen[mode].push(performance.now() - started);
      toFirstResult[mode].push(await signInAndSearch(page, query));
      await page.context().close();
      await app.stop();
      console.log(
        `run ${run + 1} (${mode}): sign-in screen ${toSignInScreen[mode].at(-1)!.toFixed(0)} ms, first result ${toFirstResult[mode].at(-1)!.toFixed(0)} ms (load ${load()})`,
      );
    }
  }
  for (const mode of modes) {
    const label = mode === 'source' ? 'from source (tsx, as the e2e tests)' : 'bundled (esbuild, as the Electron main)';
    console.log(line(`${label}: process start → sign-in screen`, toSignInScreen[mode]));
    console.log(line('  of which process start → server listening', toListening[mode]));
    console.log(line('  sign-in → first search result', toFirstResult[mode]));
    const signInMedian = median(toSignInScreen[mode]);
    console.log(
      `  target: sign-in screen < ${signInTarget} ms → ${signInMedian < signInTarget ? 'met' : 'NOT met'} at the median (${(signInMedian / median(nodeFloor)).toFixed(1)}x the bare node floor)`,
    );
  }
  console.log(line('floor: bare node start → first HTTP answer', nodeFloor));
  console.log(line('floor: empty page load in Chromium', pageFloor));
  console.log(`load after: ${load()}`);
} finally {
  await browser.close();
  rmSync(parent, { recursive: true, force: true });
  rmSync(`${profileDir}.keys`, { recursive: true, force: true });
}

type StartMode = 'source' | 'bundle';

/**
 * Starts browser mode as tests/e2e/browser-mode.ts does (TypeScript compiled on the fly by tsx), or
 * from `bundle`, and resolves once it prints its address.
 */
async function startApp(profile: string, bundle?: string): Promise<{ url: string; stop(): Promise<void> }> {
  const common = ['--profile', profile, '--port', '0', '--demo-persons', String(personCount)];
  const args = bundle
    ? [bundle, ...common, '--static-root', join('out', 'renderer')]
    : ['--import', 'tsx', 'electron/hosts/browser-main.ts', ...common];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(buffer);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}`)));
  });
  child.stdout.resume();
  return { url, stop: () => stopChild(child) };
}

/**
 * Browser mode in one file, as scripts/build-electron.mjs bundles the Electron main: what a packaged
 * app starts from. It lives under out/ so that better-sqlite3 resolves from node_modules. One file
 * has one location, so `import.meta.url` is that of db/connection.ts, the only module that reads it
 * at start-up (its migrations folder); the renderer's folder is passed on the command line.
 */
async function bundleBrowserMode(): Promise<string> {
  const outfile = join('out', 'bench', 'browser-main.mjs');
  await buildBundle({
    absWorkingDir: process.cwd(),
    entryPoints: ['electron/hosts/browser-main.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', 'esbuild', 'pdfmake', 'qrcode'],
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.filename);",
    },
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(process.cwd(), 'db', 'connection.ts')).href) },
  });
  return outfile;
}

async function signInAndSearch(page: Page, query: string): Promise<number> {
  await page.getByLabel('Identifiant').fill(demoAdvisor.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(demoAdvisor.password);
  const started = performance.now();
  await page.keyboard.press('Enter');
  // Typed as the advisor would, once the app has put the focus in the search box (the e2e tests wait the same way).
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
  await page.keyboard.type(query);
  await page.getByRole('option').first().waitFor({ state: 'visible' });
  return performance.now() - started;
}

/** The last name of a person the demo advisor reaches, found through the API as the e2e tests do. */
async function pickQuery(openBrowser: Browser, url: string): Promise<string> {
  const page = await (await openBrowser.newContext()).newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: 'Connexion au guichet' }).waitFor({ state: 'visible' });
  await page.getByLabel('Identifiant').fill(demoAdvisor.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(demoAdvisor.password);
  await page.keyboard.press('Enter');
  await page.getByRole('combobox').waitFor({ state: 'visible' });
  const address = new URL(url);
  let person: { kind: string; displayName: string } | undefined;
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    const response = await fetch(`${address.origin}/api/caseFile.search`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${address.searchParams.get('token') ?? ''}`,
      },
      body: JSON.stringify({ query: letter, limit: 20 }),
    });
    const reply = (await response.json()) as { value?: { kind: string; displayName: string }[] };
    person = reply.value?.find((hit) => hit.kind === 'person');
    if (person) break;
  }
  await page.context().close();
  if (!person) throw new Error('the demo advisor finds no person in the demo profile');
  return person.displayName.split(' ')[0]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The floor of a server start: a bare Node process that answers one HTTP request. */
async function bareNodeFirstAnswer(): Promise<number> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '-e',
      "const s=require('node:http').createServer((q,r)=>r.end('ok'));s.listen(0,'127.0.0.1',()=>console.log('http://127.0.0.1:'+s.address().port))",
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
  );
  await (await fetch(url)).text();
  const elapsed = performance.now() - started;
  await stopChild(child);
  return elapsed;
}

/** The floor of a page load: an empty HTML page from a local server, in a new context of the same browser. */
async function emptyPageLoad(openBrowser: Browser): Promise<number> {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end('<!doctype html><title>empty</title><h1>empty</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const context = await openBrowser.newContext();
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole('heading', { name: 'empty' }).waitFor({ state: 'visible' });
  const elapsed = performance.now() - started;
  await context.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return elapsed;
}

type ManifestChunk = { file: string; imports?: string[]; isEntry?: boolean };

/** The entry and every chunk it imports statically: what the browser fetches and parses before the first screen. */
function printInitialChunks(outDir: string): void {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('the vite manifest has no entry');
  const initial = new Set<string>();
  const visit = (key: string) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imported of manifest[key]!.imports ?? []) visit(imported);
  };
  visit(entry);
  const sizes = [...initial]
    .map((key) => ({ file: manifest[key]!.file, bytes: statSync(join(outDir, manifest[key]!.file)).size }))
    .sort((a, b) => b.bytes - a.bytes);
  const total = sizes.reduce((sum, chunk) => sum + chunk.bytes, 0);
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log(
    `initial chunks (${sizes.length}, ${kB(total)} in all): ${sizes.map((c) => `${c.file} ${kB(c.bytes)}`).join(', ')}`,
  );
  const largest = sizes[0]!;
  console.log(
    `largest initial chunk: ${largest.file} ${kB(largest.bytes)}; target < ${kB(chunkTarget)} → ${largest.bytes < chunkTarget ? 'met' : 'NOT met'}`,
  );
}

/** The preload as scripts/build-electron.mjs bundles it, beside the same bridge built from the contract's schemas. */
async function printPreload(): Promise<void> {
  const options: BuildOptions & { write: false } = {
    absWorkingDir: process.cwd(),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'chrome130',
    external: ['electron'],
    minify: true,
    write: false,
    logLevel: 'silent',
  };
  const preload = await buildBundle({ ...options, entryPoints: ['electron/preload/preload.ts'] });
  const withSchemas = await buildBundle({
    ...options,
    stdin: {
      contents:
        "import { channels } from './shared/contract/app-contract'; import { buildApi } from './shared/contract/client'; globalThis.guichet = buildApi(channels, async () => ({ ok: true, value: null }));",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
  });
  const bytes = preload.outputFiles[0]!.contents.byteLength;
  const text = preload.outputFiles[0]!.text;
  const hasZod = /ZodError|\$ZodType/.test(text);
  console.log(
    `preload bundle: ${(bytes / 1000).toFixed(1)} kB (${hasZod ? 'bundles zod' : 'no zod'}); the same bridge built from the contract's schemas: ${(withSchemas.outputFiles[0]!.contents.byteLength / 1000).toFixed(1)} kB`,
  );
}
