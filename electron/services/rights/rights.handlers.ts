/** The rights channels: the panel's view and the counter's writes (rights-writes.ts). */
import type { rightsChannels } from '../../../shared/contract/channels/rights';
import { loadOwner } from '../case-file/owner';
import type { HandlerGroup, ServiceContext } from '../service-context';
import { personIdOf } from './rights-facts';
import { rightsView } from './rights-view';
import { applyForRight, decideRight, recordEvent, requestDocuments } from './rights-writes';

export function rightsHandlers(context: ServiceContext): HandlerGroup<keyof typeof rightsChannels> {
  return {
    'rights.assess': (ref) => {
      const personId = personIdOf(ref);
      loadOwner(context.db.$client, ref);
      return rightsView(context.db.$client, personId, context.today());
    },
    'rights.recordEvent': (input, { advisor }) => recordEvent(context, input, advisor),
    'rights.apply': (input, { advisor }) => applyForRight(context, input, advisor),
    'rights.requestDocuments': (input, { advisor }) => requestDocuments(context, input, advisor),
    'rights.decide': (input, { advisor }) => decideRight(context, input, advisor),
  };
}
