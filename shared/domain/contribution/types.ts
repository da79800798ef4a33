import type { IsoDate } from '../calendar';
import type { ExplanationLine } from '../explanation';
import type { Cents, Ppm } from '../money';

/** The affiliation categories a person can be in (AR 38 art. 12 and 13). */
export type ContributionCategory =
  'main' | 'complementary' | 'helping-spouse' | 'student' | 'active-pensioner' | 'pension-age';

export const CONTRIBUTION_CATEGORIES: readonly ContributionCategory[] = [
  'main',
  'complementary',
  'helping-spouse',
  'student',
  'active-pensioner',
  'pension-age',
];

/** The formula a quarter is calculated with; a category can use different ones in one year. */
export type Regime = 'main' | 'primo-starter' | 'helping-spouse' | 'complementary' | 'student' | 'pensioner';

export type Affiliation = { readonly start?: IsoDate; readonly end?: IsoDate };

/** What the provisional contributions are calculated on. */
export type ProvisionalBasis =
  | { readonly kind: 'reference-income'; readonly income: Cents; readonly referenceYear: number }
  | { readonly kind: 'starter'; readonly estimate?: Cents }
  | { readonly kind: 'requested'; readonly income: Cents };

export type FeeSetting = { readonly rate: Ppm; readonly cap: Ppm };

export type ContributionRequest = {
  readonly year: number;
  readonly category: ContributionCategory;
  /** Net taxable professional income of the year (actual, or expected for a simulation). */
  readonly income: Cents;
  readonly affiliation?: Affiliation;
  /** Main activity only: the person asked for the primo-starter regime (first 4 quarters). */
  readonly isPrimoStarter?: boolean;
  /** Pension-age category only: the person opted out of main-activity contributions. */
  readonly hasOptedOut?: boolean;
  readonly provisional?: ProvisionalBasis;
  /** The fund's management fees for the year; none when absent. */
  readonly fees?: FeeSetting;
};

export type QuarterAmount = {
  readonly quarter: string;
  readonly regime: Regime;
  readonly contribution: Cents;
  readonly fee: Cents;
  readonly total: Cents;
  readonly dueDate: IsoDate;
};

export type AmountTotals = { readonly contribution: Cents; readonly fee: Cents; readonly total: Cents };

export type ContributionSchedule = {
  /** The annual income the schedule was calculated on, before minimums and floors. */
  readonly annualIncome: Cents;
  readonly quarters: readonly QuarterAmount[];
  readonly totals: AmountTotals;
};

export type Regularisation = {
  readonly kind: 'supplement' | 'refund' | 'none';
  /** Definitive minus provisional: positive is a supplement, negative a refund. */
  readonly difference: AmountTotals;
};

export type ContributionResult = {
  readonly year: number;
  readonly category: ContributionCategory;
  readonly feeRate: Ppm;
  readonly definitive: ContributionSchedule;
  readonly provisional: ContributionSchedule | null;
  readonly regularisation: Regularisation | null;
  readonly explanation: readonly ExplanationLine[];
};
