import type { IsoDate, QuarterIndex } from '../calendar';
import type { ContributionCategory, FeeSetting } from '../contribution/types';
import type { ExplanationLine } from '../explanation';
import type { Cents } from '../money';
import type { YearRules } from '../../rules/types';
import type { BasisFacts } from './basis';

/** Why an affiliation ends: each has its own consequence (bankruptcy suspends recovery, death ends the claims). */
export const cessationReasons = ['cessation', 'bankruptcy', 'death', 'departure-abroad'] as const;
export type CessationReason = (typeof cessationReasons)[number];

/** Every kind of change of situation the counter files (those that move contributions, and the others). */
export const situationChangeKinds = ['address', 'contact', 'category', 'cessation', 'resumption'] as const;
export type SituationChangeKind = (typeof situationChangeKinds)[number];

/** The categories a person can move between at the counter (a company's affiliation never changes category). */
export const changeableCategories = [
  'main',
  'complementary',
  'helping-spouse',
  'student',
  'active-pensioner',
] as const satisfies readonly ContributionCategory[];
export type ChangeableCategory = (typeof changeableCategories)[number];

/** A change of situation that moves the provisional contributions. */
export type ContributionChange =
  | { readonly kind: 'category'; readonly category: ChangeableCategory; readonly effectiveDate: IsoDate }
  | { readonly kind: 'cessation'; readonly reason: CessationReason; readonly effectiveDate: IsoDate }
  | { readonly kind: 'resumption'; readonly category: ChangeableCategory; readonly effectiveDate: IsoDate }
  /** A granted reduction or increase: the quarters of `year` re-priced on the requested income (effective 1 January). */
  | { readonly kind: 'provisional-basis'; readonly year: number; readonly effectiveDate: IsoDate };

/** A change filed at the counter as a change of situation (a granted request re-prices through its decision). */
export type FiledChange = Exclude<ContributionChange, { kind: 'provisional-basis' }>;

export type CurrentAffiliation = {
  readonly category: ChangeableCategory;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
  readonly isPrimoStarter: boolean;
  /** Start of the current category period: a change cannot go back before it. */
  readonly currentSince: IsoDate;
};

/** A provisional contribution already claimed for a quarter (open, or exempted: an exempted quarter is left alone). */
export type ClaimedQuarter = {
  readonly id: string;
  readonly isExempted: boolean;
  readonly year: number;
  readonly quarter: QuarterIndex;
  readonly contribution: Cents;
  readonly fee: Cents;
  readonly dueDate: IsoDate;
};

export type QuarterFigure = {
  readonly contribution: Cents;
  readonly fee: Cents;
  readonly total: Cents;
  readonly dueDate: IsoDate;
};

/** keep: unchanged; replace: cancelled and claimed again at the new amount; cancel: no longer due; add: newly due. */
export type QuarterAction = 'keep' | 'replace' | 'cancel' | 'add';

export type QuarterDifference = {
  readonly quarter: string;
  readonly year: number;
  readonly index: QuarterIndex;
  readonly before: QuarterFigure | null;
  readonly after: QuarterFigure | null;
  /** After minus before, fees included: positive is more to pay. */
  readonly difference: Cents;
  readonly action: QuarterAction;
  readonly claimedId: string | null;
};

export type SituationInput = {
  readonly change: ContributionChange;
  /** The affiliation the change applies to; for a resumption, the one that ended. */
  readonly affiliation: CurrentAffiliation;
  readonly claimed: readonly ClaimedQuarter[];
  readonly facts: BasisFacts;
  readonly today: IsoDate;
  readonly fees: FeeSetting;
  readonly rulesForYear: (year: number) => YearRules | undefined;
};

export type SituationOutcome = {
  /** The affiliation after the change: its category, and its end date (end of the quarter of cessation). */
  readonly category: ChangeableCategory;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
  /** First day of the first quarter the change applies to. */
  readonly effectiveFrom: IsoDate;
  readonly quarters: readonly QuarterDifference[];
  readonly totalDifference: Cents;
  /** Years that have claimed quarters or fall in the change but have no rules: left as they are. */
  readonly yearsWithoutRules: readonly number[];
  readonly explanation: readonly ExplanationLine[];
};
