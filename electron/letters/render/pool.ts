/**
 * A pool of worker threads rendering chunks of letters, one worker per core by default, so that
 * batches use every core and the main process (IPC, database) never waits on pdfmake's layout.
 * A worker that dies fails its chunks and is replaced; the batch engine decides whether to retry.
 * Each worker holds up to WORKER_DEPTH chunks: the next one is already in its queue when the current
 * one ends, so a main thread busy writing a chunk file (fsync) or updating the journal never leaves a
 * core idle.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FundIdentity } from '../fund-identity';
import type { LetterInput } from '../letter-data';
import { defaultAssetsDir } from './pdf';
import type { RenderedLetters } from './render-letters';
import { ensureWorkerBundle } from './worker-bundle';
import type { WorkerInit, WorkerReply, WorkerRequest } from './worker';

export type LetterPool = {
  readonly size: number;
  render(letters: readonly LetterInput[]): Promise<RenderedLetters>;
  close(): Promise<void>;
};

export type PoolOptions = { fund: FundIdentity; size?: number; assetsDir?: string; workerFile?: string };

type Job = { request: WorkerRequest; resolve: (value: RenderedLetters) => void; reject: (error: Error) => void };
type Slot = { worker: Worker; jobs: Job[] };

/**
 * Young generation of a worker's heap. Laying out letters allocates many short-lived objects: 800
 * reminders in chunks of 200 ran 118 scavenges with V8's default 16 MB semi-spaces and 39 with 64 MB
 * ones (GC from ~10 % to ~8.5 % of the time). 96 MB of young generation means 32 MB semi-spaces, a
 * middle between the two that keeps a worker's memory bounded (32 MB was not measured on its own).
 */
const YOUNG_GENERATION_MB = 96;

/** Chunks queued in one worker: the one it renders and the next. */
const WORKER_DEPTH = 2;

export class LetterRenderError extends Error {
  override name = 'LetterRenderError';
}

export async function createLetterPool(options: PoolOptions): Promise<LetterPool> {
  const workerFile = options.workerFile ?? (await ensureWorkerBundle());
  const init: WorkerInit = { fund: options.fund, assetsDir: options.assetsDir ?? defaultAssetsDir() };
  const size = Math.max(1, options.size ?? availableParallelism());
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let isClosed = false;

  // Every idle worker gets a chunk before any worker gets a second one.
  const dispatch = (): void => {
    for (let depth = 1; depth <= WORKER_DEPTH; depth += 1) {
      for (const slot of slots) {
        if (slot.jobs.length >= depth) continue;
        const job = queue.shift();
        if (job === undefined) return;
        slot.jobs.push(job);
        slot.worker.ref();
        slot.worker.postMessage(job.request);
      }
    }
  };

  const failAll = (slot: Slot, message: string): void => {
    for (const job of slot.jobs.splice(0)) job.reject(new LetterRenderError(message));
  };

  const spawn = (): Slot => {
    const slot: Slot = {
      worker: new Worker(workerFile, {
        workerData: init,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      }),
      jobs: [],
    };
    slot.worker.on('message', (reply: WorkerReply) => {
      // A worker renders its chunks one after the other and answers in the same order.
      const index = slot.jobs.findIndex((job) => job.request.id === reply.id);
      const [job] = index < 0 ? [] : slot.jobs.splice(index, 1);
      if (slot.jobs.length === 0) slot.worker.unref();
      if (job !== undefined) {
        if (reply.ok)
          job.resolve({
            pdf: Buffer.from(reply.pdf),
            letterStartPages: reply.letterStartPages,
            pageCount: reply.pageCount,
          });
        else job.reject(new LetterRenderError(`${reply.name}: ${reply.message}`));
      }
      dispatch();
    });
    slot.worker.on('error', (error) => {
      failAll(slot, `letters worker failed: ${error.message}`);
    });
    slot.worker.on('exit', () => {
      failAll(slot, 'letters worker exited');
      const index = slots.indexOf(slot);
      if (isClosed || index < 0) return;
      slots[index] = spawn();
      dispatch();
    });
    // An idle worker must not keep a CLI process alive once its work is done; a busy one must.
    slot.worker.unref();
    return slot;
  };

  for (let index = 0; index < size; index += 1) slots.push(spawn());

  return {
    size,
    render(letters) {
      if (isClosed) return Promise.reject(new LetterRenderError('pool closed'));
      return new Promise<RenderedLetters>((resolve, reject) => {
        queue.push({ request: { id: nextId++, letters }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      isClosed = true;
      for (const job of queue.splice(0)) job.reject(new LetterRenderError('pool closed'));
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
