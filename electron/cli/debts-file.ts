import { readFileSync } from 'node:fs';
import { parseIsoDate } from '../../shared/domain/calendar';
import type { IsoDate } from '../../shared/domain/calendar';
import { cents, parseEuros } from '../../shared/domain/money';
import type { Cents } from '../../shared/domain/money';
import type { CaseHistory } from '../../shared/domain/payment-plan/types';
import type { Claim, ClaimKind, Payment } from '../../shared/domain/surcharge/types';
import { CliError } from './args';

/** The case file read from `--file` (format documented in docs/cli.md). */
export type DebtsFile = { readonly claims: Claim[]; readonly payments: Payment[]; readonly history: CaseHistory };

type Json = unknown;

export function readDebtsFile(path: string): DebtsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`cannot read ${path}`);
  }
  let data: Json;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path}: not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  const root = object(data, path);
  const contributions = array(root.contributions, `${path}: contributions`);
  const claims = contributions.map((entry, index) => claimFrom(entry, `${path}: contributions[${index}]`));
  const payments = array(root.payments ?? [], `${path}: payments`).map((entry, index) =>
    paymentFrom(entry, `${path}: payments[${index}]`),
  );
  const history = historyFrom(root.history ?? {}, `${path}: history`);
  return { claims, payments, history };
}

function claimFrom(entry: Json, where: string): Claim {
  const value = object(entry, where);
  const id = text(value.id, `${where}.id`);
  const kind = value.kind ?? 'contribution';
  if (kind !== 'contribution' && kind !== 'company-contribution')
    throw new CliError(`${where}.kind: must be "contribution" or "company-contribution"`);
  const claimedOn = value.claimedOn === undefined ? undefined : date(value.claimedOn, `${where}.claimedOn`);
  return {
    id,
    kind: kind satisfies ClaimKind,
    principal: amount(value, 'principal', where),
    dueDate: date(value.dueDate, `${where}.dueDate`),
    ...(claimedOn === undefined ? {} : { claimedOn }),
    ...(value.description === undefined ? {} : { description: text(value.description, `${where}.description`) }),
  };
}

function paymentFrom(entry: Json, where: string): Payment {
  const value = object(entry, where);
  return {
    date: date(value.date, `${where}.date`),
    amount: amount(value, 'amount', where),
    ...(value.claimId === undefined ? {} : { claimId: text(value.claimId, `${where}.claimId`) }),
  };
}

function historyFrom(entry: Json, where: string): CaseHistory {
  const value = object(entry, where);
  const brokenPlans = array(value.brokenPlans ?? [], `${where}.brokenPlans`).map((brokenOn, index) => ({
    brokenOn: date(brokenOn, `${where}.brokenPlans[${index}]`),
  }));
  return {
    brokenPlans,
    hasJudicialProcedure: flag(value.hasJudicialProcedure, `${where}.hasJudicialProcedure`),
    hasActivePlan: flag(value.hasActivePlan, `${where}.hasActivePlan`),
  };
}

/** An amount is either `<name>Cents` (integer) or `<name>` (euros as a string, "871.71"). */
function amount(value: Record<string, Json>, name: string, where: string): Cents {
  const inCents = value[`${name}Cents`];
  if (inCents !== undefined) {
    if (typeof inCents !== 'number' || !Number.isSafeInteger(inCents))
      throw new CliError(`${where}.${name}Cents: must be an integer number of cents`);
    return cents(inCents);
  }
  const euros = value[name];
  const parsed = typeof euros === 'string' ? parseEuros(euros) : undefined;
  if (parsed === undefined)
    throw new CliError(`${where}.${name}: must be an amount in euros as a string ("871.71"), or give ${name}Cents`);
  return parsed;
}

function object(value: Json, where: string): Record<string, Json> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new CliError(`${where}: must be an object`);
  return Object.fromEntries(Object.entries(value));
}

function array(value: Json, where: string): Json[] {
  if (!Array.isArray(value)) throw new CliError(`${where}: must be an array`);
  return value;
}

function text(value: Json, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`${where}: must be a non-empty string`);
  return value;
}

function date(value: Json, where: string): IsoDate {
  const parsed = typeof value === 'string' ? parseIsoDate(value) : undefined;
  if (parsed === undefined) throw new CliError(`${where}: must be a date "yyyy-mm-dd"`);
  return parsed;
}

function flag(value: Json, where: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new CliError(`${where}: must be true or false`);
  return value;
}
