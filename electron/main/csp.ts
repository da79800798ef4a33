/**
 * The Content-Security-Policy of the renderer, and the headers sent with every file of it, in
 * Electron (the app:// protocol) and in browser mode (the loopback HTTP host) alike. Pure data:
 * no 'electron' import, so the browser host can share it.
 *
 * The renderer is untrusted input's first stop (names, addresses and free text typed at the
 * counter end up in the DOM), so the policy allows only our own files: Vite builds with no
 * inline script or style, hence no 'unsafe-inline' and no 'unsafe-eval' anywhere.
 */
const directives: ReadonlyArray<readonly [string, ...string[]]> = [
  // Deny by default: every fetch kind not listed below (media, manifest, workers' fallbacks…) is off.
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // Relaxation: data: for QR codes (EPC payment QR rendered as a data URL) and small inline icons;
  // blob: for images the page generates itself (previews). Neither can reach the network.
  ['img-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'"],
  // 'self' only: in Electron the page talks to the services through IPC; in browser mode, through
  // fetch to the same loopback origin. No remote origin, ever (sync runs in the main process).
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  // Relaxation: the letter preview shows a PDF the page renders into a blob: URL inside an iframe.
  // blob: URLs can only be made by a page already running our own script.
  ['frame-src', "'self'", 'blob:'],
];

export const contentSecurityPolicy = directives.map((directive) => directive.join(' ')).join('; ');

/**
 * Headers for every response that carries renderer content. Beyond the CSP: no MIME sniffing
 * (a file is only ever what its extension says), no referrer, and a window that no other origin
 * can script.
 */
export function browserModeHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Browser mode runs in an ordinary browser: switch off device APIs the counter never uses.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()',
  };
}

/** Headers of an `app://guichet` response: the same policy, plus the file's type. */
export function appProtocolHeaders(contentType: string): Record<string, string> {
  return { ...browserModeHeaders(), 'Content-Type': contentType, 'Cache-Control': 'no-cache' };
}
