/**
 * The handler behind `protocol.handle('app', …)`: maps `app://guichet/<path>` to a file of the
 * built renderer (out/renderer) and answers with the right MIME type and the CSP headers.
 * Written with the web's Request/Response (which Electron's protocol API uses and Node has too),
 * so it is tested in plain Node. Nothing outside the renderer folder can ever be read.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { appHost, appScheme } from './app-url';
import { appProtocolHeaders } from './csp';

/**
 * Chromium enforces strict MIME checks for module scripts and style sheets, so every type the
 * renderer build emits is listed. Anything else is served as an opaque download type, which
 * with `nosniff` the page can neither run nor style with.
 */
const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function mimeTypeOf(file: string): string {
  return mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedRequest = { kind: 'file'; path: string } | { kind: 'refused'; status: 400 | 403 | 404 | 405 };

/**
 * Decides which file a request may read, without touching the disk. The URL parser has already
 * removed plain `..` segments, so the dangerous forms are encoded ones (`%2e%2e%2f`, `..%5c`)
 * that only appear after decoding: any `..` segment, backslash or NUL after decoding is refused,
 * and the final path must still lie inside the root.
 */
export function resolveRendererRequest(rendererRoot: string, method: string, url: string): ResolvedRequest {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refused', status: 405 };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (
    parsed.protocol !== `${appScheme}:` ||
    parsed.hostname !== appHost ||
    parsed.port !== '' ||
    parsed.username !== '' ||
    parsed.password !== ''
  ) {
    return { kind: 'refused', status: 403 };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment.includes('\\') || segment.includes('\0'))) {
    return { kind: 'refused', status: 403 };
  }
  const root = resolve(rendererRoot);
  const file = resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  if (!file.startsWith(root + sep)) return { kind: 'refused', status: 403 };
  return { kind: 'file', path: file };
}

/** Reads a file for a request; a missing file, a folder or any read error is a plain 404. */
export async function serveRendererRequest(rendererRoot: string, request: Request): Promise<Response> {
  const resolved = resolveRendererRequest(rendererRoot, request.method, request.url);
  if (resolved.kind === 'refused') return refusal(resolved.status);
  let body: Buffer;
  try {
    body = await readFile(resolved.path);
  } catch {
    return refusal(404);
  }
  const headers = appProtocolHeaders(mimeTypeOf(resolved.path));
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

function refusal(status: number): Response {
  // The CSP goes on refusals too: an error page is still a document in our origin.
  return new Response(null, { status, headers: appProtocolHeaders('text/plain; charset=utf-8') });
}
