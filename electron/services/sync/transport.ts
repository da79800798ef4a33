/**
 * How the sync client reaches head office. A function, so tests put a faulty network (cuts,
 * duplicates, delays) or an in-process server between client and server without mocking either.
 */
import { syncErrorSchema, type SyncErrorCode } from '../../../shared/contract/sync-protocol';

export type TransportResponse = { status: number; body: unknown };
export type SyncTransport = (path: string, body: unknown, token: string | null) => Promise<TransportResponse>;

export function httpTransport(baseUrl: string, timeoutMs = 30_000): SyncTransport {
  return async (path, body, token) => {
    const response = await fetch(new URL(path, baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
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

export async function call(transport: SyncTransport, path: string, body: unknown, token: string | null): Promise<unknown> {
  let response: TransportResponse;
  try {
    response = await transport(path, body, token);
  } catch (error) {
    throw new SyncFailure('offline', { reason: error instanceof Error ? error.name : 'unknown' });
  }
  if (response.status >= 200 && response.status < 300) return response.body;
  const parsed = syncErrorSchema.safeParse(response.body);
  const code = parsed.success ? (parsed.data.error.code as SyncErrorCode) : response.status >= 500 ? 'internal' : 'validation';
  throw new SyncFailure(code, parsed.success ? (parsed.data.error.details ?? {}) : { status: response.status });
}
