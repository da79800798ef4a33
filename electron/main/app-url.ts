/**
 * Where the renderer lives: one privileged custom scheme and one host. Serving from `app://guichet`
 * instead of `file://` gives the page a real origin (so 'self' in the CSP means something and the
 * IPC host can recognise its own page) and keeps the rest of the disk out of the page's reach.
 * Pure: no 'electron' import, so the IPC host and the tests can use it too.
 */
export const appScheme = 'app';
export const appHost = 'guichet';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * True for `app://guichet/...` and nothing else. Node's URL gives non-special schemes an origin of
 * "null", so protocol and host are compared one by one; credentials or a port would mean a URL
 * crafted to look like ours.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== undefined &&
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** A blob created by our own page (`blob:app://guichet/<uuid>`), e.g. a PDF preview. */
export function isAppBlobUrl(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
