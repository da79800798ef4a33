/**
 * `npm run bench:letters -- --count 10000 [--workers N] [--chunk 200] [--single-count 1000]`
 * One-page reminders (mixed FR/NL/DE, each with its own EPC QR code) through the real batch engine:
 * journal, worker pool, chunk files, one merged PDF, manifest and issued-letter records. Then the
 * rate of a single worker on `--single-count` letters, and the floor: the same text and QR drawn
 * directly with pdfkit in one process. Prints letters/s for each and the pool/floor ratio.
 */
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createBatch, runBatch } from '../../electron/letters/batch/batch-runner';
import { demoSource } from '../../electron/letters/batch/letter-source';
import { demoReminders } from '../../electron/letters/demo-data';
import { demoFund } from '../../electron/letters/fund-identity';
import { defaultAssetsDir } from '../../electron/letters/render/pdf';
import { createLetterPool } from '../../electron/letters/render/pool';
import { createLettersDb } from '../letters/support/letters-db';
import { pdfPageCount } from '../letters/support/pdf-tools';
import { renderFloor } from './letters-floor';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, workers: { type: 'string' }, chunk: { type: 'string', default: '200' }, 'single-count': { type: 'string' } } });
const count = Number(values.count);
const chunkSize = Number(values.chunk);
const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
const singleCount = Number(values['single-count'] ?? Math.min(count, 1000));
const fund = demoFund();
const load = (): string => loadavg().map((value) => value.toFixed(2)).join(' ');
console.log(`letters bench: ${count} one-page reminders, ${workers} workers on ${availableParallelism()} cores, chunks of ${chunkSize}; load average ${load()}`);

const temp = createLettersDb();
try {
  const pool = await createLetterPool({ fund, size: workers });
  await Promise.all(Array.from({ length: workers }, () => pool.render(demoReminders(2))));
  let started = performance.now();
  // CPU time of the whole process (main thread and workers): a figure the other jobs on a shared
  // machine do not change much, from which the rate on idle cores is projected.
  const cpuAtStart = process.cpuUsage();
  const id = createBatch(temp.db, { source: demoSource, criteria: { kind: 'reminder', demoCount: count }, outputDir: temp.dir, advisorName: 'bench', chunkSize });
  const result = await runBatch(temp.db, id, { pool, fund, onProgress: (progress) => process.stderr.write(`\r${progress.done}/${progress.total}  ${progress.lettersPerSecond.toFixed(0)} letters/s   `) });
  const poolSeconds = (performance.now() - started) / 1000;
  process.stderr.write('\n');
  const pdf = readFileSync(result.pdfFile ?? '');
  const pages = pdfPageCount(pdf);
  const poolRate = count / poolSeconds;
  const cpu = process.cpuUsage(cpuAtStart);
  const cpuMsPerLetter = (cpu.user + cpu.system) / 1000 / count;
  console.log(`pool (${workers} workers, batch engine, one merged PDF): ${count} letters in ${poolSeconds.toFixed(1)} s → ${poolRate.toFixed(1)} letters/s; ${pages} pages, ${(pdf.length / 1048576).toFixed(1)} MiB`);
  console.log(`pool CPU: ${cpuMsPerLetter.toFixed(1)} ms per letter (all threads) → about ${((availableParallelism() * 1000) / cpuMsPerLetter).toFixed(0)} letters/s on ${availableParallelism()} idle cores`);
  await pool.close();

  const single = await createLetterPool({ fund, size: 1 });
  await single.render(demoReminders(2));
  const sample = demoReminders(singleCount);
  started = performance.now();
  for (let index = 0; index < sample.length; index += chunkSize) await single.render(sample.slice(index, index + chunkSize));
  const singleRate = singleCount / ((performance.now() - started) / 1000);
  console.log(`single worker: ${singleCount} letters → ${singleRate.toFixed(1)} letters/s`);
  await single.close();

  const letters = demoReminders(count);
  await renderFloor(letters.slice(0, 5), fund, defaultAssetsDir());
  started = performance.now();
  const floorCpuAtStart = process.cpuUsage();
  const floorPdf = await renderFloor(letters, fund, defaultAssetsDir());
  const floorRate = count / ((performance.now() - started) / 1000);
  const floorCpu = process.cpuUsage(floorCpuAtStart);
  const floorCpuMs = (floorCpu.user + floorCpu.system) / 1000 / count;
  console.log(`floor (pdfkit direct, one process, one PDF): ${count} letters → ${floorRate.toFixed(1)} letters/s; ${(floorPdf.length / 1048576).toFixed(1)} MiB; CPU ${floorCpuMs.toFixed(1)} ms per letter → about ${(1000 / floorCpuMs).toFixed(0)} letters/s on one idle core`);
  console.log(`pool / floor = ${(poolRate / floorRate).toFixed(2)} (target ≥ 0.5); single worker / floor = ${(singleRate / floorRate).toFixed(2)}; 10,000 in ${(10000 / poolRate).toFixed(0)} s at the pool rate (target < 60 s); load average ${load()}`);
} finally {
  temp.cleanup();
  rmSync(temp.dir, { recursive: true, force: true });
}
