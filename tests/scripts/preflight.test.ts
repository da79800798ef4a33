import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../fixtures/temp-db';
import { isPostgresReachable, POSTGRES_URL } from '../server/harness';

const root = join(import.meta.dirname, '..', '..');
const preflight = join(root, 'scripts', 'preflight.mjs');
const hasPostgres = await isPostgresReachable();

type Run = { code: number; lines: string[]; seconds: number };

/** Runs the preflight as `npm test` does, as a child process, and returns what it printed. */
function runPreflight(env: NodeJS.ProcessEnv): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [preflight], { cwd: root, env }, (error, stdout, stderr) => {
      const seconds = (performance.now() - started) / 1000;
      const lines = `${stdout}${stderr}`.split('\n').filter((line) => line.length > 0);
      resolve({ code: error ? Number(error.code) : 0, lines, seconds });
    });
  });
}

/** The environment with the variables that steer the preflight removed. */
function baseEnv(): NodeJS.ProcessEnv {
  const { GUICHET_CHROMIUM: _c, GUICHET_INSTALL_MISSING: _i, DATABASE_URL: _d, ...rest } = process.env;
  return rest;
}

describe('the preflight of npm test', () => {
  const folder = tempDir();
  afterAll(() => folder.cleanup());

  /** A PATH holding only node: chromium, pdftotext, pdfinfo, pdftoppm and zbarimg are all out of reach. */
  function bareEnv(): NodeJS.ProcessEnv {
    const bin = join(folder.dir, 'bin');
    const browsers = join(folder.dir, 'no-browsers');
    mkdirSync(browsers, { recursive: true });
    mkdirSync(bin, { recursive: true });
    if (!existsSync(join(bin, 'node'))) symlinkSync(process.execPath, join(bin, 'node'));
    // An empty PLAYWRIGHT_BROWSERS_PATH hides Playwright's own browser wherever it is installed.
    return { ...baseEnv(), PATH: bin, PLAYWRIGHT_BROWSERS_PATH: browsers };
  }

  it('names each missing tool with its install command and exits 1', async () => {
    const run = await runPreflight(bareEnv());
    console.log(`bare PATH: exit ${run.code} in ${run.seconds.toFixed(2)} s\n${run.lines.join('\n')}`);
    expect(run.code).toBe(1);
    const problems = run.lines.filter((line) => line.startsWith('preflight: missing'));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^preflight: missing Chromium for the e2e tests .*install: .*npx playwright install/);
    expect(problems[1]).toMatch(/^preflight: missing pdftotext, pdfinfo, pdftoppm .*install: /);
    expect(problems[2]).toMatch(/^preflight: missing zbarimg .*install: /);
    if (process.platform === 'linux') {
      expect(problems[1]).toMatch(/apt-get install -y poppler-utils$/);
      expect(problems[2]).toMatch(/apt-get install -y zbar-tools$/);
    }
    expect(run.lines.at(-1)).toMatch(/^preflight: 3 missing, npm test stops here/);
    expect(run.lines.some((line) => line.includes('node_modules'))).toBe(false);
  });

  it('reports a GUICHET_CHROMIUM that is not an executable instead of looking elsewhere', async () => {
    const run = await runPreflight({ ...bareEnv(), GUICHET_CHROMIUM: join(folder.dir, 'no-such-chromium') });
    expect(run.code).toBe(1);
    expect(run.lines).toContain(
      `preflight: GUICHET_CHROMIUM=${join(folder.dir, 'no-such-chromium')} is not an executable; fix it or unset it`,
    );
    expect(run.lines.some((line) => line.startsWith('preflight: missing Chromium'))).toBe(false);
  });

  it('stops on a DATABASE_URL where no PostgreSQL answers, naming host and port only', async () => {
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const run = await runPreflight({ ...baseEnv(), DATABASE_URL: 'postgres://someone:secret@127.0.0.1:1/test' });
    expect(run.code).toBe(1);
    const problem = run.lines.find((line) => line.startsWith('preflight: PostgreSQL'));
    expect(problem).toMatch(/^preflight: PostgreSQL at 127\.0\.0\.1:1\/test \(DATABASE_URL\) does not answer/);
    expect(problem).toMatch(/or unset DATABASE_URL/);
    expect(run.lines.join('\n')).not.toMatch(/someone|secret/);
  });

  it('passes in under 2 seconds when everything is present', async () => {
    const run = await runPreflight(baseEnv());
    console.log(`everything present: exit ${run.code} in ${run.seconds.toFixed(2)} s: ${run.lines.join(' | ')}`);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(/^preflight: ok in \d+\.\d s \(Chromium .+, pdftotext, zbarimg, PGlite\)$/);
    expect(run.code).toBe(0);
    expect(run.seconds).toBeLessThan(2);
  });

  it.skipIf(!hasPostgres)(
    'passes with DATABASE_URL naming a PostgreSQL that answers (skipped where none runs)',
    async () => {
      const run = await runPreflight({ ...baseEnv(), DATABASE_URL: POSTGRES_URL });
      expect(run.lines[0]).toMatch(/^preflight: ok in .*PostgreSQL [^@]+\)$/);
      expect(run.code).toBe(0);
    },
  );
});
