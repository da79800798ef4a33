/**
 * Where the processes the e2e starts (browser-mode apps, head offices, head-office commands) write
 * their output: one file each under test-results/e2e-logs/, which the run's global teardown scans for
 * personal data (tests/e2e/global-teardown.ts). The first line of each file says what the process
 * seeded, so the scan knows which persons to look for.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fundDay } from '../../shared/domain/fund-day';

export const E2E_LOG_DIR = join('test-results', 'e2e-logs');
export const LOG_HEADER_PREFIX = 'guichet-e2e-log ';

/** The demo persons a process seeded (db/seed/demo-data.ts), as the first line of its log. */
export type LogHeader = { process: string; demoPersons: number; seed?: number; today: string };

export type ProcessLog = { file: string; write(output: string | Buffer): void };

export function openProcessLog(header: Omit<LogHeader, 'today'>): ProcessLog {
  mkdirSync(E2E_LOG_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(E2E_LOG_DIR, `${header.process}-${stamp}-${randomBytes(3).toString('hex')}.log`);
  const full: LogHeader = { ...header, today: fundDay(new Date()) };
  writeFileSync(file, `${LOG_HEADER_PREFIX}${JSON.stringify(full)}\n`);
  // Written as it arrives, synchronously: a worker that dies mid-test still leaves the whole log behind.
  return { file, write: (output) => appendFileSync(file, output) };
}

/** Copies the child's stdout and stderr into the log; stderr also goes on to the test run's own, as before. */
export function teeToLog(child: ChildProcess, log: ProcessLog): void {
  child.stdout?.on('data', (chunk: Buffer) => log.write(chunk));
  child.stderr?.on('data', (chunk: Buffer) => {
    log.write(chunk);
    process.stderr.write(chunk);
  });
}
