import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ensureAdvisors, signIn } from '../fixtures/core';
import { openAppCore, type AppCore } from '../../electron/services/app-core';
import type { Handlers } from '../../electron/services/handler-types';
import {
  bindIpcHost,
  createInvokeListener,
  invokeChannel,
  isTrustedSender,
  type InvokeEvent,
  type IpcRegistrar,
} from '../../electron/hosts/ipc-host';
import { insertPerson } from '../../db/repositories/person-repo';
import { tempDir } from '../fixtures/temp-db';
import { personFields } from '../fixtures/persons';

const ownWindowId = 7;
const isOwnWebContents = (id: number) => id === ownWindowId;

/** What Electron hands the listener, reduced to what the check reads. */
function eventFrom(
  url: string,
  options: { webContentsId?: number; parent?: unknown; isFrameGone?: boolean } = {},
): InvokeEvent {
  return {
    senderFrame: options.isFrameGone ? null : { url, parent: options.parent ?? null },
    sender: { id: options.webContentsId ?? ownWindowId },
  };
}

describe('IPC sender check', () => {
  it('trusts the top frame of our own window on app://guichet', () => {
    expect(isTrustedSender(eventFrom('app://guichet/index.html'), isOwnWebContents)).toBe(true);
  });

  it('refuses a foreign page, a look-alike origin, a sub-frame, a gone frame and another WebContents', () => {
    const refused = [
      eventFrom('https://evil.example/'),
      eventFrom('file:///C:/Users/counter/Downloads/letter.html'),
      eventFrom('app://guichet.evil.example/index.html'),
      eventFrom('app://guichet/index.html', { parent: { url: 'app://guichet/index.html', parent: null } }),
      eventFrom('app://guichet/index.html', { isFrameGone: true }),
      eventFrom('app://guichet/index.html', { webContentsId: 99 }),
    ];
    for (const event of refused) expect(isTrustedSender(event, isOwnWebContents)).toBe(false);
  });
});

describe('Electron IPC host', () => {
  const profile = tempDir();
  const logged: string[] = [];
  const logger = { error: (message: string) => void logged.push(message) };
  let core: AppCore;
  let updateCalls = 0;
  let listener: ReturnType<typeof createInvokeListener>;

  beforeAll(async () => {
    core = openAppCore({ profileDir: join(profile.dir, 'profile'), host: 'electron', demoPersons: 0 });
    ensureAdvisors(core);
    await signIn(core);
    core.db.transaction((tx) =>
      insertPerson(tx, core.recorder, personFields({ niss: '85073003328', lastName: 'Dupré', firstName: 'Jean' })),
    );
    // The real handlers, with one of them counting its calls.
    const handlers: Handlers = {
      ...core.handlers,
      'settings.update': (input, context) => {
        updateCalls += 1;
        return core.handlers['settings.update'](input, context);
      },
    };
    listener = createInvokeListener({ services: { ...core, handlers }, isOwnWebContents, logger });
  });
  afterAll(() => {
    core.close();
    profile.cleanup();
  });

  it('binds exactly one IPC channel, guichet:invoke', () => {
    const bound: string[] = [];
    const ipc: IpcRegistrar = { handle: (channel) => void bound.push(channel) };
    bindIpcHost(ipc, { services: core, isOwnWebContents, logger });
    expect(bound).toEqual([invokeChannel]);
    expect(invokeChannel).toBe('guichet:invoke');
  });

  it('refuses a call from a foreign frame before any handler runs', async () => {
    const reply = await listener(eventFrom('https://evil.example/'), 'settings.update', { language: 'nl' });
    expect(reply).toEqual({ ok: false, error: { code: 'unauthorized', messageKey: 'errors.unauthorized' } });
    expect(updateCalls).toBe(0);
    expect(core.handlers['settings.get']({}, { host: 'electron', advisor: null })).toEqual({ language: 'fr' });
    expect(logged.at(-1)).toBe('ipc: refused a call from an untrusted frame');
    expect(logged.join('\n')).not.toContain('evil.example');
  });

  it('refuses the PDF preview iframe even though it is on our origin', async () => {
    const reply = await listener(eventFrom('app://guichet/index.html', { parent: {} }), 'settings.update', {
      language: 'nl',
    });
    expect(reply.ok).toBe(false);
    expect(updateCalls).toBe(0);
  });

  it('passes a call from our window through validation to the service', async () => {
    const reply = await listener(eventFrom('app://guichet/index.html'), 'caseFile.search', { query: 'dupre' });
    expect(reply.ok).toBe(true);
    expect(
      reply.ok && Array.isArray(reply.value) ? reply.value.map((hit: { displayName: string }) => hit.displayName) : [],
    ).toEqual(['Dupré Jean']);
    const info = await listener(eventFrom('app://guichet/index.html'), 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', personCount: 1 } });
  });

  it('reaches a writing handler only from a trusted frame', async () => {
    const reply = await listener(eventFrom('app://guichet/index.html'), 'settings.update', { language: 'nl' });
    expect(reply).toEqual({ ok: true, value: { language: 'nl' } });
    expect(updateCalls).toBe(1);
  });

  it('answers bad channels and bad input with typed errors, never a stack trace', async () => {
    const trusted = eventFrom('app://guichet/index.html');
    expect(await listener(trusted, 42, {})).toEqual({
      ok: false,
      error: { code: 'unknown-channel', messageKey: 'errors.unknownChannel' },
    });
    expect(await listener(trusted, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    const invalid = await listener(trusted, 'caseFile.search', { query: '' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(JSON.stringify(invalid)).not.toMatch(/at .*\.ts:\d+/);
  });
});
