/**
 * Browser mode transport: each channel is `POST /api/<channel>` on the loopback origin that served
 * the page, with the launch token as a bearer token. Whatever happens on the wire, the caller gets
 * a `Reply`: HTTP failures and network failures become typed errors, never exceptions.
 */
import type { Channel } from '../../shared/contract/app-contract';
import type { ContractError, Reply } from '../../shared/contract/errors';

export type HttpTransportOptions = {
  /** Read on every call, so a token stored after start-up is still picked up. */
  getToken: () => string | null;
  /** Where `/api/` lives; the page's own origin unless a test says otherwise. */
  baseUrl?: string;
  fetch?: typeof fetch;
};

export type Invoke = (channel: Channel, input: unknown) => Promise<Reply<unknown>>;

const unauthorized: ContractError = { code: 'unauthorized', messageKey: 'errors.unauthorized' };
const network: ContractError = { code: 'internal', messageKey: 'errors.network' };
const malformed: ContractError = { code: 'internal', messageKey: 'errors.internal' };

export function createHttpInvoke(options: HttpTransportOptions): Invoke {
  const baseUrl = options.baseUrl ?? '';
  return async (channel, input) => {
    // Resolved at call time rather than captured: tests and hot reload may swap `fetch`.
    const send = options.fetch ?? globalThis.fetch;
    const token = options.getToken();
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;

    let response: Response;
    try {
      response = await send(`${baseUrl}/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return { ok: false, error: network };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    // A 401 carrying a reply is the session's own refusal (wrong password, locked screen, too many
    // tries): its message is the true one. A bare 401 is the host refusing the launch token.
    if (isReply(body)) return body;
    if (response.status === 401) return { ok: false, error: unauthorized };
    // A proxy page, a truncated body…: nothing the counter advisor can act on beyond retrying.
    return { ok: false, error: response.ok || body !== undefined ? malformed : network };
  };
}

function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'messageKey' in error &&
    typeof error.messageKey === 'string'
  );
}
