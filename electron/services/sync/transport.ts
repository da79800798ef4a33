/**
 * How the sync client reaches head office. A function, so tests put a faulty network (cuts,
 * duplicates, delays) or an in-process server between client and server without mocking either.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { syncErrorSchema, syncPaths, type SyncErrorCode } from '../../../shared/contract/sync-protocol';

export type TransportResponse = { status: number; body: unknown };
/** `signal`: the sync service stopping (the app closing); a transport may end the request there. */
export type SyncTransport = (
  path: string,
  body: unknown,
  token: string | null,
  signal?: AbortSignal,
) => Promise<TransportResponse>;

/** What one call cost on the wire: the request as sent (after compression) and both bodies as read. */
export type TransportExchange = {
  path: string;
  requestBytes: number;
  requestSentBytes: number;
  responseBytes: number;
  responseEncoding: string | null;
};

export type HttpTransportOptions = {
  timeoutMs?: number;
  /** Told of every answered call (benches count bytes with it); the bodies themselves are never passed on. */
  onExchange?: (exchange: TransportExchange) => void;
};

/**
 * Answers come compressed when head office offers it (brotli, else gzip; fetch decodes both). A request
 * body is compressed only once head office has said it reads compressed bodies (its `Accept-Encoding`
 * answer header, RFC 7694): an older head office would refuse it. Small bodies are not worth it.
 */
export const COMPRESS_REQUEST_FROM_BYTES = 16 * 1024;
const ACCEPTED_ENCODINGS = 'br, gzip';

export function httpTransport(baseUrl: string, options: number | HttpTransportOptions = {}): SyncTransport {
  const { timeoutMs = 30_000, onExchange } = typeof options === 'number' ? { timeoutMs: options } : options;
  let isGzipAccepted = false;
  return async (path, body, token, signal) => {
    // A request still on its way when the service stops (the next page, asked for ahead) is ended at the socket, not left to finish unread.
    const timeout = AbortSignal.timeout(timeoutMs);
    const text = Buffer.from(JSON.stringify(body));
    const isCompressed = isGzipAccepted && text.byteLength >= COMPRESS_REQUEST_FROM_BYTES;
    const sent = isCompressed ? await gzipAsync(text) : text;
    const response = await fetch(new URL(path, baseUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': ACCEPTED_ENCODINGS,
        ...(isCompressed ? { 'content-encoding': 'gzip' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: sent,
      signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
    });
    if (/\bgzip\b/.test(response.headers.get('accept-encoding') ?? '')) isGzipAccepted = true;
    const received = new Uint8Array(await response.arrayBuffer());
    onExchange?.({
      path,
      requestBytes: text.byteLength,
      requestSentBytes: sent.byteLength,
      responseBytes: received.byteLength,
      responseEncoding: response.headers.get('content-encoding'),
    });
    return { status: response.status, body: parseJson(received) };
  };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    return null;
  }
}

const decoder = new TextDecoder();
const gzipAsync = promisify(gzip);

/** A refusal or failure of a sync call; `offline` when head office could not be reached at all. */
export class SyncFailure extends Error {
  readonly code: SyncErrorCode | 'offline' | 'not-enrolled';
  readonly details: Record<string, unknown>;

  constructor(code: SyncFailure['code'], details: Record<string, unknown> = {}) {
    super(code);
    this.name = 'SyncFailure';
    this.code = code;
    this.details = details;
  }
}

export async function call(
  transport: SyncTransport,
  path: string,
  body: unknown,
  token: string | null,
  signal?: AbortSignal,
): Promise<unknown> {
  let response: TransportResponse;
  try {
    response = await transport(path, body, token, signal);
  } catch (error) {
    throw new SyncFailure('offline', { reason: error instanceof Error ? error.name : 'unknown' });
  }
  if (response.status >= 200 && response.status < 300) return response.body;
  const parsed = syncErrorSchema.safeParse(response.body);
  const code = parsed.success
    ? (parsed.data.error.code as SyncErrorCode)
    : response.status >= 500
      ? 'internal'
      : 'validation';
  throw new SyncFailure(code, parsed.success ? (parsed.data.error.details ?? {}) : { status: response.status });
}

/**
 * Whether head office answers at all, with the lightest request it serves (its health route). Any
 * answer below 500 counts, even a refusal: a head office that answers can take a full round, and
 * one that does not know the route yet still proves it is back. A 5xx is a gateway with nothing
 * behind it, or a head office that cannot reach its database: not back yet.
 */
export async function isHeadOfficeAnswering(transport: SyncTransport, signal?: AbortSignal): Promise<boolean> {
  try {
    const response = await transport(syncPaths.health, {}, null, signal);
    return response.status < 500;
  } catch {
    return false;
  }
}
