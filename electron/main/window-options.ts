/**
 * The options of the main window, as a pure function so that each security flag is asserted by a
 * test without starting Electron. `webPreferences` stays inline in this literal: split into a
 * variable, static checkers (electronegativity) stop seeing the flags.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export type MainWindowSettings = { preloadPath: string; isDevelopment: boolean };

export function mainWindowOptions(settings: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Guichet',
    // Shown on 'ready-to-show', so the counter never sees a white flash or a half-drawn page.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: settings.preloadPath,
      // The preload runs in its own JavaScript world: page script cannot touch ipcRenderer.
      contextIsolation: true,
      // The renderer process is OS-sandboxed; the preload gets only a minimal require().
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Spell-checking would download dictionaries from Google and send typed words to a service.
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click would open a link as a new window: the counter never needs it, and every
      // window the app did not create is one more thing security.ts has to deny.
      disableBlinkFeatures: 'Auxclick',
      // A page stuck in alert() loops cannot block the counter.
      safeDialogs: true,
      // DevTools only while developing; an installed counter has no reason to open them.
      devTools: settings.isDevelopment,
    },
  };
}
