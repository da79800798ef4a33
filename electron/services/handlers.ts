/**
 * The application services seen from a host: one handler per contract channel. The mapped type
 * makes a channel without a handler a compile error. Inputs arrive already validated.
 */
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract/app-contract';

export type HostKind = 'electron' | 'browser';
export type RequestContext = { host: HostKind };

export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>, context: RequestContext) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};
