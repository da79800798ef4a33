import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../electron/main/window-options';

describe('main window options', () => {
  const options = mainWindowOptions({ preloadPath: '/app/out/electron/preload.cjs', isDevelopment: false });
  const preferences = options.webPreferences ?? {};

  it('isolates the preload from page script and sandboxes the renderer', () => {
    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.sandbox).toBe(true);
  });

  it('gives Node to no page, worker or sub-frame', () => {
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps the web security model on', () => {
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.experimentalFeatures).toBe(false);
  });

  it('allows no <webview>, no spell-check service and no navigation by dropping a file', () => {
    expect(preferences.webviewTag).toBe(false);
    expect(preferences.spellcheck).toBe(false);
    expect(preferences.navigateOnDragDrop).toBe(false);
  });

  it('opens no window on a middle click', () => {
    expect(preferences.disableBlinkFeatures).toBe('Auxclick');
  });

  it('loads the bundled preload', () => {
    expect(preferences.preload).toBe('/app/out/electron/preload.cjs');
  });

  it('opens DevTools only in development', () => {
    expect(preferences.devTools).toBe(false);
    expect(mainWindowOptions({ preloadPath: 'p', isDevelopment: true }).webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until the first paint', () => {
    expect(options.show).toBe(false);
  });
});
