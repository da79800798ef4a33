import type { IsoDate } from '../domain/calendar';
import type { Cents, Fraction, Ppm, RoundingMode } from '../domain/money';

/**
 * How far a value can be trusted:
 * - `official`: a primary text (Moniteur belge / Belgisch Staatsblad, INASTI/RSVZ, socialsecurity.be);
 * - `fund`: a social insurance fund's own publication;
 * - `third-party`: an accountant, the press, a public code repository: cross-check only;
 * - `derived`: computed by us (base amount × indexation fraction, or back-solved from published
 *   amounts); the note says from what.
 *
 * `isConfirmed` is true when an official text states the value, or when a fund publishes it (or an
 * amount that pins it to the cent) and no source contradicts it. Everything else is false and the UI
 * shows it as unconfirmed.
 */
export type Confidence = 'official' | 'fund' | 'third-party' | 'derived';

export type RuleValue<T> = {
  readonly value: T;
  /** Legal reference and/or addresses of the (stored copies of the) pages the value comes from. */
  readonly source: string;
  readonly confidence: Confidence;
  readonly isConfirmed: boolean;
  readonly note?: string;
};

/** Rates and legal constants that did not change between 2024 and 2026. */
export type ContributionRates = {
  readonly mainLowRate: RuleValue<Ppm>;
  readonly mainHighRate: RuleValue<Ppm>;
  readonly pensionerLowRate: RuleValue<Ppm>;
  readonly studentRate: RuleValue<Ppm>;
  readonly quarterlyRounding: RuleValue<RoundingMode>;
};

export type SurchargeRules = {
  readonly quarterlyRate: RuleValue<Ppm>;
  readonly yearEndRate: RuleValue<Ppm>;
  readonly companyMonthlyRate: RuleValue<Ppm>;
};

export type CompanyContributionRules = {
  readonly smallAmount: RuleValue<Cents | null>;
  readonly largeAmount: RuleValue<Cents | null>;
  /** Total assets of the penultimate closed financial year; above it the company is "large". */
  readonly balanceSheetThreshold: RuleValue<Cents | null>;
  readonly dueDate: RuleValue<IsoDate>;
};

export type YearRules = {
  readonly year: number;
  readonly validFrom: IsoDate;
  readonly validUntil: IsoDate;
  /** AR 38 art. 14 §1: the yearly indexation fraction X/142.75 applied to the base amounts. */
  readonly indexationFraction: RuleValue<Fraction>;
  /**
   * AR 38 art. 11 §3 al. 3: revaluation of the N-3 income for the provisional contributions; null
   * when the decree was not found (provisional contributions from the N-3 income are then refused).
   */
  readonly revaluationFraction: RuleValue<Fraction | null>;
  readonly rates: ContributionRates;
  readonly firstThreshold: RuleValue<Cents>;
  readonly ceiling: RuleValue<Cents>;
  readonly mainMinimumIncome: RuleValue<Cents>;
  readonly complementaryFloor: RuleValue<Cents>;
  readonly primoStarterFloor: RuleValue<Cents>;
  readonly primoStarterFirstQuarterReduction: RuleValue<Cents>;
  readonly helpingSpouseMinimumIncome: RuleValue<Cents>;
  readonly studentLowerThreshold: RuleValue<Cents>;
  readonly pensionerFloor: RuleValue<Cents>;
  /** First day on which people at pension age without a retirement pension pay as main activity. */
  readonly pensionAgeMainRegimeFrom: RuleValue<IsoDate>;
  readonly company: CompanyContributionRules;
  readonly surcharges: SurchargeRules;
};
