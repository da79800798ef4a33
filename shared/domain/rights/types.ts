import type { IsoDate } from '../calendar';
import type { ContributionCategory } from '../contribution/types';
import type { ExplanationLine } from '../explanation';
import type { Cents } from '../money';

/**
 * The rights a fund follows for its affiliates. Bridging right: loi du 22 décembre 2016; maternity
 * aid: AR du 17 janvier 2006; assimilation for illness and continued insurance: AR 38 and the RSVZ
 * pages cited in the rule tables; pension information: the fund tells the person what changes at
 * pension age.
 */
export const rightKinds = [
  'bridging-right',
  'maternity-aid',
  'illness-assimilation',
  'continued-insurance',
  'pension-information',
] as const;
export type RightKind = (typeof rightKinds)[number];

/** Events that can open a right, recorded at the counter or imported from head office's life-events file. */
export const lifeEventKinds = [
  'birth',
  'adoption',
  'bankruptcy',
  'cessation',
  'incapacity',
  'incapacity-end',
  'pension-age',
] as const;
export type LifeEventKind = (typeof lifeEventKinds)[number];

/**
 * Why an activity stopped, as the bridging right distinguishes it: forced (force majeure: fire,
 * natural disaster, destruction of the premises, an authority's decision), economic difficulties,
 * or voluntary (no bridging right, but continued insurance may apply).
 */
export const cessationGrounds = ['forced', 'economic', 'voluntary'] as const;
export type CessationGround = (typeof cessationGrounds)[number];

/** Where an event came from: the advisor at the counter, or the life-events file imported at head office. */
export const lifeEventOrigins = ['counter', 'import'] as const;
export type LifeEventOrigin = (typeof lifeEventOrigins)[number];

export type LifeEvent = {
  readonly id: string;
  readonly kind: LifeEventKind;
  /** The day of the event (birth, judgment, last day of activity, onset or end of incapacity). */
  readonly date: IsoDate;
  readonly origin: LifeEventOrigin;
  /** Free text naming the authentic source (National Register, Central Enterprise Database, mutuality, advisor). */
  readonly source: string;
  /** Cessation only: the ground; null for every other kind. */
  readonly cessationGround: CessationGround | null;
  /** Stillbirth after at least 180 days of pregnancy still opens maternity aid; false for other kinds. */
  readonly isStillbirth: boolean;
};

/** One quarter of the person's contribution history, as the case file knows it. */
export type ContributionQuarterFact = {
  /** "2025-Q3". */
  readonly quarter: string;
  readonly category: ContributionCategory;
  /** Fully paid (or assimilated): only such quarters count for the career conditions. */
  readonly isPaid: boolean;
};

export type AffiliationPeriodFact = {
  readonly category: ContributionCategory;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
};

export const rightApplicationStatuses = ['filed', 'documents-requested', 'granted', 'refused'] as const;
export type RightApplicationStatus = (typeof rightApplicationStatuses)[number];

/** What the fund already did for a right: an application and its decision, so nothing is granted twice. */
export type RightApplicationFact = {
  readonly id: string;
  readonly right: RightKind;
  /** The event the application answers; null for an application filed without a recorded event. */
  readonly eventId: string | null;
  readonly status: RightApplicationStatus;
  readonly filedOn: IsoDate;
  readonly decidedOn: IsoDate | null;
  /** Bridging right only: months granted by this decision (they count against the career maximum). */
  readonly monthsGranted: number;
};

/** Everything the pure rules need about one person; "today" is `asOf`. */
export type RightsFacts = {
  readonly asOf: IsoDate;
  readonly birthDate: IsoDate | null;
  /** Dependants (charge de famille / gezinslast); null when the case file does not say. */
  readonly hasFamilyCharge: boolean | null;
  readonly affiliations: readonly AffiliationPeriodFact[];
  readonly contributionQuarters: readonly ContributionQuarterFact[];
  readonly events: readonly LifeEvent[];
  readonly applications: readonly RightApplicationFact[];
};

/**
 * eligible: every condition holds; not-eligible: a condition fails; to-check: a fact the case file
 * does not hold must be checked. An unconfirmed figure does not change the status: it sets
 * `hasUnconfirmedFigure`, which the panel shows.
 */
export const rightStatuses = ['eligible', 'not-eligible', 'to-check'] as const;
export type RightStatus = (typeof rightStatuses)[number];

export type RightAmount =
  | { readonly kind: 'monthly-benefit'; readonly monthlyCents: Cents; readonly months: number }
  | {
      readonly kind: 'service-vouchers';
      readonly count: number;
      readonly usableFrom: IsoDate;
      readonly usableUntil: IsoDate;
    }
  | { readonly kind: 'quarterly-contribution'; readonly quarterlyCents: Cents }
  | { readonly kind: 'assimilated-quarters'; readonly quarters: readonly string[] };

/** What the advisor (or the fund on its own initiative) does next, and the last day to do it. */
export type RightNextStep = {
  /** Full translation key in the `rights` namespace, as explanation lines carry, e.g. "rights.nextStep.apply". */
  readonly messageKey: string;
  readonly deadline: IsoDate | null;
};

export type RightAssessment = {
  readonly right: RightKind;
  readonly status: RightStatus;
  /** The event this assessment answers; null for a right assessed from the career alone (pension information). */
  readonly eventId: string | null;
  /** Why: each condition checked, with its rule and source, as the simulation explains contributions. */
  readonly lines: readonly ExplanationLine[];
  readonly amount: RightAmount | null;
  readonly nextStep: RightNextStep | null;
  /** The law makes the fund act without an application (maternity aid): a letter goes out by itself. */
  readonly isFundInitiative: boolean;
  /** An application for this right and event already exists: the scan must not open another one. */
  readonly applicationId: string | null;
  /** Some figure or condition used comes from an unconfirmed rule value: the panel says so. */
  readonly hasUnconfirmedFigure: boolean;
};

/** One month of a granted bridging right, paid by the fund. */
export type BridgingRightInstalment = {
  readonly month: string;
  readonly amountCents: Cents;
  readonly payDate: IsoDate;
};

/** The letters a right can send, in the person's language. */
export const rightsLetterKinds = ['rights-information', 'rights-decision', 'rights-deadline-reminder'] as const;
export type RightsLetterKind = (typeof rightsLetterKinds)[number];

/**
 * What a rights letter says, apart from the header (fund, addressee, reference) the letter pipeline
 * adds. A decision letter carries its motivation and the appeal route (Charte de l'assuré social,
 * art. 14: appeal possibility, competent labour court, time limit of art. 23).
 */
export type RightsLetterContent = {
  readonly letterKind: RightsLetterKind;
  readonly right: RightKind;
  readonly assessment: RightAssessment;
  readonly decision: {
    readonly outcome: 'granted' | 'refused';
    readonly decidedOn: IsoDate;
    /** Free text written by the advisor, printed under the rule lines. */
    readonly motivation: string;
    readonly schedule: readonly BridgingRightInstalment[];
  } | null;
};
