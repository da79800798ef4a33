/**
 * Handlers of the case-file lookup: search and summary. The access gate has checked the case file
 * of `caseFile.get`; a list has no one id, so search keeps to the advisor's reach in its SQL.
 */
import { SEARCH_COUNT_CAP, type caseFileLookupChannels } from '../../../shared/contract/channels/case-file-lookup';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { createCaseFileService } from '../case-file-service';
import type { HandlerGroup, ServiceContext } from '../service-context';

export function caseFileLookupHandlers(context: ServiceContext): HandlerGroup<keyof typeof caseFileLookupChannels> {
  const { db } = context;
  const caseFiles = createCaseFileService(db, context.today);
  return {
    'caseFile.search': ({ query, limit }, { advisor }) => caseFiles.search(query, limit, reachOf(context, advisor)),
    // The same search read one past the cap, ids only: the count agrees with what a longer list would
    // show without reading a thousand names and addresses.
    'caseFile.countMatches': ({ query }, { advisor }) => {
      const read = caseFiles.matches(query, SEARCH_COUNT_CAP + 1, reachOf(context, advisor));
      return { count: Math.min(read.length, SEARCH_COUNT_CAP), isCapped: read.length > SEARCH_COUNT_CAP };
    },
    'caseFile.get': ({ kind, id }) => caseFiles.get(kind, id),
  };
}

/**
 * The branch a search keeps to (with the case files of no branch yet), as `isCaseFileInReach` judges
 * one case file: none on a device synced with head office, which holds only what its advisors may see.
 */
function reachOf(context: ServiceContext, advisor: AdvisorWithBranch): string | undefined {
  return context.isScopedByHeadOffice ? undefined : advisor.branchId;
}
