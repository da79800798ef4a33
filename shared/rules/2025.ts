import { toIsoDate } from '../domain/calendar';
import { cents } from '../domain/money';
import { PENSION_AGE_MAIN_REGIME_FROM, STANDARD_RATES, STANDARD_SURCHARGES } from './common';
import type { YearRules } from './types';

const DERIVED = 'Base amount × 662.28/142.75 (AR 38 art. 14 §1; the 2025 fraction is derived, see indexationFraction)';
const XERIUS_2025 =
  'https://productie.xerius.be/fr-be/devenir-independant/votre-preparation/cotisations-sociales-starter (2025)';

/** Amounts for contribution year 2025. Published minimum per quarter 871.71, maximum 4,995.78 (no fees). */
export const RULES_2025: YearRules = {
  year: 2025,
  validFrom: toIsoDate('2025-01-01'),
  validUntil: toIsoDate('2025-12-31'),
  indexationFraction: {
    value: { numerator: 66_228, denominator: 14_275 },
    source:
      'Derived: 662.28 is the only two-decimal numerator that reproduces 17,008.88, 73,447.52, 108,238.40 and 8,783.48; the 2025 decree text was not found',
    confidence: 'derived',
    isConfirmed: false,
  },
  revaluationFraction: {
    value: null,
    source:
      'Not found (2025 decree not read). It cannot be derived: the denominator is not the art. 14 numerator of year N-3 (the 2023 amounts use 638.93, sudinfo.be 10 March 2023, whereas the 2026 revaluation divides by 630.85)',
    confidence: 'derived',
    isConfirmed: false,
    note: 'AR 38 art. 11 §3 al. 3. Provisional contributions of 2025 from the 2022 income are refused until the fraction is entered.',
  },
  rates: STANDARD_RATES,
  firstThreshold: {
    value: cents(7_344_752),
    source: `https://eloya.be/nl/nieuws/zelfstandige-sociale-bijdragen-2025/ ; https://www.office-sfa.be/sociale-bijdrage-zelfstandige/ ; ${DERIVED}`,
    confidence: 'third-party',
    isConfirmed: false,
  },
  ceiling: {
    value: cents(10_823_840),
    source: `https://www.office-sfa.be/sociale-bijdrage-zelfstandige/ (max 5,193.11 per quarter incl. 3.95 %); https://eloya.be/nl/nieuws/zelfstandige-sociale-bijdragen-2025/ ; ${DERIVED}`,
    confidence: 'third-party',
    isConfirmed: false,
  },
  mainMinimumIncome: {
    value: cents(1_700_888),
    source: `${XERIUS_2025} (898.30 incl. 3.05 %); UCM (907.01 incl. 4.05 %); https://www.securex.be/fr/lex4you/independant/actualites/pension-et-travailleur-independant-quelles-sont-les-nouveautes-a-partir-du-1er-octobre-2025`,
    confidence: 'fund',
    isConfirmed: true,
  },
  complementaryFloor: {
    value: cents(188_176),
    source: `${DERIVED}; consistent with UCM 100.35 incl. 4.05 % and Acerta 99.38 incl. 3.05 % (= 96.44 per quarter)`,
    confidence: 'derived',
    isConfirmed: false,
  },
  primoStarterFloor: {
    value: cents(878_348),
    source: `${XERIUS_2025} (8,783.48; 463.88 per quarter incl. 3.05 %)`,
    confidence: 'fund',
    isConfirmed: true,
  },
  primoStarterFirstQuarterReduction: {
    value: cents(11_603),
    source: `${DERIVED} (base 25.01)`,
    confidence: 'derived',
    isConfirmed: false,
    note: 'No 2025 publication found.',
  },
  helpingSpouseMinimumIncome: {
    value: cents(747_200),
    source: `${DERIVED} (base 1,610.54)`,
    confidence: 'derived',
    isConfirmed: false,
  },
  studentLowerThreshold: {
    value: cents(850_444),
    source: 'UCM (8,504.44); half of the main minimum income 17,008.88',
    confidence: 'fund',
    isConfirmed: false,
    note: 'Acerta publishes 8,504.43 (https://www.acerta.be/nl/zelfstandigen/themas-en-dossiers/sociaal-statuut/student-zelfstandige): the funds disagree by one cent.',
  },
  pensionerFloor: {
    value: cents(376_351),
    source: `https://www.liantis.be/nl/zelfstandig-worden/startvoorwaarden/zelfstandige-na-pensioen ("niet meer dan 3.763,50 euro"); https://dexxter.be/sociale-bijdragen-gepensioneerd-zelfstandige (3,763.51); ${DERIVED} (base 811.20)`,
    confidence: 'fund',
    isConfirmed: true,
    note: 'Corrected: the research notes gave 3,763.52.',
  },
  pensionAgeMainRegimeFrom: PENSION_AGE_MAIN_REGIME_FROM,
  company: {
    smallAmount: {
      value: cents(39_973),
      source: 'adeconsultants.webwin.be "Vennootschapsbijdrage 2025 uiterlijk 31.12.2025 betalen"',
      confidence: 'third-party',
      isConfirmed: false,
      note: '2025/2024 = 1.03199 for all three company figures.',
    },
    largeAmount: {
      value: cents(99_847),
      source: 'adeconsultants.webwin.be "Vennootschapsbijdrage 2025 uiterlijk 31.12.2025 betalen"',
      confidence: 'third-party',
      isConfirmed: false,
    },
    balanceSheetThreshold: {
      value: cents(85_860_572),
      source:
        'adeconsultants.webwin.be "Vennootschapsbijdrage 2025 uiterlijk 31.12.2025 betalen" (financial year 2023)',
      confidence: 'third-party',
      isConfirmed: false,
    },
    dueDate: {
      value: toIsoDate('2025-12-31'),
      source:
        'adeconsultants.webwin.be "Vennootschapsbijdrage 2025 uiterlijk 31.12.2025 betalen"; Liantis (31 December since 2023)',
      confidence: 'fund',
      isConfirmed: true,
    },
  },
  surcharges: STANDARD_SURCHARGES,
};
