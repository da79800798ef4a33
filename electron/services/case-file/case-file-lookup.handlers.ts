/**
 * Handlers of the case-file lookup: search and summary. The access gate has checked the case file
 * of `caseFile.get`; search hits are filtered here to the advisor's reach, as a list has no one id.
 */
import type { CaseFileHit } from '../../../shared/contract/app-contract';
import { SEARCH_COUNT_CAP, type caseFileLookupChannels } from '../../../shared/contract/channels/case-file-lookup';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { findCaseFileBranches } from '../../../db/repositories/case-file-scope';
import { isCaseFileInReach } from '../access/access-gate';
import { createCaseFileService } from '../case-file-service';
import type { HandlerGroup, ServiceContext } from '../service-context';

/**
 * A stand-alone profile holds every branch, so search hits are read beyond the limit and filtered:
 * first a few per hit asked, then (when a small branch found too few among the others' namesakes)
 * up to a bound. A device synced with head office holds only its own case files and reads as asked.
 */
const FIRST_READ_PER_HIT = 5;
const MAX_READ = 500;

export function caseFileLookupHandlers(context: ServiceContext): HandlerGroup<keyof typeof caseFileLookupChannels> {
  const { db } = context;
  const caseFiles = createCaseFileService(db, context.today);
  return {
    'caseFile.search': ({ query, limit }, { advisor }) => {
      if (context.isScopedByHeadOffice) return caseFiles.search(query, limit);
      const inReach = (hits: CaseFileHit[]) => keepInReach(context, hits, advisor);
      const firstRead = Math.min(MAX_READ, limit * FIRST_READ_PER_HIT);
      const first = caseFiles.search(query, firstRead);
      const kept = inReach(first);
      if (kept.length >= limit || first.length < firstRead) return kept.slice(0, limit);
      return inReach(caseFiles.search(query, MAX_READ)).slice(0, limit);
    },
    // The same search read one past the cap, ids only: the count agrees with what a longer list would
    // show without reading a thousand names and addresses.
    'caseFile.countMatches': ({ query }, { advisor }) => {
      const read = caseFiles.matches(query, SEARCH_COUNT_CAP + 1);
      const kept = context.isScopedByHeadOffice ? read : keepInReach(context, read, advisor);
      return { count: Math.min(kept.length, SEARCH_COUNT_CAP), isCapped: read.length > SEARCH_COUNT_CAP };
    },
    'caseFile.get': ({ kind, id }) => caseFiles.get(kind, id),
  };
}

function keepInReach<Hit extends Pick<CaseFileHit, 'kind' | 'id'>>(
  context: ServiceContext,
  hits: Hit[],
  advisor: AdvisorWithBranch,
): Hit[] {
  const branches = findCaseFileBranches(context.db.$client, hits);
  return hits.filter((hit) => {
    const branchId = branches.get(hit.id);
    return branchId !== undefined && isCaseFileInReach(context, branchId, advisor);
  });
}
