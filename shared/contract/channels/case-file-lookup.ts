/** Finding a case file at the counter and reading its summary. */
import { z } from 'zod';
import { caseFileHitSchema, caseFileKindSchema, caseFileSummarySchema, idSchema, type ChannelGroup } from '../schemas';
import { singleLineText } from '../text';

/** Matches counted past the shown hits up to this bound: beyond it the screen says "more than". */
export const SEARCH_COUNT_CAP = 1000;

const searchQuerySchema = singleLineText({ max: 100, tooLongKey: 'validation.search.tooLong' })
  .trim()
  .min(1, { error: 'validation.search.empty' });

export const caseFileLookupChannels = {
  /** Hits of the advisor's reach only: their branch, or what head office put on this device. */
  'caseFile.search': {
    input: z.object({
      query: searchQuerySchema,
      limit: z.number().int().min(1).max(100).default(20),
    }),
    output: z.array(caseFileHitSchema),
  },
  /**
   * How many case files the same search finds in the advisor's reach, for a heading that says the
   * shown hits are only the first ones; counted up to SEARCH_COUNT_CAP, then `isCapped`.
   */
  'caseFile.countMatches': {
    input: z.object({ query: searchQuerySchema }),
    output: z.object({ count: z.number().int().min(0).max(SEARCH_COUNT_CAP), isCapped: z.boolean() }),
  },
  'caseFile.get': {
    input: z.object({ kind: caseFileKindSchema, id: idSchema }),
    output: caseFileSummarySchema,
  },
} as const satisfies ChannelGroup;
