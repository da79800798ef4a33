/**
 * A branch's network inside the bench process: a TCP proxy between the device and head office that
 * lets bytes through at the link's rate in each direction (one shaper per direction, shared by every
 * connection, as a branch's line is) and delays them by half the round trip each way. No system
 * configuration (tc, netem): the figures of a bench then include the link wherever it runs.
 * `dropAfterBytes` cuts the connection carrying the byte that crosses it, once, mid-answer.
 */
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export type LinkOptions = {
  /** Bits per second each way; Infinity for no limit (the proxy then only counts). */
  bitsPerSecond: number;
  roundTripMs: number;
  /** Cut the link once when this many bytes have come down from head office in all. */
  dropAfterBytes?: number;
  /** Where to count the bytes (link-proxy-thread.ts passes counters in shared memory); a plain object if absent. */
  counters?: LinkCounters;
};

export type LinkCounters = { up: number; down: number; connections: number; drops: number };

export type LinkProxy = {
  address: string;
  counters: LinkCounters;
  /** Cut the link once when `bytes` more have come down from head office. */
  dropAfter(bytes: number): void | Promise<void>;
  close(): Promise<void>;
};

/** Slices small enough that the pacing is smooth at a few Mbit/s. */
const SLICE_BYTES = 16 * 1024;

/** Unit parsing for the bench's options: "20mbit", "512kbit", "1gbit"; "60ms", "0.1s". */
export function parseRate(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(k|m|g)?bit$/i.exec(text.trim());
  if (!match) throw new Error(`link rate: expected e.g. 20mbit, got ${text}`);
  const unit = { k: 1e3, m: 1e6, g: 1e9 }[(match[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
  return Number(match[1]) * unit;
}

export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s)$/i.exec(text.trim());
  if (!match) throw new Error(`round trip: expected e.g. 60ms, got ${text}`);
  return Number(match[1]) * (match[2]?.toLowerCase() === 's' ? 1000 : 1);
}

/** One direction of the link: when each slice finishes going out, then its arrival half a round trip later. */
type Shaper = { busyUntil: number };

function departure(shaper: Shaper, bytes: number, bitsPerSecond: number, now: number): number {
  const start = Math.max(shaper.busyUntil, now);
  shaper.busyUntil = Number.isFinite(bitsPerSecond) ? start + (bytes * 8 * 1000) / bitsPerSecond : start;
  return shaper.busyUntil;
}

export async function startLinkProxy(target: string, options: LinkOptions): Promise<LinkProxy> {
  const { hostname, port } = new URL(target);
  const counters: LinkCounters = options.counters ?? { up: 0, down: 0, connections: 0, drops: 0 };
  const shapers = { up: { busyUntil: 0 }, down: { busyUntil: 0 } };
  const oneWayMs = options.roundTripMs / 2;
  // The sender is held back once this much is on the wire unread, as TCP's window would hold it.
  const windowBytes = Math.max(
    64 * 1024,
    Number.isFinite(options.bitsPerSecond) ? (options.bitsPerSecond / 8) * (options.roundTripMs / 1000) * 2 : 4e6,
  );
  let dropMark = options.dropAfterBytes ?? Number.POSITIVE_INFINITY;
  const sockets = new Set<Socket>();

  /**
   * One FIFO per direction of a connection, drained by one timer: timers set per slice could fire out
   * of order (each counts from the event loop's cached clock), which would corrupt the stream.
   */
  function relay(from: Socket, to: Socket, direction: 'up' | 'down', cut: () => void): void {
    const queue: { slice: Buffer; arrival: number }[] = [];
    let inFlight = 0;
    let isEnded = false;
    let timer: NodeJS.Timeout | null = null;
    const deliver = (): void => {
      timer = null;
      const now = performance.now();
      while (queue.length > 0 && (queue[0] as { arrival: number }).arrival <= now) {
        const { slice } = queue.shift() as { slice: Buffer };
        inFlight -= slice.length;
        if (to.destroyed) continue;
        counters[direction] += slice.length;
        if (direction === 'down' && counters.down >= dropMark) {
          dropMark = Number.POSITIVE_INFINITY;
          counters.drops += 1;
          cut();
          return;
        }
        to.write(slice);
      }
      if (inFlight <= windowBytes / 2) from.resume();
      if (queue.length > 0) schedule();
      else if (isEnded && !to.destroyed) to.end();
    };
    const schedule = (): void => {
      if (timer !== null || queue.length === 0) return;
      timer = setTimeout(deliver, Math.max(0, (queue[0] as { arrival: number }).arrival - performance.now()));
    };
    from.on('data', (chunk: Buffer) => {
      for (let offset = 0; offset < chunk.length; offset += SLICE_BYTES) {
        const slice = chunk.subarray(offset, offset + SLICE_BYTES);
        const now = performance.now();
        queue.push({
          slice,
          arrival: departure(shapers[direction], slice.length, options.bitsPerSecond, now) + oneWayMs,
        });
        inFlight += slice.length;
      }
      if (inFlight > windowBytes) from.pause();
      schedule();
    });
    from.on('end', () => {
      isEnded = true;
      if (queue.length === 0 && !to.destroyed) to.end();
    });
  }

  // Half-open allowed: each side's end travels through the link behind its last bytes.
  const server: Server = createServer({ allowHalfOpen: true }, (device) => {
    counters.connections += 1;
    const headOffice = connect({ port: Number(port), host: hostname, allowHalfOpen: true });
    sockets.add(device);
    sockets.add(headOffice);
    const cut = () => {
      device.destroy();
      headOffice.destroy();
    };
    for (const socket of [device, headOffice]) {
      socket.on('error', cut);
      socket.on('close', (hadError) => {
        sockets.delete(socket);
        if (hadError) cut();
      });
    }
    relay(device, headOffice, 'up', cut);
    relay(headOffice, device, 'down', cut);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return {
    address: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counters,
    dropAfter: (bytes) => {
      dropMark = counters.down + bytes;
    },
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** "link 20 Mbit/s = 2.50 MB/s, RTT 60 ms" for the bench's lines. */
export function describeLink(options: LinkOptions): string {
  if (!Number.isFinite(options.bitsPerSecond)) return `link unlimited (loopback), RTT ${options.roundTripMs} ms added`;
  return `link ${(options.bitsPerSecond / 1e6).toFixed(1)} Mbit/s = ${(options.bitsPerSecond / 8e6).toFixed(2)} MB/s each way, RTT ${options.roundTripMs} ms`;
}

/** The time the link needs to carry these bytes, each way at once, plus one round trip. */
export function linkFloorSeconds(options: LinkOptions, up: number, down: number): number {
  if (!Number.isFinite(options.bitsPerSecond)) return options.roundTripMs / 1000;
  return (Math.max(up, down) * 8) / options.bitsPerSecond + options.roundTripMs / 1000;
}
