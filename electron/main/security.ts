/**
 * What any web content may do in this app, applied to every WebContents as it is created (so a
 * window or frame made later, by us or by a bug, is covered too). The decisions are pure
 * predicates, tested without Electron; the wiring below only connects them to Electron's events.
 *
 * The page is only ever our own renderer on app://guichet: it has no reason to navigate
 * elsewhere, open windows, embed <webview>s, download anything but its own letters (through the
 * save dialog) or use any browser permission (camera, notifications, clipboard-read…).
 */
import type { App } from 'electron';
import { isAppBlobUrl, isAppUrl } from './app-url';

type Preventable = { preventDefault(): void };
export type NavigationAttempt = Preventable & { url: string; isMainFrame: boolean };

/**
 * The parts of Electron's WebContents and Session that the policy touches. Electron's own objects
 * satisfy these types (main.ts passes them), and tests pass recording fakes to see the wiring.
 */
export type HardenableContents = {
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  on(event: 'will-frame-navigate', listener: (attempt: NavigationAttempt) => void): unknown;
  on(event: 'will-navigate', listener: (attempt: NavigationAttempt) => void): unknown;
  on(event: 'will-redirect', listener: (attempt: NavigationAttempt) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
};

export type HardenableSession = {
  setPermissionRequestHandler(
    handler: (
      contents: unknown,
      permission: string,
      callback: (isGranted: boolean) => void,
      details: { requestingUrl: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  on(event: 'will-download', listener: (event: Preventable, item: DownloadItemLike) => void): unknown;
};

/** The parts of Electron's DownloadItem the policy touches. */
export type DownloadItemLike = {
  getURL(): string;
  getFilename(): string;
  setSaveDialogOptions(options: { defaultPath?: string; filters?: { name: string; extensions: string[] }[] }): void;
};

/** The top-level page may only go to our own origin (a reload, or another of our files). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Sub-frames may also show a blob: URL made by our page (the PDF preview of a letter); the CSP's
 * frame-src allows the same, and nothing else.
 */
export function isAllowedFrameNavigation(url: string, isMainFrame: boolean): boolean {
  return isMainFrame ? isAllowedNavigation(url) : isAppUrl(url) || isAppBlobUrl(url);
}

/**
 * Browser permissions granted to our own page. Empty on purpose: every feature goes through the
 * typed contract instead. To grant one later, add it here (it is still limited to app://guichet).
 */
export const grantedPermissions: ReadonlySet<string> = new Set<string>();

export function isPermissionGranted(permission: string, requestingUrl: string | undefined): boolean {
  return grantedPermissions.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

export function guardNavigation(attempt: NavigationAttempt): void {
  if (!isAllowedFrameNavigation(attempt.url, attempt.isMainFrame)) attempt.preventDefault();
}

/**
 * "Save as PDF" of a letter and the CSV manifest of a batch: a blob: URL made by our own page, with
 * a plain file name of those two kinds. Anything else (a remote URL, an executable) is refused.
 */
export function isAllowedDownload(url: string, filename: string): boolean {
  return isAppBlobUrl(url) && /^[^\\/]+\.(pdf|csv)$/i.test(filename);
}

/** Lets an allowed download through to the system's save dialog (the advisor picks the place). */
export function guardDownload(event: Preventable, item: DownloadItemLike): void {
  const filename = item.getFilename();
  if (!isAllowedDownload(item.getURL(), filename)) {
    event.preventDefault();
    return;
  }
  const extension = filename.slice(filename.lastIndexOf('.') + 1).toLowerCase();
  item.setSaveDialogOptions({
    defaultPath: filename,
    filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
  });
}

export function refuse(event: Preventable): void {
  event.preventDefault();
}

/** window.open, target=_blank and middle clicks all end here: no second window, ever. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

export function hardenWebContents(contents: HardenableContents): void {
  contents.setWindowOpenHandler(denyWindowOpen);
  // will-frame-navigate covers the main frame and sub-frames; will-navigate is kept as a second
  // lock on the main frame in case a future Electron changes which event fires first.
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  // webviewTag is off in webPreferences; this refuses one even if a later window forgets it.
  contents.on('will-attach-webview', refuse);
}

/** Permission prompts, permission checks and device pickers (USB, HID, serial) all say no. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  // Only our own letters and manifests, always through the save dialog: never a silent write.
  session.on('will-download', guardDownload);
}

/**
 * Call before the app is ready. `enableSandbox` sandboxes every renderer even if a window's
 * options forget to; the listener hardens each WebContents the moment it exists.
 */
export function applySecurityPolicy(app: App): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
