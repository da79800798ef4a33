import type { SurchargeRules } from '../../rules/types';
import type { IsoDate } from '../calendar';
import type { ExplanationLine } from '../explanation';
import type { Cents, Fraction } from '../money';
import type { Claim, Payment, Surcharge } from '../surcharge/types';

/** What happens when an instalment is not paid in full by its due date plus the grace days. */
export type MissedInstalmentPolicy = {
  /** Missed instalments tolerated before the plan lapses; 0 = the first miss ends the plan. */
  readonly toleratedMisses: number;
  readonly graceDays: number;
};

/** A fund's payment-plan policy, as configuration. */
export type PlanPolicy = {
  readonly maxMonths: number;
  readonly minAdvance: Fraction;
  /** No new plan once this many plans were broken within the window. */
  readonly maxBrokenPlans: number;
  readonly brokenPlansWindowMonths: number;
  readonly missedInstalment: MissedInstalmentPolicy;
};

export type CaseHistory = {
  readonly brokenPlans: readonly { readonly brokenOn: IsoDate }[];
  readonly hasJudicialProcedure: boolean;
  readonly hasActivePlan: boolean;
};

export type PlanTerms =
  { readonly kind: 'months'; readonly months: number } | { readonly kind: 'instalment'; readonly amount: Cents };

export type PlanRequest = {
  readonly claims: readonly Claim[];
  readonly payments: readonly Payment[];
  /** The date the open debts are taken at. */
  readonly at: IsoDate;
  /** The date of the advance; the monthly instalments follow on the same day of each next month. */
  readonly start: IsoDate;
  readonly terms: PlanTerms;
  /** An advance larger than the policy minimum; the minimum when absent. */
  readonly advance?: Cents;
  readonly history: CaseHistory;
  readonly policy: PlanPolicy;
  readonly rates: SurchargeRules;
};

export type Instalment = {
  /** 0 is the advance. */
  readonly number: number;
  readonly kind: 'advance' | 'instalment';
  readonly dueDate: IsoDate;
  readonly amount: Cents;
};

export type PaymentPlan = {
  readonly at: IsoDate;
  readonly start: IsoDate;
  readonly debt: { readonly principal: Cents; readonly surcharges: Cents; readonly total: Cents };
  readonly instalments: readonly Instalment[];
  readonly total: Cents;
  readonly months: number;
  readonly endDate: IsoDate;
  readonly isEligible: boolean;
  /** Plain-language reasons (message keys) why the plan is refused; empty when eligible. */
  readonly refusals: readonly ExplanationLine[];
  /** Surcharges that keep running while the plan is respected; owed on top of the plan. */
  readonly runningSurcharges: { readonly items: readonly Surcharge[]; readonly total: Cents };
  readonly onMissedInstalment: MissedInstalmentPolicy & { readonly messageKey: string };
  readonly explanation: readonly ExplanationLine[];
};

export type PlanStatus = {
  readonly status: 'on-track' | 'completed' | 'lapsed';
  readonly missedInstalments: readonly number[];
  readonly lapsedOn: IsoDate | null;
  readonly explanation: readonly ExplanationLine[];
};
