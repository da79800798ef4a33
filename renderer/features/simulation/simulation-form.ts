/**
 * A simulation scenario as typed at the counter (strings, in euros and percent) and its conversion
 * to a request for the rules engine (integer cents, ppm). Pure: the page recomputes on every
 * keystroke, and a field that does not parse yet is reported under that field, not thrown.
 */
import { dateParts, parseIsoDate } from '../../../shared/domain/calendar';
import { fundDay } from '../../../shared/domain/fund-day';
import type { ContributionCategory, ContributionRequest } from '../../../shared/domain/contribution/types';
import { parseEuros, parsePercent, type Cents } from '../../../shared/domain/money';
import { MANAGEMENT_FEE_CAP } from '../../../shared/rules/management-fees';
import { ALL_YEAR_RULES } from '../../../shared/rules/index';

/** The categories offered at the counter: the contribution categories plus the two starter regimes. */
export const simulationCategories = [
  'main',
  'starter',
  'primo-starter',
  'complementary',
  'helping-spouse',
  'student',
  'active-pensioner',
  'pension-age',
] as const;
export type SimulationCategory = (typeof simulationCategories)[number];

export type ScenarioForm = {
  category: SimulationCategory;
  year: string;
  /** Net taxable professional income of the year, euros. */
  income: string;
  /** Affiliation start (yyyy-mm-dd), empty for a whole year. */
  start: string;
  /** Fund management fees, percent; empty for none. */
  feeRate: string;
  /** Provisional contributions on a requested income (reduction or increase), euros; empty for none. */
  requestedIncome: string;
};

export type ScenarioField = keyof ScenarioForm;
export type FieldErrors = Partial<Record<ScenarioField, string>>;

export type ScenarioParse = { ok: true; request: ContributionRequest } | { ok: false; errors: FieldErrors };

export const knownYears: readonly number[] = ALL_YEAR_RULES.map((rules) => rules.year);

/** This year in Brussels' calendar, or the latest year the rules know. */
export function defaultYear(now: Date): number {
  const { year } = dateParts(fundDay(now));
  return knownYears.includes(year) ? year : (knownYears[knownYears.length - 1] ?? year);
}

export function emptyScenario(year: number, overrides: Partial<ScenarioForm> = {}): ScenarioForm {
  return {
    category: 'main',
    year: String(year),
    income: '',
    start: '',
    feeRate: '',
    requestedIncome: '',
    ...overrides,
  };
}

function contributionCategory(category: SimulationCategory): ContributionCategory {
  return category === 'starter' || category === 'primo-starter' ? 'main' : category;
}

export function isStarterCategory(category: SimulationCategory): boolean {
  return category === 'starter' || category === 'primo-starter';
}

export function parseScenario(form: ScenarioForm): ScenarioParse {
  const errors: FieldErrors = {};
  const year = Number(form.year);
  if (!knownYears.includes(year)) errors.year = 'simulation.errors.year';

  let income: Cents | undefined;
  if (form.income.trim() === '') errors.income = 'simulation.errors.incomeRequired';
  else {
    income = parseEuros(form.income);
    if (income === undefined) errors.income = 'simulation.errors.amount';
  }

  const start = form.start.trim() === '' ? undefined : parseIsoDate(form.start.trim());
  if (form.start.trim() !== '' && start === undefined) errors.start = 'validation.isoDate';
  else if (start !== undefined && Number(start.slice(0, 4)) > year) errors.start = 'simulation.errors.startAfterYear';

  const feeRate = form.feeRate.trim() === '' ? undefined : parsePercent(form.feeRate);
  if (form.feeRate.trim() !== '' && feeRate === undefined) errors.feeRate = 'simulation.errors.percent';
  else if (feeRate !== undefined && feeRate > MANAGEMENT_FEE_CAP.value)
    errors.feeRate = 'simulation.errors.feeAboveCap';

  const requested = form.requestedIncome.trim() === '' ? undefined : parseEuros(form.requestedIncome);
  if (form.requestedIncome.trim() !== '' && (requested === undefined || requested < 0))
    errors.requestedIncome = 'simulation.errors.amount';

  if (Object.keys(errors).length > 0 || income === undefined) return { ok: false, errors };
  const request: ContributionRequest = {
    year,
    category: contributionCategory(form.category),
    income,
    ...(start === undefined ? {} : { affiliation: { start } }),
    ...(form.category === 'primo-starter' ? { isPrimoStarter: true } : {}),
    ...(feeRate === undefined ? {} : { fees: { rate: feeRate, cap: MANAGEMENT_FEE_CAP.value } }),
    ...(requested !== undefined
      ? { provisional: { kind: 'requested' as const, income: requested } }
      : isStarterCategory(form.category)
        ? { provisional: { kind: 'starter' as const } }
        : {}),
  };
  return { ok: true, request };
}
