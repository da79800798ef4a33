import { simulateContribution } from '../../../shared/domain/contribution/simulate';
import type {
  ContributionCategory,
  ContributionRequest,
  ContributionResult,
  ContributionSchedule,
  ProvisionalBasis,
} from '../../../shared/domain/contribution/types';
import { formatEuros, formatPercent } from '../../../shared/domain/money';
import { MANAGEMENT_FEE_CAP } from '../../../shared/rules/management-fees';
import { rulesForYear } from '../../../shared/rules/index';
import {
  CliError,
  dateOption,
  eurosOption,
  integerOption,
  missingRulesError,
  parseOptions,
  percentOption,
  refusalError,
  requireOption,
} from '../args';
import type { Options } from '../args';
import { cell, explanationText, money, rate, unconfirmedCount } from '../output';
import type { Output } from '../output';

/** CLI categories: the affiliation categories plus the two starter shortcuts of the issue. */
const CATEGORIES: Record<string, { category: ContributionCategory; isPrimoStarter?: boolean; isStarter?: boolean }> = {
  main: { category: 'main' },
  starter: { category: 'main', isStarter: true },
  'primo-starter': { category: 'main', isPrimoStarter: true, isStarter: true },
  complementary: { category: 'complementary' },
  'helping-spouse': { category: 'helping-spouse' },
  student: { category: 'student' },
  pensioner: { category: 'active-pensioner' },
  'pension-age': { category: 'pension-age' },
};

export const SIMULATE_USAGE =
  'simulate --year 2026 --category main|starter|primo-starter|complementary|helping-spouse|student|pensioner|pension-age --income 45000 ' +
  '[--start 2026-04-01] [--end yyyy-mm-dd] [--fee-rate 3.95] [--fee-cap 4.25] [--reference-income 40000 --reference-year 2023 | ' +
  '--requested-income 30000 | --starter [--estimate 30000]] [--opt-out] [--json]';

export function simulateCommand(args: readonly string[]): Output {
  const { values } = parseOptions(args, {
    year: { type: 'string' },
    category: { type: 'string' },
    income: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    'fee-rate': { type: 'string' },
    'fee-cap': { type: 'string' },
    'reference-income': { type: 'string' },
    'reference-year': { type: 'string' },
    'requested-income': { type: 'string' },
    starter: { type: 'boolean' },
    estimate: { type: 'string' },
    'opt-out': { type: 'boolean' },
  });
  const request = requestFrom(values);
  const rules = rulesForYear(request.year);
  if (rules === undefined) throw missingRulesError('simulate', `for ${request.year}`);
  const outcome = simulateContribution(request, rules);
  if (!outcome.ok) throw refusalError('simulate', outcome.error);
  return { json: toJson(outcome.value), text: toText(outcome.value, request) };
}

function requestFrom(values: Options): ContributionRequest {
  const year = integerOption(values, 'year', 1900, 2999);
  if (year === undefined) throw new CliError('simulate: --year is required');
  const name = requireOption(values, 'category');
  const category = CATEGORIES[name];
  if (category === undefined)
    throw new CliError(`simulate: unknown category '${name}' (one of ${Object.keys(CATEGORIES).join(', ')})`);
  const income = eurosOption(values, 'income');
  if (income === undefined)
    throw new CliError('simulate: --income is required (net taxable income of the year, euros)');
  const start = dateOption(values, 'start');
  const end = dateOption(values, 'end');
  const feeRate = percentOption(values, 'fee-rate');
  const feeCap = percentOption(values, 'fee-cap') ?? MANAGEMENT_FEE_CAP.value;
  return {
    year,
    category: category.category,
    income,
    ...(start === undefined && end === undefined
      ? {}
      : { affiliation: { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) } }),
    ...(category.isPrimoStarter === true ? { isPrimoStarter: true } : {}),
    ...(values['opt-out'] === true ? { hasOptedOut: true } : {}),
    ...(feeRate === undefined ? {} : { fees: { rate: feeRate, cap: feeCap } }),
    ...provisionalFrom(values, category.isStarter === true),
  };
}

