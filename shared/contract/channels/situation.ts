/**
 * Changes of situation filed at the counter: a move, new contact details or language, a category
 * change, a cessation (cessation, bankruptcy, death, departure abroad) and a resumption. Each is
 * previewed first (the provisional contributions of every affected quarter before and after, and
 * the difference, nothing written), then confirmed with the row version the preview read: the
 * change, the new contributions (replaced quarters cancelled, never deleted) and the notice are
 * written in one transaction. A stale row version is refused with `errors.staleVersion`.
 */
import { z } from 'zod';
import { cessationReasons, changeableCategories, situationChangeKinds } from '../../domain/situation/types';
import { languageSchema, type ChannelGroup } from '../schemas';
import { centsSchema, explanationLineSchema, idSchema, isoDateSchema, quarterLabelSchema } from './common';
import { singleLineText } from '../text';

const required = (max: number, key: string) => singleLineText({ max }).trim().min(1, { error: key });

/** Belgian postcodes have four digits; an address abroad takes its country's own form. */
function checkPostalCodeForm(address: { postalCode: string; country?: string | undefined }, context: z.RefinementCtx) {
  if ((address.country ?? 'BE') === 'BE' && !/^\d{4}$/.test(address.postalCode)) {
    context.addIssue({ code: 'custom', path: ['postalCode'], message: 'situation.validation.postalCode' });
  }
}

const addressFieldsShape = z.object({
  street: required(100, 'situation.validation.street'),
  houseNumber: required(10, 'situation.validation.houseNumber'),
  box: singleLineText({ max: 10 }).trim().nullable(),
  /** A Belgian code is checked against the shipped bpost list by the service (situation.validation.postalCodeUnknown). */
  postalCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z][0-9A-Za-z -]{1,9}$/, { error: 'situation.validation.postalCode' }),
  municipality: required(100, 'situation.validation.municipality'),
  /** ISO 3166-1 alpha-2; Belgium when left out. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'situation.validation.country' })
    .optional(),
});

/** An address as the case file holds it, for the edit of the contact details. */
export const addressFieldsSchema = addressFieldsShape.superRefine(checkPostalCodeForm);
export type AddressFieldsInput = z.infer<typeof addressFieldsSchema>;

export const addressChangeSchema = addressFieldsShape
  .extend({ kind: z.literal('address'), effectiveDate: isoDateSchema })
  .superRefine(checkPostalCodeForm);

export const contactChangeSchema = z.object({
  kind: z.literal('contact'),
  effectiveDate: isoDateSchema,
  email: z.email({ error: 'validation.person.email' }).max(200).nullable(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ./()-]{6,25}$/, { error: 'validation.person.phone' })
    .nullable(),
  language: languageSchema,
});

const categorySchema = z.enum(changeableCategories, { error: 'situation.validation.category' });

export const situationChangeSchema = z.discriminatedUnion('kind', [
  addressChangeSchema,
  contactChangeSchema,
  z.object({ kind: z.literal('category'), effectiveDate: isoDateSchema, category: categorySchema }),
  z.object({
    kind: z.literal('cessation'),
    effectiveDate: isoDateSchema,
    reason: z.enum(cessationReasons, { error: 'situation.validation.reason' }),
  }),
  z.object({ kind: z.literal('resumption'), effectiveDate: isoDateSchema, category: categorySchema }),
]);
export type SituationChangeInput = z.infer<typeof situationChangeSchema>;

const figureSchema = z.object({
  contribution: centsSchema,
  fee: centsSchema,
  total: centsSchema,
  dueDate: isoDateSchema,
});

export const quarterDifferenceSchema = z.object({
  quarter: quarterLabelSchema,
  before: figureSchema.nullable(),
  after: figureSchema.nullable(),
  difference: centsSchema,
  action: z.enum(['keep', 'replace', 'cancel', 'add']),
});

/** The notice a confirmed change queues: new amounts due, or the confirmation of a cessation. */
export const situationNoticeKinds = ['due-notice', 'cessation-confirmation'] as const;

const previewSchema = z.object({
  /** The row whose version the confirmation must name: the affiliation, or the person for a move or contact change. */
  subject: z.object({ entity: z.enum(['person', 'affiliation']), id: idSchema, rowVersion: z.number().int() }),
  category: z.enum(changeableCategories).nullable(),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  quarters: z.array(quarterDifferenceSchema),
  totalDifference: centsSchema,
  yearsWithoutRules: z.array(z.number().int()),
  notice: z.enum(situationNoticeKinds).nullable(),
  explanation: z.array(explanationLineSchema),
});
export type SituationPreview = z.infer<typeof previewSchema>;

const historySchema = z.object({
  changes: z.array(
    z.object({
      id: idSchema,
      kind: z.enum(situationChangeKinds),
      effectiveDate: isoDateSchema,
      reason: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
      differenceCents: centsSchema,
      advisorName: z.string().nullable(),
    }),
  ),
  addresses: z.array(
    z.object({
      id: idSchema,
      street: z.string(),
      houseNumber: z.string(),
      box: z.string().nullable(),
      postalCode: z.string(),
      municipality: z.string(),
      validFrom: isoDateSchema,
      validTo: isoDateSchema.nullable(),
    }),
  ),
});
export type SituationHistory = z.infer<typeof historySchema>;

export const situationChannels = {
  /** What the change would do, per quarter; writes nothing. */
  'situation.preview': {
    input: z.object({ personId: idSchema, change: situationChangeSchema }),
    output: previewSchema,
  },
  /** Writes the change, its contributions and its notice in one transaction; refuses a stale version. */
  'situation.confirm': {
    input: z.object({ personId: idSchema, rowVersion: z.number().int().positive(), change: situationChangeSchema }),
    output: previewSchema.extend({ changeId: idSchema, letterId: idSchema.nullable() }),
  },
  /** The changes filed and the addresses, newest first. */
  'situation.history': {
    input: z.object({ personId: idSchema }),
    output: historySchema,
  },
} as const satisfies ChannelGroup;
