import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { channels } from '../../shared/contract/app-contract';
import { invokeChannel } from '../../electron/hosts/ipc-host';

// Electron cannot run here: the preload is loaded against a recording stand-in for the two
// objects it uses, so the test sees exactly what it would hand to the page and send to main.
const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const sent: unknown[][] = [];
  return {
    exposed,
    sent,
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void exposed.set(key, value) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        sent.push(args);
        return Promise.resolve({ ok: true, value: 'answer' });
      },
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

type Bridge = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
const preloadFile = fileURLToPath(new URL('../../electron/preload/preload.ts', import.meta.url));

describe('preload bridge', () => {
  let bridge: Bridge;

  beforeAll(async () => {
    await import('../../electron/preload/preload');
    const value = electron.exposed.get('guichet');
    if (typeof value !== 'object' || value === null) throw new Error('window.guichet was not exposed');
    bridge = Object.fromEntries(Object.entries(value).map(([namespace, verbs]) => [namespace, { ...verbs }]));
  });

  it('exposes window.guichet and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['guichet']);
  });

  it('offers exactly one function per contract channel, grouped by namespace', () => {
    const offered = Object.entries(bridge).flatMap(([namespace, verbs]) =>
      Object.keys(verbs).map((verb) => `${namespace}.${verb}`),
    );
    expect(offered.sort()).toEqual([...channels].sort());
    for (const verbs of Object.values(bridge)) {
      for (const fn of Object.values(verbs)) expect(typeof fn).toBe('function');
    }
  });

  it('gives the page no ipcRenderer and no generic invoke', () => {
    const names = JSON.stringify(Object.entries(bridge).map(([namespace, verbs]) => [namespace, Object.keys(verbs)]));
    expect(names).not.toMatch(/ipc|invoke|send|require|electron/i);
  });

  it('sends each call on guichet:invoke with the fixed channel name and the input', async () => {
    const reply = await bridge.caseFile?.search?.({ query: 'dupre' });
    expect(reply).toEqual({ ok: true, value: 'answer' });
    expect(electron.sent.at(-1)).toEqual([invokeChannel, 'caseFile.search', { query: 'dupre' }]);
  });

  it('uses the same IPC channel name as the main-process host', () => {
    expect(readFileSync(preloadFile, 'utf8')).toContain(`const invokeChannel = '${invokeChannel}';`);
  });

  it('imports only electron and the shared contract (a sandboxed preload can load nothing else)', () => {
    const sources = [...readFileSync(preloadFile, 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map(
      (match) => match[1],
    );
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/^(electron|\.\.\/\.\.\/shared\/contract\/[a-z-]+)$/);
  });
});
