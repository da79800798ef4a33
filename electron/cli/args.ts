import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { parseIsoDate } from '../../shared/domain/calendar';
import type { IsoDate } from '../../shared/domain/calendar';
import type { DomainError } from '../../shared/domain/explanation';
import { parseEuros, parsePercent } from '../../shared/domain/money';
import type { Cents, Ppm } from '../../shared/domain/money';
import { ALL_YEAR_RULES } from '../../shared/rules/index';

/** Invalid input: the CLI prints the message on one line and exits with code 2. */
export class CliError extends Error {
  readonly exitCode = 2;
  /** With --json, a reply to print on stdout before the message (e.g. `check` of an invalid value). */
  readonly jsonReply: unknown;

  constructor(message: string, jsonReply?: unknown) {
    super(message);
    this.name = 'CliError';
    this.jsonReply = jsonReply;
  }
}

export type Options = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Strict parsing: unknown options, missing values and stray arguments are refused. */
export function parseOptions(
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  positionals = 0,
): { values: Options; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean' }, ...options },
      strict: true,
      allowPositionals: positionals > 0,
    });
    if (parsed.positionals.length > positionals)
      throw new CliError(`unexpected argument '${parsed.positionals[positionals]}'`);
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      error instanceof Error ? (error.message.split('\n')[0] ?? 'invalid arguments') : 'invalid arguments',
    );
  }
}

export function stringOption(values: Options, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function requireOption(values: Options, name: string): string {
  const value = stringOption(values, name);
  if (value === undefined || value.trim() === '') throw new CliError(`--${name} is required`);
  return value;
}

export function eurosOption(values: Options, name: string): Cents | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const amount = parseEuros(raw);
  if (amount === undefined) throw new CliError(`--${name}: '${raw}' is not an amount in euros (e.g. 45000 or 871,71)`);
  return amount;
}

export function dateOption(values: Options, name: string): IsoDate | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const date = parseIsoDate(raw);
  if (date === undefined) throw new CliError(`--${name}: '${raw}' is not a date (yyyy-mm-dd)`);
  return date;
}

export function percentOption(values: Options, name: string): Ppm | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const rate = parsePercent(raw);
  if (rate === undefined) throw new CliError(`--${name}: '${raw}' is not a percentage (e.g. 3.95)`);
  return rate;
}

export function integerOption(values: Options, name: string, min: number, max: number): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new CliError(`--${name}: '${raw}' must be a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

/** A domain refusal is invalid input too: one line with a readable text and the message key. */
export function refusalError(command: string, error: DomainError): CliError {
  const details = Object.entries(error.params)
    .filter(([key]) => key !== 'source')
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(', ');
  return new CliError(
    `${command}: ${error.code.replace(/-/g, ' ')}${details === '' ? '' : ` (${details})`} [${error.messageKey}]`,
  );
}

/** The refusal for a year without a rule table, naming the years Guichet has figures for. */
export function missingRulesError(command: string, what: string): CliError {
  const years = ALL_YEAR_RULES.map((rules) => rules.year).join(', ');
  return new CliError(`${command}: no rule table ${what} (known years: ${years})`);
}
