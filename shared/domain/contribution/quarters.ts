import type { YearRules } from '../../rules/types';
import { addQuarters, quarterEnd, quarterOf, quarterOrdinal, quarterStart, quartersOfYear } from '../calendar';
import type { IsoDate, Quarter } from '../calendar';
import type { QuarterSlot } from './schedule';
import type { ContributionRequest, Regime } from './types';

/**
 * The quarters of `year` in which the person is subject. A quarter counts in full as soon as the
 * affiliation covers one day of it (quarters are indivisible).
 */
export function subjectQuarters(request: ContributionRequest): Quarter[] {
  const start = request.affiliation?.start;
  const end = request.affiliation?.end;
  return quartersOfYear(request.year).filter(
    (quarter) =>
      (start === undefined || start <= quarterEnd(quarter)) && (end === undefined || end >= quarterStart(quarter)),
  );
}

/** The quarter the affiliation started in; without a start date, the first quarter of the year. */
export function affiliationStartQuarter(request: ContributionRequest): Quarter {
  const start = request.affiliation?.start;
  return start === undefined ? { year: request.year, index: 1 } : quarterOf(start);
}

/**
 * Which formula applies to a quarter: the primo-starter floor during the first 4 quarters of a
 * requested primo-starter affiliation; for a person at pension age without retirement pension, the
 * main-activity formula from Q4 2025 (AR 38 art. 13 §4) unless they opted out, before that the
 * pensioner formula (art. 13 §1).
 */
export function regimeOf(request: ContributionRequest, quarter: Quarter, rules: YearRules): Regime {
  switch (request.category) {
    case 'main': {
      const offset = quarterOrdinal(quarter) - quarterOrdinal(affiliationStartQuarter(request));
      return request.isPrimoStarter === true && offset >= 0 && offset < 4 ? 'primo-starter' : 'main';
    }
    case 'pension-age':
      return quarterStart(quarter) >= rules.pensionAgeMainRegimeFrom.value && request.hasOptedOut !== true
        ? 'main'
        : 'pensioner';
    case 'active-pensioner':
      return 'pensioner';
    default:
      return request.category;
  }
}

/**
 * The quarter slots of a schedule. For provisional contributions of a starter affiliated on time,
 * the first two quarters of affiliation are due one quarter later.
 */
export function quarterSlots(
  request: ContributionRequest,
  rules: YearRules,
  hasStarterExtraQuarter: boolean,
): QuarterSlot[] {
  const startOrdinal = quarterOrdinal(affiliationStartQuarter(request));
  return subjectQuarters(request).map((quarter) => {
    const offset = quarterOrdinal(quarter) - startOrdinal;
    const dueDate: IsoDate =
      hasStarterExtraQuarter && offset < 2 ? quarterEnd(addQuarters(quarter, 1)) : quarterEnd(quarter);
    return { quarter, regime: regimeOf(request, quarter, rules), dueDate, isPrimoFirstQuarter: offset === 0 };
  });
}
