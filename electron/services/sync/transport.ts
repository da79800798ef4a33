/**
 * How the sync client reaches head office. A function, so tests put a faulty network (cuts,
 * duplicates, delays) or an in-process server between client and server without mocking either.
 */
import { syncErrorSchema, syncPaths, type SyncErrorCode } from '../../../shared/contract/sync-protocol';

export type TransportResponse = { status: number; body: unknown };
/** `signal`: the sync service stopping (the app closing); a transport may end the request there. */
export type SyncTransport = (
  path: string,
  body: unknown,
  token: string | null,
  signal?: AbortSignal,
) => Promise<TransportResponse>;

export function httpTransport(baseUrl: string, timeoutMs = 30_000): SyncTransport {
  return async (path, body, token, signal) => {
    // A request still on its way when the service stops (the next page, asked for ahead) is ended at the socket, not left to finish unread.
    const timeout = AbortSignal.timeout(timeoutMs);
    const response = await fetch(new URL(path, baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
      signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  };
}

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
