/**
 * Contribution simulation through the rules engine (simulateContribution, AR 38
 * art. 11–13), and "apply": record a reduction or increase request of the provisional
 * contributions on an affiliation (AR 38 art. 11 §4), audited like every change.
 */
import { z } from 'zod';
import type { ChannelGroup } from '../schemas';
import { centsSchema, explanationLineSchema, idSchema, isoDateSchema } from './common';
import { requestSchema } from './request';
import { multiLineText } from '../text';

export const simulationCategories = [
  'main',
  'complementary',
  'helping-spouse',
  'student',
  'active-pensioner',
  'pension-age',
] as const;
export const simulationCategorySchema = z.enum(simulationCategories);

const amountsSchema = z.object({ contributionCents: centsSchema, feeCents: centsSchema, totalCents: centsSchema });

export const simulatedQuarterSchema = amountsSchema.extend({
  quarter: z.string(),
  regime: z.enum(['main', 'primo-starter', 'helping-spouse', 'complementary', 'student', 'pensioner']),
  dueDate: isoDateSchema,
});

export const simulationInputSchema = z.object({
  year: z.number().int().min(1900).max(2999),
  category: simulationCategorySchema,
  /** Net taxable professional income of the year (expected), in cents. */
  incomeCents: centsSchema,
  /** Affiliation start (and end) when the person is not subject all year. */
  startDate: isoDateSchema.nullable().default(null),
  endDate: isoDateSchema.nullable().default(null),
  isPrimoStarter: z.boolean().default(false),
  hasOptedOut: z.boolean().default(false),
  /** The fund's management fee in parts per million (e.g. 39 500 = 3.95 %); null = the fund's own setting. */
  feeRatePpm: z.number().int().min(0).max(100_000).nullable().default(null),
});
export type SimulationInput = z.input<typeof simulationInputSchema>;

export const simulationResultSchema = z.object({
  year: z.number().int(),
  category: simulationCategorySchema,
  feeRatePpm: z.number().int(),
  quarters: z.array(simulatedQuarterSchema),
  annual: amountsSchema,
  explanation: z.array(explanationLineSchema),
});
export type SimulationResult = z.infer<typeof simulationResultSchema>;

export const simulationChannels = {
  /** Pure calculation; refusals of the rules engine (year without rules, bad input) come back as `validation` with the engine's message key. */
  'simulation.run': { input: simulationInputSchema, output: simulationResultSchema },
  /**
   * From a case file: records a request to calculate the provisional contributions of `year` on
   * `requestedIncomeCents` (reduction when below the current basis, increase when above). Filed,
   * audited, and a follow-up task is created for the evidence when it is a reduction.
   */
  'simulation.apply': {
    input: z.object({
      affiliationId: idSchema,
      year: z.number().int().min(1900).max(2999),
      requestedIncomeCents: centsSchema.nonnegative({ error: 'validation.simulation.incomeNegative' }),
      groundsText: multiLineText({ max: 2000 }).default(''),
    }),
    output: requestSchema,
  },
} as const satisfies ChannelGroup;
