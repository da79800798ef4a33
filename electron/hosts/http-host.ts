/**
 * Browser mode: the same contract over loopback HTTP, for development and the e2e tests (the
 * Electron binary cannot be installed everywhere). Bound to 127.0.0.1 only; every API call needs
 * the random token of this launch; the Host header is checked against DNS rebinding, the Origin
 * against other sites; inputs go through the same dispatch (access rules and validation) as Electron IPC.
 *
 * A request without an Origin header is accepted: browsers send Origin with every POST, so a
 * request from another site always carries a foreign one; only non-browser clients (tests, tools)
 * omit it, and they still need the launch token. `Origin: null` (a sandboxed frame, a file) is refused.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ErrorCode, Reply } from '../../shared/contract/errors';
import type { DispatchTarget } from '../services/app-core';
import { dispatch, type Logger } from './dispatch';
import { serveStatic } from './static-files';

export type HttpHostOptions = {
  /** The app core's handlers behind its access rules. */
  services: DispatchTarget;
  staticRoot: string;
  port?: number;
  token?: string;
  logger?: Logger;
  securityHeaders: Record<string, string>;
};

export type HttpHost = { url: string; token: string; server: Server; close(): Promise<void> };

const MAX_BODY_BYTES = 1024 * 1024;
const API_PREFIX = '/api/';

const statusOf: Record<ErrorCode, number> = {
  validation: 400,
  'not-found': 404,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  'unknown-channel': 404,
  internal: 500,
};

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const expected = Buffer.from(`Bearer ${token}`);
  let allowedHosts: Set<string> = new Set();

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent)
        sendReply(response, 500, { ok: false, error: { code: 'internal', messageKey: 'errors.internal' } });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(options.securityHeaders)) response.setHeader(name, value);
    if (!allowedHosts.has(request.headers.host ?? '')) {
      return sendReply(response, 421, refusal('forbidden', 'errors.forbidden'));
    }
    const path = new URL(request.url ?? '/', 'http://loopback').pathname;
    if (!path.startsWith(API_PREFIX)) {
      return serveStatic(options.staticRoot, path, request, response);
    }
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      return sendReply(response, 405, refusal('validation', 'errors.methodNotAllowed'));
    }
    const authorization = Buffer.from(request.headers.authorization ?? '');
    if (authorization.length !== expected.length || !timingSafeEqual(authorization, expected)) {
      return sendReply(response, 401, refusal('unauthorized', 'errors.unauthorized'));
    }
    if (!isOwnOrigin(request.headers.origin, allowedHosts)) {
      return sendReply(response, 403, refusal('forbidden', 'errors.forbidden', 'foreignOrigin'));
    }
    if (!isJsonMediaType(request.headers['content-type'])) {
      return sendReply(response, 415, refusal('validation', 'errors.validation', 'unsupportedMediaType'));
    }
    const body = await readBody(request);
    if (body === undefined) return sendReply(response, 413, refusal('validation', 'errors.validation'));
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendReply(response, 400, refusal('validation', 'errors.validation'));
    }
    const channel = decodedChannel(path.slice(API_PREFIX.length));
    if (channel === undefined) {
      return sendReply(response, 400, refusal('validation', 'errors.validation', 'malformedChannelPath'));
    }
    const reply = await dispatch(options.services, channel, input, { host: 'browser' }, options.logger);
    sendReply(response, reply.ok ? 200 : statusOf[reply.error.code], reply);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function refusal(code: ErrorCode, messageKey: string, reason?: string): Reply<never> {
  return { ok: false, error: { code, messageKey, ...(reason ? { details: { reason } } : {}) } };
}

/** No Origin (not a browser), or exactly this host's own origin. */
export function isOwnOrigin(origin: string | undefined, allowedHosts: ReadonlySet<string>): boolean {
  if (origin === undefined) return true;
  return [...allowedHosts].some((host) => origin === `http://${host}`);
}

/** `application/json`, with at most a UTF-8 charset parameter; no prefix matches (`application/jsonfoo`). */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const [type, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => /^charset\s*=\s*"?utf-8"?$/.test(parameter));
}

/** The channel named by the path, or undefined when its percent-encoding is malformed. */
function decodedChannel(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

function sendReply(response: ServerResponse, status: number, reply: Reply<unknown>): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify(reply));
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
