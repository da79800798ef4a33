/** The HTTP transport ends a request at the socket when the sync service stops, rather than leaving it to finish unread. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncFailure, call, httpTransport } from '../../electron/services/sync/transport';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A head office that takes requests and never answers; resolves each request's socket closing. */
async function silentHeadOffice(): Promise<{ url: string; closed: Promise<void> }> {
  let onClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (onClosed = resolve));
  server = createServer((request: IncomingMessage) => {
    request.resume();
    request.socket.on('close', onClosed);
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', () => done()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, closed };
}

describe('http transport', () => {
  it('ends the request when the service stops, and the call fails as offline', async () => {
    const { url, closed } = await silentHeadOffice();
    const stopping = new AbortController();
    const answer = call(httpTransport(url, 60_000), '/v1/pull', { cursor: 0 }, 'device.secret', stopping.signal);
    await new Promise((done) => setTimeout(done, 100));
    stopping.abort();
    await expect(answer).rejects.toMatchObject({ code: 'offline', details: { reason: 'AbortError' } });
    expect(await answer.catch((error: unknown) => error)).toBeInstanceOf(SyncFailure);
    await closed;
  });
});
