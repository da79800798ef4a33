import type { IsoDate } from '../../../shared/domain/calendar';
import { formatEuros } from '../../../shared/domain/money';
import { bridgingRightFigures, maternityAid } from '../../../shared/domain/rights';
import type { BridgingRightFigures, MaternityAidFigures } from '../../../shared/domain/rights';
import { bridgingRightCases } from '../../../shared/rules/benefits/index';
import type { BridgingRightCase } from '../../../shared/rules/benefits/index';
import { CliError, dateOption, integerOption, parseOptions, refusalError, requireOption } from '../args';
import { explanationText, money, unconfirmedCount } from '../output';
import type { Output } from '../output';
import { rightsCheckCommand, RIGHTS_CHECK_USAGE, rightsScanCommand, RIGHTS_SCAN_USAGE } from './rights-profile';

/**
 * `guichet rights <subcommand>`: the pure figures of the benefits the fund follows. A subcommand
 * that needs a profile (a case file's rights) is added to RIGHTS_SUBCOMMANDS like these two.
 */
type Subcommand = { readonly run: (args: readonly string[]) => Output; readonly usage: string };

const BRIDGING_RIGHT_USAGE =
  'rights bridging-right --year 2026 --case bankruptcy|forced-cessation|economic --career-quarters 40 [--months-granted 0] [--family-charge] [--json]';
const MATERNITY_USAGE = 'rights maternity --birth-date 2026-03-14 [--stillbirth] [--json]';

export const RIGHTS_SUBCOMMANDS: Record<string, Subcommand> = {
  'bridging-right': { run: bridgingRightCommand, usage: BRIDGING_RIGHT_USAGE },
  maternity: { run: maternityCommand, usage: MATERNITY_USAGE },
  scan: { run: (args) => rightsScanCommand(args), usage: RIGHTS_SCAN_USAGE },
  check: { run: (args) => rightsCheckCommand(args), usage: RIGHTS_CHECK_USAGE },
};

export const RIGHTS_USAGE = Object.values(RIGHTS_SUBCOMMANDS)
  .map((subcommand) => subcommand.usage)
  .join('\n  guichet ');

export function rightsCommand(args: readonly string[]): Output {
  const [name, ...rest] = args;
  const subcommand = name === undefined ? undefined : RIGHTS_SUBCOMMANDS[name];
  if (subcommand === undefined) {
    throw new CliError(
      `rights: ${name === undefined || name.startsWith('-') ? 'a subcommand is required' : `unknown subcommand '${name}'`} (one of ${Object.keys(RIGHTS_SUBCOMMANDS).join(', ')})`,
    );
  }
  return subcommand.run(rest);
}

function isBridgingRightCase(value: string): value is BridgingRightCase {
  return (bridgingRightCases as readonly string[]).includes(value);
}

function bridgingRightCommand(args: readonly string[]): Output {
  const { values } = parseOptions(args, {
    year: { type: 'string' },
    case: { type: 'string' },
    'career-quarters': { type: 'string' },
    'months-granted': { type: 'string' },
    'family-charge': { type: 'boolean' },
  });
  const year = integerOption(values, 'year', 1900, 2999);
  if (year === undefined) throw new CliError('rights bridging-right: --year is required');
  const name = requireOption(values, 'case');
  if (!isBridgingRightCase(name))
    throw new CliError(`rights bridging-right: unknown case '${name}' (one of ${bridgingRightCases.join(', ')})`);
  const careerQuarters = integerOption(values, 'career-quarters', 0, 400);
  if (careerQuarters === undefined)
    throw new CliError('rights bridging-right: --career-quarters is required (paid quarters of the career)');
  const outcome = bridgingRightFigures({
    year,
    case: name,
    careerQuarters,
    hasFamilyCharge: values['family-charge'] === true,
    monthsAlreadyGranted: integerOption(values, 'months-granted', 0, 400) ?? 0,
  });
  if (!outcome.ok) throw refusalError('rights bridging-right', outcome.error);
  return {
    json: bridgingRightJson(outcome.value),
    text: bridgingRightText(outcome.value, values['family-charge'] === true),
  };
}

function bridgingRightJson(figures: BridgingRightFigures) {
  return {
    command: 'rights bridging-right',
    year: figures.year,
    case: figures.case,
    monthly: money(figures.monthlyCents),
    monthlyCents: figures.monthlyCents,
    months: figures.months,
    careerMaximumMonths: figures.careerMaximumMonths,
    unconfirmedSources: unconfirmedCount(figures.lines),
    explanation: figures.lines,
  };
}

function bridgingRightText(figures: BridgingRightFigures, hasFamilyCharge: boolean): string[] {
  const unconfirmed = unconfirmedCount(figures.lines);
  return [
    `Bridging right ${figures.year} — ${figures.case}, ${hasFamilyCharge ? 'with' : 'without'} family charge`,
    `  Full month: ${formatEuros(figures.monthlyCents)}`,
    `  Months for this event: ${figures.months} (career maximum ${figures.careerMaximumMonths})`,
    ...(unconfirmed === 0 ? [] : [`Warning: ${unconfirmed} of the sources used are UNCONFIRMED (marked below).`]),
    'Explanation (message keys for the FR/NL/DE catalogues):',
    ...explanationText(figures.lines),
  ];
}

function maternityCommand(args: readonly string[]): Output {
  const { values } = parseOptions(args, { 'birth-date': { type: 'string' }, stillbirth: { type: 'boolean' } });
  const birthDate: IsoDate | undefined = dateOption(values, 'birth-date');
  if (birthDate === undefined) throw new CliError('rights maternity: --birth-date is required (yyyy-mm-dd)');
  const outcome = maternityAid({ birthDate, isStillbirth: values.stillbirth === true });
  if (!outcome.ok) throw refusalError('rights maternity', outcome.error);
  return { json: maternityJson(birthDate, outcome.value), text: maternityText(birthDate, outcome.value) };
}

function maternityJson(birthDate: IsoDate, figures: MaternityAidFigures) {
  return {
    command: 'rights maternity',
    birthDate,
    vouchers: figures.vouchers,
    usableFrom: figures.usableFrom,
    usableUntil: figures.usableUntil,
    isFundInitiative: figures.isFundInitiative,
    unconfirmedSources: unconfirmedCount(figures.lines),
    explanation: figures.lines,
  };
}

function maternityText(birthDate: IsoDate, figures: MaternityAidFigures): string[] {
  const unconfirmed = unconfirmedCount(figures.lines);
  return [
    `Maternity aid — birth on ${birthDate}`,
    `  Service vouchers: ${figures.vouchers}, usable from ${figures.usableFrom} until ${figures.usableUntil}`,
    `  ${figures.isFundInitiative ? 'The fund offers them on its own initiative.' : 'An application is needed.'}`,
    ...(unconfirmed === 0 ? [] : [`Warning: ${unconfirmed} of the sources used are UNCONFIRMED (marked below).`]),
    'Explanation (message keys for the FR/NL/DE catalogues):',
    ...explanationText(figures.lines),
  ];
}
