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

/** The PDF's bytes as a transferable buffer: the whole ArrayBuffer when the PDF owns it (no copy). */
function transferable(pdf: Buffer): ArrayBuffer {
  if (pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength && pdf.buffer instanceof ArrayBuffer)
    return pdf.buffer;
  return pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer;
}

async function answer(request: WorkerRequest): Promise<void> {
  try {
    const rendered = await renderLetters(request.letters, init.fund, init.assetsDir);
    const pdf = transferable(rendered.pdf);
    const reply: WorkerReply = {
      id: request.id,
      ok: true,
      pdf,
      letterStartPages: rendered.letterStartPages,
      pageCount: rendered.pageCount,
    };
    port?.postMessage(reply, [pdf]);
  } catch (error) {
    const reply: WorkerReply = {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      name: error instanceof Error ? error.name : 'Error',
    };
    port?.postMessage(reply);
  }
}

// The pool queues the next chunk while this one renders: chunks are rendered one at a time, in order.
let rendering: Promise<void> = Promise.resolve();
port?.on('message', (request: WorkerRequest) => {
  rendering = rendering.then(() => answer(request));
});
