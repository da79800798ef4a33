/** Handlers of the foundation channels: app info, case-file search and summary, device settings. */
import type { foundationChannels } from '../../shared/contract/app-contract';
import { countPendingChanges, countPersons } from '../../db/repositories/case-file-read';
import { createCaseFileService } from './case-file-service';
import type { HandlerGroup, ServiceContext } from './service-context';
import { readSettings, updateSettings } from './settings-service';

export function foundationHandlers(context: ServiceContext): HandlerGroup<keyof typeof foundationChannels> {
  const { db } = context;
  const caseFiles = createCaseFileService(db, context.today);
  return {
    'app.info': () => ({
      version: context.version,
      host: context.host,
      personCount: countPersons(db),
      pendingChanges: countPendingChanges(db),
    }),
    'caseFile.search': ({ query, limit }) => caseFiles.search(query, limit),
    'caseFile.get': ({ kind, id }) => caseFiles.get(kind, id),
    'settings.get': () => readSettings(db),
    'settings.update': (patch) => updateSettings(db, patch),
  };
}
