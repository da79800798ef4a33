import { toIsoDate } from '../domain/calendar';
import { cents } from '../domain/money';
import { PENSION_AGE_MAIN_REGIME_FROM, STANDARD_RATES, STANDARD_SURCHARGES } from './common';
import type { YearRules } from './types';

const DECREE_2024 =
  'AR 17 December 2023 (numac 2023206853, MB 27 December 2023), art. 1; https://www.ejustice.just.fgov.be/eli/arrete/2023/12/17/2023206853/justel';
const LIANTIS_2024 =
  'https://www.liantis.be/fr/faq/hoe-worden-sociale-bijdragen-van-zelfstandigen-berekend (2024 amounts)';
const DERIVED = 'Base amount × 656.54/142.75 (AR 38 art. 14 §1, fraction of the 2024 decree)';

/** Amounts for contribution year 2024. Published minimum per quarter 864.15, maximum 4,952.48 (no fees). */
export const RULES_2024: YearRules = {
  year: 2024,
  validFrom: toIsoDate('2024-01-01'),
  validUntil: toIsoDate('2024-12-31'),
  indexationFraction: {
    value: { numerator: 65_654, denominator: 14_275 },
    source: DECREE_2024,
    confidence: 'official',
    isConfirmed: true,
  },
  revaluationFraction: {
    value: { numerator: 65_654, denominator: 55_321 },
    source: DECREE_2024,
    confidence: 'official',
    isConfirmed: true,
    note: 'Revalues the 2021 income: 656.54/553.21 = 1.18678260.',
  },
  rates: STANDARD_RATES,
  firstThreshold: {
    value: cents(7_281_095),
    source: `${LIANTIS_2024}; ${DERIVED}`,
    confidence: 'fund',
    isConfirmed: true,
  },
  ceiling: {
    value: cents(10_730_030),
    source: `${LIANTIS_2024}; ${DERIVED}`,
    confidence: 'fund',
    isConfirmed: true,
    note: 'Other values seen (107,300.29; 107,300.65) are rounded differently or wrong.',
  },
  mainMinimumIncome: {
    value: cents(1_686_146),
    source: `${LIANTIS_2024}; https://www.inasti.be/fr/independant-titre-complementaire ; ${DERIVED}`,
    confidence: 'official',
    isConfirmed: true,
  },
  complementaryFloor: {
    value: cents(186_545),
    source: `https://www.inasti.be/fr/independant-titre-complementaire ; ${DERIVED}`,
    confidence: 'official',
    isConfirmed: true,
  },
  primoStarterFloor: {
    value: cents(870_735),
    source: `Securex (464.55 per quarter incl. 4.10 % fees = 446.25); cineyconsult (446.25); ${DERIVED}`,
    confidence: 'fund',
    isConfirmed: true,
  },
  primoStarterFirstQuarterReduction: {
    value: cents(11_503),
    source: 'Securex "Primo starters: réduction de 100 €" (119.75 incl. 4.10 % fees); cineyconsult (115.03 → 331.22)',
    confidence: 'fund',
    isConfirmed: true,
  },
  helpingSpouseMinimumIncome: {
    value: cents(740_724),
    source: `${DERIVED} (base 1,610.54 back-solved from a third-party 2026 figure)`,
    confidence: 'derived',
    isConfirmed: false,
  },
  studentLowerThreshold: {
    value: cents(843_073),
    source:
      'https://www.groups.be/nl/sociale-bijdragen-als-student-zelfstandige ; https://knowledge.plutus.be/belastingen-en-bijdragen/sociale-bijdragen/sociaal-statuut/student-zelfstandige ; Xerius',
    confidence: 'fund',
    isConfirmed: true,
    note: 'Half of the main minimum income (16,861.46 / 2).',
  },
  pensionerFloor: {
    value: cents(373_089),
    source: `https://www.zenito.be/nl/met-pensioen-en-bijverdienen ("niet meer dan 3.730,88 euro": nothing due below 3,730.89); ${DERIVED} (base 811.20)`,
    confidence: 'fund',
    isConfirmed: true,
    note: 'Corrected: the research notes gave 3,730.90 (2 × the rounded complementary floor).',
  },
  pensionAgeMainRegimeFrom: PENSION_AGE_MAIN_REGIME_FROM,
  company: {
    smallAmount: {
      value: cents(38_734),
      source:
        'https://www.liantis.be/fr/devenir-independant/payer-des-cotisations-sociales/cotisations-a-charge-des-societes ; https://bizantium.be/de-vennootschapsbijdrage-wat-je-moet-weten/',
      confidence: 'fund',
      isConfirmed: true,
    },
    largeAmount: {
      value: cents(96_752),
      source:
        'https://www.liantis.be/fr/devenir-independant/payer-des-cotisations-sociales/cotisations-a-charge-des-societes',
      confidence: 'fund',
      isConfirmed: true,
    },
    balanceSheetThreshold: {
      value: cents(83_199_083),
      source:
        'https://www.liantis.be/fr/devenir-independant/payer-des-cotisations-sociales/cotisations-a-charge-des-societes (balance-sheet total of financial year 2022)',
      confidence: 'fund',
      isConfirmed: true,
    },
    dueDate: {
      value: toIsoDate('2024-12-31'),
      source:
        'https://blog.liantis.be/nl/boekhouders-en-accountants/jaarlijkse-vennootschapsbijdrage-dit-moet-je-weten (31 December of the contribution year since 2023)',
      confidence: 'fund',
      isConfirmed: true,
    },
  },
  surcharges: STANDARD_SURCHARGES,
};
