/**
 * Rights in the case file: the events that open them, each right assessed with its reasons
 * (rule lines with their sources), the applications and their decisions. Only persons have rights.
 * Every write answers with the whole rights view again, so the panel never shows a stale status.
 */
import { z } from 'zod';
import type { ChannelGroup } from '../schemas';
import type { AdvisorRole } from './session';
import { caseFileRefSchema, centsSchema, explanationLineSchema, idSchema, isoDateSchema } from './common';
import { multiLineText, singleLineText } from '../text';
import {
  cessationGrounds,
  lifeEventKinds,
  lifeEventOrigins,
  rightApplicationStatuses,
  rightKinds,
  rightStatuses,
} from '../../domain/rights/types';

/** Who records the fund's decision on a right: a legal act with an appeal route, so not the counter. */
export const rightDecidingRoles = ['back-office', 'branch-manager'] as const satisfies readonly AdvisorRole[];

export const rightKindSchema = z.enum(rightKinds);

export const rightAmountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('monthly-benefit'), monthlyCents: centsSchema, months: z.number().int() }),
  z.object({
    kind: z.literal('service-vouchers'),
    count: z.number().int(),
    usableFrom: isoDateSchema,
    usableUntil: isoDateSchema,
  }),
  z.object({ kind: z.literal('quarterly-contribution'), quarterlyCents: centsSchema }),
  z.object({ kind: z.literal('assimilated-quarters'), quarters: z.array(z.string()) }),
]);

export const rightAssessmentSchema = z.object({
  right: rightKindSchema,
  status: z.enum(rightStatuses),
  eventId: idSchema.nullable(),
  lines: z.array(explanationLineSchema),
  amount: rightAmountSchema.nullable(),
  nextStep: z.object({ messageKey: z.string(), deadline: isoDateSchema.nullable() }).nullable(),
  isFundInitiative: z.boolean(),
  applicationId: idSchema.nullable(),
  hasUnconfirmedFigure: z.boolean(),
});
export type RightAssessmentDto = z.infer<typeof rightAssessmentSchema>;

export const lifeEventSchema = z.object({
  id: idSchema,
  kind: z.enum(lifeEventKinds),
  date: isoDateSchema,
  origin: z.enum(lifeEventOrigins),
  source: z.string(),
  cessationGround: z.enum(cessationGrounds).nullable(),
  isStillbirth: z.boolean(),
  hasFamilyCharge: z.boolean().nullable(),
});
export type LifeEventDto = z.infer<typeof lifeEventSchema>;

export const rightApplicationSchema = z.object({
  id: idSchema,
  right: rightKindSchema,
  eventId: idSchema.nullable(),
  status: z.enum(rightApplicationStatuses),
  filedOn: isoDateSchema,
  decidedOn: isoDateSchema.nullable(),
  motivation: z.string(),
  monthlyCents: centsSchema,
  months: z.number().int(),
  rowVersion: z.number().int(),
});
export type RightApplicationDto = z.infer<typeof rightApplicationSchema>;

export const rightsViewSchema = z.object({
  assessments: z.array(rightAssessmentSchema),
  events: z.array(lifeEventSchema),
  applications: z.array(rightApplicationSchema),
});
export type RightsViewDto = z.infer<typeof rightsViewSchema>;

const applicationInput = caseFileRefSchema.extend({ applicationId: idSchema });

export const rightsChannels = {
  /** Every right of the person, assessed as of today, with the events and applications it was assessed from. */
  'rights.assess': { input: caseFileRefSchema, output: rightsViewSchema },
  /**
   * An event recorded at the counter. The same event (kind and day) recorded twice is kept once.
   * A cessation needs its ground (`rightsPanel.errors.groundRequired`).
   */
  'rights.recordEvent': {
    input: caseFileRefSchema.extend({
      eventKind: z.enum(lifeEventKinds),
      date: isoDateSchema,
      source: singleLineText({ max: 200 }).trim().min(1, { error: 'rightsPanel.errors.sourceRequired' }),
      cessationGround: z.enum(cessationGrounds).nullable().default(null),
      isStillbirth: z.boolean().default(false),
      /** Dependants at the time of a bankruptcy or cessation: they set the bridging-right amount. */
      hasFamilyCharge: z.boolean().nullable().default(null),
    }),
    output: rightsViewSchema,
  },
  /** An application for a right, answering an event; a second one for the same right and event is refused. */
  'rights.apply': {
    input: caseFileRefSchema.extend({
      right: rightKindSchema,
      eventId: idSchema.nullable(),
      filedOn: isoDateSchema.optional(),
    }),
    output: rightsViewSchema,
  },
  /** Asks the person for documents: the application waits, and a task follows the answer up. */
  'rights.requestDocuments': {
    input: applicationInput.extend({ note: multiLineText({ max: 2000 }).default('') }),
    output: rightsViewSchema,
  },
  /** The fund's decision. A refusal must say why (`rightsPanel.errors.motivationRequired`); the decision letter is queued with it. */
  'rights.decide': {
    input: applicationInput.extend({
      decision: z.enum(['granted', 'refused']),
      motivation: multiLineText({ max: 2000 }).default(''),
      decidedOn: isoDateSchema.optional(),
    }),
    output: rightsViewSchema,
  },
} as const satisfies ChannelGroup;
