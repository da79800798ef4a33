import type { RuleValue } from './types';

/**
 * Procedural rules (not amounts) that calculations cite in their explanation. The value is a short
 * statement of the rule; the source says where it comes from. Same for 2024–2026.
 */
function rule(
  value: string,
  source: string,
  confidence: RuleValue<string>['confidence'],
  isConfirmed: boolean,
): RuleValue<string> {
  return { value, source, confidence, isConfirmed };
}

export const PROCEDURES = {
  quartersAreIndivisible: rule(
    'A quarter in which the person is subject for at least one day is due in full',
    'Securex; logo.pidj.net (article number of AR 38 not verified)',
    'fund',
    true,
  ),
  partYearAnnualisation: rule(
    'Subject for fewer than 4 quarters: income × 4 ÷ number of quarters (since 2015)',
    'AR 38 art. 11 as reformed by the law of 22 November 2013; Xerius "jaarinkomen"; UCM student page; plusmagazine',
    'fund',
    true,
  ),
  provisionalFromReferenceIncome: rule(
    'Provisional contributions of year N are calculated on the income of year N-3 × the revaluation fraction',
    'AR 38 art. 11 §3 (law of 22 November 2013); https://www.easypay-group.com/nl_BE/sociaal_verzekeringsfonds/faq/detail/?id=1967',
    'official',
    true,
  ),
  starterProvisional: rule(
    'First three calendar years: provisional contributions on the legal minimum of the category, or on a higher or lower estimate on request',
    'AR 38 art. 11; https://productie.xerius.be/fr-be/devenir-independant/votre-preparation/cotisations-sociales-starter ; UCM',
    'fund',
    true,
  ),
  primoStarter: rule(
    'First 4 quarters of a first main activity: on request, provisional contributions on a reduced floor; between that floor and the main minimum, on the estimated income',
    'AR 38 (primo-starter regime, article number not verified); https://productie.xerius.be/fr-be/devenir-independant/votre-preparation/cotisations-sociales-starter ; Securex 2024',
    'fund',
    true,
  ),
  requestedBase: rule(
    'On request, provisional contributions on a chosen income (reduction or increase); the legal minimums still apply',
    'AR 38 art. 11 (since contribution year 2022 without fixed reduction thresholds); avixi.be; Securex; UCM',
    'fund',
    true,
  ),
  regularisation: rule(
    'Once the tax administration sends the income of the year, the contribution is recalculated: supplement or refund',
    'AR 38 art. 11 §5; UCM; Liantis; Xerius',
    'fund',
    true,
  ),
  quarterlyDueDate: rule(
    'The quarterly contribution must be credited to the fund by the last day of the quarter',
    'https://www.rsvz-inasti.fgov.be/nl/faq/wat-als-ik-mijn-bijdragen-niet-betaal ; https://www.liantis.be/fr/devenir-independant/cotisations-sociales/calculer/majorations',
    'official',
    true,
  ),
  starterExtraQuarter: rule(
    'Starters affiliated on time get one extra quarter to pay the provisional contributions of their first two quarters',
    'https://www.liantis.be/fr/devenir-independant/cotisations-sociales/calculer/majorations ("Exception pour les starters")',
    'fund',
    true,
  ),
  complementaryRegime: rule(
    'Complementary activity: nothing below the floor; 20.50 % / 14.16 % on the whole income at or above it; no minimum contribution',
    'AR 38 art. 12 §2; https://www.inasti.be/fr/independant-titre-complementaire',
    'official',
    true,
  ),
  studentRegime: rule(
    'Student-self-employed: nothing below the lower threshold; 20.50 % on the part above it; at or above the main minimum income, main-activity contributions',
    'https://www.rsvz.be/nl/sociale-bijdragen-als-student-zelfstandige ; Acerta; Group S',
    'official',
    true,
  ),
  studentStarterProvisional: rule(
    'Student-self-employed starter: flat provisional contribution of 20.50 % of the complementary floor',
    'https://www.acerta.be/nl/zelfstandigen/themas-en-dossiers/sociaal-statuut/student-zelfstandige (99.38 incl. 3.05 % in 2025); Group S 99.33 (2024)',
    'fund',
    true,
  ),
  pensionerRegime: rule(
    'Taking a retirement pension: nothing below the pensioner floor; 14.70 % up to the first threshold, 14.16 % up to the ceiling',
    'AR 38 art. 13 §1; Liantis; Zenito; Xerius',
    'fund',
    true,
  ),
  pensionAgeOptOut: rule(
    'At pension age without retirement pension: main-activity contributions from Q4 2025, unless the person opts out (then the pensioner regime, without pension rights)',
    'AR 38 art. 13 §4; AR 19/12/1967 art. 37/1 (AR 21 September 2025); Securex; Acerta',
    'official',
    true,
  ),
  managementFees: rule(
    'Management fees are a percentage of the legal contribution set each year by the fund, added to the rounded quarterly amount',
    'AR 38 art. 20 (per the research notes); zelfstandige.vlaanderen; fund figures (Xerius 2025 898.30)',
    'fund',
    true,
  ),
} as const;

/**
 * Order in which a payment is allocated. No specific provision was found in AR 38 or AR 19/12/1967,
 * so this follows the general civil-law rule and is a fund policy to confirm.
 */
export const PAYMENT_ALLOCATION_ORDER: RuleValue<string> = {
  value:
    '1. the claim the payer designated (its principal, then its surcharges); 2. principal of claims already due, oldest due date first; 3. principal of claims not yet due, oldest first; 4. surcharges, oldest first; 5. what is left is a credit',
  source:
    'Old Civil Code art. 1253 (the debtor may designate the debt) and art. 1256 (otherwise the due debt the debtor has most interest to pay, then the oldest), now Book 5 of the Civil Code; paying principal first stops further surcharges (AR 19/12/1967 art. 44: surcharges only on unpaid principal) and meets the waiver precondition (RSVZ: all contributions of the quarter paid)',
  confidence: 'derived',
  isConfirmed: false,
  note: "Fund policy: confirm with the fund's accounting rules before relying on it in letters.",
};

/** Rounding of each surcharge: rate × unpaid principal of one claim, half-up to the cent. */
export const SURCHARGE_ROUNDING: RuleValue<string> = {
  value: 'half-up to the cent, per claim and per assessment',
  source: 'Assumption: no rounding rule found in the texts read; the amounts are small and funds show cents',
  confidence: 'derived',
  isConfirmed: false,
};
