/**
 * Who is at the counter. The services keep the session (sign-in is checked locally, so it works
 * offline); this store mirrors it for the shell, which shows the sign-in screen, the lock screen or
 * the app. Any reply refused because the session is locked or gone refreshes it, so the screen
 * locks even when the services locked first.
 */
import { create } from 'zustand';
import type { Channel } from '../../shared/contract/app-contract';
import { channelNames } from '../../shared/contract/channel-names';
import type { SessionDto } from '../../shared/contract/channels/session';
import { buildApi, splitChannel, type GuichetApi } from '../../shared/contract/client';
import type { Reply } from '../../shared/contract/errors';

export type SessionState = {
  status: 'loading' | 'signed-out' | 'signed-in' | 'error';
  session: SessionDto | null;
};

const initialState: SessionState = { status: 'loading', session: null };

export const useSessionStore = create<SessionState>()(() => initialState);

export function resetSession(): void {
  useSessionStore.setState(initialState, true);
}

export function applySession(session: SessionDto | null): void {
  useSessionStore.setState({ status: session ? 'signed-in' : 'signed-out', session });
}

export async function loadSession(api: GuichetApi): Promise<void> {
  const reply = await api.session.current({});
  if (reply.ok) applySession(reply.value);
  else useSessionStore.setState({ status: 'error', session: null });
}

const sessionKeys = new Set(['errors.session.locked', 'errors.session.signedOut']);

/**
 * The same API, watching replies: a refusal that says the session is locked or gone asks the
 * services for the session again (which puts the lock or sign-in screen up).
 */
export function watchSession(api: GuichetApi): GuichetApi {
  const byChannel = api as unknown as Record<string, Record<string, (input: unknown) => Promise<Reply<unknown>>>>;
  return buildApi(channelNames, async (channel: Channel, input: unknown) => {
    const [namespace, verb] = splitChannel(channel);
    const call = byChannel[namespace]?.[verb];
    if (!call) return { ok: false, error: { code: 'unknown-channel', messageKey: 'errors.unknownChannel' } };
    const reply = await call(input);
    if (!reply.ok && !channel.startsWith('session.') && sessionKeys.has(reply.error.messageKey)) void loadSession(api);
    return reply;
  });
}
