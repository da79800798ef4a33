/**
 * `npm run bench:letters -- --count 10000 [--workers N] [--chunk 200] [--single-count 1000]`
 * One-page reminders (mixed FR/NL/DE, each with its own EPC QR code) through the real batch engine:
 * journal, worker pool, chunk files, one merged PDF, manifest, issued-letter records and their audit
 * lines. Also the rate of a single worker on `--single-count` letters, and the floor: the same text
 * and QR drawn directly with pdfkit in one thread.
 *
 * The build machine is shared, so wall-clock rates move with the other jobs. Two things make the
 * figures comparable anyway: the floor runs in two halves, one before and one after the pool and the
 * single worker, so it sees the same load on average; and every phase also reports its CPU time per
 * letter (all threads of the process), which the other jobs change much less. From the CPU time comes
 * the projection for idle cores.
 *
 * `--encryption both` (default) runs the pool's batch twice, into a plain journal and archive and into
 * an encrypted one (the profile's way: journal in the encrypted database, chunks, merged PDF and
 * manifest sealed), and prints the cost of encryption; the figures after it are the encrypted run's.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { archiveKeyOf, plainArchive, readArchiveFile, sealedArchive } from '../../electron/letters/archive-cipher';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createBatch, runBatch } from '../../electron/letters/batch/batch-runner';
import { demoSource } from '../../electron/letters/batch/letter-source';
import { demoReminders } from '../../electron/letters/sample-letters';
import { demoFund } from '../../electron/letters/fund-identity';
import type { LetterInput } from '../../electron/letters/letter-data';
import { defaultAssetsDir } from '../../electron/letters/render/pdf';
import { createLetterPool } from '../../electron/letters/render/pool';
import { auditBatchLetters } from '../../electron/services/letters/issued-letter-audit';
import { createChangeRecorder } from '../../db/repositories/change-recorder';
import { createLettersDb } from '../letters/support/letters-db';
import { pdfPageCount } from '../letters/support/pdf-tools';
import { ENCRYPTION_COST_CEILING, ENCRYPTION_OPTION, balancedOrder, encryptionModes, modeName } from './encryption-ab';
import { renderFloor } from './letters-floor';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    workers: { type: 'string' },
    chunk: { type: 'string', default: '200' },
    'single-count': { type: 'string' },
    ...ENCRYPTION_OPTION,
  },
});
const count = Number(values.count);
const chunkSize = Number(values.chunk);
const cores = availableParallelism();
const workers = values.workers === undefined ? cores : Number(values.workers);
const singleCount = Number(values['single-count'] ?? Math.min(count, 1000));
if (![count, chunkSize, workers, singleCount].every((value) => Number.isInteger(value) && value > 0))
  throw new RangeError('--count, --chunk, --workers and --single-count are positive integers');
const fund = demoFund();
const assetsDir = defaultAssetsDir();
const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** Wall time, CPU time of the whole process and of the main thread alone (Linux: /proc), in ms. */
type Clock = { wallMs: number; cpuMs: number; mainCpuMs: number | undefined };
const ticksPerMs = 100 / 1000; // USER_HZ
function mainThreadCpuMs(): number | undefined {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
  } catch {
    return undefined;
  }
}
function clock(): Clock {
  const cpu = process.cpuUsage();
  return { wallMs: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000, mainCpuMs: mainThreadCpuMs() };
}
function since(start: Clock): Clock {
  const now = clock();
  return {
    wallMs: now.wallMs - start.wallMs,
    cpuMs: now.cpuMs - start.cpuMs,
    mainCpuMs:
      now.mainCpuMs === undefined || start.mainCpuMs === undefined ? undefined : now.mainCpuMs - start.mainCpuMs,
  };
}
const rate = (letters: number, spent: Clock): number => letters / (spent.wallMs / 1000);
const cpuPerLetter = (letters: number, spent: Clock): number => spent.cpuMs / letters;

async function floor(letters: readonly LetterInput[]): Promise<Clock> {
  const start = clock();
  await renderFloor(letters, fund, assetsDir);
  return since(start);
}

