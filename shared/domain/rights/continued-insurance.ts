import type { IsoDate } from '../calendar';
import { dateParts } from '../calendar';
import { explain, failure, success } from '../explanation';
import type { ExplanationLine, Outcome } from '../explanation';
import { cents, multiplyDivideRounded, PPM_PER_UNIT } from '../money';
import type { Cents } from '../money';
import { benefitRulesFor } from '../../rules/benefits/index';
import type { ContinuedInsuranceOption } from '../../rules/benefits/index';

export type ContinuedInsuranceRequest = {
  /** A day of the quarter the contribution is for. */
  readonly date: IsoDate;
  readonly option: ContinuedInsuranceOption;
  /** The normal quarterly contribution on the N-3 income, as the contribution simulation computes it. */
  readonly normalQuarterlyCents: Cents;
};

export type ContinuedInsuranceFigures = {
  readonly quarterlyCents: Cents;
  readonly maximumQuarters: number;
  readonly hasUnconfirmedFigure: boolean;
  readonly lines: readonly ExplanationLine[];
};

/**
 * The quarterly contribution of the continued insurance: a share of the normal contribution on the
 * N-3 income, lower for the pension-only option (RSVZ; the shares in the rule table are approximate
 * and unconfirmed, so every amount is flagged). Rounded once, half up.
 */
export function continuedInsuranceContribution(request: ContinuedInsuranceRequest): Outcome<ContinuedInsuranceFigures> {
  const rules = benefitRulesFor(request.date);
  if (rules === undefined)
    return failure('rules-year-missing', 'errors.rules.yearMissing', { year: dateParts(request.date).year });
  if (!Number.isSafeInteger(request.normalQuarterlyCents) || request.normalQuarterlyCents < 0) {
    return failure('invalid-amount', 'rights.errors.invalidAmount', { amountCents: request.normalQuarterlyCents });
  }
  const insurance = rules.continuedInsurance;
  const share = insurance.shares.value[request.option];
  const quarterlyCents = cents(multiplyDivideRounded(request.normalQuarterlyCents, share, PPM_PER_UNIT, 'half-up'));
  const lines = [
    explain(
      'continuedInsurance.share',
      `rights.continuedInsurance.option.${request.option}`,
      { normalQuarterlyCents: request.normalQuarterlyCents, sharePpm: share, quarterlyCents },
      insurance.shares,
    ),
    explain(
      'continuedInsurance.maximum',
      'rights.continuedInsurance.maximumQuarters',
      { quarters: insurance.maximumQuarters.value },
      insurance.maximumQuarters,
    ),
  ];
  return success({
    quarterlyCents,
    maximumQuarters: insurance.maximumQuarters.value,
    hasUnconfirmedFigure: lines.some((line) => line.source?.isConfirmed === false),
    lines,
  });
}
