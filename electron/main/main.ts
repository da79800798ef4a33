/**
 * Composition root of the desktop app: one instance per profile, the hardened app:// protocol
 * serving the built renderer, the application core on the profile's database, and the one IPC
 * handler in front of it. Everything with a decision in it lives in a tested module beside this
 * file; this one only wires Electron to them.
 */
import { app, BrowserWindow, dialog, ipcMain, net, powerMonitor, protocol, safeStorage, session } from 'electron';
import { bindIpcHost } from '../hosts/ipc-host';
import { DEFAULT_DEMO_PERSONS, openAppCore, type AppCore } from '../services/app-core';
import { appEntryUrl, appScheme } from './app-url';
import { shellPaths } from './paths';
import { serveRendererRequest } from './renderer-protocol';
import { safeStorageSecretStore } from './safe-storage-secret-store';
import { safeStorageProfileKeyStore } from './safe-storage-profile-key-store';
import { fundPolicy } from './fund-policy';
import { profileKeyMessage } from './profile-key-message';
import { ProfileKeyUnavailable } from '../../db/profile-key-store';
import { headOfficeSettings } from './sync-settings';
import { applySecurityPolicy, hardenSession } from './security';
import { mainWindowOptions } from './window-options';

// Chromium fixes scheme privileges at start-up, so this must run before 'ready'. `standard` gives
// app://guichet a real origin and relative URLs; `secure` makes it a secure context like https;
// `supportFetchAPI` lets the page fetch its own files. No bypassCSP, no corsEnabled.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
applySecurityPolicy(app);

const isDevelopment = !app.isPackaged;
const paths = shellPaths({ bundleDir: __dirname, isPackaged: app.isPackaged, resourcesPath: process.resourcesPath });
const ownWebContents = new Set<number>();
let mainWindow: BrowserWindow | null = null;
let core: AppCore | null = null;

// Development and end-to-end runs need a throw-away profile; an installed app ignores these
// variables, so nothing in the environment can point a counter's app at another database.
const profileOverride = isDevelopment ? process.env.GUICHET_PROFILE_DIR : undefined;
if (profileOverride) app.setPath('userData', profileOverride);
const demoPersonsOverride =
  isDevelopment && process.env.GUICHET_DEMO_PERSONS ? Number(process.env.GUICHET_DEMO_PERSONS) : undefined;

if (process.platform === 'win32') app.setAppUserModelId('be.guichet.app');

// The lock is per profile (userData): a second start would open the same SQLite file twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  // The database belongs to the window's session of work: with no window left there is nothing
  // to keep running, on macOS too.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeCore);
  app.whenReady().then(start).catch(failToStart);
}

function start(): void {
  hardenSession(session.defaultSession);
  protocol.handle(appScheme, (request) => serveRendererRequest(paths.rendererRoot, request));
  const headOffice = headOfficeSettings({ userDataDir: app.getPath('userData'), isDevelopment, env: process.env });
  core = openAppCore({
    profileDir: app.getPath('userData'),
    host: 'electron',
    migrationsFolder: paths.migrationsFolder,
    version: app.getVersion(),
    // An installed app starts empty and fills from head office; demo data is for development.
    demoPersons: app.isPackaged
      ? 0
      : demoPersonsOverride !== undefined && Number.isSafeInteger(demoPersonsOverride)
        ? demoPersonsOverride
        : DEFAULT_DEMO_PERSONS,
    headOffice,
    // Always the OS keyring, packaged or not: the key-file store of browser mode is never used here.
    profileKeys: safeStorageProfileKeyStore(safeStorage, {
      platform: process.platform,
      profileDir: app.getPath('userData'),
      allowsBasicText: fundPolicy(app.getPath('userData')).allowProfileKeyWithoutKeyring,
      warn: (line) => console.warn(line),
    }),
    // Only a device that syncs has a secret to protect. safeStorage works only after 'ready': this runs inside it.
    ...(headOffice
      ? {
          secretStore: safeStorageSecretStore(safeStorage, {
            platform: process.platform,
            profileDir: app.getPath('userData'),
            warn: (line) => console.warn(line),
          }),
        }
      : {}),
  });
  watchNetwork(core);
  bindIpcHost(ipcMain, { services: core, isOwnWebContents: (id) => ownWebContents.has(id) });
  createMainWindow();
}

/** Sync as soon as the network (or the machine, after sleep) comes back; the status shows offline at once when it goes. */
function watchNetwork(current: AppCore): void {
  const sync = current.sync;
  if (!sync) return;
  let wasOnline = net.isOnline();
  const timer = setInterval(() => {
    const isOnline = net.isOnline();
    if (isOnline && !wasOnline) sync.notifyOnline();
    if (!isOnline && wasOnline) sync.notifyOffline();
    wasOnline = isOnline;
  }, 5_000);
  timer.unref();
  powerMonitor.on('resume', () => sync.notifyOnline());
  app.once('will-quit', () => clearInterval(timer));
}

function createMainWindow(): void {
  const window = new BrowserWindow(mainWindowOptions({ preloadPath: paths.preload, isDevelopment }));
  // Read the id now: after 'closed' the WebContents is destroyed and its id unreadable.
  const webContentsId = window.webContents.id;
  ownWebContents.add(webContentsId);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    ownWebContents.delete(webContentsId);
    mainWindow = null;
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`renderer process gone: ${details.reason}`);
  });
  mainWindow = window;
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    console.error(`could not load ${appEntryUrl}: ${error instanceof Error ? error.message : String(error)}`);
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function closeCore(): void {
  // Closing checkpoints the WAL, so the profile folder is a single consistent file afterwards.
  core?.close();
  core = null;
}

function failToStart(error: unknown): void {
  // Typically an unreadable profile or a migration that failed: say so and stop, rather than
  // show a window whose every call would fail. The message stays on this machine.
  if (error instanceof ProfileKeyUnavailable) {
    const { title, text } = profileKeyMessage(error.problem, app.getLocale());
    console.error(`Guichet could not start: ${error.message}`);
    dialog.showErrorBox(title, text);
    closeCore();
    app.exit(1);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Guichet could not start: ${message}`);
  dialog.showErrorBox('Guichet', `Guichet could not start.\n\n${message}`);
  closeCore();
  app.exit(1);
}
