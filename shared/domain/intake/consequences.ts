/**
 * What the category and start date chosen in the intake mean for the person, as explanation lines
 * the wizard shows next to the fields (the figures come from the rules of the start year, each with
 * its source): starter years, primo-starter floor, complementary floor, student thresholds, helping-
 * spouse and pensioner minimums, and the first year's provisional contributions.
 */
import { PROCEDURES } from '../../rules/procedures';
import type { YearRules } from '../../rules/types';
import { addMonths, dateParts, quarterLabel, quarterOf } from '../calendar';
import type { IsoDate } from '../calendar';
import { simulateContribution } from '../contribution/simulate';
import type { ContributionCategory, FeeSetting } from '../contribution/types';
import { explain } from '../explanation';
import type { ExplanationLine } from '../explanation';
import { cents } from '../money';

export type ConsequenceRequest = {
  readonly category: ContributionCategory;
  readonly startDate: IsoDate;
  readonly isPrimoStarter: boolean;
  readonly estimatedIncome: number | null;
  readonly today: IsoDate;
  readonly fees?: FeeSetting;
};

/** `rules` are those of the start year (or of the current year when the start year has none). */
export function intakeConsequences(request: ConsequenceRequest, rules: YearRules): ExplanationLine[] {
  const start = dateParts(request.startDate);
  const lines: ExplanationLine[] = [
    // A starter has no N-3 income for the first three calendar years (AR 38 art. 11 §3): provisional
    // contributions on the legal minimum of the category, or on an estimate the person gives.
    explain(
      'intake.starter',
      'explanation.intake.starterYears',
      { fromYear: start.year, toYear: start.year + 2, firstQuarter: quarterLabel(quarterOf(request.startDate)) },
      PROCEDURES.starterProvisional,
    ),
  ];
  switch (request.category) {
    case 'main':
      lines.push(
        explain(
          'intake.main-minimum',
          'explanation.intake.mainMinimum',
          { minimumIncomeCents: rules.mainMinimumIncome.value },
          rules.mainMinimumIncome,
        ),
      );
      if (request.isPrimoStarter) {
        lines.push(
          explain(
            'intake.primo-starter',
            'explanation.intake.primoStarter',
            {
              floorCents: rules.primoStarterFloor.value,
              reductionCents: rules.primoStarterFirstQuarterReduction.value,
            },
            rules.primoStarterFloor,
          ),
        );
      }
      break;
    case 'complementary':
      lines.push(
        explain(
          'intake.complementary-floor',
          'explanation.intake.complementaryFloor',
          { floorCents: rules.complementaryFloor.value },
          rules.complementaryFloor,
        ),
      );
      break;
    case 'student':
      lines.push(
        explain(
          'intake.student-thresholds',
          'explanation.intake.studentThresholds',
          { lowerCents: rules.studentLowerThreshold.value, complementaryFloorCents: rules.complementaryFloor.value },
          rules.studentLowerThreshold,
        ),
      );
      break;
    case 'helping-spouse':
      lines.push(
        explain(
          'intake.helping-spouse',
          'explanation.intake.helpingSpouseMinimum',
          { minimumIncomeCents: rules.helpingSpouseMinimumIncome.value },
          rules.helpingSpouseMinimumIncome,
        ),
      );
      break;
    case 'active-pensioner':
    case 'pension-age':
      lines.push(
        explain(
          'intake.pensioner-floor',
          'explanation.intake.pensionerFloor',
          { floorCents: rules.pensionerFloor.value },
          rules.pensionerFloor,
        ),
      );
      break;
  }
  // Affiliation is due before the activity starts (AR 38 art. 10): a start date more than three
  // months back is a late affiliation, and the past quarters are claimed at once.
  if (request.startDate < addMonths(request.today, -3)) {
    lines.push(
      explain(
        'intake.late-affiliation',
        'explanation.intake.lateAffiliation',
        { startDate: request.startDate, today: request.today },
        null,
      ),
    );
  }
  const simulation = simulateContribution(
    {
      year: rules.year,
      category: request.category,
      income: cents(request.estimatedIncome ?? 0),
      affiliation: { start: request.startDate },
      isPrimoStarter: request.isPrimoStarter,
      provisional:
        request.estimatedIncome === null
          ? { kind: 'starter' }
          : { kind: 'starter', estimate: cents(request.estimatedIncome) },
      ...(request.fees ? { fees: request.fees } : {}),
    },
    rules,
  );
  // A refused simulation (primo-starter outside main activity, start after the rules' year, …) gives
  // no line; an accepted one always has a provisional schedule with at least one subject quarter.
  const provisional = simulation.ok ? simulation.value.provisional : null;
  const first = provisional?.quarters[0];
  if (provisional && first) {
    lines.push(
      explain(
        'intake.first-year',
        'explanation.intake.firstYearProvisional',
        {
          year: rules.year,
          count: provisional.quarters.length,
          firstQuarterTotalCents: first.total,
          firstDueDate: first.dueDate,
          yearTotalCents: provisional.totals.total,
        },
        PROCEDURES.starterProvisional,
      ),
    );
  }
  return lines;
}
