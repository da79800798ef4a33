/**
 * The amounts of the sample letters, computed by the rules engine from stated inputs rather than typed
 * in: a sample shows what the fund's own calculation gives (shared/domain/contribution simulate,
 * shared/domain/surcharge), so `letters sample`, the README screenshots and the CLI's `simulate` /
 * `surcharges` agree. The inputs are exported so a test can run the CLI on them.
 */
import type { IsoDate } from '../../shared/domain/calendar';
import { simulateContribution } from '../../shared/domain/contribution/simulate';
import type { ContributionRequest, QuarterAmount } from '../../shared/domain/contribution/types';
import { addCents, cents, ppm, subtractCents, type Cents } from '../../shared/domain/money';
import { computeSurcharges } from '../../shared/domain/surcharge/compute';
import type { Claim, Surcharge } from '../../shared/domain/surcharge/types';
import type { PaidItem } from '../../shared/domain/attestation/tax-deductible';
import { MANAGEMENT_FEE_CAP } from '../../shared/rules/management-fees';
import { rulesFor, rulesForYear } from '../../shared/rules/index';
import { demoFundConfig } from './fund-identity';
import type { QuarterLine } from './letter-data';

/** The stated inputs: a main activity in 2026, provisional contributions on the 2023 income, the demo fund's fees. */
export const SAMPLE_INPUTS = {
  year: 2026,
  referenceYear: 2023,
  /** Euros of net taxable income in the reference year; `index` adds 100 € per step so batches vary. */
  referenceIncomeEuros: 38_450,
  stepEuros: 100,
  feeRateBasisPoints: demoFundConfig.feeRateBasisPoints,
  /** The date the samples are issued on, and the surcharges computed at. */
  issueDate: '2026-11-26' as IsoDate,
  /** The two quarters left unpaid in the reminder, the formal notice, the statement and the decision. */
  unpaidQuarters: [2, 3] as const,
  /** A new affiliation for the confirmation: a starter from this date (provisional on the legal minimum). */
  starterFrom: '2026-10-01' as IsoDate,
} as const;

const PPM_PER_BASIS_POINT = 100;

export function sampleReferenceIncome(index: number): Cents {
  return cents((SAMPLE_INPUTS.referenceIncomeEuros + (index % 97) * SAMPLE_INPUTS.stepEuros) * 100);
}

function fees(): ContributionRequest['fees'] {
  return { rate: ppm(SAMPLE_INPUTS.feeRateBasisPoints * PPM_PER_BASIS_POINT), cap: MANAGEMENT_FEE_CAP.value };
}

function simulate(request: ContributionRequest) {
  const rules = rulesForYear(request.year);
  if (rules === undefined) throw new RangeError(`no rules for ${request.year}`);
  const outcome = simulateContribution(request, rules);
  if (!outcome.ok) throw new RangeError(`sample simulation refused: ${outcome.error.messageKey}`);
  const provisional = outcome.value.provisional;
  if (provisional === null) throw new RangeError('sample simulation without provisional contributions');
  return provisional;
}

export type SampleSchedule = { incomeBase: Cents; quarters: readonly QuarterAmount[] };

const schedules = new Map<number, SampleSchedule>();

/** The provisional contributions of the sample year on the reference income of `index` (cached: batches reuse them). */
export function sampleSchedule(index: number): SampleSchedule {
  const income = sampleReferenceIncome(index);
  const known = schedules.get(income);
  if (known !== undefined) return known;
  const provisional = simulate({
    year: SAMPLE_INPUTS.year,
    category: 'main',
    income,
    provisional: { kind: 'reference-income', income, referenceYear: SAMPLE_INPUTS.referenceYear },
    fees: fees(),
  });
  const schedule = { incomeBase: provisional.annualIncome, quarters: provisional.quarters };
  schedules.set(income, schedule);
  return schedule;
}

/** A quarter of the sample schedule (1 to 4). */
export function sampleQuarter(index: number, quarter: 1 | 2 | 3 | 4): QuarterAmount {
  const found = sampleSchedule(index).quarters.find((line) => line.quarter === `${SAMPLE_INPUTS.year}-Q${quarter}`);
  if (found === undefined) throw new RangeError(`sample quarter ${quarter} missing`);
  return found;
}

/** The first quarter of a starter affiliated from `starterFrom` (provisional on the legal minimum). */
export function sampleStarterQuarter(): QuarterAmount {
  const provisional = simulate({
    year: SAMPLE_INPUTS.year,
    category: 'main',
    income: sampleReferenceIncome(0),
    affiliation: { start: SAMPLE_INPUTS.starterFrom },
    provisional: { kind: 'starter' },
    fees: fees(),
  });
  const first = provisional.quarters[0];
  if (first === undefined) throw new RangeError('starter sample without a quarter');
  return first;
}

