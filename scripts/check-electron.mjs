#!/usr/bin/env node
// Electron security lint of the desktop process (electron/: main, preload, hosts, services) with
// electronegativity, as a gate: it fails on any HIGH or MEDIUM finding that the reviewed allow-list
// (scripts/check-electron-allow.json) does not explain, and prints the counts by severity.
//
// electronegativity always exits 0, and its command line does not even start here (it requires a
// `commander` it does not declare and gets the project's newer one), so its runner is called
// directly and its findings are read from the returned list. The Electron version is the one
// package.json installs, so the tool never guesses it. The check that downloads Electron's release
// list is skipped (see the allow-list): a gate must not depend on the network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const allow = JSON.parse(readFileSync(join(root, 'scripts/check-electron-allow.json'), 'utf8'));
const GATED = new Set(['HIGH', 'MEDIUM']);

function electronVersion() {
  const declared = packageJson.devDependencies?.electron ?? packageJson.dependencies?.electron;
  const version = /\d+\.\d+\.\d+/.exec(declared ?? '')?.[0];
  if (!version) throw new Error('check:electron: package.json declares no exact electron version');
  return version;
}

// The tool's own chatter (translations and release list it cannot fetch offline) is not ours to print.
const log = console.log;
console.log = () => undefined;
let result;
try {
  const run = require('@doyensec/electronegativity/dist/runner.js');
  result = await run({
    input: join(root, 'electron'),
    electronVersionOverride: electronVersion(),
    isRelative: true,
    excludeFromScan: allow.skippedChecks.map((entry) => entry.check),
  });
} finally {
  console.log = log;
}

const isAllowed = (issue) => allow.findings.some((entry) => entry.check === issue.id && entry.file === issue.file);
const bySeverity = new Map();
const failures = [];
const unusedAllowances = new Set(allow.findings.map((entry) => `${entry.check} ${entry.file}`));
for (const issue of result.issues) {
  const severity = issue.severity.name;
  bySeverity.set(severity, (bySeverity.get(severity) ?? 0) + 1);
  unusedAllowances.delete(`${issue.id} ${issue.file}`);
  if (GATED.has(severity) && !isAllowed(issue)) failures.push(issue);
}
const parseErrors = result.errors.filter((error) => !error.tolerable);

const counts = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => `${s} ${bySeverity.get(s) ?? 0}`).join(', ');
log(
  `check:electron: electronegativity on electron/ (Electron ${electronVersion()}): ${counts}; ` +
    `${result.issues.length - failures.length} allowed or below MEDIUM, ${failures.length} to fix`,
);
for (const issue of failures)
  log(`  ${issue.severity.name} ${issue.id} electron/${issue.file}:${issue.location.line}:${issue.location.column}`);
for (const error of parseErrors) log(`  could not parse electron/${error.file}: ${error.message}`);
// An allowance that matches nothing any more is stale: the list only shrinks if someone notices.
for (const entry of unusedAllowances) log(`  stale allow-list entry (no such finding any more): ${entry}`);
if (failures.length > 0 || parseErrors.length > 0 || unusedAllowances.size > 0) process.exit(1);
