import type { IsoDate } from '../domain/calendar';
import { RULES_2024 } from './2024';
import { RULES_2025 } from './2025';
import { RULES_2026 } from './2026';
import type { YearRules } from './types';

export type { Confidence, RuleValue, YearRules } from './types';

/** Every contribution year the application knows, oldest first. Adding a year is one file here. */
export const ALL_YEAR_RULES: readonly YearRules[] = [RULES_2024, RULES_2025, RULES_2026];

/** The rules in force on `date`, or undefined for a date outside the years we have figures for. */
export function rulesFor(date: IsoDate): YearRules | undefined {
  return ALL_YEAR_RULES.find((rules) => rules.validFrom <= date && date <= rules.validUntil);
}

/** The rules of contribution year `year`, or undefined. */
export function rulesForYear(year: number): YearRules | undefined {
  return ALL_YEAR_RULES.find((rules) => rules.year === year);
}
