/** Handlers of the changes of situation (shared/contract/channels/situation.ts); access is checked by the gate. */
import type { situationChannels } from '../../../shared/contract/channels/situation';
import { toIsoDate } from '../../../shared/domain/calendar';
import type { HandlerGroup, ServiceContext } from '../service-context';
import { confirmSituation } from './situation-confirm';
import { situationHistory } from './situation-history';
import { previewSituation } from './situation-preview';

export function situationHandlers(context: ServiceContext): HandlerGroup<keyof typeof situationChannels> {
  return {
    'situation.preview': ({ personId, change }) =>
      previewSituation(context.db.$client, personId, change, toIsoDate(context.today())),
    'situation.confirm': (request, { advisor }) => confirmSituation(context, advisor, request),
    'situation.history': ({ personId }) => situationHistory(context.db.$client, personId),
  };
}
