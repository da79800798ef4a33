/**
 * The last step of every e2e run (tests/e2e/global-teardown.ts): reads the output of every process
 * the specs started (test-results/e2e-logs/, see tests/e2e/process-log.ts) and exits 1 if it holds a
 * NISS, an IBAN or a family name of a person the run seeded or typed. It prints the file, the line and
 * the kind of datum, never the datum. Runs on its own too: `npx tsx tests/log-scan/scan-e2e-logs.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_LOG_DIR, LOG_HEADER_PREFIX } from '../e2e/process-log';
import { typedPersonalData } from '../e2e/typed-personal-data';
import { TWO_STATEMENTS } from '../fixtures/statements/samples';
import { createPersonalDataScanner } from './personal-data-scan';
import { mergeKnown, seededPersonalData, type SeedUsed } from './seeded-personal-data';

function logFiles(): string[] {
  try {
    return readdirSync(E2E_LOG_DIR)
      .filter((name) => name.endsWith('.log'))
      .sort()
      .map((name) => join(E2E_LOG_DIR, name));
  } catch {
    return [];
  }
}

/** The payers of the bank statement the unmatched-payments spec imports at head office. */
function statementPayers(): { niss: string[]; ibans: string[]; lastNames: string[] } {
  const payers = TWO_STATEMENTS.flatMap((statement) => statement.movements);
  return {
    niss: [],
    ibans: payers.flatMap((payer) => (payer.iban === undefined ? [] : [payer.iban])),
    // Statements print "FAMILY FIRST": the family name is the first word.
    lastNames: payers.flatMap((payer) => (payer.name === undefined ? [] : [payer.name.split(' ')[0] ?? ''])),
  };
}

function seedOf(text: string): SeedUsed | null {
  const first = text.slice(0, text.indexOf('\n'));
  if (!first.startsWith(LOG_HEADER_PREFIX)) return null;
  return JSON.parse(first.slice(LOG_HEADER_PREFIX.length)) as SeedUsed;
}

function scanE2eLogs(): number {
  const logs = logFiles().map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  if (logs.length === 0) return 0;
  const seeds = logs.map((log) => seedOf(log.text)).filter((seed): seed is SeedUsed => seed !== null);
  const known = mergeKnown(seededPersonalData(seeds), typedPersonalData(), statementPayers());
  const scanner = createPersonalDataScanner(known);
  const findings = logs.flatMap((log) => scanner.scan(log.text).map((finding) => ({ file: log.file, ...finding })));
  const lines = logs.reduce((total, log) => total + log.text.split('\n').length, 0);
  console.log(
    `personal-data scan of e2e logs: ${logs.length} files, ${lines} lines, ` +
      `${new Set(known.niss).size} NISS, ${new Set(known.ibans).size} IBANs, ` +
      `${new Set(known.lastNames).size} family names looked for: ${findings.length} found`,
  );
  if (findings.length === 0) return 0;
  for (const finding of findings) console.log(`  ${finding.file}:${finding.line}: ${finding.kind}`);
  console.log(`personal data in ${new Set(findings.map((finding) => finding.file)).size} e2e log file(s)`);
  return 1;
}

process.exitCode = scanE2eLogs();
