/**
 * The whole bridge between the page and the main process: `window.guichet`, one typed function
 * per contract channel, each sending on the single `guichet:invoke` IPC channel. The page never
 * gets ipcRenderer, a generic invoke or a channel name it can choose: the functions are built from
 * the contract's channel list, and the main process validates every input again anyway.
 *
 * Runs sandboxed (require() knows only 'electron'), so the build bundles what it imports: the
 * generated channel names (shared/contract/channel-names.ts), not the contract's zod schemas, which
 * would add ~445 kB to parse on every page load. The types still come from the contract (erased).
 * It exports nothing: the renderer declares the type of `window.guichet` itself (GuichetApi).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from '../../shared/contract/channel-names';
import { buildApi, type GuichetApi } from '../../shared/contract/client';
import type { Reply } from '../../shared/contract/errors';

// Same string as `invokeChannel` in electron/hosts/ipc-host.ts (a test pins the two together).
const invokeChannel = 'guichet:invoke';

function invoke(channel: string, input: unknown): Promise<Reply<unknown>> {
  return ipcRenderer.invoke(invokeChannel, channel, input);
}

const api = buildApi(channelNames, invoke) satisfies GuichetApi;

contextBridge.exposeInMainWorld('guichet', api);
