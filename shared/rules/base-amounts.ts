import { cents } from '../domain/money';
import type { Cents } from '../domain/money';
import type { RuleValue } from './types';

/**
 * AR 38 states its amounts as base amounts multiplied each year by the fraction X/142.75 of
 * art. 14 §1. These base amounts were back-solved from published figures (they are not read from a
 * consolidated text). Each yearly amount in the year files is base × fraction, rounded half-up to
 * the cent; the tests check that, so a typo in a year file or a wrong fraction shows up at once.
 * The student lower threshold is not a base amount: it is half of the rounded main minimum income.
 */
export type BaseAmountKey =
  | 'firstThreshold'
  | 'ceiling'
  | 'mainMinimumIncome'
  | 'complementaryFloor'
  | 'primoStarterFloor'
  | 'primoStarterFirstQuarterReduction'
  | 'helpingSpouseMinimumIncome'
  | 'pensionerFloor';

export const BASE_AMOUNT_KEYS: readonly BaseAmountKey[] = [
  'firstThreshold',
  'ceiling',
  'mainMinimumIncome',
  'complementaryFloor',
  'primoStarterFloor',
  'primoStarterFirstQuarterReduction',
  'helpingSpouseMinimumIncome',
  'pensionerFloor',
];

export const BASE_AMOUNTS: RuleValue<Readonly<Record<BaseAmountKey, Cents>>> = {
  value: {
    firstThreshold: cents(1_583_112),
    ceiling: cents(2_333_006),
    mainMinimumIncome: cents(366_615),
    complementaryFloor: cents(40_560),
    primoStarterFloor: cents(189_322),
    primoStarterFirstQuarterReduction: cents(2_501),
    helpingSpouseMinimumIncome: cents(161_054),
    pensionerFloor: cents(81_120),
  },
  source:
    'Back-solved from the published amounts of 2022 (RSVZ student page: 14,658.44 → numerator 570.76), 2023 (sudinfo.be 10 March 2023: 874.19, 5,010.03, 96.72 incl. 3.95 % → numerator 638.93), 2024 (Liantis, Securex, INASTI) and 2025 (Xerius, UCM); see docs belgian-rules.md §1.3',
  confidence: 'derived',
  isConfirmed: false,
  note: 'With 638.93 the helping-spouse base also gives the 2023 figure 369.44 per quarter (enmarche.be). pensionerFloor 811.20 = 2 × 405.60 reproduces 3,063.98 (Xerius, older year), "niet meer dan 3.730,88" (Zenito 2024) and 3,763.51 (dexxter 2025). primoStarterFirstQuarterReduction 25.01 gives 100.00 in 2022 (introduced at 100 € on 1 April 2022) and 115.03 in 2024 (Securex).',
};
