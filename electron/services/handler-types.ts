/**
 * The application services seen from a host: one handler per contract channel. The mapped type
 * makes a channel without a handler a compile error. Inputs arrive already validated, and access
 * already checked (shared/contract/access.ts): a channel that needs a signed-in advisor receives
 * that advisor in its context and never looks the session up itself.
 */
import type { SignedInChannel } from '../../shared/contract/access';
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract/app-contract';
import type { AdvisorWithBranch } from '../../db/repositories/advisor-repo';

export type HostKind = 'electron' | 'browser';
/** What a host knows about a call: which host it came through. */
export type RequestContext = { host: HostKind };
/** What a handler receives: the host, and the advisor when the channel's rule requires one. */
export type HandlerContext = RequestContext & { advisor: AdvisorWithBranch | null };
export type SignedInContext = RequestContext & { advisor: AdvisorWithBranch };

export type ContextOf<C extends Channel> = C extends SignedInChannel ? SignedInContext : HandlerContext;

export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>, context: ContextOf<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};
