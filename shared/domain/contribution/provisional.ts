import { PROCEDURES } from '../../rules/procedures';
import type { YearRules } from '../../rules/types';
import { explain, failure, success } from '../explanation';
import type { ExplanationLine, Outcome } from '../explanation';
import { applyFraction, cents } from '../money';
import type { Cents, Ppm } from '../money';
import { quarterSlots } from './quarters';
import { buildSchedule } from './schedule';
import type { RegimeBase } from './schedule';
import type { ContributionRequest, ContributionSchedule, ProvisionalBasis, Regime } from './types';

/**
 * Provisional contributions (AR 38 art. 11 §3 and following):
 * - from the income of year N-3 × the year's revaluation fraction;
 * - for a starter, on the legal minimum of the category (or the estimate the person gave);
 * - on a requested income (reduction or increase), with the legal minimums still applied by the
 *   regime's own formula.
 */
export function provisionalSchedule(
  request: ContributionRequest,
  basis: ProvisionalBasis,
  rules: YearRules,
  feeRate: Ppm,
  lines: ExplanationLine[],
): Outcome<ContributionSchedule> {
  const isStarter = basis.kind === 'starter';
  const slots = quarterSlots(request, rules, isStarter && request.affiliation?.start !== undefined);
  if (isStarter && request.affiliation?.start !== undefined) {
    lines.push(
      explain(
        'contribution.starter.extra-quarter',
        'explanation.contribution.starterExtraQuarter',
        {},
        PROCEDURES.starterExtraQuarter,
      ),
    );
  }
  let annualIncome: Cents;
  let baseFor: (regime: Regime) => RegimeBase;
  if (basis.kind === 'reference-income') {
    const revaluation = rules.revaluationFraction.value;
    if (revaluation === null) {
      return failure('rule-value-missing', 'error.rules.valueMissing', {
        year: rules.year,
        field: 'revaluationFraction',
        source: rules.revaluationFraction.source,
      });
    }
    annualIncome = applyFraction(basis.income, revaluation, 'half-up');
    lines.push(
      explain(
        'contribution.provisional.reference-income',
        'explanation.contribution.provisionalFromReference',
        {
          referenceIncomeCents: basis.income,
          referenceYear: basis.referenceYear,
          numerator: revaluation.numerator,
          denominator: revaluation.denominator,
          revaluedCents: annualIncome,
        },
        rules.revaluationFraction,
      ),
    );
    baseFor = (regime) => ({ income: annualIncome, regime });
  } else if (basis.kind === 'requested') {
    annualIncome = basis.income;
    lines.push(
      explain(
        'contribution.provisional.requested',
        'explanation.contribution.provisionalRequested',
        { requestedCents: basis.income },
        PROCEDURES.requestedBase,
      ),
    );
    baseFor = (regime) => ({ income: annualIncome, regime });
  } else if (basis.estimate !== undefined) {
    annualIncome = basis.estimate;
    lines.push(
      explain(
        'contribution.provisional.starter',
        'explanation.contribution.provisionalStarterEstimate',
        { estimateCents: basis.estimate },
        PROCEDURES.starterProvisional,
      ),
    );
    baseFor = (regime) => ({ income: annualIncome, regime });
  } else {
    annualIncome = cents(Math.max(...slots.map((slot) => starterFlatBase(slot.regime, rules).income)));
    lines.push(
      explain(
        'contribution.provisional.starter',
        'explanation.contribution.provisionalStarter',
        {},
        PROCEDURES.starterProvisional,
      ),
    );
    baseFor = (regime) => starterFlatBase(regime, rules);
  }
  return success(buildSchedule(slots, baseFor, annualIncome, rules, feeRate, lines));
}

/**
 * The flat starter base of each formula: its legal minimum, or its floor where there is no
 * minimum. A student starter pays 20.50 % of the complementary floor (Acerta 2025: 99.38 incl.
 * 3.05 % = 96.44), so that case uses the complementary formula.
 */
function starterFlatBase(regime: Regime, rules: YearRules): RegimeBase {
  switch (regime) {
    case 'main':
      return { income: rules.mainMinimumIncome.value, regime };
    case 'primo-starter':
      return { income: rules.primoStarterFloor.value, regime };
    case 'helping-spouse':
      return { income: rules.helpingSpouseMinimumIncome.value, regime };
    case 'pensioner':
      return { income: rules.pensionerFloor.value, regime };
    default:
      return { income: rules.complementaryFloor.value, regime: 'complementary' };
  }
}
