/**
 * Schemas shared by the case-file channel groups (issue 4): ids, dates, money in integer cents,
 * the case-file reference and the explanation lines of the rules engine. Messages are translation keys.
 */
import { z } from 'zod';
import { caseFileKindSchema } from '../schemas';

export const idSchema = z.uuid({ error: 'validation.id' });
export const isoDateSchema = z.iso.date({ error: 'validation.isoDate' });
/** Money crosses every boundary as integer cents, never as a float of euros. */
export const centsSchema = z.number({ error: 'validation.cents' }).int({ error: 'validation.cents' });
/** A calendar quarter written `2026-Q1`. */
export const quarterLabelSchema = z.string().regex(/^\d{4}-Q[1-4]$/, { error: 'validation.quarter' });

/** Which case file a channel works on: a person's or a company's. */
export const caseFileRefSchema = z.object({ kind: caseFileKindSchema, id: idSchema });
export type CaseFileRef = z.infer<typeof caseFileRefSchema>;

/** One step of a rules-engine calculation (shared/domain/explanation.ts), for display and letters. */
export const explanationLineSchema = z.object({
  ruleKey: z.string(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  source: z
    .object({
      citation: z.string(),
      confidence: z.enum(['official', 'fund', 'third-party', 'derived']),
      isConfirmed: z.boolean(),
    })
    .nullable(),
});
export type ExplanationLineDto = z.infer<typeof explanationLineSchema>;

/** A field-level validation problem: the path in the form and the translation key of the message. */
export const issueSchema = z.object({ path: z.string(), messageKey: z.string() });
export type IssueDto = z.infer<typeof issueSchema>;

/** The advisor who made a change, as shown next to notes, tasks and audit lines. */
export const advisorRefSchema = z.object({ id: z.string(), displayName: z.string() }).nullable();
