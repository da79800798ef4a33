/**
 * The link proxy on a thread of its own. In the bench's main thread it shares the device's event loop:
 * while the device writes a chunk (a few hundred milliseconds of synchronous SQLite), no byte would
 * cross the link, where a real network keeps delivering into the socket's buffers. On its own thread
 * the link runs while the device works; the byte counters live in shared memory, read at any time.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { startLinkProxy, type LinkCounters, type LinkOptions, type LinkProxy } from './link-proxy';

const FIELDS = ['up', 'down', 'connections', 'drops'] as const;

/** Counters whose values are the slots of a shared array: written by the thread, read by the bench. */
function sharedCounters(memory: SharedArrayBuffer): LinkCounters {
  const slots = new Float64Array(memory);
  const counters = {} as LinkCounters;
  FIELDS.forEach((field, index) =>
    Object.defineProperty(counters, field, {
      enumerable: true,
      get: () => slots[index] as number,
      set: (value: number) => {
        slots[index] = value;
      },
    }),
  );
  return counters;
}

type Request = { kind: 'dropAfter'; bytes: number } | { kind: 'close' };
type Setup = { target: string; options: Omit<LinkOptions, 'counters'>; memory: SharedArrayBuffer };

export async function startLinkProxyThread(target: string, options: LinkOptions): Promise<LinkProxy> {
  const memory = new SharedArrayBuffer(FIELDS.length * Float64Array.BYTES_PER_ELEMENT);
  const { counters: _ignored, ...plain } = options;
  // The thread runs this same file, loaded through tsx by a JavaScript entry whatever ran the caller (tsx, vitest).
  const worker = new Worker(new URL('./link-proxy-thread-entry.mjs', import.meta.url), {
    workerData: { target, options: plain, memory } satisfies Setup,
  });
  const answer = () =>
    new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const address = (await answer()) as string;
  return {
    address,
    counters: sharedCounters(memory),
    dropAfter: async (bytes) => {
      const done = answer();
      worker.postMessage({ kind: 'dropAfter', bytes } satisfies Request);
      await done;
    },
    close: async () => {
      const done = answer();
      worker.postMessage({ kind: 'close' } satisfies Request);
      await done;
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const { target, options, memory } = workerData as Setup;
  const proxy = await startLinkProxy(target, { ...options, counters: sharedCounters(memory) });
  port.on('message', async (request: Request) => {
    if (request.kind === 'dropAfter') await proxy.dropAfter(request.bytes);
    else await proxy.close();
    port.postMessage('done');
  });
  port.postMessage(proxy.address);
}
