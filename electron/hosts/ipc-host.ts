/**
 * The Electron host: one IPC handler, `guichet:invoke`, in front of the shared dispatch. Before
 * anything is parsed it checks who is asking: the frame must be the top frame of a window this
 * process created, showing our own app://guichet page. A sub-frame (the PDF preview iframe), a
 * page that navigated away, or any other WebContents gets a refusal and reaches no service.
 *
 * Written against small structural types instead of importing 'electron', so it runs and is
 * tested in plain Node; main.ts passes the real `ipcMain`.
 */
import type { Reply } from '../../shared/contract/errors';
import { isAppUrl } from '../main/app-url';
import type { DispatchTarget } from '../services/app-core';
import { dispatch, type Logger } from './dispatch';

/** Must match the preload's channel (the preload may not import this file; a test pins both). */
export const invokeChannel = 'guichet:invoke';

/** The parts of Electron's WebFrameMain and IpcMainInvokeEvent the check reads. */
export type SenderFrame = { readonly url: string; readonly parent: unknown };
export type InvokeEvent = { readonly senderFrame: SenderFrame | null; readonly sender: { readonly id: number } };

export type IpcRegistrar = {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<Reply<unknown>>): void;
};

export type IpcHostOptions = {
  /** The app core's handlers behind its access rules. */
  services: DispatchTarget;
  /** True for the WebContents of a window this process created (see main.ts). */
  isOwnWebContents: (webContentsId: number) => boolean;
  logger?: Logger;
};

const refusedSender: Reply<never> = { ok: false, error: { code: 'unauthorized', messageKey: 'errors.unauthorized' } };
const notAChannel: Reply<never> = {
  ok: false,
  error: { code: 'unknown-channel', messageKey: 'errors.unknownChannel' },
};

/**
 * `senderFrame` is null when the frame navigated or closed while the message was in flight:
 * refuse rather than guess. `parent === null` marks the top frame.
 */
export function isTrustedSender(event: InvokeEvent, isOwnWebContents: (webContentsId: number) => boolean): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url) && isOwnWebContents(event.sender.id);
}

/** The listener itself, exported so tests call exactly what Electron calls. */
export function createInvokeListener(
  options: IpcHostOptions,
): (event: InvokeEvent, ...args: unknown[]) => Promise<Reply<unknown>> {
  const logger = options.logger ?? console;
  return async (event, channel, input) => {
    if (!isTrustedSender(event, options.isOwnWebContents)) {
      // The frame URL may hold a path or query typed by someone: log only that a refusal happened.
      logger.error('ipc: refused a call from an untrusted frame');
      return refusedSender;
    }
    if (typeof channel !== 'string') return notAChannel;
    return dispatch(options.services, channel, input, { host: 'electron' }, logger);
  };
}

export function bindIpcHost(ipc: IpcRegistrar, options: IpcHostOptions): void {
  ipc.handle(invokeChannel, createInvokeListener(options));
}
