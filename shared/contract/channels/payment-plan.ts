/**
 * Payment plans (plan d'apurement / afbetalingsplan). No legal text governs them:
 * the fund's policy (12 months at most, an advance of a third, no plan after 2 broken plans in
 * 3 years, no active plan, no judicial procedure) is configuration in shared/rules/payment-plan-policy.ts,
 * and each violation comes back as an explanation line with its source.
 */
import { z } from 'zod';
import type { ChannelGroup } from '../schemas';
import { singleLineText } from '../text';
import { requestDecidingRoles } from './request';
import {
  caseFileRefSchema,
  centsSchema,
  explanationLineSchema,
  idSchema,
  isoDateSchema,
  paymentCentsSchema,
} from './common';

/**
 * Who may record a missed instalment or cancel a plan: both are decisions of the fund (a lapse lets
 * forced recovery resume), taken by the same people who record INASTI's decisions; the counter proposes.
 */
export const planDecidingRoles = requestDecidingRoles;

export const planStatuses = ['draft', 'proposed', 'active', 'completed', 'lapsed', 'cancelled'] as const;
export const planStatusSchema = z.enum(planStatuses);
export type PlanStatusName = z.infer<typeof planStatusSchema>;

export const planTermsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('months'),
    months: z
      .number()
      .int({ error: 'validation.plan.months' })
      .min(1, { error: 'validation.plan.months' })
      .max(60, { error: 'validation.plan.months' }),
  }),
  z.object({
    kind: z.literal('instalment'),
    amountCents: paymentCentsSchema.positive({ error: 'validation.plan.instalmentPositive' }),
  }),
]);
export type PlanTermsDto = z.infer<typeof planTermsSchema>;

export const instalmentSchema = z.object({
  /** 0 is the advance. */
  number: z.number().int(),
  kind: z.enum(['advance', 'instalment']),
  dueDate: isoDateSchema,
  amountCents: centsSchema,
  status: z.enum(['pending', 'paid', 'missed']),
});

export const openDebtSchema = z.object({
  contributionId: idSchema,
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  kind: z.enum(['provisional', 'regularisation', 'company']),
  dueDate: isoDateSchema,
  principalOpenCents: centsSchema,
  surchargesOpenCents: centsSchema,
  totalOpenCents: centsSchema,
  /** Already covered by an active or proposed plan: not selectable. */
  isInPlan: z.boolean(),
});

/** The schedule and policy checks of a plan, as computed by draftPaymentPlan. */
export const planPreviewSchema = z.object({
  at: isoDateSchema,
  start: isoDateSchema,
  debt: z.object({ principalCents: centsSchema, surchargesCents: centsSchema, totalCents: centsSchema }),
  instalments: z.array(instalmentSchema.omit({ status: true })),
  totalCents: centsSchema,
  months: z.number().int(),
  endDate: isoDateSchema,
  isEligible: z.boolean(),
  /** One line per policy violation, each with its message key, parameters and source. */
  refusals: z.array(explanationLineSchema),
  runningSurchargesCents: centsSchema,
  explanation: z.array(explanationLineSchema),
});
export type PlanPreview = z.infer<typeof planPreviewSchema>;

export const paymentPlanSchema = z.object({
  id: idSchema,
  caseFile: caseFileRefSchema,
  status: planStatusSchema,
  contributionIds: z.array(idSchema),
  terms: planTermsSchema,
  advanceCents: centsSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  principalCents: centsSchema,
  surchargesCents: centsSchema,
  totalCents: centsSchema,
  signedOn: isoDateSchema.nullable(),
  lapsedOn: isoDateSchema.nullable(),
  instalments: z.array(instalmentSchema),
  history: z.array(
    z.object({ status: planStatusSchema, at: z.string(), reason: z.string(), advisorId: z.string().nullable() }),
  ),
  rowVersion: z.number().int(),
});
export type PaymentPlanDto = z.infer<typeof paymentPlanSchema>;

export const planRequestSchema = caseFileRefSchema.extend({
  contributionIds: z.array(idSchema).min(1, { error: 'validation.plan.noDebtSelected' }),
  terms: planTermsSchema,
  /** Date of the advance; monthly instalments follow on the same day. Defaults to today. */
  start: isoDateSchema.optional(),
  /** An advance above the policy minimum (one third). */
  advanceCents: paymentCentsSchema.nonnegative().optional(),
});

export const paymentPlanChannels = {
  /** The case file's debts already due, with open surcharges, and the history the policy looks at. */
  'paymentPlan.openDebts': {
    input: caseFileRefSchema,
    output: z.object({
      debts: z.array(openDebtSchema),
      history: z.object({
        brokenPlans: z.array(z.object({ brokenOn: isoDateSchema })),
        hasActivePlan: z.boolean(),
        hasJudicialProcedure: z.boolean(),
      }),
    }),
  },
  /** Computes the schedule and checks the policy; writes nothing. Policy violations are in `refusals`, not errors. */
  'paymentPlan.draft': { input: planRequestSchema, output: planPreviewSchema },
  /** Saves (or, with planId, replaces) a draft plan. */
  'paymentPlan.save': { input: planRequestSchema.extend({ planId: idSchema.optional() }), output: paymentPlanSchema },
  /** draft → proposed; queues the plan letter. Refused (`conflict`, `errors.plan.notEligible`) when the policy refuses the plan. */
  'paymentPlan.propose': { input: z.object({ planId: idSchema }), output: paymentPlanSchema },
  /** proposed → active, on the date the signed plan came back. */
  'paymentPlan.sign': {
    input: z.object({ planId: idSchema, signedOn: isoDateSchema.optional() }),
    output: paymentPlanSchema,
  },
  /**
   * Records that an instalment was not paid; applies the missed-instalment rule (default: the plan
   * lapses) and creates a follow-up task. Returns the plan with its new status.
   */
  'paymentPlan.recordMissed': {
    input: z.object({ planId: idSchema, instalmentNumber: z.number().int().min(0) }),
    output: paymentPlanSchema,
  },
  /** Checks an active plan against the payments received (assessPlan) and applies the rule when an instalment was missed. */
  'paymentPlan.review': { input: z.object({ planId: idSchema }), output: paymentPlanSchema },
  /** draft or proposed → cancelled; the reason goes into the plan's history. */
  'paymentPlan.cancel': {
    input: z.object({
      planId: idSchema,
      reason: singleLineText({ max: 300, tooLongKey: 'validation.plan.cancelReasonTooLong' })
        .trim()
        .min(1, { error: 'validation.plan.cancelReasonRequired' }),
    }),
    output: paymentPlanSchema,
  },
  'paymentPlan.get': { input: z.object({ planId: idSchema }), output: paymentPlanSchema },
} as const satisfies ChannelGroup;
