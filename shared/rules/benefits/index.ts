import type { IsoDate } from '../../domain/calendar';
import { BENEFITS_2024 } from './2024';
import { BENEFITS_2025 } from './2025';
import { BENEFITS_2026 } from './2026';
import type { BenefitRules } from './types';

export type * from './types';
export { bridgingRightCases, continuedInsuranceOptions } from './types';

/** Every year of benefit figures, oldest first. Adding a year is one file here. */
export const ALL_BENEFIT_RULES: readonly BenefitRules[] = [BENEFITS_2024, BENEFITS_2025, BENEFITS_2026];

/** The benefit rules in force on `date`, or undefined outside the years we have figures for. */
export function benefitRulesFor(date: IsoDate): BenefitRules | undefined {
  return ALL_BENEFIT_RULES.find((rules) => rules.validFrom <= date && date <= rules.validUntil);
}

/** The benefit rules of `year`, or undefined. */
export function benefitRulesForYear(year: number): BenefitRules | undefined {
  return ALL_BENEFIT_RULES.find((rules) => rules.year === year);
}
