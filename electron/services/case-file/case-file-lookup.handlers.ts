/**
 * Handlers of the case-file lookup: search and summary. The access gate has checked the case file
 * of `caseFile.get`; search hits are filtered here to the advisor's reach, as a list has no one id.
 */
import type { caseFileLookupChannels } from '../../../shared/contract/channels/case-file-lookup';
import { findCaseFileBranches } from '../../../db/repositories/case-file-scope';
import { isCaseFileInReach } from '../access/access-gate';
import { createCaseFileService } from '../case-file-service';
import type { HandlerGroup, ServiceContext } from '../service-context';

/** Hits read before filtering, per hit asked: room for other branches' namesakes in a stand-alone profile. */
const OVERFETCH = 5;
const MAX_READ = 500;

export function caseFileLookupHandlers(context: ServiceContext): HandlerGroup<keyof typeof caseFileLookupChannels> {
  const { db } = context;
  const caseFiles = createCaseFileService(db, context.today);
  return {
    'caseFile.search': ({ query, limit }, { advisor }) => {
      if (context.isScopedByHeadOffice) return caseFiles.search(query, limit);
      const hits = caseFiles.search(query, Math.min(MAX_READ, limit * OVERFETCH));
      const branches = findCaseFileBranches(db.$client, hits);
      return hits
        .filter((hit) => {
          const branchId = branches.get(hit.id);
          return branchId !== undefined && isCaseFileInReach(context, branchId, advisor);
        })
        .slice(0, limit);
    },
    'caseFile.get': ({ kind, id }) => caseFiles.get(kind, id),
  };
}
