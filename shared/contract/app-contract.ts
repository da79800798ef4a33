/**
 * The one contract between the renderer and the application services. Both hosts (Electron IPC and
 * loopback HTTP in browser mode) are bound from this map, and the preload exposes exactly these
 * channels. Types are inferred from the schemas, so the schema is the only truth.
 */
import type { z } from 'zod';
import { appChannels } from './channels/app';
import { caseFileDetailChannels } from './channels/case-file-detail';
import { caseFileEditChannels } from './channels/case-file-edit';
import { caseFileLookupChannels } from './channels/case-file-lookup';
import { intakeChannels } from './channels/intake';
import { lettersChannels } from './channels/letters';
import { paymentPlanChannels } from './channels/payment-plan';
import { requestChannels } from './channels/request';
import { situationChannels } from './channels/situation';
import { sessionChannels } from './channels/session';
import { simulationChannels } from './channels/simulation';
import { syncChannels } from './channels/sync';
import { workQueueChannels } from './channels/work-queue';
import { complaintChannels } from './channels/complaint';
import { recoveryChannels } from './channels/recovery';
import { rightsChannels } from './channels/rights';
import { bankStatementChannels } from './channels/bank-statement';
import { dashboardChannels } from './channels/dashboard';

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
import type { ChannelGroup } from './schemas';

/**
 * Channel name → input and output schemas, names `namespace.verb`. Each domain declares its group
 * in its own file under `shared/contract/channels/` and is spread in here: one contract, one line
 * per domain.
 */
export const appContract = {
  ...appChannels,
  ...caseFileLookupChannels,
  ...sessionChannels,
  ...caseFileDetailChannels,
  ...caseFileEditChannels,
  ...intakeChannels,
  ...simulationChannels,
  ...paymentPlanChannels,
  ...requestChannels,
  ...lettersChannels,
  ...syncChannels,
  ...workQueueChannels,
  ...complaintChannels,
  ...situationChannels,
  ...recoveryChannels,
  ...rightsChannels,
  ...bankStatementChannels,
  ...dashboardChannels,
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
