/**
 * The head-office reports: their names, what each counts and from which tables, and the columns
 * they print. The same bands (age, debt age, region) serve the branch dashboard, so a branch's
 * figures and head office's are cut the same way. Pure data: the SQL lives in server/reports.
 */
import { addDays, addMonths, type IsoDate } from '../calendar';

export const reportNames = [
  'affiliates',
  'starters-cessations',
  'contributions',
  'debts',
  'recovery',
  'requests',
  'debtors',
] as const;
export type ReportName = (typeof reportNames)[number];

export const reportFormats = ['csv', 'xlsx', 'json'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export type ReportColumn = { key: string; header: string; isCount: boolean };

export type ReportDefinition = {
  name: ReportName;
  /** What one line counts, in a sentence a statistician at INASTI can check. */
  counts: string;
  /** The head-office tables the figures come from. */
  sources: readonly string[];
  /** How the period options are read: at a date (`--to`), or over a period (`--from`..`--to`). */
  period: 'at-date' | 'period' | 'year';
  columns: readonly ReportColumn[];
  /** Lines naming case files: exporting it is recorded in the access log, one entry per case file. */
  hasPersonalData: boolean;
};

const dimension = (key: string, header: string): ReportColumn => ({ key, header, isCount: false });
const figure = (key: string, header: string): ReportColumn => ({ key, header, isCount: true });

const branchColumns = [dimension('branchCode', 'branch'), dimension('branchName', 'branch name')] as const;

export const reportDefinitions: Readonly<Record<ReportName, ReportDefinition>> = {
  affiliates: {
    name: 'affiliates',
    counts:
      'Affiliations in force at the date (start <= date, no end or end >= date, not deleted), by branch, category, sex, age band at the date, region and language of the affiliate (companies: no sex nor age; region from the newest address).',
    sources: ['report_affiliations (projection of sync_rows affiliation, person, company, address)'],
    period: 'at-date',
    hasPersonalData: false,
    columns: [
      ...branchColumns,
      dimension('category', 'category'),
      dimension('sex', 'sex'),
      dimension('ageBand', 'age band'),
      dimension('region', 'region'),
      dimension('language', 'language'),
      figure('affiliates', 'affiliates'),
    ],
  },
  'starters-cessations': {
    name: 'starters-cessations',
    counts:
      'Affiliations starting in the period (starters) and ending in it (cessations), by branch and category; category changes are the situation changes of kind category with an effective date in the period.',
    sources: ['report_affiliations', 'sync_rows (entity situationChange)'],
    period: 'period',
    hasPersonalData: false,
    columns: [
      ...branchColumns,
      dimension('category', 'category'),
      figure('starters', 'starters'),
      figure('cessations', 'cessations'),
      figure('categoryChanges', 'category changes'),
    ],
  },
  contributions: {
    name: 'contributions',
    counts:
      'Contributions (provisional, regularisation, company) of the quarters in the period, not cancelled: count, due (contribution + management fees), collected (payments allocated to them) and exempted, by branch, year, quarter and kind, in cents.',
    sources: ['report_contributions (projection of sync_rows contribution and payment)'],
    period: 'period',
    hasPersonalData: false,
    columns: [
      ...branchColumns,
      dimension('year', 'year'),
      dimension('quarter', 'quarter'),
      dimension('kind', 'kind'),
      figure('contributions', 'contributions'),
      figure('dueCents', 'due (cents)'),
      figure('collectedCents', 'collected (cents)'),
      figure('exemptedCents', 'exempted (cents)'),
    ],
  },
  debts: {
    name: 'debts',
    counts:
      'Open contributions past their due date at the date and not fully paid: count, case files and outstanding amount (due minus allocated payments, surcharges excluded), by branch, age bucket (days past due at the date) and recovery step (judicial: in an open judicial file; payment plan: in an active plan; amicable: neither).',
    sources: ['report_contributions (projection of sync_rows contribution, payment, paymentPlan, judicialFile)'],
    period: 'at-date',
    hasPersonalData: false,
    columns: [
      ...branchColumns,
      dimension('ageBucket', 'age bucket'),
      dimension('recoveryStep', 'recovery step'),
      figure('debts', 'debts'),
      figure('caseFiles', 'case files'),
      figure('outstandingCents', 'outstanding (cents)'),
    ],
  },
  recovery: {
    name: 'recovery',
    counts:
      'Judicial files handed over in the period by kind, status and closure, with the amount claimed; payment plans starting in the period by status, with their total. One line per branch, instrument, kind and status.',
    sources: ['sync_rows (entity judicialFile, paymentPlan)'],
    period: 'period',
    hasPersonalData: false,
    columns: [
      ...branchColumns,
      dimension('instrument', 'instrument'),
      dimension('kind', 'kind'),
      dimension('status', 'status'),
      figure('files', 'files'),
      figure('amountCents', 'amount (cents)'),
    ],
  },
  requests: {
    name: 'requests',
    counts:
      'Exemption, surcharge-waiver and provisional reduction or increase requests filed in the period, by branch, kind and outcome (filed, granted, refused), with what granted decisions took off the balance.',
    sources: ['sync_rows (entity request)'],
    period: 'period',
    hasPersonalData: false,
    columns: [
      ...branchColumns,
      dimension('kind', 'kind'),
      dimension('status', 'outcome'),
      figure('requests', 'requests'),
      figure('effectCents', 'effect (cents)'),
    ],
  },
  debtors: {
    name: 'debtors',
    counts:
      'The case files behind the debts report, one line each (personal data: each export is recorded in the access log): identifier (NISS or enterprise number), name, open debts past due at the date, outstanding amount and oldest due date.',
    sources: ['report_contributions', 'sync_rows (entity person, company)'],
    period: 'at-date',
    hasPersonalData: true,
    columns: [
      ...branchColumns,
      dimension('caseFileKind', 'case file kind'),
      dimension('caseFileId', 'case file id'),
      dimension('identifier', 'NISS or enterprise number'),
      dimension('name', 'name'),
      dimension('oldestDueDate', 'oldest due date'),
      figure('debts', 'debts'),
      figure('outstandingCents', 'outstanding (cents)'),
    ],
  },
};

export type ReportValue = string | number | null;
export type ReportRow = Readonly<Record<string, ReportValue>>;

export type ReportPeriod = { from: IsoDate; to: IsoDate };

/** Without options: the year up to today, the at-date reports at today. */
export function defaultReportPeriod(today: IsoDate): ReportPeriod {
  return { from: `${today.slice(0, 4)}-01-01` as IsoDate, to: today };
}

/** Age bands at a date: upper bound exclusive, in years. */
export const ageBands = [
  { key: 'under-25', minYears: 0 },
  { key: '25-34', minYears: 25 },
  { key: '35-44', minYears: 35 },
  { key: '45-54', minYears: 45 },
  { key: '55-64', minYears: 55 },
  { key: '65+', minYears: 65 },
] as const;

/** The latest birth date of someone at least `years` old at `at` (ISO dates compare as text). */
export function bornOnOrBefore(at: IsoDate, years: number): IsoDate {
  return addMonths(at, -12 * years);
}

export function ageBandOf(birthDate: string | null, at: IsoDate): string {
  if (birthDate === null) return 'unknown';
  let band = 'unknown';
  for (const candidate of ageBands) if (birthDate <= bornOnOrBefore(at, candidate.minYears)) band = candidate.key;
  return band;
}

/** Days past the due date at the date, in buckets (lower bound inclusive). */
export const debtAgeBuckets = [
  { key: '0-90', minDays: 1 },
  { key: '91-180', minDays: 91 },
  { key: '181-365', minDays: 181 },
  { key: '366+', minDays: 366 },
] as const;

/** The latest due date of a debt at least `days` past due at `at`. */
export function dueOnOrBefore(at: IsoDate, days: number): IsoDate {
  return addDays(at, -days);
}

export function debtAgeBucketOf(dueDate: string, at: IsoDate): string | null {
  let bucket: string | null = null;
  for (const candidate of debtAgeBuckets) if (dueDate <= dueOnOrBefore(at, candidate.minDays)) bucket = candidate.key;
  return bucket;
}

export const recoverySteps = ['amicable', 'payment-plan', 'judicial'] as const;

/**
 * Belgian regions by postal code (bpost ranges): Brussels-Capital 1000-1299, Wallonia 1300-1499 and
 * 4000-7999, Flanders 1500-3999 and 8000-9999. An address abroad counts as `abroad`.
 */
export const regionsByPostalCode = [
  { region: 'brussels', from: 1000, to: 1299 },
  { region: 'wallonia', from: 1300, to: 1499 },
  { region: 'flanders', from: 1500, to: 3999 },
  { region: 'wallonia', from: 4000, to: 7999 },
  { region: 'flanders', from: 8000, to: 9999 },
] as const;

export function regionOf(postalCode: string | null, country: string | null): string {
  if (postalCode === null) return 'unknown';
  if (country !== null && country !== 'BE') return 'abroad';
  if (!/^\d{4}$/.test(postalCode)) return 'unknown';
  const code = Number(postalCode);
  return regionsByPostalCode.find((range) => code >= range.from && code <= range.to)?.region ?? 'unknown';
}
