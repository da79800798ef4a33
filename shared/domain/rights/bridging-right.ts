import { addMonths, dateParts, endOfMonth, isoDateOf, parseIsoDate } from '../calendar';
import type { IsoDate } from '../calendar';
import { explain, failure, success } from '../explanation';
import type { ExplanationLine, Outcome } from '../explanation';
import { cents, multiplyDivideRounded, PPM_PER_UNIT } from '../money';
import type { Cents } from '../money';
import { benefitRulesFor, benefitRulesForYear } from '../../rules/benefits/index';
import type { BenefitRules, BridgingRightAmountStep, BridgingRightCase } from '../../rules/benefits/index';
import type { RuleValue } from '../../rules/types';
import type { BridgingRightInstalment } from './types';

export type BridgingRightRequest = {
  /** The day of the event (or any day of the year, for a year's figures); `year` means its 1 January. */
  readonly date?: IsoDate;
  readonly year?: number;
  readonly case: BridgingRightCase;
  /** Paid (or assimilated) quarters of the whole career before the event. */
  readonly careerQuarters: number;
  readonly hasFamilyCharge: boolean;
  /** Months of bridging right already granted over the career. */
  readonly monthsAlreadyGranted?: number;
};

export type BridgingRightFigures = {
  readonly year: number;
  readonly case: BridgingRightCase;
  readonly monthlyCents: Cents;
  /** Months this event opens: the career maximum minus the months already granted (never below 0), at most the basic months. */
  readonly months: number;
  readonly careerMaximumMonths: number;
  readonly hasUnconfirmedFigure: boolean;
  readonly lines: readonly ExplanationLine[];
};

/** The monthly amount step in force on `date` (the last step starting on or before it). */
export function amountStepOn(rules: BenefitRules, date: IsoDate): RuleValue<BridgingRightAmountStep> {
  const steps = rules.bridgingRight.monthlyAmounts;
  let found = steps[0] as RuleValue<BridgingRightAmountStep>;
  for (const step of steps) if (step.value.from <= date) found = step;
  return found;
}

/** The full monthly amount on `date` for a person with or without family charge. */
export function monthlyAmountOn(rules: BenefitRules, date: IsoDate, hasFamilyCharge: boolean): Cents {
  const step = amountStepOn(rules, date).value;
  return hasFamilyCharge ? step.withFamilyCharge : step.withoutFamilyCharge;
}

/** The career maximum in months: 12, or 24 after at least 60 paid quarters. */
export function careerMaximumMonths(rules: BenefitRules, careerQuarters: number): number {
  const maximum = rules.bridgingRight.careerMaximum.value;
  return careerQuarters >= maximum.extendedFromCareerQuarters ? maximum.extendedMonths : maximum.months;
}

function requestDate(request: BridgingRightRequest): IsoDate | undefined {
  if (request.date !== undefined) return request.date;
  if (request.year === undefined || !Number.isSafeInteger(request.year)) return undefined;
  return parseIsoDate(`${String(request.year).padStart(4, '0')}-01-01`);
}

/**
 * The bridging right's monthly amount and months left for one case (loi du 22 décembre 2016,
 * amounts as published by INASTI and the funds, see the rule tables), with the lines that explain
 * them. Refuses a year without rule table and a negative career.
 */
export function bridgingRightFigures(request: BridgingRightRequest): Outcome<BridgingRightFigures> {
  const date = requestDate(request);
  const rules = date === undefined ? undefined : benefitRulesFor(date);
  if (date === undefined || rules === undefined) {
    return failure('rules-year-missing', 'errors.rules.yearMissing', {
      year: request.year ?? (date === undefined ? 0 : dateParts(date).year),
    });
  }
  const granted = request.monthsAlreadyGranted ?? 0;
  if (![request.careerQuarters, granted].every((value) => Number.isSafeInteger(value) && value >= 0)) {
    return failure('invalid-career', 'rights.errors.invalidCareer', {
      careerQuarters: request.careerQuarters,
      monthsAlreadyGranted: granted,
    });
  }
  return success(figuresFor(rules, date, request.case, request.careerQuarters, request.hasFamilyCharge, granted));
}

