import { addQuarters, quarterLabel, quarterOf, quarterOrdinal } from '../calendar';
import type { IsoDate, Quarter, QuarterIndex } from '../calendar';
import type { ContributionCategory } from '../contribution/types';
import type { ContributionQuarterFact } from './types';

const QUARTER_LABEL = /^(\d{4})-Q([1-4])$/;

/** "2025-Q3" → the quarter, or undefined for a label the case file should never hold. */
export function parseQuarterLabel(label: string): Quarter | undefined {
  const match = QUARTER_LABEL.exec(label);
  if (match === null) return undefined;
  return { year: Number(match[1]), index: Number(match[2]) as QuarterIndex };
}

/** The case file's fact for `quarter`, if it has one. */
export function quarterFact(
  facts: readonly ContributionQuarterFact[],
  quarter: Quarter,
): ContributionQuarterFact | undefined {
  const label = quarterLabel(quarter);
  return facts.find((fact) => fact.quarter === label);
}

/** Paid quarters among the `count` quarters just before `before` (not including it). */
export function paidQuartersBefore(facts: readonly ContributionQuarterFact[], before: Quarter, count: number): number {
  const last = quarterOrdinal(before) - 1;
  const first = last - count + 1;
  return facts.filter((fact) => {
    const quarter = parseQuarterLabel(fact.quarter);
    if (quarter === undefined || !fact.isPaid) return false;
    const ordinal = quarterOrdinal(quarter);
    return ordinal >= first && ordinal <= last;
  }).length;
}

/** Paid quarters of the whole career before the quarter of `date`: the career the bridging right's maximum counts. */
export function careerQuartersBefore(facts: readonly ContributionQuarterFact[], date: IsoDate): number {
  const limit = quarterOrdinal(quarterOf(date));
  return facts.filter((fact) => {
    const quarter = parseQuarterLabel(fact.quarter);
    return quarter !== undefined && fact.isPaid && quarterOrdinal(quarter) < limit;
  }).length;
}

/** The labels of `count` quarters ending with `last`, oldest first. */
export function quartersEndingWith(last: Quarter, count: number): string[] {
  return Array.from({ length: count }, (_, index) => quarterLabel(addQuarters(last, index - count + 1)));
}

/** The quarters among `labels` whose fact is missing or not in one of `categories`. */
export function quartersOutside(
  facts: readonly ContributionQuarterFact[],
  labels: readonly string[],
  categories: readonly ContributionCategory[],
): string[] {
  return labels.filter((label) => {
    const fact = facts.find((candidate) => candidate.quarter === label);
    return fact === undefined || !categories.includes(fact.category);
  });
}

/**
 * A helping spouse qualifies under the maxi-status only, and the case file's category does not
 * tell mini from maxi: true when one of `labels` was a helping-spouse quarter, to be checked.
 */
export function hasHelpingSpouseQuarter(facts: readonly ContributionQuarterFact[], labels: readonly string[]): boolean {
  return facts.some((fact) => labels.includes(fact.quarter) && fact.category === 'helping-spouse');
}
