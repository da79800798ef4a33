/**
 * The browser-mode launch token arrives once, as `?token=…` in the URL the host prints. It is moved
 * to sessionStorage (so a reload keeps working, and it dies with the tab) and removed from the
 * address bar at once, so it is not left in history, bookmarks or screenshots of the counter.
 */
const STORAGE_KEY = 'guichet.launchToken';

export type TokenEnvironment = {
  location: Pick<Location, 'href'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
};

export function takeLaunchToken(environment: TokenEnvironment): string | null {
  const url = new URL(environment.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null) {
    url.searchParams.delete('token');
    // Keep the hash: it is the router's location (e.g. a reload on #/case-files/…).
    environment.history.replaceState(environment.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  const storage = environment.storage;
  if (fromUrl) {
    try {
      storage?.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // Storage can be disabled by policy; the token then lives for this page only.
    }
    return fromUrl;
  }
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** sessionStorage, or null where the browser refuses access to it. */
export function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
