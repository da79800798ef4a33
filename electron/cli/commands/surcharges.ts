import type { IsoDate } from '../../../shared/domain/calendar';
import { formatEuros, formatPercent } from '../../../shared/domain/money';
import { computeSurcharges } from '../../../shared/domain/surcharge/compute';
import type { SurchargeReport } from '../../../shared/domain/surcharge/types';
import { rulesFor } from '../../../shared/rules/index';
import type { SurchargeRules } from '../../../shared/rules/types';
import { CliError, dateOption, missingRulesError, parseOptions, refusalError, requireOption } from '../args';
import { readDebtsFile } from '../debts-file';
import { cell, explanationText, money } from '../output';
import type { Output } from '../output';

export const SURCHARGES_USAGE = 'surcharges --file debts.json --at 2026-11-26 [--json]';

/** The surcharge rates in force on `date`; the CLI refuses dates outside the rule tables. */
export function surchargeRatesOn(date: IsoDate, command: string): SurchargeRules {
  const rules = rulesFor(date);
  if (rules === undefined) throw missingRulesError(command, `covers ${date}`);
  return rules.surcharges;
}

export function surchargesCommand(args: readonly string[]): Output {
  const { values } = parseOptions(args, { file: { type: 'string' }, at: { type: 'string' } });
  const file = readDebtsFile(requireOption(values, 'file'));
  const at = dateOption(values, 'at');
  if (at === undefined) throw new CliError('surcharges: --at is required (yyyy-mm-dd)');
  const outcome = computeSurcharges({
    claims: file.claims,
    payments: file.payments,
    at,
    rates: surchargeRatesOn(at, 'surcharges'),
  });
  if (!outcome.ok) throw refusalError('surcharges', outcome.error);
  return { json: surchargesJson(outcome.value), text: surchargesText(outcome.value) };
}

export function surchargesJson(report: SurchargeReport) {
  return {
    command: 'surcharges',
    at: report.at,
    surcharges: report.surcharges.map((surcharge) => ({
      claimId: surcharge.claimId,
      kind: surcharge.kind,
      date: surcharge.date,
      base: money(surcharge.base),
      ratePpm: surcharge.rate,
      amount: money(surcharge.amount),
    })),
    allocations: report.allocations.map((allocation) => ({ ...allocation, amount: money(allocation.amount) })),
    balances: report.balances.map((balance) => ({
      claimId: balance.claimId,
      principal: money(balance.principal),
      principalOpen: money(balance.principalOpen),
      surchargesCharged: money(balance.surchargesCharged),
      surchargesOpen: money(balance.surchargesOpen),
    })),
    totals: {
      principalOpen: money(report.totals.principalOpen),
      surchargesCharged: money(report.totals.surchargesCharged),
      surchargesOpen: money(report.totals.surchargesOpen),
      totalOpen: money(report.totals.totalOpen),
      credit: money(report.totals.credit),
    },
    explanation: report.explanation,
  };
}

function surchargesText(report: SurchargeReport): string[] {
  return [
    `Surcharges on ${report.at}`,
    `  ${cell('Date', 12)}${cell('Claim', 16)}${cell('Kind', 17)}${cell('Base', 14, 'right')}${cell('Rate', 7, 'right')}${cell('Amount', 12, 'right')}`,
    ...report.surcharges.map(
      (surcharge) =>
        `  ${cell(surcharge.date, 12)}${cell(surcharge.claimId, 16)}${cell(surcharge.kind, 17)}${cell(formatEuros(surcharge.base), 14, 'right')}${cell(`${formatPercent(surcharge.rate)} %`, 7, 'right')}${cell(formatEuros(surcharge.amount), 12, 'right')}`,
    ),
    ...(report.surcharges.length === 0 ? ['  (none)'] : []),
    `Open principal ${formatEuros(report.totals.principalOpen)}; surcharges charged ${formatEuros(report.totals.surchargesCharged)}, open ${formatEuros(report.totals.surchargesOpen)}; total open ${formatEuros(report.totals.totalOpen)}; credit ${formatEuros(report.totals.credit)}`,
    'Explanation (message keys):',
    ...explanationText(report.explanation),
  ];
}
