/**
 * A recording stand-in for the parts of 'electron' that electron/main/main.ts uses. The Electron
 * binary cannot be installed on every machine, so the composition test runs the real main bundle
 * against this object instead (served to the bundle's require('electron') through globalThis).
 */
type Listener = (...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response> | Response;
type InvokeListener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

export type FakeWindow = {
  options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
  loadedUrl: string | undefined;
  webContents: { id: number; on(event: string, listener: Listener): void };
  isFocused: boolean;
};

export type FakeElectron = ReturnType<typeof createFakeElectron>;

export function createFakeElectron(options: { userData: string }) {
  const appListeners = new Map<string, Listener[]>();
  const calls: string[] = [];
  const privilegedSchemes: unknown[] = [];
  const protocolHandlers = new Map<string, ProtocolHandler>();
  const ipcHandlers = new Map<string, InvokeListener>();
  const windows: FakeWindow[] = [];
  const paths = new Map<string, string>([['userData', options.userData]]);
  const sessionHandlers: string[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  let nextWebContentsId = 1;

  class BrowserWindow {
    readonly record: FakeWindow;
    constructor(windowOptions: FakeWindow['options']) {
      calls.push('new BrowserWindow');
      this.record = {
        options: windowOptions,
        loadedUrl: undefined,
        webContents: { id: nextWebContentsId++, on: () => undefined },
        isFocused: false,
      };
      windows.push(this.record);
    }
    get webContents() {
      return this.record.webContents;
    }
    once(): void {}
    on(): void {}
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    show(): void {}
    focus(): void {
      this.record.isFocused = true;
    }
    loadURL(url: string): Promise<void> {
      this.record.loadedUrl = url;
      return Promise.resolve();
    }
  }

  const electron = {
    app: {
      isPackaged: false,
      enableSandbox: () => void calls.push('app.enableSandbox'),
      on: (event: string, listener: Listener) => {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      },
      setPath: (name: string, value: string) => void paths.set(name, value),
      getPath: (name: string) => paths.get(name) ?? '',
      getVersion: () => '9.9.9',
      getLocale: () => 'fr-BE',
      setAppUserModelId: () => undefined,
      requestSingleInstanceLock: () => {
        calls.push('app.requestSingleInstanceLock');
        return true;
      },
      whenReady: () => {
        calls.push('app.whenReady');
        return ready;
      },
      quit: () => void calls.push('app.quit'),
      exit: (code: number) => void calls.push(`app.exit(${code})`),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        calls.push('protocol.registerSchemesAsPrivileged');
        privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: ProtocolHandler) => void protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void sessionHandlers.push('permission-request'),
        setPermissionCheckHandler: () => void sessionHandlers.push('permission-check'),
        setDevicePermissionHandler: () => void sessionHandlers.push('device-permission'),
        on: (event: string) => void sessionHandlers.push(event),
      },
    },
    ipcMain: { handle: (channel: string, listener: InvokeListener) => void ipcHandlers.set(channel, listener) },
    // Reversible only through this object (XOR), like the OS keyring is only through this user's session.
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (plain: string) => Buffer.from(Buffer.from(plain, 'utf8').map((byte) => byte ^ 0x5a)),
      decryptString: (sealed: Buffer) => Buffer.from(sealed.map((byte) => byte ^ 0x5a)).toString('utf8'),
    },
    dialog: { showErrorBox: (title: string, message: string) => void calls.push(`dialog: ${title}: ${message}`) },
    BrowserWindow,
  };

  return {
    electron,
    calls,
    privilegedSchemes,
    protocolHandlers,
    ipcHandlers,
    windows,
    sessionHandlers,
    /** Fires 'ready' and waits for main.ts to finish its start-up. */
    async becomeReady(): Promise<void> {
      resolveReady();
      await ready;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    emit(event: string, ...args: unknown[]): void {
      for (const listener of appListeners.get(event) ?? []) listener(...args);
    },
    hasListener: (event: string) => (appListeners.get(event)?.length ?? 0) > 0,
  };
}
