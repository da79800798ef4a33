import { toIsoDate } from '../domain/calendar';
import { ppm } from '../domain/money';
import type { ContributionRates, RuleValue, SurchargeRules } from './types';

/**
 * Values that were the same in 2024, 2025 and 2026. A year file uses them as they are; a year in
 * which one changes writes its own value instead.
 *
 * Abbreviations in sources: "AR 38" = arrêté royal n° 38 du 27 juillet 1967 organisant le statut
 * social des travailleurs indépendants; "AR 19/12/1967" = its general implementing decree
 * (règlement général). Addresses are those of the stored copies that were read.
 */
export const STANDARD_RATES: ContributionRates = {
  mainLowRate: {
    value: ppm(205_000),
    source:
      'AR 38 art. 12 §1 (20.50 % up to the first threshold); ' +
      'https://www.ucm.be/faq/cotisations-sociales/comment-se-calcule-ma-cotisation-sociale-trimestrielle ; ' +
      'https://www.liantis.be/fr/faq/hoe-worden-sociale-bijdragen-van-zelfstandigen-berekend',
    confidence: 'fund',
    isConfirmed: true,
  },
  mainHighRate: {
    value: ppm(141_600),
    source:
      'AR 38 art. 12 §1 (14.16 % between the first threshold and the ceiling); ' +
      'https://www.ucm.be/faq/cotisations-sociales/comment-se-calcule-ma-cotisation-sociale-trimestrielle',
    confidence: 'fund',
    isConfirmed: true,
  },
  pensionerLowRate: {
    value: ppm(147_000),
    source:
      'AR 38 art. 13 §1 (pensioner regime); https://www.liantis.be/nl/zelfstandig-worden/startvoorwaarden/zelfstandige-na-pensioen ; ' +
      'https://www.zenito.be/nl/met-pensioen-en-bijverdienen ; ' +
      'https://www.xerius.be/nl-be/drive/checklist/pensioen-jonger-dan-65/verminderde-sociale-bijdragen',
    confidence: 'fund',
    isConfirmed: true,
    note: 'Applies up to the first threshold (Xerius table), 14.16 % above. One third-party page (dexxter.be, 2025) gives 77,498.93 as the end of the 14.70 % slice; no fund confirms it.',
  },
  studentRate: {
    value: ppm(205_000),
    source:
      'https://www.rsvz.be/nl/sociale-bijdragen-als-student-zelfstandige (reduced contribution on the income above the threshold); ' +
      'https://www.acerta.be/nl/zelfstandigen/themas-en-dossiers/sociaal-statuut/student-zelfstandige (20.50 %)',
    confidence: 'fund',
    isConfirmed: true,
  },
  quarterlyRounding: {
    value: 'half-up',
    source:
      'Inferred from published fund amounts: 871.7051 → 871.71 → × 1.0305 = 898.30 (Xerius 2025); fees applied to the rounded quarterly amount',
    confidence: 'derived',
    isConfirmed: true,
    note: 'Annual contribution ÷ 4 rounded half-up to the cent, then × (1 + fee rate) rounded half-up again. Reproduces every published figure of 2024–2026.',
  },
};

export const STANDARD_SURCHARGES: SurchargeRules = {
  quarterlyRate: {
    value: ppm(30_000),
    source:
      'AR 19/12/1967 art. 44 §1; https://www.rsvz-inasti.fgov.be/nl/faq/wat-als-ik-mijn-bijdragen-niet-betaal ; ' +
      'https://www.liantis.be/fr/devenir-independant/cotisations-sociales/calculer/majorations',
    confidence: 'official',
    isConfirmed: true,
  },
  yearEndRate: {
    value: ppm(70_000),
    source:
      'AR 19/12/1967 art. 44 §1; https://www.rsvz-inasti.fgov.be/nl/faq/wat-als-ik-mijn-bijdragen-niet-betaal ; ' +
      'https://blog.liantis.be/fr/je-suis-independant/cotisations-sociales-majorations-comment-eviter',
    confidence: 'official',
    isConfirmed: true,
  },
  companyMonthlyRate: {
    value: ppm(10_000),
    source:
      'Law of 30 March 1994 (company contribution) as summarised by https://certifisc.be/nl/nieuws/13392/moet-mijn-vennootschap-een-jaarlijkse-sociale ; ' +
      'adeconsultants.webwin.be "Vennootschapsbijdrage 2025"; fiscaleo.net (2016)',
    confidence: 'third-party',
    isConfirmed: false,
    note: '1 % per calendar month of delay, up to and including the month of payment; no primary text read.',
  },
};

export const PENSION_AGE_MAIN_REGIME_FROM: RuleValue<ReturnType<typeof toIsoDate>> = {
  value: toIsoDate('2025-10-01'),
  source:
    'Loi-programme (summer 2025) inserting AR 38 art. 13 §4; AR 21 September 2025 (numac 2025202979) inserting AR 19/12/1967 art. 37/1 (opt-out request), https://refli.be/fr/lex/2025202979 ; ' +
    'https://www.ucm.be/actualites/cotisations-sociales-apres-lage-legal-de-la-pension-ce-qui-change-au-1er-octobre-2025',
  confidence: 'official',
  isConfirmed: true,
  note: "From Q4 2025 a self-employed person at pension age without a retirement pension (or with only a survivor's pension) pays as main activity unless they opt out.",
};