/** The figures once the year and the counts are known to be valid; `amountLine` and `careerLine` are also in `lines`. */
export function figuresFor(
  rules: BenefitRules,
  date: IsoDate,
  bridgingCase: BridgingRightCase,
  careerQuarters: number,
  hasFamilyCharge: boolean,
  monthsAlreadyGranted: number,
): BridgingRightFigures & { readonly amountLine: ExplanationLine; readonly careerLine: ExplanationLine } {
  const bridging = rules.bridgingRight;
  const step = amountStepOn(rules, date);
  const monthlyCents = hasFamilyCharge ? step.value.withFamilyCharge : step.value.withoutFamilyCharge;
  const maximum = careerMaximumMonths(rules, careerQuarters);
  // One event opens at most the basic months; the extended maximum only leaves more for later events.
  const months = Math.min(bridging.careerMaximum.value.months, Math.max(0, maximum - monthsAlreadyGranted));
  const amountLine = explain(
    'bridgingRight.monthlyAmount',
    hasFamilyCharge ? 'rights.bridgingRight.amountWithFamilyCharge' : 'rights.bridgingRight.amountWithoutFamilyCharge',
    { monthlyCents, from: step.value.from },
    step,
  );
  const careerLine = explain(
    'bridgingRight.careerMaximum',
    'rights.bridgingRight.careerMaximum',
    { careerQuarters, maximumMonths: maximum, monthsAlreadyGranted, months },
    bridging.careerMaximum,
  );
  const lines = [
    explain('bridgingRight.case', `rights.bridgingRight.case.${bridgingCase}`, {}, bridging.cases),
    amountLine,
    careerLine,
  ];
  return {
    year: rules.year,
    case: bridgingCase,
    monthlyCents,
    months,
    careerMaximumMonths: maximum,
    hasUnconfirmedFigure: lines.some((line) => line.source?.isConfirmed === false),
    lines,
    amountLine,
    careerLine,
  };
}

/**
 * The share of a month's full amount for an interruption of `days` consecutive days in that month:
 * 25 % from 7 days, 50 % from 14, 75 % from 21, the full month from 28 (nothing below 7).
 */
export function partialMonthAmount(rules: BenefitRules, fullMonth: Cents, days: number): Cents {
  let share = 0;
  for (const step of rules.bridgingRight.partialMonthShares.value) if (days >= step.minimumDays) share = step.share;
  return cents(multiplyDivideRounded(fullMonth, share, PPM_PER_UNIT, rules.bridgingRight.amountRounding.value));
}

export type BridgingRightScheduleRequest = {
  /** The first month of benefit: any day of that month. */
  readonly firstMonth: IsoDate;
  readonly months: number;
  readonly hasFamilyCharge: boolean;
};

/**
 * The monthly instalments of a granted bridging right: each month at the full amount in force on
 * its first day (amounts are indexed during a year), paid at the end of that month. Refuses a
 * month without rule table rather than borrowing another year's amount.
 */
export function bridgingRightSchedule(request: BridgingRightScheduleRequest): Outcome<BridgingRightInstalment[]> {
  if (!Number.isSafeInteger(request.months) || request.months < 0 || request.months > 24) {
    return failure('invalid-months', 'rights.errors.invalidMonths', { months: request.months });
  }
  const { year, month } = dateParts(request.firstMonth);
  const first = isoDateOf(year, month, 1);
  const instalments: BridgingRightInstalment[] = [];
  for (let index = 0; index < request.months; index += 1) {
    const monthStart = addMonths(first, index);
    const rules = benefitRulesForYear(dateParts(monthStart).year);
    if (rules === undefined) {
      return failure('rules-year-missing', 'errors.rules.yearMissing', { year: dateParts(monthStart).year });
    }
    instalments.push({
      month: monthStart.slice(0, 7),
      amountCents: monthlyAmountOn(rules, monthStart, request.hasFamilyCharge),
      payDate: endOfMonth(monthStart),
    });
  }
  return success(instalments);
}
