import { PROCEDURES } from '../../rules/procedures';
import type { YearRules } from '../../rules/types';
import { quarterLabel } from '../calendar';
import type { IsoDate, Quarter } from '../calendar';
import { explain } from '../explanation';
import type { ExplanationLine } from '../explanation';
import { addCents, applyRate, PPM_PER_UNIT, ppm, subtractCents } from '../money';
import type { Cents, Ppm } from '../money';
import { procedureOf, quarterlyForRegime } from './regime';
import type { RegimeAmount } from './regime';
import type { AmountTotals, ContributionSchedule, QuarterAmount, Regime } from './types';

/** One quarter the person is subject in, with the formula that applies to it. */
export type QuarterSlot = {
  readonly quarter: Quarter;
  readonly regime: Regime;
  readonly dueDate: IsoDate;
  /** The first quarter of a primo-starter affiliation, which gets the fixed reduction. */
  readonly isPrimoFirstQuarter: boolean;
};

/** The income a regime is calculated on, and the formula (a student starter uses the complementary one). */
export type RegimeBase = { readonly income: Cents; readonly regime: Regime };

/**
 * Management fees on one quarter: the rounded quarterly contribution × (1 + rate), rounded half-up
 * again (AR 38 art. 20; the published fund amounts are reproduced only this way, e.g. Xerius 2025:
 * 871.71 × 1.0305 = 898.30, whereas applying the fee before rounding gives 898.29).
 */
export function withFee(contribution: Cents, rate: Ppm): { readonly fee: Cents; readonly total: Cents } {
  const total = applyRate(contribution, ppm(PPM_PER_UNIT + rate), 'half-up');
  return { fee: subtractCents(total, contribution), total };
}

export function sumTotals(amounts: readonly AmountTotals[]): AmountTotals {
  return {
    contribution: addCents(...amounts.map((amount) => amount.contribution)),
    fee: addCents(...amounts.map((amount) => amount.fee)),
    total: addCents(...amounts.map((amount) => amount.total)),
  };
}

/**
 * Quarterly amounts for the subject quarters. Each distinct (regime, income) is calculated once and
 * explained once; the primo-starter reduction is applied to the reduced-floor amount of the first
 * quarter, before fees (Securex 2024: (446.25 − 115.03) × 1.041 = 344.80).
 */
export function buildSchedule(
  slots: readonly QuarterSlot[],
  baseFor: (regime: Regime) => RegimeBase,
  annualIncome: Cents,
  rules: YearRules,
  feeRate: Ppm,
  lines: ExplanationLine[],
): ContributionSchedule {
  const computed = new Map<string, RegimeAmount>();
  const quarters = slots.map((slot): QuarterAmount => {
    const base = baseFor(slot.regime);
    const key = `${base.regime}:${base.income}`;
    let amount = computed.get(key);
    if (amount === undefined) {
      amount = quarterlyForRegime(base.regime, base.income, rules);
      computed.set(key, amount);
      lines.push(
        explain(
          `contribution.regime.${base.regime}`,
          'explanation.contribution.regimeUsed',
          { regime: base.regime, incomeCents: base.income },
          procedureOf(base.regime),
        ),
        ...amount.lines,
      );
    }
    let contribution = amount.quarterly;
    if (slot.isPrimoFirstQuarter && slot.regime === 'primo-starter' && base.income < rules.mainMinimumIncome.value) {
      const reduction = rules.primoStarterFirstQuarterReduction;
      contribution = subtractCents(contribution, reduction.value);
      lines.push(
        explain(
          'contribution.primo-starter.first-quarter-reduction',
          'explanation.contribution.primoFirstQuarterReduction',
          { quarter: quarterLabel(slot.quarter), reductionCents: reduction.value, quarterlyCents: contribution },
          reduction,
        ),
      );
    }
    const { fee, total } = withFee(contribution, feeRate);
    return {
      quarter: quarterLabel(slot.quarter),
      regime: slot.regime,
      contribution,
      fee,
      total,
      dueDate: slot.dueDate,
    };
  });
  return { annualIncome, quarters, totals: sumTotals(quarters) };
}

/** Explains the fee setting once per calculation. */
export function feeLine(feeRate: Ppm, cap: Ppm): ExplanationLine {
  return feeRate === 0
    ? explain('contribution.fees', 'explanation.contribution.noFees', {}, PROCEDURES.managementFees)
    : explain(
        'contribution.fees',
        'explanation.contribution.fees',
        { ratePpm: feeRate, capPpm: cap },
        PROCEDURES.managementFees,
      );
}

export const NO_FEES: Ppm = ppm(0);
