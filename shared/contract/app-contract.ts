/**
 * The one contract between the renderer and the application services. Both hosts (Electron IPC and
 * loopback HTTP in browser mode) are bound from this map, and the preload exposes exactly these
 * channels. Types are inferred from the schemas, so the schema is the only truth.
 */
import { z } from 'zod';

export const languages = ['fr', 'nl', 'de'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

const idSchema = z.uuid({ error: 'validation.id' });
const isoDateSchema = z.iso.date({ error: 'validation.isoDate' });

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
  status: z.enum(['active', 'ended', 'none']),
});
export type CaseFileSummary = z.infer<typeof caseFileSummarySchema>;

export const settingsSchema = z.object({ language: languageSchema });
export type Settings = z.infer<typeof settingsSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  personCount: z.number().int().nonnegative(),
  pendingChanges: z.number().int().nonnegative(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Channel name → input and output schemas. Names are `namespace.verb`. */
export const appContract = {
  'app.info': { input: z.object({}), output: appInfoSchema },
  'caseFile.search': {
    input: z.object({
      query: z.string().trim().min(1, { error: 'validation.search.empty' }).max(100, { error: 'validation.search.tooLong' }),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    output: z.array(caseFileHitSchema),
  },
  'caseFile.get': {
    input: z.object({ kind: caseFileKindSchema, id: idSchema }),
    output: caseFileSummarySchema,
  },
  'settings.get': { input: z.object({}), output: settingsSchema },
  'settings.update': { input: settingsSchema.partial(), output: settingsSchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type AppContract = typeof appContract;
export type Channel = keyof AppContract;
export const channels = Object.keys(appContract) as Channel[];

export type ChannelInput<C extends Channel> = z.input<AppContract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<AppContract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<AppContract[C]['output']>;

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(appContract, name);
}
