import type { RuleValue, YearRules } from '../../rules/types';
import type { IsoDate } from '../calendar';
import { explain, failure, success } from '../explanation';
import type { ExplanationLine, Outcome } from '../explanation';
import type { Cents } from '../money';

export type CompanyRequest = {
  readonly year: number;
  /** Total assets of the penultimate closed financial year (heading 20/58), as at 1 January. */
  readonly balanceSheetTotal?: Cents;
  /** A new company pays the small amount during its first two years of liability. */
  readonly isInFirstTwoYears: boolean;
};

export type CompanyResult = {
  readonly year: number;
  readonly size: 'small' | 'large';
  readonly amount: Cents;
  readonly dueDate: IsoDate;
  readonly explanation: readonly ExplanationLine[];
};

/**
 * The annual company contribution (law of 30 March 1994 portant des dispositions sociales, chapter on the
 * company contribution; article numbers not verified):
 * small or large by the balance-sheet total of the penultimate closed financial year, the small
 * amount during the first two years, due on 31 December of the year. Late payment costs 1 % per
 * month (see computeSurcharges, kind 'company-contribution').
 */
export function companyContribution(request: CompanyRequest, rules: YearRules): Outcome<CompanyResult> {
  const company = rules.company;
  if (rules.year !== request.year) {
    return failure('rules-year-mismatch', 'error.contribution.rulesYearMismatch', {
      year: request.year,
      rulesYear: rules.year,
    });
  }
  const lines: ExplanationLine[] = [];
  let size: 'small' | 'large';
  if (request.isInFirstTwoYears) {
    size = 'small';
    lines.push(explain('company.first-two-years', 'explanation.company.firstTwoYears', {}, company.smallAmount));
  } else if (request.balanceSheetTotal === undefined) {
    return failure('balance-sheet-required', 'error.company.balanceSheetRequired', { year: request.year });
  } else {
    const threshold = company.balanceSheetThreshold;
    if (threshold.value === null) return missing(request.year, 'balanceSheetThreshold', threshold);
    size = request.balanceSheetTotal > threshold.value ? 'large' : 'small';
    lines.push(
      explain(
        'company.size',
        'explanation.company.size',
        { balanceSheetCents: request.balanceSheetTotal, thresholdCents: threshold.value, size },
        threshold,
      ),
    );
  }
  const amountRule = size === 'small' ? company.smallAmount : company.largeAmount;
  if (amountRule.value === null)
    return missing(request.year, size === 'small' ? 'smallAmount' : 'largeAmount', amountRule);
  lines.push(
    explain(
      'company.amount',
      'explanation.company.amount',
      { size, amountCents: amountRule.value, dueDate: company.dueDate.value },
      amountRule,
    ),
  );
  return success({
    year: request.year,
    size,
    amount: amountRule.value,
    dueDate: company.dueDate.value,
    explanation: lines,
  });
}

function missing(year: number, field: string, rule: RuleValue<unknown>): Outcome<CompanyResult> {
  return failure('rule-value-missing', 'error.rules.valueMissing', { year, field, source: rule.source });
}
