import { toIsoDate } from '../domain/calendar';
import { cents } from '../domain/money';
import { PENSION_AGE_MAIN_REGIME_FROM, STANDARD_RATES, STANDARD_SURCHARGES } from './common';
import type { YearRules } from './types';

const DERIVED = 'Base amount × 676.50/142.75 (AR 38 art. 14 §1; the 2026 fraction is derived, see indexationFraction)';
const TAMTAM =
  'https://blog.tamtam.pro/fr/article/cotisations-sociales-2026-des-independants-ce-qui-change-ce-qui-se-confirme-et-ce-quil-faut-anticiper/29759';
const LIANTIS_COMPLEMENTARY =
  'https://www.liantis.be/nl/zelfstandig-worden/sociale-bijdragen/bijberoep (2026, read through a third-party copy)';

/**
 * Amounts for contribution year 2026. Published minimum per quarter 890.42, maximum 5,103.05 (no
 * fees). No 2026 decree or INASTI page was read: every amount is unconfirmed until checked there.
 */
export const RULES_2026: YearRules = {
  year: 2026,
  validFrom: toIsoDate('2026-01-01'),
  validUntil: toIsoDate('2026-12-31'),
  indexationFraction: {
    value: { numerator: 67_650, denominator: 14_275 },
    source:
      'Derived: 676.50 reproduces the five published 2026 figures (75,024.54, 110,562.42, 17,374.08, 1,922.16, 890.42); the 2026 decree text was not found',
    confidence: 'derived',
    isConfirmed: false,
  },
  revaluationFraction: {
    value: { numerator: 67_650, denominator: 63_085 },
    source: `${TAMTAM} (coefficient 1.07236269 = 676.50/630.85)`,
    confidence: 'third-party',
    isConfirmed: false,
    note: '630.85 is not the 2023 amounts numerator (638.93): the revaluation uses another index value of the reference year, as the 2024 decree (656.54/553.21) does.',
  },
  rates: STANDARD_RATES,
  firstThreshold: {
    value: cents(7_502_454),
    source: `${TAMTAM}; ${LIANTIS_COMPLEMENTARY}; ${DERIVED}`,
    confidence: 'third-party',
    isConfirmed: false,
  },
  ceiling: {
    value: cents(11_056_242),
    source: `${TAMTAM}; ${LIANTIS_COMPLEMENTARY}; ${DERIVED}`,
    confidence: 'third-party',
    isConfirmed: false,
  },
  mainMinimumIncome: {
    value: cents(1_737_408),
    source: `${TAMTAM} (890.42 per quarter); Liantis 925.59 incl. 3.95 %; ${DERIVED}`,
    confidence: 'third-party',
    isConfirmed: false,
    note: 'One third-party file gives 17,374.05 (same quarterly 890.42); the derivation and three other sources give 17,374.08.',
  },
  complementaryFloor: {
    value: cents(192_216),
    source: `${LIANTIS_COMPLEMENTARY} (102.40 per quarter incl. 3.95 %); ${DERIVED}`,
    confidence: 'fund',
    isConfirmed: false,
  },
  primoStarterFloor: {
    value: cents(897_207),
    source: `GitHub "independant-be" skill (8,972.07); ${DERIVED}`,
    confidence: 'third-party',
    isConfirmed: false,
  },
  primoStarterFirstQuarterReduction: {
    value: cents(11_852),
    source: `${DERIVED} (base 25.01)`,
    confidence: 'derived',
    isConfirmed: false,
    note: 'No 2026 publication found.',
  },
  helpingSpouseMinimumIncome: {
    value: cents(763_244),
    source: `Third-party TypeScript file (7,632.44); ${DERIVED} (base 1,610.54)`,
    confidence: 'third-party',
    isConfirmed: false,
  },
  studentLowerThreshold: {
    value: cents(868_704),
    source: 'Third-party documentation (8,687.04 = 17,374.08 / 2)',
    confidence: 'third-party',
    isConfirmed: false,
    note: 'Another third-party file gives 8,687.03.',
  },
  pensionerFloor: {
    value: cents(384_432),
    source: `Third-party TypeScript file (3,844.32); ${DERIVED} (base 811.20)`,
    confidence: 'third-party',
    isConfirmed: false,
  },
  pensionAgeMainRegimeFrom: PENSION_AGE_MAIN_REGIME_FROM,
  company: {
    smallAmount: {
      value: cents(40_930),
      source: 'One third-party GitHub document (409.30)',
      confidence: 'third-party',
      isConfirmed: false,
    },
    largeAmount: {
      value: null,
      source:
        'Not found. The company amounts use their own coefficient, so they cannot be derived from the personal amounts',
      confidence: 'third-party',
      isConfirmed: false,
    },
    balanceSheetThreshold: {
      value: null,
      source: 'Not found (balance-sheet total of financial year 2024)',
      confidence: 'third-party',
      isConfirmed: false,
    },
    dueDate: {
      value: toIsoDate('2026-12-31'),
      source: 'Liantis (31 December of the contribution year since 2023)',
      confidence: 'fund',
      isConfirmed: true,
    },
  },
  surcharges: STANDARD_SURCHARGES,
};
