import { formatEuros } from '../../../shared/domain/money';
import type { Cents } from '../../../shared/domain/money';
import { draftPaymentPlan } from '../../../shared/domain/payment-plan/plan';
import { defaultPlanPolicy } from '../../../shared/domain/payment-plan/policy';
import type { PaymentPlan, PlanTerms } from '../../../shared/domain/payment-plan/types';
import { CliError, dateOption, eurosOption, integerOption, parseOptions, refusalError, requireOption } from '../args';
import { readDebtsFile } from '../debts-file';
import { cell, explanationText, money } from '../output';
import type { Output } from '../output';
import { surchargeRatesOn } from './surcharges';

export const PLAN_USAGE =
  'plan --file debts.json --start 2026-12-01 (--months 10 | --instalment 250) [--at yyyy-mm-dd] [--advance 700] ' +
  '[--max-months 12] [--tolerated-misses 0] [--grace-days 0] [--json]';

export function planCommand(args: readonly string[]): Output {
  const { values } = parseOptions(args, {
    file: { type: 'string' },
    start: { type: 'string' },
    at: { type: 'string' },
    months: { type: 'string' },
    instalment: { type: 'string' },
    advance: { type: 'string' },
    'max-months': { type: 'string' },
    'tolerated-misses': { type: 'string' },
    'grace-days': { type: 'string' },
  });
  const file = readDebtsFile(requireOption(values, 'file'));
  const start = dateOption(values, 'start');
  if (start === undefined) throw new CliError('plan: --start is required (yyyy-mm-dd)');
  const at = dateOption(values, 'at') ?? start;
  const months = integerOption(values, 'months', 1, 120);
  const instalment = eurosOption(values, 'instalment');
  const terms = termsFrom(months, instalment);
  const advance = eurosOption(values, 'advance');
  const defaults = defaultPlanPolicy();
  const policy = defaultPlanPolicy({
    maxMonths: integerOption(values, 'max-months', 1, 120) ?? defaults.maxMonths,
    missedInstalment: {
      toleratedMisses: integerOption(values, 'tolerated-misses', 0, 12) ?? defaults.missedInstalment.toleratedMisses,
      graceDays: integerOption(values, 'grace-days', 0, 90) ?? defaults.missedInstalment.graceDays,
    },
  });
  const outcome = draftPaymentPlan({
    claims: file.claims,
    payments: file.payments,
    at,
    start,
    terms,
    ...(advance === undefined ? {} : { advance }),
    history: file.history,
    policy,
    rates: surchargeRatesOn(at, 'plan'),
  });
  if (!outcome.ok) throw refusalError('plan', outcome.error);
  return { json: planJson(outcome.value), text: planText(outcome.value) };
}

function termsFrom(months: number | undefined, instalment: Cents | undefined): PlanTerms {
  if (months !== undefined && instalment !== undefined)
    throw new CliError('plan: give either --months or --instalment, not both');
  if (months !== undefined) return { kind: 'months', months };
  if (instalment === undefined) throw new CliError('plan: give either --months or --instalment');
  if (instalment <= 0) throw new CliError('plan: --instalment must be more than 0');
  return { kind: 'instalment', amount: instalment };
}

function planJson(plan: PaymentPlan) {
  return {
    command: 'plan',
    at: plan.at,
    start: plan.start,
    debt: {
      principal: money(plan.debt.principal),
      surcharges: money(plan.debt.surcharges),
      total: money(plan.debt.total),
    },
    instalments: plan.instalments.map((instalment) => ({ ...instalment, amount: money(instalment.amount) })),
    total: money(plan.total),
    months: plan.months,
    endDate: plan.endDate,
    isEligible: plan.isEligible,
    refusals: plan.refusals,
    runningSurcharges: {
      items: plan.runningSurcharges.items.map((item) => ({
        ...item,
        base: money(item.base),
        amount: money(item.amount),
      })),
      total: money(plan.runningSurcharges.total),
    },
    onMissedInstalment: plan.onMissedInstalment,
    explanation: plan.explanation,
  };
}

function planText(plan: PaymentPlan): string[] {
  return [
    `Payment plan: debt on ${plan.at} ${formatEuros(plan.debt.total)} (principal ${formatEuros(plan.debt.principal)}, surcharges ${formatEuros(plan.debt.surcharges)})`,
    plan.isEligible
      ? 'Eligible under the fund policy.'
      : `NOT eligible under the fund policy: ${plan.refusals.map((line) => line.messageKey).join(', ')}`,
    `  ${cell('#', 4)}${cell('Due', 12)}${cell('Amount', 14, 'right')}`,
    ...plan.instalments.map(
      (instalment) =>
        `  ${cell(instalment.kind === 'advance' ? 'adv' : String(instalment.number), 4)}${cell(instalment.dueDate, 12)}${cell(formatEuros(instalment.amount), 14, 'right')}`,
    ),
    `  ${cell('Total', 16)}${cell(formatEuros(plan.total), 14, 'right')}  (${plan.months} months, last on ${plan.endDate})`,
    `Surcharges still charged during the plan: ${formatEuros(plan.runningSurcharges.total)} (${plan.runningSurcharges.items.length} surcharges; a waiver can be requested afterwards)`,
    `Missed instalment: ${plan.onMissedInstalment.messageKey} (tolerated misses ${plan.onMissedInstalment.toleratedMisses}, grace days ${plan.onMissedInstalment.graceDays})`,
    'Explanation (message keys):',
    ...explanationText(plan.explanation),
  ];
}
