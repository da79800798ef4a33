import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../fixtures/temp-db';

describe('npm start on a fresh clone without npm ci', () => {
  const folder = tempDir();
  afterAll(() => folder.cleanup());

  it('prints one line saying to run npm ci, not a stack trace, and exits 1', async () => {
    // scripts/start.mjs alone in a folder with no node_modules above it, as in a clone before `npm ci`.
    mkdirSync(join(folder.dir, 'scripts'));
    copyFileSync(
      join(import.meta.dirname, '..', '..', 'scripts', 'start.mjs'),
      join(folder.dir, 'scripts', 'start.mjs'),
    );
    const run = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(process.execPath, ['scripts/start.mjs'], { cwd: folder.dir }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, output: stdout + stderr });
      });
    });
    expect(run.code).toBe(1);
    expect(run.output).toBe(
      'Guichet: the dependencies are not installed (no node_modules): run `npm ci` first, then `npm start`.\n',
    );
  });
});
