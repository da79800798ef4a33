/** Handlers of the case-file edits (shared/contract/channels/case-file-edit.ts); access is checked by the gate. */
import type { caseFileEditChannels } from '../../../shared/contract/channels/case-file-edit';
import type { HandlerGroup, ServiceContext } from '../service-context';
import { editPerson } from './edit-person';
import { readSummary } from './detail-service';

export function caseFileEditHandlers(context: ServiceContext): HandlerGroup<keyof typeof caseFileEditChannels> {
  return {
    'caseFile.updatePerson': ({ id, rowVersion, changes }, { advisor }) => {
      editPerson(context, advisor, id, rowVersion, changes);
      return readSummary(context.db.$client, { kind: 'person', id }, context.today());
    },
  };
}
