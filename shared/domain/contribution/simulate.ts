import { MANAGEMENT_FEE_CAP } from '../../rules/management-fees';
import { PROCEDURES } from '../../rules/procedures';
import type { YearRules } from '../../rules/types';
import { dateParts, quarterLabel } from '../calendar';
import { explain, failure, success } from '../explanation';
import type { ExplanationLine, Outcome } from '../explanation';
import { maxCents, multiplyDivideRounded, cents, subtractCents, ZERO_CENTS } from '../money';
import type { Cents } from '../money';
import { provisionalSchedule } from './provisional';
import { quarterSlots, subjectQuarters } from './quarters';
import { buildSchedule, feeLine, NO_FEES } from './schedule';
import type { ContributionRequest, ContributionResult, ContributionSchedule, Regularisation } from './types';

/**
 * Simulates the contributions of one year (AR 38 art. 11 to 13; AR 19/12/1967): the definitive
 * contributions on the income of the year, the provisional contributions on the chosen basis, and
 * the regularisation between the two. Amounts are per quarter, in cents, with and without the
 * fund's management fees, and every step is explained with its rule and source.
 */
export function simulateContribution(request: ContributionRequest, rules: YearRules): Outcome<ContributionResult> {
  const refusal = validate(request, rules);
  if (refusal !== null) return refusal;
  const feeRate = request.fees?.rate ?? NO_FEES;
  const lines: ExplanationLine[] = [
    explain(
      'contribution.year',
      'explanation.contribution.yearRules',
      {
        year: rules.year,
        numerator: rules.indexationFraction.value.numerator,
        denominator: rules.indexationFraction.value.denominator,
      },
      rules.indexationFraction,
    ),
    feeLine(feeRate, request.fees?.cap ?? MANAGEMENT_FEE_CAP.value),
  ];
  const quarters = subjectQuarters(request);
  lines.push(
    explain(
      'contribution.subject-quarters',
      'explanation.contribution.subjectQuarters',
      { quarters: quarters.map(quarterLabel).join(', '), count: quarters.length },
      PROCEDURES.quartersAreIndivisible,
    ),
  );

  lines.push(
    explain('contribution.definitive', 'explanation.contribution.definitiveSection', {}, PROCEDURES.regularisation),
  );
  const annualIncome = annualise(request.income, quarters.length, lines);
  const definitive = buildSchedule(
    quarterSlots(request, rules, false),
    (regime) => ({ income: annualIncome, regime }),
    annualIncome,
    rules,
    feeRate,
    lines,
  );

  let provisional: ContributionSchedule | null = null;
  let regularisation: Regularisation | null = null;
  if (request.provisional !== undefined) {
    lines.push(
      explain(
        'contribution.provisional',
        'explanation.contribution.provisionalSection',
        {},
        PROCEDURES.provisionalFromReferenceIncome,
      ),
    );
    const outcome = provisionalSchedule(request, request.provisional, rules, feeRate, lines);
    if (!outcome.ok) return outcome;
    provisional = outcome.value;
    regularisation = regularise(definitive, provisional, lines);
  }
  return success({
    year: request.year,
    category: request.category,
    feeRate,
    definitive,
    provisional,
    regularisation,
    explanation: lines,
  });
}

/** Part year: the income is converted to a full year, income × 4 ÷ quarters, rounded half-up. */
function annualise(income: Cents, quarterCount: number, lines: ExplanationLine[]): Cents {
  const nonNegative = maxCents(income, ZERO_CENTS);
  if (income < 0) {
    lines.push(
      explain('contribution.income', 'explanation.contribution.lossCountsAsZero', { incomeCents: income }, null),
    );
  }
  if (quarterCount === 4) return nonNegative;
  const annual = cents(multiplyDivideRounded(nonNegative, 4, quarterCount, 'half-up'));
  lines.push(
    explain(
      'contribution.part-year',
      'explanation.contribution.annualised',
      { incomeCents: nonNegative, quarterCount, annualIncomeCents: annual },
      PROCEDURES.partYearAnnualisation,
    ),
  );
  return annual;
}

function regularise(
  definitive: ContributionSchedule,
  provisional: ContributionSchedule,
  lines: ExplanationLine[],
): Regularisation {
  const difference = {
    contribution: subtractCents(definitive.totals.contribution, provisional.totals.contribution),
    fee: subtractCents(definitive.totals.fee, provisional.totals.fee),
    total: subtractCents(definitive.totals.total, provisional.totals.total),
  };
  const kind = difference.contribution > 0 ? 'supplement' : difference.contribution < 0 ? 'refund' : 'none';
  const messageKey =
    kind === 'supplement'
      ? 'explanation.contribution.regularisationSupplement'
      : kind === 'refund'
        ? 'explanation.contribution.regularisationRefund'
        : 'explanation.contribution.regularisationNone';
  lines.push(
    explain(
      'contribution.regularisation',
      messageKey,
      { amountCents: Math.abs(difference.contribution), totalCents: Math.abs(difference.total) },
      PROCEDURES.regularisation,
    ),
  );
  return { kind, difference };
}

function validate(request: ContributionRequest, rules: YearRules): Outcome<ContributionResult> | null {
  if (rules.year !== request.year) {
    return failure('rules-year-mismatch', 'error.contribution.rulesYearMismatch', {
      year: request.year,
      rulesYear: rules.year,
    });
  }
  if (request.isPrimoStarter === true && request.category !== 'main') {
    return failure('primo-starter-main-only', 'error.contribution.primoStarterMainOnly', {
      category: request.category,
    });
  }
  if (request.hasOptedOut === true && request.category !== 'pension-age') {
    return failure('opt-out-pension-age-only', 'error.contribution.optOutPensionAgeOnly', {
      category: request.category,
    });
  }
  const cap = request.fees?.cap ?? MANAGEMENT_FEE_CAP.value;
  if (request.fees !== undefined && request.fees.rate > cap) {
    return failure('fee-rate-above-cap', 'error.contribution.feeRateAboveCap', {
      ratePpm: request.fees.rate,
      capPpm: cap,
    });
  }
  if (subjectQuarters(request).length === 0) {
    return failure('not-subject-in-year', 'error.contribution.notSubjectInYear', { year: request.year });
  }
  const basis = request.provisional;
  if (basis?.kind === 'reference-income' && basis.referenceYear !== request.year - 3) {
    return failure('reference-year-mismatch', 'error.contribution.referenceYearMismatch', {
      expectedYear: request.year - 3,
      referenceYear: basis.referenceYear,
    });
  }
  const start = request.affiliation?.start;
  if (basis?.kind === 'starter' && start !== undefined && request.year > dateParts(start).year + 3) {
    return failure('not-a-starter', 'error.contribution.notAStarter', {
      year: request.year,
      startYear: dateParts(start).year,
    });
  }
  if (basis !== undefined && basis.kind !== 'starter' && basis.income < 0) {
    return failure('negative-provisional-income', 'error.contribution.negativeProvisionalIncome', {});
  }
  return null;
}
