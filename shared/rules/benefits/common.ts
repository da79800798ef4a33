import { toIsoDate } from '../../domain/calendar';
import { ppm } from '../../domain/money';
import { SOURCES } from './sources';
import type {
  BridgingRightRules,
  ContinuedInsuranceRules,
  IllnessAssimilationRules,
  MaternityAidRules,
  PensionRules,
} from './types';

/**
 * Benefit rules that were the same in 2024, 2025 and 2026. A year file takes them as they are and
 * adds its own bridging-right amounts. "Research notes" is /work/shared/docs/belgian-rules.md §9,
 * used only where no stored page could be re-read: such values stay unconfirmed.
 */
export const BRIDGING_RIGHT_CONDITIONS: Omit<BridgingRightRules, 'monthlyAmounts'> = {
  cases: {
    value: ['bankruptcy', 'forced-cessation', 'economic'],
    source: `Loi du 22 décembre 2016 as reformed from 1 January 2023; ${SOURCES.rsvzReform2023} ; ${SOURCES.rsvzBridgingRight}`,
    confidence: 'official',
    isConfirmed: true,
    note: 'Since 2023 two situations: forced interruption or cessation (bankruptcy, natural disaster, fire, damage, allergy, a third party’s decision) and cessation for economic difficulties (integration income, exemption in the last 12 months, or income below the main-activity minimum in the year of cessation and the year before). Collective debt settlement is no longer a case of its own.',
  },
  categories: {
    value: ['main', 'helping-spouse'],
    source: `${SOURCES.billyBridgingRight} ; ${SOURCES.boekhouderConditions} ; ${SOURCES.mcBridgingRight}`,
    confidence: 'third-party',
    isConfirmed: false,
    note: 'Main activity or helping spouse under the maxi-status. billy.tech adds a complementary activity paying at the main level and the Mutualité chrétienne (July 2024) student self-employed: not applied here, the advisor checks. The case file does not tell mini from maxi helping spouses: the advisor checks.',
  },
  affiliatedQuarters: {
    value: 4,
    source: `${SOURCES.boekhouderConditions} (quarter of the event and at least the 3 quarters before it)`,
    confidence: 'third-party',
    isConfirmed: false,
  },
  requiredPaidQuarters: {
    value: 4,
    source: `${SOURCES.billyBridgingRight} (2024) ; ${SOURCES.boekhouderConditions} ; ${SOURCES.partenaReform2023} (assimilated quarters count since 2023)`,
    confidence: 'third-party',
    isConfirmed: false,
  },
  referenceWindowQuarters: {
    value: 16,
    source: `${SOURCES.billyBridgingRight} (16 quarters before the quarter of cessation)`,
    confidence: 'third-party',
    isConfirmed: false,
  },
  partialMonthShares: {
    value: [
      { minimumDays: 7, share: ppm(250_000) },
      { minimumDays: 14, share: ppm(500_000) },
      { minimumDays: 21, share: ppm(750_000) },
      { minimumDays: 28, share: ppm(1_000_000) },
    ],
    source: `${SOURCES.ucmBridgingRight} (table: 7–13 days 25 %, 14–20 days 50 %, 21–27 days 75 %, 28 days or more 100 %)`,
    confidence: 'fund',
    isConfirmed: true,
    note: 'Fewer than 7 consecutive days in the month pay nothing.',
  },
  amountRounding: {
    value: 'half-up',
    source: `Derived from ${SOURCES.ucmBridgingRight}: 1,638.26 × 25 % = 409.565 → 409.57 and 2,047.18 × 75 % = 1,535.385 → 1,535.39`,
    confidence: 'derived',
    isConfirmed: true,
  },
  careerMaximum: {
    value: { months: 12, extendedMonths: 24, extendedFromCareerQuarters: 60 },
    source: `${SOURCES.boekhouderBridgingRight} ; ${SOURCES.partenaReform2023}`,
    confidence: 'third-party',
    isConfirmed: false,
    note: 'Over the whole career: 12 months of benefit, 24 after at least 60 paid quarters. The 2023 reform adds, once the basic right is used up, an additional right depending on the quarters paid since the previous event (at least 3 months per new event): not computed here, the advisor checks it.',
  },
  applicationQuartersAfterEvent: {
    value: 2,
    source: `${SOURCES.boekhouderBridgingRight} (before the end of the 2nd quarter following the quarter of the interruption or cessation)`,
    confidence: 'third-party',
    isConfirmed: false,
  },
  payment: {
    value: 'end-of-month',
    source: 'Fund working rule: each month of benefit is paid on the last day of that month',
    confidence: 'fund',
    isConfirmed: false,
    note: 'No legal pay day was found; the fund sets it.',
  },
};

