import type { IsoDate } from '../../domain/calendar';
import type { ContributionCategory } from '../../domain/contribution/types';
import type { Cents, Ppm, RoundingMode } from '../../domain/money';
import type { RuleValue } from '../types';

/** The bridging-right cases the rules distinguish (loi du 22 décembre 2016 as reformed on 1 January 2023). */
export const bridgingRightCases = ['bankruptcy', 'forced-cessation', 'economic'] as const;
export type BridgingRightCase = (typeof bridgingRightCases)[number];

/** One step of the monthly bridging-right amounts: in force from `from` until the next step. */
export type BridgingRightAmountStep = {
  readonly from: IsoDate;
  readonly withoutFamilyCharge: Cents;
  readonly withFamilyCharge: Cents;
};

/** A month with an interruption of at least `minimumDays` consecutive days pays `share` of the full month. */
export type PartialMonthShare = { readonly minimumDays: number; readonly share: Ppm };

export type BridgingRightRules = {
  readonly cases: RuleValue<readonly BridgingRightCase[]>;
  /** Categories that open the right (main activity, helping spouse under the maxi-status). */
  readonly categories: RuleValue<readonly ContributionCategory[]>;
  /** Quarters of affiliation required: the quarter of the event and the ones before it. */
  readonly affiliatedQuarters: RuleValue<number>;
  readonly requiredPaidQuarters: RuleValue<number>;
  /** The window of quarters before the event's quarter in which the paid quarters are counted. */
  readonly referenceWindowQuarters: RuleValue<number>;
  /** Dated steps inside the year, oldest first; the first step starts on the year's first day. */
  readonly monthlyAmounts: readonly RuleValue<BridgingRightAmountStep>[];
  readonly partialMonthShares: RuleValue<readonly PartialMonthShare[]>;
  readonly amountRounding: RuleValue<RoundingMode>;
  readonly careerMaximum: RuleValue<{
    readonly months: number;
    readonly extendedMonths: number;
    readonly extendedFromCareerQuarters: number;
  }>;
  /** The application is due by the end of this many quarters after the event's quarter. */
  readonly applicationQuartersAfterEvent: RuleValue<number>;
  /** When a month of benefit is paid. */
  readonly payment: RuleValue<'end-of-month'>;
};

export type MaternityAidRules = {
  readonly vouchers: RuleValue<number>;
  /** Categories that qualify as such in the quarters before the birth. */
  readonly categories: RuleValue<readonly ContributionCategory[]>;
  /** Categories that qualify only when their contribution reaches the main-activity minimum. */
  readonly categoriesIfMainLevel: RuleValue<readonly ContributionCategory[]>;
  /** How many quarters before the birth's quarter the category is looked at (2nd and 3rd). */
  readonly quartersBeforeBirth: RuleValue<readonly number[]>;
  readonly validityMonths: RuleValue<number>;
  /** Births from this day on: the fund offers the aid without an application. */
  readonly fundInitiativeFrom: RuleValue<IsoDate>;
  readonly stillbirthMinimumDays: RuleValue<number>;
};

export type IllnessAssimilationRules = {
  readonly minimumSelfEmployedDays: RuleValue<number>;
  readonly minimumIncapacity: RuleValue<Ppm>;
  readonly categories: RuleValue<readonly ContributionCategory[]>;
  /** Onset in the quarter's first month: the assimilation starts in that same quarter. */
  readonly startRule: RuleValue<'next-quarter-unless-first-month'>;
  /** Resumption in the quarter's third month: that quarter is still assimilated. */
  readonly endRule: RuleValue<'before-resumption-quarter-unless-third-month'>;
};

export const continuedInsuranceOptions = ['pension-only', 'pension-and-health'] as const;
export type ContinuedInsuranceOption = (typeof continuedInsuranceOptions)[number];

export type ContinuedInsuranceRules = {
  readonly categories: RuleValue<readonly ContributionCategory[]>;
  /** The quarter of stopping and the quarters before it, all paid. */
  readonly qualifyingQuarters: RuleValue<number>;
  /** Share of the normal contribution on the N-3 income, per option. */
  readonly shares: RuleValue<Readonly<Record<ContinuedInsuranceOption, Ppm>>>;
  readonly maximumQuarters: RuleValue<number>;
  readonly applicationQuartersAfterStop: RuleValue<number>;
};

/** Legal pension age by date of birth: born on or after `bornFrom`, the age is `age`. */
export type PensionAgeStep = { readonly bornFrom: IsoDate; readonly age: number };

export type PensionRules = {
  readonly ageSteps: RuleValue<readonly PensionAgeStep[]>;
  /** How many months before the pension date the fund writes to the person. */
  readonly informationMonthsBefore: RuleValue<number>;
};

export type BenefitRules = {
  readonly year: number;
  readonly validFrom: IsoDate;
  readonly validUntil: IsoDate;
  readonly bridgingRight: BridgingRightRules;
  readonly maternityAid: MaternityAidRules;
  readonly illnessAssimilation: IllnessAssimilationRules;
  readonly continuedInsurance: ContinuedInsuranceRules;
  readonly pension: PensionRules;
};