console.log(
  `letters bench: ${count} one-page reminders (fr/nl/de), ${workers} workers on ${cores} cores, chunks of ${chunkSize}; load average at start ${load()}`,
);

const temps: ReturnType<typeof createLettersDb>[] = [];
try {
  const letters = demoReminders(count);
  const floorHalf = Math.ceil(count / 2);
  await renderFloor(letters.slice(0, 5), fund, assetsDir);
  const firstFloor = await floor(letters.slice(0, floorHalf));
  console.log(
    `floor, first half (pdfkit direct, one thread, one PDF): ${floorHalf} letters → ${rate(floorHalf, firstFloor).toFixed(1)} letters/s; CPU ${cpuPerLetter(floorHalf, firstFloor).toFixed(2)} ms/letter; load ${load()}`,
  );

  const single = await createLetterPool({ fund, size: 1 });
  await single.render(demoReminders(2));
  const sample = demoReminders(singleCount);
  const start = clock();
  for (let index = 0; index < sample.length; index += chunkSize)
    await single.render(sample.slice(index, index + chunkSize));
  const singleSpent = since(start);
  await single.close();
  const singleRate = rate(singleCount, singleSpent);
  console.log(
    `single worker: ${singleCount} letters → ${singleRate.toFixed(1)} letters/s; CPU ${cpuPerLetter(singleCount, singleSpent).toFixed(2)} ms/letter; load ${load()}`,
  );

  const pool = await createLetterPool({ fund, size: workers });
  await Promise.all(Array.from({ length: workers }, () => pool.render(demoReminders(2))));
  const batchRuns = new Map<boolean, { spent: Clock; pdf: Buffer }>();
  for (const isEncrypted of balancedOrder(encryptionModes(values.encryption))) {
    const key = isEncrypted ? randomBytes(32) : undefined;
    const temp = createLettersDb(key ? { key } : {});
    temps.push(temp);
    const archive = key ? sealedArchive(archiveKeyOf(key)) : plainArchive;
    const batchStart = clock();
    const id = createBatch(temp.db, {
      source: demoSource,
      criteria: { kind: 'reminder', demoCount: count },
      outputDir: temp.dir,
      advisorName: 'bench',
      chunkSize,
    });
    // The audit line of every letter, written as the app writes it, so that its cost is in the figure.
    const recorder = createChangeRecorder(temp.profile, { deviceId: 'bench', advisorId: null, now: () => new Date() });
    const result = await runBatch(temp.db, id, {
      pool,
      fund,
      archive,
      auditIssued: (batchId, letters) => auditBatchLetters(recorder, batchId, letters),
      onProgress: (progress) =>
        process.stderr.write(
          `\r${progress.done}/${progress.total}  ${progress.lettersPerSecond.toFixed(0)} letters/s   `,
        ),
    });
    const spent = since(batchStart);
    process.stderr.write('\n');
    const earlier = batchRuns.get(isEncrypted)?.spent;
    batchRuns.set(isEncrypted, {
      spent: earlier
        ? { wallMs: earlier.wallMs + spent.wallMs, cpuMs: earlier.cpuMs + spent.cpuMs, mainCpuMs: undefined }
        : spent,
      pdf: readArchiveFile(archive, result.pdfFile ?? ''),
    });
    console.log(
      `batch into a ${modeName(isEncrypted)} journal and archive: ${count} letters in ${(spent.wallMs / 1000).toFixed(1)} s; CPU ${cpuPerLetter(count, spent).toFixed(2)} ms/letter; load ${load()}`,
    );
  }
  await pool.close();
  const plainRun = batchRuns.get(false);
  const encryptedRun = batchRuns.get(true);
  if (plainRun && encryptedRun) {
    const ratio = encryptedRun.spent.wallMs / plainRun.spent.wallMs;
    const cpuRatio = encryptedRun.spent.cpuMs / plainRun.spent.cpuMs;
    console.log(
      `cost of encryption at rest, letters batch: wall ${ratio.toFixed(2)}x, CPU ${cpuRatio.toFixed(2)}x (target ≤ ${ENCRYPTION_COST_CEILING}x: ${ratio <= ENCRYPTION_COST_CEILING ? 'met' : 'NOT met'})`,
    );
  }
  // The app's (encrypted) runs when measured, per batch: both modes ran twice when compared.
  const appRun = encryptedRun ?? plainRun ?? { spent: clock(), pdf: Buffer.alloc(0) };
  const runsPerMode = plainRun && encryptedRun ? 2 : 1;
  const poolSpent: Clock = {
    wallMs: appRun.spent.wallMs / runsPerMode,
    cpuMs: appRun.spent.cpuMs / runsPerMode,
    mainCpuMs: appRun.spent.mainCpuMs === undefined ? undefined : appRun.spent.mainCpuMs / runsPerMode,
  };
  const { pdf } = appRun;
  const pages = pdfPageCount(pdf);
  const poolRate = rate(count, poolSpent);
  const poolCpu = cpuPerLetter(count, poolSpent);
  const mainShare =
    poolSpent.mainCpuMs === undefined
      ? ''
      : ` (main thread: journal, files, merge ${(poolSpent.mainCpuMs / count).toFixed(2)}; render threads and GC ${((poolSpent.cpuMs - poolSpent.mainCpuMs) / count).toFixed(2)})`;
  console.log(
    `pool (${workers} workers, batch engine, one merged PDF): ${count} letters in ${(poolSpent.wallMs / 1000).toFixed(1)} s → ${poolRate.toFixed(1)} letters/s; ${pages} pages, ${(pdf.length / 1048576).toFixed(1)} MiB; load ${load()}`,
  );
  console.log(`pool CPU: ${poolCpu.toFixed(2)} ms/letter${mainShare}`);

  const secondFloor = await floor(letters.slice(floorHalf));
  const floorSpent: Clock = {
    wallMs: firstFloor.wallMs + secondFloor.wallMs,
    cpuMs: firstFloor.cpuMs + secondFloor.cpuMs,
    mainCpuMs: undefined,
  };
  const floorRate = rate(count, floorSpent);
  const floorCpu = cpuPerLetter(count, floorSpent);
  console.log(
    `floor, second half: ${count - floorHalf} letters → ${rate(count - floorHalf, secondFloor).toFixed(1)} letters/s; CPU ${cpuPerLetter(count - floorHalf, secondFloor).toFixed(2)} ms/letter`,
  );
  console.log(
    `floor (both halves): ${count} letters → ${floorRate.toFixed(1)} letters/s; CPU ${floorCpu.toFixed(2)} ms/letter`,
  );

  console.log('');
  console.log(
    `pool / floor = ${(poolRate / floorRate).toFixed(2)} (target ≥ 0.5); single worker / floor = ${(singleRate / floorRate).toFixed(2)}`,
  );
  console.log(
    `CPU per letter: pool ${poolCpu.toFixed(2)} ms, single worker ${cpuPerLetter(singleCount, singleSpent).toFixed(2)} ms, floor ${floorCpu.toFixed(2)} ms → on ${cores} idle cores about ${((cores * 1000) / poolCpu).toFixed(0)} letters/s for the pool vs ${(1000 / floorCpu).toFixed(0)} for the one-thread floor (ratio ≈ ${((cores * floorCpu) / poolCpu).toFixed(2)})`,
  );
  const wall10k =
    count === 10000
      ? `${(poolSpent.wallMs / 1000).toFixed(1)} s measured`
      : `≈ ${(10000 / poolRate).toFixed(0)} s at this run's pool rate (not measured: --count ${count})`;
  console.log(
    `10,000 letters: ${wall10k} (target < 60 s); on idle cores ≈ ${((10000 * poolCpu) / cores / 1000).toFixed(0)} s from the CPU time`,
  );
  console.log(`load average at end ${load()}`);
} finally {
  for (const temp of temps) {
    temp.cleanup();
    rmSync(temp.dir, { recursive: true, force: true });
  }
}