export const MATERNITY_AID: MaternityAidRules = {
  vouchers: {
    value: 105,
    source: `AR du 17 janvier 2006; ${SOURCES.liantisMaternity} ; ${SOURCES.liantisMotherBlog}`,
    confidence: 'official',
    isConfirmed: true,
  },
  categories: {
    value: ['main', 'helping-spouse'],
    source: `${SOURCES.liantisMaternity} (main activity or maxi-status helping spouse in the 2nd and 3rd quarters before the birth)`,
    confidence: 'fund',
    isConfirmed: true,
  },
  categoriesIfMainLevel: {
    value: ['complementary', 'student'],
    source: `${SOURCES.liantisMaternity} (student, complementary or art. 37 activity whose contribution reaches the main-activity minimum)`,
    confidence: 'fund',
    isConfirmed: true,
  },
  quartersBeforeBirth: {
    value: [2, 3],
    source: SOURCES.liantisMaternity,
    confidence: 'fund',
    isConfirmed: true,
  },
  validityMonths: {
    value: 8,
    source: `${SOURCES.brusselsFamily} (vouchers paid from the day after the birth, valid 8 months)`,
    confidence: 'third-party',
    isConfirmed: false,
    note: `${SOURCES.droitsQuotidiens} says 12 months: the two sources disagree.`,
  },
  fundInitiativeFrom: {
    value: toIsoDate('2017-09-01'),
    source: `${SOURCES.liantisMotherBlog} (births after 31 August 2017: the fund is told of the birth and offers the vouchers)`,
    confidence: 'fund',
    isConfirmed: true,
  },
  stillbirthMinimumDays: {
    value: 180,
    source: 'Research notes citing socialsecurity.be and the RSVZ FAQ (pregnancy of at least 180 days)',
    confidence: 'official',
    isConfirmed: false,
    note: 'The page itself was not re-read.',
  },
};

export const ILLNESS_ASSIMILATION: IllnessAssimilationRules = {
  minimumSelfEmployedDays: {
    value: 90,
    source: `${SOURCES.rsvzIllness} (self-employed for at least 90 calendar days: the quarter before the start quarter is paid)`,
    confidence: 'official',
    isConfirmed: true,
  },
  minimumIncapacity: {
    value: ppm(660_000),
    source: `${SOURCES.attentiaIllness} (at least 66 % unfit, recognised by the mutuality's advising doctor)`,
    confidence: 'fund',
    isConfirmed: true,
  },
  categories: {
    value: ['main', 'helping-spouse'],
    source: `${SOURCES.carbofiscIllness} ; ${SOURCES.attentiaIllness}`,
    confidence: 'third-party',
    isConfirmed: false,
  },
  startRule: {
    value: 'next-quarter-unless-first-month',
    source: `${SOURCES.rsvzIllness} (from the quarter after the onset, or that quarter when the onset is in its first month)`,
    confidence: 'official',
    isConfirmed: true,
  },
  endRule: {
    value: 'before-resumption-quarter-unless-third-month',
    source: `${SOURCES.rsvzIllness} (ends from the quarter of resumption, or the next one when resumption is in the quarter's third month)`,
    confidence: 'official',
    isConfirmed: true,
  },
};

export const CONTINUED_INSURANCE: ContinuedInsuranceRules = {
  categories: {
    value: ['main', 'helping-spouse'],
    source: 'Research notes citing the RSVZ FAQ "Ik stop vrijwillig…" (main activity or maxi-status helping spouse)',
    confidence: 'official',
    isConfirmed: false,
    note: 'The FAQ itself was not re-read.',
  },
  qualifyingQuarters: {
    value: 4,
    source:
      'Research notes citing the RSVZ FAQ "Ik stop vrijwillig…" (quarter of stopping and the 3 quarters before it)',
    confidence: 'official',
    isConfirmed: false,
    note: 'The FAQ itself was not re-read.',
  },
  shares: {
    value: { 'pension-only': ppm(600_000), 'pension-and-health': ppm(900_000) },
    source: `Research notes ("≈ 60 %" and "≈ 90 %" of the normal contribution on the N-3 income); ${SOURCES.unizoContinued} (a percentage of the N-3 income, lower for pension only)`,
    confidence: 'derived',
    isConfirmed: false,
    note: 'Approximate shares: the exact rates of the legal text were not found. Every amount built on them is unconfirmed.',
  },
  maximumQuarters: {
    value: 8,
    source: `${SOURCES.liantisContinued} ; ${SOURCES.unizoContinued}`,
    confidence: 'fund',
    isConfirmed: true,
    note: 'Extendable by up to 5 years when the legal pension age is reached within them: not computed here.',
  },
  applicationQuartersAfterStop: {
    value: 3,
    source: 'Research notes citing the RSVZ FAQ "Ik stop vrijwillig…" (apply within 3 quarters after stopping)',
    confidence: 'official',
    isConfirmed: false,
    note: 'Read here as: by the end of the 3rd quarter after the quarter of stopping. Later only with good reasons.',
  },
};

export const PENSION: PensionRules = {
  ageSteps: {
    value: [
      { bornFrom: toIsoDate('1900-01-01'), age: 65 },
      { bornFrom: toIsoDate('1960-01-01'), age: 66 },
      { bornFrom: toIsoDate('1964-01-01'), age: 67 },
    ],
    source: `Loi du 10 août 2015 (66 for pensions starting from 1 February 2025, 67 from 1 February 2030); ${SOURCES.sfpPensionAge} ; ${SOURCES.moneytalkPensionAge} ; ${SOURCES.degPensionAge}`,
    confidence: 'official',
    isConfirmed: true,
    note: 'The pension starts on the first day of the month after the birthday, so people born in January 1960 (start February 2025) already need 66, and people born from January 1964 need 67.',
  },
  informationMonthsBefore: {
    value: 12,
    source: 'Fund working rule: the fund writes a year before the pension date',
    confidence: 'fund',
    isConfirmed: true,
    note: 'Not a legal deadline.',
  },
};
