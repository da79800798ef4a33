import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const timedShell = join(import.meta.dirname, '..', '..', 'scripts', 'timed-shell.mjs');

/** Runs a command the way npm runs a script with --script-shell: `<shell> -c <command>`. */
function runShell(command: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; lines: string[] }> {
  const { GUICHET_TIMED_SHELL_NESTED: _nested, ...rest } = env;
  return new Promise((resolve) => {
    execFile(process.execPath, [timedShell, '-c', command], { env: rest }, (error, stdout) => {
      resolve({ code: error ? Number(error.code) : 0, lines: stdout.split('\n').filter(Boolean) });
    });
  });
}

describe.skipIf(process.platform === 'win32')('the timed script shell of CI (needs /bin/sh)', () => {
  it('runs each part of a chain, prints its seconds, and a total', async () => {
    const run = await runShell('echo first && echo second');
    expect(run.code).toBe(0);
    expect(run.lines[0]).toBe('first');
    expect(run.lines[1]).toMatch(/^\[time\] \d+\.\d s {2}echo first$/);
    expect(run.lines[2]).toBe('second');
    expect(run.lines[3]).toMatch(/^\[time\] \d+\.\d s {2}echo second$/);
    expect(run.lines[4]).toMatch(/^\[time\] \d+\.\d s {2}in all$/);
  });

  it('stops at the first failing part with its exit code, like the && chain', async () => {
    const run = await runShell('echo first && exit 3 && echo never');
    expect(run.code).toBe(3);
    expect(run.lines).not.toContain('never');
    expect(run.lines).toContainEqual(expect.stringMatching(/^\[time\] \d+\.\d s {2}exit 3 {2}\(exit code 3\)$/));
  });

  it('keeps a command with quotes or pipes whole, so the shell parses it', async () => {
    const run = await runShell('echo "a && b" | tr a-z A-Z');
    expect(run.lines[0]).toBe('A && B');
    expect(run.lines.filter((line) => line.startsWith('[time]'))).toHaveLength(2);
  });

  it('gives scripts nested inside a timed part a plain shell, without times', async () => {
    const nested = await new Promise<string>((resolve) => {
      execFile(
        process.execPath,
        [timedShell, '-c', 'echo inner && echo again'],
        { env: { ...process.env, GUICHET_TIMED_SHELL_NESTED: '1' } },
        (_error, stdout) => resolve(stdout),
      );
    });
    expect(nested).toBe('inner\nagain\n');
  });
});
