import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type CliRun = { readonly code: number; readonly stdout: string; readonly stderr: string };

/**
 * The CLI bundled once per test run with esbuild (the same source `npm run cli` runs through tsx):
 * starting node on a bundle takes a tenth of the time of starting tsx, and these tests start the CLI
 * about a hundred times. The bundle lives under out/ so that its packages resolve from node_modules.
 */
let bundle: Promise<string> | undefined;
function cliBundle(): Promise<string> {
  bundle ??= (async () => {
    const { build } = await import('esbuild');
    const outfile = join(ROOT, 'out', 'test-cli', `main-${process.pid}.mjs`);
    await build({
      entryPoints: [join(ROOT, 'electron/cli/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile,
      logLevel: 'silent',
    });
    // Beside the bundle, as the packaged app ships them: commands that open a profile migrate it.
    cpSync(join(ROOT, 'db/migrations'), join(ROOT, 'out', 'test-cli', 'migrations'), { recursive: true });
    return outfile;
  })();
  return bundle;
}

/** Runs the CLI as a child process: `npm run cli -- …` when `viaTsx` is set, else its bundle. */
export async function runCli(
  args: readonly string[],
  options: { viaTsx?: boolean; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const entry = options.viaTsx ? ['--import', 'tsx', 'electron/cli/main.ts'] : [await cliBundle()];
  return new Promise((resolve) => {
    execFile(
      'node',
      [...entry, ...args],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...options.env } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Runs the CLI with --json and parses stdout. */
export async function runCliJson(
  args: readonly string[],
): Promise<{ readonly code: number; readonly json: unknown; readonly stderr: string }> {
  const run = await runCli([...args, '--json']);
  return { code: run.code, json: run.stdout.trim() === '' ? null : JSON.parse(run.stdout), stderr: run.stderr };
}

/** Writes a case file to a fresh temporary directory and returns its path. */
export function writeCaseFile(content: unknown, name = 'debts.json'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'guichet-cli-')), name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

/** Invalid input: exit code 2 and exactly one line on stderr, nothing on stdout. */
export function isInvalidInput(run: CliRun): boolean {
  return (
    run.code === 2 &&
    run.stdout === '' &&
    run.stderr.trim().split('\n').length === 1 &&
    run.stderr.startsWith('guichet: ')
  );
}
