/**
 * A pool of worker threads rendering chunks of letters, one worker per core by default, so that
 * batches use every core and the main process (IPC, database) never waits on pdfmake's layout.
 * A worker that dies fails its chunk and is replaced; the batch engine decides whether to retry.
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
type Slot = { worker: Worker; job: Job | undefined };

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

  const dispatch = (): void => {
    for (const slot of slots) {
      if (slot.job !== undefined) continue;
      const job = queue.shift();
      if (job === undefined) return;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage(job.request);
    }
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(workerFile, { workerData: init }), job: undefined };
    slot.worker.on('message', (reply: WorkerReply) => {
      const job = slot.job;
      slot.job = undefined;
      slot.worker.unref();
      if (job !== undefined) {
        if (reply.ok) job.resolve({ pdf: Buffer.from(reply.pdf), letterStartPages: reply.letterStartPages, pageCount: reply.pageCount });
        else job.reject(new LetterRenderError(`${reply.name}: ${reply.message}`));
      }
      dispatch();
    });
    slot.worker.on('error', (error) => {
      slot.job?.reject(new LetterRenderError(`letters worker failed: ${error.message}`));
      slot.job = undefined;
    });
    slot.worker.on('exit', () => {
      slot.job?.reject(new LetterRenderError('letters worker exited'));
      slot.job = undefined;
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
