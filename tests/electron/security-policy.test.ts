import { describe, expect, it } from 'vitest';
import { appEntryUrl, isAppBlobUrl, isAppUrl } from '../../electron/main/app-url';
import {
  denyWindowOpen,
  grantedPermissions,
  guardNavigation,
  hardenSession,
  hardenWebContents,
  isAllowedFrameNavigation,
  isAllowedNavigation,
  isPermissionGranted,
  type HardenableContents,
  type DownloadItemLike,
  type HardenableSession,
  type NavigationAttempt,
} from '../../electron/main/security';

function attempt(url: string, isMainFrame = true): NavigationAttempt & { isPrevented: () => boolean } {
  let isPrevented = false;
  return { url, isMainFrame, preventDefault: () => void (isPrevented = true), isPrevented: () => isPrevented };
}

describe('our origin', () => {
  it('is app://guichet and nothing that merely looks like it', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('app://guichet/assets/index-abc.js')).toBe(true);
    expect(isAppUrl('app://guichet.evil.example/index.html')).toBe(false);
    expect(isAppUrl('app://evil@guichet/index.html')).toBe(false);
    expect(isAppUrl('app://guichet:8080/index.html')).toBe(false);
    expect(isAppUrl('https://guichet/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('recognises blobs made by our page only', () => {
    expect(isAppBlobUrl('blob:app://guichet/0b7c5d7e-1f7e-4f0e-9a43-3f0f8d1f6a11')).toBe(true);
    expect(isAppBlobUrl('blob:https://evil.example/0b7c5d7e')).toBe(false);
    expect(isAppBlobUrl('app://guichet/index.html')).toBe(false);
  });
});

describe('navigation policy', () => {
  it('lets the window move only within app://guichet', () => {
    expect(isAllowedNavigation('app://guichet/index.html')).toBe(true);
    expect(isAllowedNavigation('https://www.inasti.be/')).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1:5173/')).toBe(false);
    expect(isAllowedNavigation('file:///C:/Windows/System32/')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
    expect(isAllowedNavigation('data:text/html,<script>alert(1)</script>')).toBe(false);
  });

  it('lets a sub-frame show our own blob (PDF preview) but never the top frame', () => {
    const blob = 'blob:app://guichet/0b7c5d7e-1f7e-4f0e-9a43-3f0f8d1f6a11';
    expect(isAllowedFrameNavigation(blob, false)).toBe(true);
    expect(isAllowedFrameNavigation(blob, true)).toBe(false);
    expect(isAllowedFrameNavigation('https://evil.example/', false)).toBe(false);
  });

  it('prevents a navigation away and lets our own through', () => {
    const away = attempt('https://evil.example/phish');
    guardNavigation(away);
    expect(away.isPrevented()).toBe(true);
    const home = attempt('app://guichet/index.html');
    guardNavigation(home);
    expect(home.isPrevented()).toBe(false);
  });

  it('denies every window.open', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it('grants nothing, even to our own page', () => {
    expect(grantedPermissions.size).toBe(0);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'openExternal',
      'fullscreen',
    ]) {
      expect(isPermissionGranted(permission, 'app://guichet/index.html')).toBe(false);
      expect(isPermissionGranted(permission, 'https://evil.example/')).toBe(false);
    }
    expect(isPermissionGranted('media', undefined)).toBe(false);
  });
});

describe('wiring on a WebContents and a session', () => {
  type Listener = (event: NavigationAttempt) => void;

  function recordingContents(): HardenableContents & { listeners: Map<string, Listener>; windowOpen: () => unknown } {
    const listeners = new Map<string, Listener>();
    let windowOpen: () => unknown = () => ({ action: 'allow' });
    return {
      listeners,
      get windowOpen() {
        return windowOpen;
      },
      setWindowOpenHandler(handler) {
        windowOpen = handler;
      },
      on(event: string, listener: Listener) {
        listeners.set(event, listener);
        return this;
      },
    };
  }

  it('guards every navigation event, denies window.open and refuses <webview>', () => {
    const contents = recordingContents();
    hardenWebContents(contents);
    expect(contents.windowOpen()).toEqual({ action: 'deny' });
    for (const event of ['will-frame-navigate', 'will-navigate', 'will-redirect']) {
      const away = attempt('https://evil.example/');
      contents.listeners.get(event)?.(away);
      expect(away.isPrevented(), event).toBe(true);
    }
    const webview = attempt('app://guichet/index.html');
    contents.listeners.get('will-attach-webview')?.(webview);
    expect(webview.isPrevented()).toBe(true);
  });

  it('answers no to permission requests, checks, device pickers and foreign downloads', () => {
    const answers: boolean[] = [];
    let download: ((event: { preventDefault(): void }, item: DownloadItemLike) => void) | undefined;
    const session: HardenableSession = {
      setPermissionRequestHandler(handler) {
        handler(null, 'media', (isGranted) => answers.push(isGranted), { requestingUrl: 'app://guichet/index.html' });
      },
      setPermissionCheckHandler(handler) {
        answers.push(handler(null, 'clipboard-read', 'app://guichet'));
      },
      setDevicePermissionHandler(handler) {
        answers.push(handler());
      },
      on(_event, listener) {
        download = listener;
        return this;
      },
    };
    hardenSession(session);
    expect(answers).toEqual([false, false, false]);
    const dialogs: unknown[] = [];
    const item = (url: string, filename: string): DownloadItemLike => ({
      getURL: () => url,
      getFilename: () => filename,
      setSaveDialogOptions: (options) => dialogs.push(options),
    });
    for (const [url, filename] of [
      ['app://guichet/letter.pdf', 'letter.pdf'],
      ['https://example.com/x.pdf', 'x.pdf'],
      ['blob:https://example.com/5b1c', 'x.pdf'],
      ['blob:app://guichet/5b1c', 'setup.exe'],
      ['blob:app://guichet/5b1c', '../../x.pdf'],
    ] as const) {
      const event = attempt(url);
      download?.(event, item(url, filename));
      expect(event.isPrevented(), `${url} ${filename}`).toBe(true);
    }
    expect(dialogs).toEqual([]);

    // "Save as PDF" of a letter made by our page goes to the save dialog.
    const letter = attempt('blob:app://guichet/5b1c');
    download?.(letter, item('blob:app://guichet/5b1c', 'rappel-2026-Q3.pdf'));
    expect(letter.isPrevented()).toBe(false);
    expect(dialogs).toEqual([{ defaultPath: 'rappel-2026-Q3.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] }]);
  });
});
