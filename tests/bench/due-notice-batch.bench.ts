/**
 * `npm run bench:due-notices -- [--persons 2000] [--quarter YYYY-Qn] [--workers N]`
 * The quarterly due-notice batch of every branch of a demo profile, through the real engine: the
 * selection with its reasons (SQL, rules, letter data from each case file), then the run (journal,
 * worker pool, merged PDF, manifest, issued-letter records). Prints, per phase, the letters, the
 * seconds and the rate, and the selection's share of the whole: the selection is single-threaded on
 * the main process, the rendering spreads over the workers, so a selection that grows with the
 * profile shows up in that share first. The profile's seeding is not measured.
 */
import { rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createBatch, runBatch } from '../../electron/letters/batch/batch-runner';
import { planLetters, type BatchCriteria } from '../../electron/letters/batch/letter-source';
import { demoFund } from '../../electron/letters/fund-identity';
import { createLetterPool } from '../../electron/letters/render/pool';
import { openAppCore } from '../../electron/services/app-core';
import { batchCandidates } from '../../electron/services/letters/batch-candidates';
import { caseFileBatchSource } from '../../electron/services/letters/formal-notice-batch-source';
import { lettersDb } from '../../db/repositories/letter-batch-journal';
import { GuichetError } from '../../shared/contract/errors';
import { tempDir } from '../fixtures/temp-db';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '2000' },
    quarter: { type: 'string', default: '2026-Q4' },
    workers: { type: 'string' },
  },
});
const persons = Number(values.persons);
const quarter = values.quarter;
const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
if (!Number.isInteger(persons) || persons <= 0 || !Number.isInteger(workers) || workers <= 0)
  throw new RangeError('--persons and --workers are positive integers');
if (!/^\d{4}-Q[1-4]$/.test(quarter)) throw new RangeError('--quarter is YYYY-Qn');
const TODAY = '2026-11-26';
const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

const dir = tempDir();
let seconds = performance.now();
const core = openAppCore({
  profileDir: dir.dir,
  host: 'browser',
  demoPersons: persons,
  now: () => new Date(`${TODAY}T09:00:00.000Z`),
});
console.log(
  `due-notice bench: ${persons}-person demo profile (seeded in ${((performance.now() - seconds) / 1000).toFixed(1)} s, not measured), quarter ${quarter}, ${workers} workers; load ${load()}`,
);
const fund = demoFund();
const sqlite = core.db.$client;
const source = caseFileBatchSource(sqlite, { today: () => TODAY, advisorName: () => 'bench', fund: () => fund });
const branches = sqlite
  .prepare<[], { code: string }>('SELECT code FROM branches WHERE deleted_at IS NULL ORDER BY code')
  .all();
const pool = await createLetterPool({ fund, size: workers });
const db = lettersDb(sqlite);
let selectMs = 0;
let runMs = 0;
let letters = 0;
let leftOut = 0;
try {
  for (const { code } of branches) {
    const criteria: BatchCriteria = { kind: 'due-notice', quarter, branchCode: code };
    seconds = performance.now();
    const judged = batchCandidates(sqlite, criteria, TODAY);
    let planned: ReturnType<typeof planLetters>;
    try {
      planned = planLetters(source, criteria);
    } catch (error) {
      // The screen refuses such a batch the same way until the back office corrects those addresses.
      if (!(error instanceof GuichetError) || error.messageKey !== 'letters.errors.batchAddressesDoNotFit') throw error;
      console.log(`  ${code}: refused, ${JSON.stringify(error.details?.['params'])} addresses do not fit the window`);
      continue;
    }
    const selected = performance.now() - seconds;
    selectMs += selected;
    leftOut += judged.filter((candidate) => !candidate.isIn).length;
    if (planned.length === 0) continue;
    seconds = performance.now();
    const id = createBatch(db, { source, criteria, outputDir: dir.dir, advisorName: 'bench', chunkSize: 100 });
    const result = await runBatch(db, id, { pool, fund });
    const ran = performance.now() - seconds;
    runMs += ran;
    letters += result.letterCount;
    console.log(
      `  ${code}: ${result.letterCount} due notices; selection with reasons ${(selected / 1000).toFixed(2)} s, batch (selection again, render, merge, archive) ${(ran / 1000).toFixed(2)} s`,
    );
  }
  const totalMs = selectMs + runMs;
  console.log(
    `total: ${letters} due notices (${leftOut} case files left out, each with its reason) in ${(totalMs / 1000).toFixed(2)} s → ${(letters / (totalMs / 1000)).toFixed(1)} letters/s; selection ${(selectMs / 1000).toFixed(2)} s = ${((100 * selectMs) / totalMs).toFixed(1)} % of the whole; load ${load()}`,
  );
} finally {
  await pool.close();
  core.close();
  rmSync(dir.dir, { recursive: true, force: true });
}
