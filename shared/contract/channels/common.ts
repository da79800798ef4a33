/**
 * Schemas shared by the case-file channel groups: ids, dates, money in integer cents,
 * the case-file reference and the explanation lines of the rules engine. Messages are translation keys.
 */
import { z } from 'zod';
import { caseFileKindSchema } from '../schemas';

export const idSchema = z.uuid({ error: 'validation.id' });
export const isoDateSchema = z.iso.date({ error: 'validation.isoDate' });
/**
 * Beyond any amount the fund handles (a billion euros), yet far from where sums of many stop being
 * exact integers in a double: a bound every amount in the contract shares.
 */
export const MAX_AMOUNT_CENTS = 100_000_000_000;
/**
 * A payment or an advance recorded at the counter: at most 1,000,000.00 €. A self-employed person's
 * yearly contributions stay below a few tens of thousands of euros (they are capped with the income
 * ceiling), so years of arrears with surcharges remain far under this; a larger figure is a typing
 * slip (euros typed as cents, digits pasted twice), refused before it unbalances a case file.
 */
export const MAX_PAYMENT_CENTS = 100_000_000;

/** Money crosses every boundary as integer cents, never as a float of euros. */
const integerCents = z.number({ error: 'validation.cents' }).int({ error: 'validation.cents' });
export const centsSchema = integerCents
  .min(-MAX_AMOUNT_CENTS, { error: 'validation.cents' })
  .max(MAX_AMOUNT_CENTS, { error: 'validation.cents' });
/** An amount paid at the counter, bounded as MAX_PAYMENT_CENTS says (one message, not two). */
export const paymentCentsSchema = integerCents
  .min(-MAX_PAYMENT_CENTS, { error: 'validation.cents' })
  .max(MAX_PAYMENT_CENTS, { error: 'validation.payment.amountTooLarge' });
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
