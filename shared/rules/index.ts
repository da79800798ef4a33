import { dateParts, type IsoDate } from '../domain/calendar';
import { RULES_2024 } from './2024';
import { RULES_2025 } from './2025';
import { RULES_2026 } from './2026';
import type { YearRules } from './types';

export type { Confidence, RuleValue, YearRules } from './types';

/** Every contribution year the application knows, oldest first. Adding a year is one file here (docs/how-to/add-a-rule-year.md). */
export const ALL_YEAR_RULES: readonly YearRules[] = [RULES_2024, RULES_2025, RULES_2026];

/**
 * The refusal for a year without a rule table. Another year's figures are never borrowed: a 2027
 * contribution computed with the 2026 amounts looks right and is wrong, whereas this refusal tells
 * the advisor the figures are not yet in Guichet.
 */
export type MissingRuleYear = {
  readonly code: 'rules-year-missing';
  readonly messageKey: 'errors.rules.yearMissing';
  readonly params: { readonly year: number };
};

export type RulesLookup =
  { readonly ok: true; readonly value: YearRules } | { readonly ok: false; readonly error: MissingRuleYear };

/** The rules in force on `date`, or undefined for a date outside the years we have figures for. */
export function rulesFor(date: IsoDate): YearRules | undefined {
  return ALL_YEAR_RULES.find((rules) => rules.validFrom <= date && date <= rules.validUntil);
}

/** The rules of contribution year `year`, or undefined. */
export function rulesForYear(year: number): YearRules | undefined {
  return ALL_YEAR_RULES.find((rules) => rules.year === year);
}

/** The rules of contribution year `year`, or the typed refusal the services show as a translated message. */
export function lookupRulesForYear(year: number): RulesLookup {
  const rules = rulesForYear(year);
  if (rules) return { ok: true, value: rules };
  return { ok: false, error: { code: 'rules-year-missing', messageKey: 'errors.rules.yearMissing', params: { year } } };
}

/** The rules in force on `date`, or the refusal naming its year. */
export function lookupRulesFor(date: IsoDate): RulesLookup {
  const rules = rulesFor(date);
  return rules ? { ok: true, value: rules } : lookupRulesForYear(dateParts(date).year);
}