function provisionalFrom(values: Options, isStarterCategory: boolean): { provisional?: ProvisionalBasis } {
  const referenceIncome = eurosOption(values, 'reference-income');
  const referenceYear = integerOption(values, 'reference-year', 1900, 2999);
  const requested = eurosOption(values, 'requested-income');
  const estimate = eurosOption(values, 'estimate');
  const isStarter = isStarterCategory || values.starter === true || estimate !== undefined;
  const chosen = [
    referenceIncome !== undefined || referenceYear !== undefined,
    requested !== undefined,
    isStarter && !isStarterCategory,
  ].filter(Boolean).length;
  if (chosen > 1 || (isStarterCategory && (referenceIncome !== undefined || requested !== undefined))) {
    throw new CliError(
      'simulate: choose one provisional basis: --reference-income/--reference-year, --requested-income or --starter/--estimate',
    );
  }
  if ((referenceIncome === undefined) !== (referenceYear === undefined)) {
    throw new CliError('simulate: --reference-income and --reference-year go together');
  }
  if (referenceIncome !== undefined && referenceYear !== undefined)
    return { provisional: { kind: 'reference-income', income: referenceIncome, referenceYear } };
  if (requested !== undefined) return { provisional: { kind: 'requested', income: requested } };
  if (isStarter) return { provisional: estimate === undefined ? { kind: 'starter' } : { kind: 'starter', estimate } };
  return {};
}

function scheduleJson(schedule: ContributionSchedule) {
  return {
    annualIncome: money(schedule.annualIncome),
    quarters: schedule.quarters.map((quarter) => ({
      quarter: quarter.quarter,
      regime: quarter.regime,
      contribution: money(quarter.contribution),
      fee: money(quarter.fee),
      total: money(quarter.total),
      dueDate: quarter.dueDate,
    })),
    totals: {
      contribution: money(schedule.totals.contribution),
      fee: money(schedule.totals.fee),
      total: money(schedule.totals.total),
    },
  };
}

function toJson(result: ContributionResult) {
  return {
    command: 'simulate',
    year: result.year,
    category: result.category,
    feeRate: rate(result.feeRate),
    definitive: scheduleJson(result.definitive),
    provisional: result.provisional === null ? null : scheduleJson(result.provisional),
    regularisation:
      result.regularisation === null
        ? null
        : {
            kind: result.regularisation.kind,
            difference: {
              contribution: money(result.regularisation.difference.contribution),
              fee: money(result.regularisation.difference.fee),
              total: money(result.regularisation.difference.total),
            },
          },
    unconfirmedSources: unconfirmedCount(result.explanation),
    explanation: result.explanation,
  };
}

function scheduleText(title: string, schedule: ContributionSchedule): string[] {
  return [
    `${title} — annual income ${formatEuros(schedule.annualIncome)}`,
    `  ${cell('Quarter', 9)}${cell('Formula', 15)}${cell('Contribution', 14, 'right')}${cell('Fees', 11, 'right')}${cell('Total', 14, 'right')}  Due`,
    ...schedule.quarters.map(
      (quarter) =>
        `  ${cell(quarter.quarter, 9)}${cell(quarter.regime, 15)}${cell(formatEuros(quarter.contribution), 14, 'right')}${cell(formatEuros(quarter.fee), 11, 'right')}${cell(formatEuros(quarter.total), 14, 'right')}  ${quarter.dueDate}`,
    ),
    `  ${cell('Year', 24)}${cell(formatEuros(schedule.totals.contribution), 14, 'right')}${cell(formatEuros(schedule.totals.fee), 11, 'right')}${cell(formatEuros(schedule.totals.total), 14, 'right')}`,
  ];
}

function toText(result: ContributionResult, request: ContributionRequest): string[] {
  const unconfirmed = unconfirmedCount(result.explanation);
  const regularisation = result.regularisation;
  return [
    `Contributions ${result.year} — ${request.category}, income ${formatEuros(request.income)}, fees ${formatPercent(result.feeRate)} %`,
    ...scheduleText('Definitive contributions', result.definitive),
    ...(result.provisional === null ? [] : scheduleText('Provisional contributions', result.provisional)),
    ...(regularisation === null
      ? []
      : [
          `Regularisation: ${regularisation.kind} ${formatEuros(regularisation.difference.contribution)} (with fees ${formatEuros(regularisation.difference.total)})`,
        ]),
    ...(unconfirmed === 0 ? [] : [`Warning: ${unconfirmed} of the sources used are UNCONFIRMED (marked below).`]),
    'Explanation (message keys for the FR/NL/DE catalogues):',
    ...explanationText(result.explanation),
  ];
}
