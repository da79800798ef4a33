/**
 * The schemas of the case-file lookup and app channels (case files, settings, app info) and the ChannelGroup
 * shape, in their own module so that the channel groups under `channels/` can use them without an
 * import cycle through app-contract.ts (which spreads those groups). app-contract.ts re-exports all.
 */
import { z } from 'zod';
import { languages } from './fixed-lists';

export { languages };
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

export const idSchema = z.uuid({ error: 'validation.id' });
export const isoDateSchema = z.iso.date({ error: 'validation.isoDate' });

export const affiliationCategories = [
  'main',
  'complementary',
  'helping-spouse',
  'student',
  'active-pensioner',
  'company',
] as const;
export const affiliationCategorySchema = z.enum(affiliationCategories);
export type AffiliationCategory = z.infer<typeof affiliationCategorySchema>;

export const caseFileKindSchema = z.enum(['person', 'company']);
export type CaseFileKind = z.infer<typeof caseFileKindSchema>;

export const caseFileHitSchema = z.object({
  kind: caseFileKindSchema,
  id: idSchema,
  displayName: z.string(),
  /** NISS for a person, enterprise number for a company, both as digits. */
  identifier: z.string(),
  postalCode: z.string().nullable(),
  municipality: z.string().nullable(),
  birthDate: isoDateSchema.nullable(),
  matchedOn: z.enum(['name', 'niss', 'enterprise-number']),
});
export type CaseFileHit = z.infer<typeof caseFileHitSchema>;

export const addressSchema = z.object({
  street: z.string(),
  houseNumber: z.string(),
  box: z.string().nullable(),
  postalCode: z.string(),
  municipality: z.string(),
  country: z.string(),
});
export type Address = z.infer<typeof addressSchema>;

export const affiliationSummarySchema = z.object({
  id: idSchema,
  category: affiliationCategorySchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  isActive: z.boolean(),
});

export const caseFileSummarySchema = z.object({
  kind: caseFileKindSchema,
  id: idSchema,
  reference: z.string(),
  displayName: z.string(),
  identifier: z.string(),
  person: z
    .object({
      lastName: z.string(),
      firstName: z.string(),
      birthDate: isoDateSchema.nullable(),
      sex: z.enum(['M', 'F']).nullable(),
      language: languageSchema,
      email: z.string().nullable(),
      phone: z.string().nullable(),
      iban: z.string().nullable(),
      /** The version an edit must name (`caseFile.updatePerson`). */
      rowVersion: z.number().int(),
    })
    .nullable(),
  company: z
    .object({
      name: z.string(),
      legalForm: z.string(),
      enterpriseNumber: z.string(),
    })
    .nullable(),
  address: addressSchema.nullable(),
  branch: z.object({ code: z.string(), name: z.string() }).nullable(),
  affiliations: z.array(affiliationSummarySchema),
  /** 'planned': every affiliation starts after today (none running, none ended). */
  status: z.enum(['active', 'planned', 'ended', 'none']),
});
export type CaseFileSummary = z.infer<typeof caseFileSummarySchema>;

export const settingsSchema = z.object({ language: languageSchema });
export type Settings = z.infer<typeof settingsSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  personCount: z.number().int().nonnegative(),
  pendingChanges: z.number().int().nonnegative(),
  /**
   * Set when head office had this device's data erased (lost or stolen laptop): the app shows why and
   * what to do instead of anything else. `confirmedAt`: when head office acknowledged the erasure.
   */
  wiped: z.object({ wipedAt: z.string(), confirmedAt: z.string().nullable() }).nullable().optional(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** The shape every channel group satisfies: channel name → input and output schemas. */
export type ChannelGroup = Record<string, { input: z.ZodType; output: z.ZodType }>;
