/** The bench's link simulator: it carries every byte both ways, never faster than the link, and cuts once when told. */
import { createServer, connect, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { linkFloorSeconds, parseDuration, parseRate, startLinkProxy, type LinkProxy } from './link-proxy';
import { startLinkProxyThread } from './link-proxy-thread';

let echo: Server | undefined;
let proxy: LinkProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  await new Promise<void>((done) => (echo ? echo.close(() => done()) : done()));
});

/** A server that sends back what it reads, then ends. */
async function startEcho(): Promise<string> {
  echo = createServer((socket) => socket.pipe(socket));
  await new Promise<void>((done) => echo?.listen(0, '127.0.0.1', () => done()));
  return `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
}

/** Sends `bytes` through the proxy and reads the echo back; resolves with what came back and how long it took. */
async function roundTrip(address: string, bytes: number): Promise<{ received: Buffer; ms: number }> {
  const { port } = new URL(address);
  const socket = connect(Number(port), '127.0.0.1');
  const payload = Buffer.alloc(bytes, 7).map((_value, index) => index % 251);
  const chunks: Buffer[] = [];
  const started = performance.now();
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  // A cut link resets the connection: what came back until then is the answer.
  socket.on('error', () => undefined);
  socket.end(payload);
  await new Promise<void>((done) => socket.on('close', () => done()));
  return { received: Buffer.concat(chunks), ms: performance.now() - started };
}

describe('link proxy', () => {
  it('reads link rates and round trips as the bench takes them', () => {
    expect(parseRate('20mbit')).toBe(20_000_000);
    expect(parseRate('512kbit')).toBe(512_000);
    expect(parseDuration('60ms')).toBe(60);
    expect(parseDuration('0.5s')).toBe(500);
    expect(() => parseRate('20MB')).toThrow();
  });

  it('carries every byte both ways, in order, no faster than the link and its delay allow', async () => {
    const options = { bitsPerSecond: 4_000_000, roundTripMs: 40 };
    proxy = await startLinkProxy(await startEcho(), options);
    const bytes = 100_000;
    const { received, ms } = await roundTrip(proxy.address, bytes);
    expect(received.equals(Buffer.alloc(bytes, 7).map((_value, index) => index % 251))).toBe(true);
    expect(proxy.counters).toMatchObject({ up: bytes, down: bytes, connections: 1, drops: 0 });
    // Up then down overlap (the echo starts sending before the last byte is up); one way at the rate plus a round trip is the least.
    expect(ms).toBeGreaterThanOrEqual(linkFloorSeconds(options, bytes, bytes) * 1000 - 5);
  });

  it('cuts the connection once when the bytes come down past the mark, and lets the next one through', async () => {
    proxy = await startLinkProxy(await startEcho(), {
      bitsPerSecond: Number.POSITIVE_INFINITY,
      roundTripMs: 0,
      dropAfterBytes: 50_000,
    });
    const cut = await roundTrip(proxy.address, 200_000);
    expect(cut.received.length).toBeLessThan(50_000);
    expect(proxy.counters.drops).toBe(1);
    const whole = await roundTrip(proxy.address, 200_000);
    expect(whole.received.length).toBe(200_000);
    expect(proxy.counters.drops).toBe(1);
  });

  it('on its own thread, keeps carrying bytes while the main thread is busy, and counts them in shared memory', async () => {
    // 2 Mbit/s: 100,000 bytes take 400 ms to go up, during which this thread blocks 300 ms.
    proxy = await startLinkProxyThread(await startEcho(), { bitsPerSecond: 2_000_000, roundTripMs: 20 });
    const bytes = 100_000;
    const { port } = new URL(proxy.address);
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.end(Buffer.alloc(bytes, 3));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const blockedUntil = performance.now() + 300;
    while (performance.now() < blockedUntil) {
      // Busy, as a device writing a chunk of rows is.
    }
    // The link went on meanwhile (up to the echo, whose answer waits for this thread): far more than
    // the 12,500 bytes that cross in the 50 ms before the block.
    expect(proxy.counters.up).toBeGreaterThan(40_000);
    await new Promise<void>((done) => socket.on('close', () => done()));
    expect(Buffer.concat(chunks).equals(Buffer.alloc(bytes, 3))).toBe(true);
    expect(proxy.counters).toMatchObject({ up: bytes, down: bytes, connections: 1, drops: 0 });
    await proxy.dropAfter(10);
    const cut = await roundTrip(proxy.address, 100_000);
    expect(cut.received.length).toBeLessThan(100_000);
    expect(proxy.counters.drops).toBe(1);
  });
});
