import { companyContribution } from '../../../shared/domain/contribution/company';
import { formatEuros } from '../../../shared/domain/money';
import { computeSurcharges } from '../../../shared/domain/surcharge/compute';
import { rulesForYear } from '../../../shared/rules/index';
import {
  CliError,
  dateOption,
  eurosOption,
  integerOption,
  missingRulesError,
  parseOptions,
  refusalError,
} from '../args';
import { explanationText, money } from '../output';
import type { Output } from '../output';
import { surchargeRatesOn, surchargesJson } from './surcharges';

export const COMPANY_USAGE =
  'company --year 2025 (--balance-sheet 900000 | --first-two-years) [--paid-on yyyy-mm-dd] [--at yyyy-mm-dd] [--json]';

/** The annual company contribution, and with --paid-on or --at the 1 %-per-month late surcharges. */
export function companyCommand(args: readonly string[]): Output {
  const { values } = parseOptions(args, {
    year: { type: 'string' },
    'balance-sheet': { type: 'string' },
    'first-two-years': { type: 'boolean' },
    'paid-on': { type: 'string' },
    at: { type: 'string' },
  });
  const year = integerOption(values, 'year', 1900, 2999);
  if (year === undefined) throw new CliError('company: --year is required');
  const rules = rulesForYear(year);
  if (rules === undefined) throw missingRulesError('company', `for ${year}`);
  const balanceSheetTotal = eurosOption(values, 'balance-sheet');
  const isInFirstTwoYears = values['first-two-years'] === true;
  const outcome = companyContribution(
    { year, isInFirstTwoYears, ...(balanceSheetTotal === undefined ? {} : { balanceSheetTotal }) },
    rules,
  );
  if (!outcome.ok) throw refusalError('company', outcome.error);
  const result = outcome.value;
  const paidOn = dateOption(values, 'paid-on');
  const at = dateOption(values, 'at') ?? paidOn;
  let late: ReturnType<typeof surchargesJson> | null = null;
  if (at !== undefined) {
    const claim = {
      id: `company-${year}`,
      kind: 'company-contribution' as const,
      principal: result.amount,
      dueDate: result.dueDate,
    };
    const payments = paidOn === undefined ? [] : [{ date: paidOn, amount: result.amount }];
    const report = computeSurcharges({ claims: [claim], payments, at, rates: surchargeRatesOn(at, 'company') });
    if (!report.ok) throw refusalError('company', report.error);
    late = surchargesJson(report.value);
  }
  return {
    json: {
      command: 'company',
      year,
      size: result.size,
      amount: money(result.amount),
      dueDate: result.dueDate,
      late,
      explanation: result.explanation,
    },
    text: [
      `Company contribution ${year}: ${result.size}, ${formatEuros(result.amount)}, due ${result.dueDate}`,
      ...(late === null
        ? []
        : [
            `Late surcharges on ${late.at}: ${late.totals.surchargesCharged.formatted} (${late.surcharges.length} months)`,
          ]),
      'Explanation (message keys):',
      ...explanationText(result.explanation),
    ],
  };
}