export type SampleArrears = {
  /** The unpaid quarters, each its contribution plus management fees (what the ledger claims). */
  unpaid: QuarterLine[];
  claims: Claim[];
  surcharges: readonly Surcharge[];
  surchargeTotal: Cents;
  principal: Cents;
};

/** The unpaid quarters of `index` and the surcharges the engine charges on them by `at` (AR 19/12/1967 art. 44). */
export function sampleArrears(index: number, at: IsoDate = SAMPLE_INPUTS.issueDate): SampleArrears {
  const lines = SAMPLE_INPUTS.unpaidQuarters.map((quarter) => ({ quarter, amount: sampleQuarter(index, quarter) }));
  const claims: Claim[] = lines.map(({ amount }) => ({
    id: amount.quarter,
    kind: 'contribution',
    principal: amount.total,
    dueDate: amount.dueDate,
  }));
  const rules = rulesFor(at);
  if (rules === undefined) throw new RangeError(`no rules on ${at}`);
  const report = computeSurcharges({ claims, payments: [], at, rates: rules.surcharges });
  if (!report.ok) throw new RangeError(`sample surcharges refused: ${report.error.messageKey}`);
  return {
    unpaid: lines.map(({ quarter, amount }) => ({ year: SAMPLE_INPUTS.year, quarter, amount: amount.total })),
    claims,
    surcharges: report.value.surcharges,
    surchargeTotal: report.value.totals.surchargesCharged,
    principal: report.value.totals.principalOpen,
  };
}

/** What is left of a quarter after a partial payment. */
export function remainderAfter(quarter: QuarterAmount, paid: Cents): Cents {
  return subtractCents(quarter.total, paid);
}

export function total(...amounts: readonly Cents[]): Cents {
  return addCents(...amounts);
}

/** The tax certificate's year: 2025 on the same income, Q2 paid late (one 3 % surcharge, paid in December), one refund. */
export const SAMPLE_TAX_YEAR = {
  year: 2025,
  incomeEuros: 38_450,
  paidOn: ['2025-03-20', '2025-07-18', '2025-09-22', '2025-12-19'] as const,
  surchargePaidOn: '2025-12-19' as IsoDate,
  /** A regularisation refund of an earlier year, received in the year: a stated input, not a rules figure. */
  refund: cents(12_345),
  refundOn: '2025-10-15',
} as const;

export type SampleTaxYear = {
  payments: { date: string; amount: Cents; quarter: number }[];
  items: PaidItem[];
  surcharge: Cents;
};

/** The year's four quarters (definitive, with fees) paid on the stated dates, and the surcharge the engine charges on the late one. */
export function sampleTaxYear(): SampleTaxYear {
  const rules = rulesForYear(SAMPLE_TAX_YEAR.year);
  if (rules === undefined) throw new RangeError(`no rules for ${SAMPLE_TAX_YEAR.year}`);
  const request: ContributionRequest = {
    year: SAMPLE_TAX_YEAR.year,
    category: 'main',
    income: cents(SAMPLE_TAX_YEAR.incomeEuros * 100),
    fees: fees(),
  };
  const outcome = simulateContribution(request, rules);
  if (!outcome.ok) throw new RangeError(`sample simulation refused: ${outcome.error.messageKey}`);
  const quarters = outcome.value.definitive.quarters;
  const paid = quarters.map((quarter, position) => ({
    quarter,
    date: (SAMPLE_TAX_YEAR.paidOn[position] ?? SAMPLE_TAX_YEAR.surchargePaidOn) as IsoDate,
  }));
  const report = computeSurcharges({
    claims: quarters.map((quarter) => ({
      id: quarter.quarter,
      kind: 'contribution',
      principal: quarter.total,
      dueDate: quarter.dueDate,
    })),
    payments: paid.map(({ quarter, date }) => ({ date, amount: quarter.total, claimId: quarter.quarter })),
    at: SAMPLE_TAX_YEAR.surchargePaidOn,
    rates: rules.surcharges,
  });
  if (!report.ok) throw new RangeError(`sample surcharges refused: ${report.error.messageKey}`);
  const surcharge = report.value.totals.surchargesCharged;
  const items: PaidItem[] = [
    ...paid.flatMap(({ quarter, date }) => [
      { date, amount: quarter.contribution, nature: 'contribution' as const },
      { date, amount: quarter.fee, nature: 'management-fees' as const },
    ]),
    { date: SAMPLE_TAX_YEAR.surchargePaidOn, amount: surcharge, nature: 'surcharge' },
    { date: SAMPLE_TAX_YEAR.refundOn, amount: SAMPLE_TAX_YEAR.refund, nature: 'refund' },
  ];
  const payments = [
    ...paid.map(({ quarter, date }, position) => ({ date, amount: quarter.total, quarter: position + 1 })),
    { date: SAMPLE_TAX_YEAR.surchargePaidOn, amount: surcharge, quarter: 2 },
  ];
  return { payments, items, surcharge };
}
