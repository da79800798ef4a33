/**
 * The points of the "contribution against income" chart: the same request as the scenario with
 * only the income changed, from zero to a little beyond the income ceiling (or the scenario's own
 * income, when higher). Pure, so it is tested without drawing anything.
 */
import { simulateContribution } from '../../../shared/domain/contribution/simulate';
import type { ContributionRequest } from '../../../shared/domain/contribution/types';
import { cents, multiplyDivideRounded, type Cents } from '../../../shared/domain/money';
import { rulesForYear } from '../../../shared/rules/index';

export type CurvePoint = { income: Cents; total: Cents };

export const CURVE_STEPS = 48;

/** The largest income on the x axis, rounded up to a whole 10 000 €. */
export function curveMaximum(requests: readonly ContributionRequest[]): Cents {
  let maximum = 0;
  for (const request of requests) {
    const rules = rulesForYear(request.year);
    const ceiling = rules ? multiplyDivideRounded(rules.ceiling.value, 115, 100, 'up') : 0;
    maximum = Math.max(maximum, ceiling, request.income);
  }
  const step = 1_000_000;
  return cents(Math.max(step, Math.ceil(maximum / step) * step));
}

/** Annual total (contribution + fees) of the definitive schedule at evenly spaced incomes. */
export function contributionCurve(request: ContributionRequest, maximum: Cents, steps = CURVE_STEPS): CurvePoint[] {
  const rules = rulesForYear(request.year);
  if (!rules) return [];
  const points: CurvePoint[] = [];
  for (let step = 0; step <= steps; step += 1) {
    const income = cents(multiplyDivideRounded(maximum, step, steps, 'half-up'));
    const outcome = simulateContribution(definitiveOnly(request, income), rules);
    if (outcome.ok) points.push({ income, total: outcome.value.definitive.totals.total });
  }
  return points;
}

/** Only the definitive schedule is drawn: the provisional basis does not depend on this income. */
function definitiveOnly(request: ContributionRequest, income: Cents): ContributionRequest {
  return {
    year: request.year,
    category: request.category,
    income,
    ...(request.affiliation === undefined ? {} : { affiliation: request.affiliation }),
    ...(request.isPrimoStarter === undefined ? {} : { isPrimoStarter: request.isPrimoStarter }),
    ...(request.hasOptedOut === undefined ? {} : { hasOptedOut: request.hasOptedOut }),
    ...(request.fees === undefined ? {} : { fees: request.fees }),
  };
}
