/**
 * Pool worker: renders chunks of letters with pdfmake, off the main thread. Bundled into
 * out/letters-worker.cjs (render/worker-bundle.ts) because a worker thread does not inherit the
 * TypeScript loader the main thread runs under. The PDF bytes travel back as a transferred buffer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FundIdentity } from '../fund-identity';
import type { LetterInput } from '../letter-data';
import { renderLetters } from './render-letters';

export type WorkerInit = { fund: FundIdentity; assetsDir: string };
export type WorkerRequest = { id: number; letters: readonly LetterInput[] };
export type WorkerReply =
  | { id: number; ok: true; pdf: ArrayBuffer; letterStartPages: readonly number[]; pageCount: number }
  | { id: number; ok: false; message: string; name: string };

const init = workerData as WorkerInit;
const port = parentPort;

port?.on('message', (request: WorkerRequest) => {
  renderLetters(request.letters, init.fund, init.assetsDir).then(
    (rendered) => {
      const pdf = rendered.pdf.buffer.slice(rendered.pdf.byteOffset, rendered.pdf.byteOffset + rendered.pdf.byteLength) as ArrayBuffer;
      const reply: WorkerReply = { id: request.id, ok: true, pdf, letterStartPages: rendered.letterStartPages, pageCount: rendered.pageCount };
      port.postMessage(reply, [pdf]);
    },
    (error: unknown) => {
      const reply: WorkerReply = {
        id: request.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        name: error instanceof Error ? error.name : 'Error',
      };
      port.postMessage(reply);
    },
  );
});
