/**
 * What the renderer sees: one async function per channel, grouped by namespace
 * (`guichet.caseFile.search({ query })`). The preload and the HTTP client both satisfy this type.
 */
import type { Channel, ChannelInput, ChannelOutput } from './app-contract';
import type { Reply } from './errors';

type NamespaceOf<C extends string> = C extends `${infer N}.${string}` ? N : never;
type VerbOf<C extends string, N extends string> = C extends `${N}.${infer V}` ? V : never;

export type GuichetApi = {
  [N in NamespaceOf<Channel>]: {
    [V in VerbOf<Channel, N>]: `${N}.${V}` extends infer C extends Channel
      ? (input: ChannelInput<C>) => Promise<Reply<ChannelOutput<C>>>
      : never;
  };
};

/** Builds the grouped API from a single transport function; used by the preload and the HTTP client. */
/** Only the first dot separates: `sync.conflicts.list` is the verb `conflicts.list` of `sync`, as the type says. */
export function splitChannel(channel: string): [namespace: string, verb: string] {
  const dot = channel.indexOf('.');
  return [channel.slice(0, dot), channel.slice(dot + 1)];
}

export function buildApi(
  channelNames: readonly Channel[],
  invoke: (channel: Channel, input: unknown) => Promise<Reply<unknown>>,
): GuichetApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Reply<unknown>>>> = {};
  for (const channel of channelNames) {
    const [namespace, verb] = splitChannel(channel);
    api[namespace] ??= {};
    api[namespace][verb] = (input: unknown) => invoke(channel, input);
  }
  return api as GuichetApi;
}
