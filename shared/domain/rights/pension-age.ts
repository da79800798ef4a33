import { addMonths, dateParts, isoDateOf } from '../calendar';
import type { IsoDate } from '../calendar';
import { explain } from '../explanation';
import type { ExplanationLine } from '../explanation';
import { PENSION } from '../../rules/benefits/common';

export type LegalPensionAge = {
  readonly age: number;
  /** The birthday on which the age is reached. */
  readonly reachedOn: IsoDate;
  /** The retirement pension starts on the first day of the month after that birthday. */
  readonly pensionDate: IsoDate;
  readonly line: ExplanationLine;
};

/**
 * The legal pension age for a date of birth (loi du 10 août 2015: 65, then 66 for pensions starting
 * from 1 February 2025, 67 from 1 February 2030), the birthday it is reached on and the pension date.
 * The age table does not change from year to year, so it does not depend on a year's rules.
 */
export function legalPensionAge(birthDate: IsoDate): LegalPensionAge {
  // The first step starts in 1900, before any date a case file can hold, so one step always applies.
  let age = 0;
  for (const step of PENSION.ageSteps.value) if (birthDate >= step.bornFrom) age = step.age;
  const reachedOn = addMonths(birthDate, age * 12);
  const { year, month } = dateParts(reachedOn);
  const pensionDate = addMonths(isoDateOf(year, month, 1), 1);
  return {
    age,
    reachedOn,
    pensionDate,
    line: explain('pension.age', 'rights.pension.legalAge', { age, reachedOn, pensionDate }, PENSION.ageSteps),
  };
}

/** Whether the legal pension age is reached on `date` (the day before the birthday it is not). */
export function hasReachedPensionAge(birthDate: IsoDate, date: IsoDate): boolean {
  return legalPensionAge(birthDate).reachedOn <= date;
}
