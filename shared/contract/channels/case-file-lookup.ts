/** Finding a case file at the counter and reading its summary. */
import { z } from 'zod';
import { caseFileHitSchema, caseFileKindSchema, caseFileSummarySchema, idSchema, type ChannelGroup } from '../schemas';
import { singleLineText } from '../text';

export const caseFileLookupChannels = {
  /** Hits of the advisor's reach only: their branch, or what head office put on this device. */
  'caseFile.search': {
    input: z.object({
      query: singleLineText({ max: 100, tooLongKey: 'validation.search.tooLong' })
        .trim()
        .min(1, { error: 'validation.search.empty' }),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    output: z.array(caseFileHitSchema),
  },
  'caseFile.get': {
    input: z.object({ kind: caseFileKindSchema, id: idSchema }),
    output: caseFileSummarySchema,
  },
} as const satisfies ChannelGroup;
