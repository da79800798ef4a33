import type { RuleValue, YearRules } from '../../rules/types';
import { PROCEDURES } from '../../rules/procedures';
import { explain } from '../explanation';
import type { ExplanationLine } from '../explanation';
import { cents, minCents, multiplyDivideRounded, PPM_PER_UNIT, ZERO_CENTS } from '../money';
import type { Cents, Ppm } from '../money';
import type { Regime } from './types';

export type RegimeAmount = { readonly quarterly: Cents; readonly lines: readonly ExplanationLine[] };

type Slice = { readonly upTo: RuleValue<Cents>; readonly rate: RuleValue<Ppm> };

/**
 * The quarterly contribution of one regime for an annual income (AR 38 art. 12 §1 and 13 §1):
 * the annual contribution is the sum of the slices, divided by 4 and rounded once (half-up, as the
 * published amounts show). No rounding happens before that single point.
 */
export function quarterlyForRegime(regime: Regime, income: Cents, rules: YearRules): RegimeAmount {
  const lines: ExplanationLine[] = [];
  const ruleKey = `contribution.regime.${regime}`;
  const floor = floorOf(regime, rules);
  if (floor !== null && income < floor.value) {
    lines.push(
      explain(
        ruleKey,
        'explanation.contribution.belowFloorNothingDue',
        { regime, incomeCents: income, floorCents: floor.value },
        floor,
      ),
    );
    return { quarterly: ZERO_CENTS, lines };
  }
  if (regime === 'student' && income < rules.mainMinimumIncome.value) {
    return studentReduced(income, rules, lines);
  }
  const minimum = minimumOf(regime, rules);
  let base = income;
  if (minimum !== null && income < minimum.value) {
    base = minimum.value;
    lines.push(
      explain(
        ruleKey,
        'explanation.contribution.minimumIncomeApplied',
        { regime, incomeCents: income, minimumCents: minimum.value },
        minimum,
      ),
    );
  }
  if (regime === 'student') {
    lines.push(
      explain(
        ruleKey,
        'explanation.contribution.studentAsMain',
        { incomeCents: income, thresholdCents: rules.mainMinimumIncome.value },
        rules.mainMinimumIncome,
      ),
    );
  }
  if (base > rules.ceiling.value) {
    lines.push(
      explain(
        ruleKey,
        'explanation.contribution.ceilingReached',
        { incomeCents: base, ceilingCents: rules.ceiling.value },
        rules.ceiling,
      ),
    );
  }
  const lowRate = regime === 'pensioner' ? rules.rates.pensionerLowRate : rules.rates.mainLowRate;
  const slices: Slice[] = [
    { upTo: rules.firstThreshold, rate: lowRate },
    { upTo: rules.ceiling, rate: rules.rates.mainHighRate },
  ];
  return { quarterly: sumSlices(base, slices, ruleKey, rules, lines), lines };
}

function sumSlices(
  base: Cents,
  slices: readonly Slice[],
  ruleKey: string,
  rules: YearRules,
  lines: ExplanationLine[],
): Cents {
  let numerator = 0;
  let from = ZERO_CENTS;
  for (const slice of slices) {
    const to = minCents(base, slice.upTo.value);
    if (to <= from) break;
    const part = to - from;
    numerator += part * slice.rate.value;
    lines.push(
      explain(
        ruleKey,
        'explanation.contribution.slice',
        {
          fromCents: from,
          toCents: to,
          ratePpm: slice.rate.value,
          annualAmountCents: multiplyDivideRounded(part, slice.rate.value, PPM_PER_UNIT, 'half-up'),
        },
        slice.rate,
      ),
    );
    from = to;
  }
  return quarterlyRounded(numerator, ruleKey, rules, lines);
}

/** Student between the two thresholds: 20.50 % of the part above the lower threshold only. */
function studentReduced(income: Cents, rules: YearRules, lines: ExplanationLine[]): RegimeAmount {
  const ruleKey = 'contribution.regime.student';
  lines.push(
    explain(
      ruleKey,
      'explanation.contribution.studentReduced',
      {
        incomeCents: income,
        thresholdCents: rules.studentLowerThreshold.value,
        ratePpm: rules.rates.studentRate.value,
      },
      rules.studentLowerThreshold,
    ),
  );
  const numerator = (income - rules.studentLowerThreshold.value) * rules.rates.studentRate.value;
  return { quarterly: quarterlyRounded(numerator, ruleKey, rules, lines), lines };
}

function quarterlyRounded(numerator: number, ruleKey: string, rules: YearRules, lines: ExplanationLine[]): Cents {
  const quarterly = cents(multiplyDivideRounded(numerator, 1, 4 * PPM_PER_UNIT, rules.rates.quarterlyRounding.value));
  lines.push(
    explain(
      ruleKey,
      'explanation.contribution.quarterlyRounded',
      { quarterlyCents: quarterly },
      rules.rates.quarterlyRounding,
    ),
  );
  return quarterly;
}

function floorOf(regime: Regime, rules: YearRules): RuleValue<Cents> | null {
  if (regime === 'complementary') return rules.complementaryFloor;
  if (regime === 'student') return rules.studentLowerThreshold;
  if (regime === 'pensioner') return rules.pensionerFloor;
  return null;
}

function minimumOf(regime: Regime, rules: YearRules): RuleValue<Cents> | null {
  if (regime === 'main') return rules.mainMinimumIncome;
  if (regime === 'primo-starter') return rules.primoStarterFloor;
  if (regime === 'helping-spouse') return rules.helpingSpouseMinimumIncome;
  return null;
}

/** The rule a regime follows, for the explanation's first line about it. */
export function procedureOf(regime: Regime): RuleValue<string> | null {
  if (regime === 'complementary') return PROCEDURES.complementaryRegime;
  if (regime === 'student') return PROCEDURES.studentRegime;
  if (regime === 'pensioner') return PROCEDURES.pensionerRegime;
  if (regime === 'primo-starter') return PROCEDURES.primoStarter;
  return null;
}
