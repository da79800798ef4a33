/**
 * The one contract between the renderer and the application services. Both hosts (Electron IPC and
 * loopback HTTP in browser mode) are bound from this map, and the preload exposes exactly these
 * channels. Types are inferred from the schemas, so the schema is the only truth.
 */
import { z } from 'zod';
import { caseFileDetailChannels } from './channels/case-file-detail';
import { caseFileEditChannels } from './channels/case-file-edit';
import { intakeChannels } from './channels/intake';
import { lettersChannels } from './channels/letters';
import { paymentPlanChannels } from './channels/payment-plan';
import { requestChannels } from './channels/request';
import { sessionChannels } from './channels/session';
import { simulationChannels } from './channels/simulation';
import { syncChannels } from './channels/sync';

export {
  languages,
  languageSchema,
  affiliationCategories,
  affiliationCategorySchema,
  caseFileKindSchema,
  caseFileHitSchema,
  addressSchema,
  affiliationSummarySchema,
  caseFileSummarySchema,
  settingsSchema,
  appInfoSchema,
} from './schemas';
export type {
  Language,
  AffiliationCategory,
  CaseFileKind,
  CaseFileHit,
  Address,
  CaseFileSummary,
  Settings,
  AppInfo,
  ChannelGroup,
} from './schemas';
import {
  appInfoSchema,
  caseFileHitSchema,
  caseFileKindSchema,
  caseFileSummarySchema,
  idSchema,
  settingsSchema,
  type ChannelGroup,
} from './schemas';

/** The channels of the first room: the app itself, case-file search and summary, device settings. */
export const foundationChannels = {
  'app.info': { input: z.object({}), output: appInfoSchema },
  'caseFile.search': {
    input: z.object({
      query: z
        .string()
        .trim()
        .min(1, { error: 'validation.search.empty' })
        .max(100, { error: 'validation.search.tooLong' }),
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
} as const satisfies ChannelGroup;

/**
 * Channel name → input and output schemas, names `namespace.verb`. Each domain declares its group
 * in its own file under `shared/contract/channels/` and is spread in here: one contract, one line
 * per domain.
 */
export const appContract = {
  ...foundationChannels,
  ...sessionChannels,
  ...caseFileDetailChannels,
  ...caseFileEditChannels,
  ...intakeChannels,
  ...simulationChannels,
  ...paymentPlanChannels,
  ...requestChannels,
  ...lettersChannels,
  ...syncChannels,
} as const satisfies ChannelGroup;

export type AppContract = typeof appContract;
export type Channel = keyof AppContract;
export const channels = Object.keys(appContract) as Channel[];

export type ChannelInput<C extends Channel> = z.input<AppContract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<AppContract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<AppContract[C]['output']>;

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(appContract, name);
}
