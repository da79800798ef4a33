#!/usr/bin/env node
// npm's script shell for CI (`npm test --script-shell=scripts/timed-shell.mjs` in .ci/run): runs a
// script's `a && b && c` chain part by part through /bin/sh and prints each part's elapsed seconds,
// so CI shows where its minutes go while the README's `npm test` stays a plain chain with no timing
// noise. Scripts that npm runs inside a timed part get a plain shell: one level of times is enough.
import { spawnSync } from 'node:child_process';

const NESTED = 'GUICHET_TIMED_SHELL_NESTED';

/** The parts of a plain `a && b` chain; anything with quotes, brackets or other operators stays whole. */
function chainParts(command) {
  if (/['"`()|;&]/.test(command.replace(/&&/g, ''))) return [command.trim()];
  return command
    .split('&&')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function run(command, env) {
  const result = spawnSync('/bin/sh', ['-c', command], { stdio: 'inherit', env });
  return result.status ?? 1;
}

function runTimed(command) {
  const env = { ...process.env, [NESTED]: '1' };
  const started = performance.now();
  let status = 0;
  for (const part of chainParts(command)) {
    const partStarted = performance.now();
    status = run(part, env);
    const seconds = ((performance.now() - partStarted) / 1000).toFixed(1);
    console.log(`[time] ${seconds} s  ${part}${status === 0 ? '' : `  (exit code ${status})`}`);
    if (status !== 0) break;
  }
  console.log(`[time] ${((performance.now() - started) / 1000).toFixed(1)} s  in all`);
  return status;
}

const [flag, command] = process.argv.slice(2);
if (flag !== '-c' || command === undefined) {
  console.error('usage: timed-shell.mjs -c "<command>"');
  process.exit(2);
}
process.exit(process.env[NESTED] ? run(command, process.env) : runTimed(command));
