/**
 * Requests filed for a case file: exemption (dispense, AR 38 art. 17;
 * decided by INASTI since 2019), surcharge waiver (AR 19/12/1967 art. 48; INASTI decides, no appeal),
 * and reduction or increase of provisional contributions (AR 38 art. 11 §4). Status: filed → granted | refused.
 */
import { z } from 'zod';
import type { ChannelGroup } from '../schemas';
import type { AdvisorRole } from './session';
import { caseFileRefSchema, centsSchema, idSchema, isoDateSchema, quarterLabelSchema } from './common';
import { multiLineText, singleLineText } from '../text';

export const requestKinds = ['exemption', 'surcharge-waiver', 'provisional-reduction', 'provisional-increase'] as const;
export const requestKindSchema = z.enum(requestKinds);

/** Admissible grounds as the fund's forms group them (belgian-rules.md §4.2 and §5.2). */
export const requestGrounds = [
  'financial-difficulty',
  'force-majeure',
  'good-faith',
  'deserving-situation',
  'lower-income',
  'higher-income',
  'other',
] as const;

/** Who may record INASTI's decision on a request: it changes the balance, so not the counter. */
export const requestDecidingRoles = ['back-office', 'branch-manager'] as const satisfies readonly AdvisorRole[];

export const requestStatusSchema = z.enum(['filed', 'granted', 'refused']);

export const requestSchema = z.object({
  id: idSchema,
  caseFile: caseFileRefSchema,
  kind: requestKindSchema,
  grounds: z.enum(requestGrounds),
  groundsText: z.string(),
  quarters: z.array(quarterLabelSchema),
  affiliationId: idSchema.nullable(),
  year: z.number().int().nullable(),
  /** Reduction / increase: the income the provisional contributions are to be calculated on. */
  requestedIncomeCents: centsSchema.nullable(),
  status: requestStatusSchema,
  filedOn: isoDateSchema,
  decidedOn: isoDateSchema.nullable(),
  decisionNote: z.string(),
  /** What a granted decision removed from the balance (exempted contributions or waived surcharges). */
  effectCents: centsSchema,
  /** INASTI's reference and date for its decision, as its notification gives them; printed on the decision letter. */
  authorityReference: z.string().nullable(),
  authorityDecidedOn: isoDateSchema.nullable(),
  rowVersion: z.number().int(),
});
export type RequestDto = z.infer<typeof requestSchema>;

export const requestChannels = {
  /**
   * Files an exemption or surcharge-waiver request for the given quarters. Refused with
   * `validation` / `validation.request.noQuarters`, `validation.request.quarterNotClaimed`,
   * `validation.request.exemptionNotForComplementary`, `validation.request.exemptionTooLate`.
   */
  'request.file': {
    input: caseFileRefSchema.extend({
      /** `kind` is the case file's kind; this is the request's. */
      requestKind: z.enum(['exemption', 'surcharge-waiver']),
      grounds: z.enum(requestGrounds),
      groundsText: multiLineText({ max: 2000 }).default(''),
      quarters: z.array(quarterLabelSchema).min(1, { error: 'validation.request.noQuarters' }),
      filedOn: isoDateSchema.optional(),
    }),
    output: requestSchema,
  },
  /**
   * Records INASTI's decision. Granted exemption: the quarters' contributions become `exempted`;
   * granted waiver: their surcharges are waived. Either way the balance shows it at once.
   */
  'request.decide': {
    input: z.object({
      requestId: idSchema,
      decision: z.enum(['granted', 'refused']),
      decidedOn: isoDateSchema.optional(),
      note: multiLineText({ max: 2000 }).default(''),
      authorityReference: singleLineText({ max: 60 }).trim().min(1).optional(),
      authorityDecidedOn: isoDateSchema.optional(),
    }),
    output: requestSchema,
  },
  'request.list': { input: caseFileRefSchema, output: z.array(requestSchema) },
} as const satisfies ChannelGroup;
