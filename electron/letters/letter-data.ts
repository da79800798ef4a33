/**
 * The data each letter kind is made from. Amounts are integer cents, dates ISO (YYYY-MM-DD). These
 * types are the letters engine's own: the case-file tables are mapped onto them by the caller, so a
 * template never reads the database and the same input always draws the same letter.
 */
import { letterKindNames, type LetterKindName } from '../../shared/contract/channels/letters';
import { languages, type Language } from '../../shared/contract/schemas';
import type { Cents } from '../../shared/domain/money';
import type { LifeEventKind, RightKind } from '../../shared/domain/rights/types';
import type {
  AffiliationCertificateFields,
  PaymentCertificateFields,
  RegularityCertificateFields,
  TaxBreakdown,
  Verifiable,
} from './certificate-data';

export { languages, type Language };

/** The contract's list of letter kinds, under the letters engine's names: one list, never copied. */
export const letterKinds = letterKindNames;
export type LetterKind = LetterKindName;

export type PostalAddress = {
  /** Street, number and box on one line, as bpost wants them. */
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166 alpha-2; the country line is printed only outside Belgium. */
  country: string;
};

export type Recipient = {
  /** Full name as it goes on the envelope ("Madame Anne Dupont", "SRL Boulangerie Dupont"). */
  name: string;
  /** Second line such as "c/o" or a department; optional. */
  attention?: string;
  address: PostalAddress;
};

/** The teams a letter can name as contact when no advisor handles the file (their names are in the letter texts). */
export const contactTeams = ['recovery', 'contributions', 'affiliation'] as const;
export type ContactTeam = (typeof contactTeams)[number];

/** Who the affiliate may call about the letter: a named advisor, or the team responsible, never a role code. */
export type LetterContact = { kind: 'advisor'; name: string } | { kind: 'team'; team: ContactTeam };

/**
 * Who the salutation names: a person whose sex is declared in the case file, or read from the NISS
 * serial's parity (odd men, even women). Absent for companies and unknown sex: "Madame, Monsieur".
 */
export type Addressee = { sex: 'M' | 'F'; lastName: string };

/** What every letter carries whatever its kind. */
export type LetterHeader = {
  /** The case-file reference printed on every page (e.g. "A-2026-004512"). */
  caseReference: string;
  recipient: Recipient;
  /** NISS (persons) or enterprise number (companies), already formatted for print. */
  identifier?: string;
  /** The date printed on the letter. */
  issueDate: string;
  /** Who issued the letter; shown as contact when `contact` is absent. The signatory comes from the fund identity. */
  advisorName: string;
  /** The contact printed on the letter; absent in letters recorded before it existed (then the advisor). */
  contact?: LetterContact;
  /** The person the salutation names; absent: the neutral salutation. */
  addressee?: Addressee;
};

/** A request for money: the payment block and the EPC QR code are drawn from it. */
export type PaymentRequest = {
  amount: Cents;
  dueDate: string;
  /** 1 to 10 digits of our numbering; the structured communication is built from it. */
  paymentReference: string;
};

export type QuarterLine = { year: number; quarter: 1 | 2 | 3 | 4; amount: Cents };

export type DueNoticeData = LetterHeader & {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** Income the provisional contribution is based on, and the category wording key. */
  incomeBase: Cents;
  category: 'main' | 'complementary' | 'helping-spouse' | 'student';
  contribution: Cents;
  managementFees: Cents;
  payment: PaymentRequest;
};

export type RegularisationNoticeData = LetterHeader & {
  year: number;
  definitiveIncome: Cents;
  dueContributions: Cents;
  paidProvisional: Cents;
  managementFees: Cents;
  /** Positive: supplement to pay (payment required); negative: refund to the affiliate. */
  balance: Cents;
  payment?: PaymentRequest;
  refundIban?: string;
};

/** A reminder of a company's yearly contribution names the company and the year. */
export type CompanyReminderFacts = { name: string; enterpriseNumber: string; year: number };

export type ReminderData = LetterHeader & {
  unpaid: readonly QuarterLine[];
  surcharges: Cents;
  payment: PaymentRequest;
  company?: CompanyReminderFacts;
};

export type StatementLine = { date: string; label: string; debit: Cents; credit: Cents };
export type AccountStatementData = LetterHeader & {
  periodFrom: string;
  periodTo: string;
  openingBalance: Cents;
  lines: readonly StatementLine[];
  /** Balance due at the end of the period; a payment block is drawn when positive. */
  closingBalance: Cents;
  payment?: PaymentRequest;
};

export type FormalNoticeData = LetterHeader & {
  unpaid: readonly QuarterLine[];
  surcharges: Cents;
  /** Costs already incurred (e.g. registered mail), shown separately. */
  costs: Cents;
  /** Days given before the file goes to the bailiff or the labour court. */
  graceDays: number;
  payment: PaymentRequest;
  labourCourt: LabourCourt;
};

export type Instalment = { dueDate: string; amount: Cents };
export type PaymentPlanData = LetterHeader & {
  debtTotal: Cents;
  downPayment: Instalment;
  instalments: readonly Instalment[];
  /** The proposal asks for a signed copy back by this date; the agreement records the signature date. */
  answerBy?: string;
  agreedOn?: string;
  payment: PaymentRequest;
};

export type AffiliationConfirmationData = LetterHeader & {
  startDate: string;
  category: DueNoticeData['category'];
  firstQuarterContribution: Cents;
  branchName: string;
  branchPhone: string;
};

export type TaxCertificateData = LetterHeader &
  Verifiable & {
    year: number;
    payments: readonly { date: string; amount: Cents; period: string }[];
    /** Everything paid in the year; `breakdown` says what of it is deductible. */
    total: Cents;
    breakdown: TaxBreakdown;
  };

export type AffiliationCertificateData = LetterHeader & AffiliationCertificateFields;
export type RegularityCertificateData = LetterHeader & RegularityCertificateFields;
export type PaymentCertificateData = LetterHeader & PaymentCertificateFields;

export type CompanyContributionNoticeData = LetterHeader & {
  companyName: string;
  enterpriseNumber: string;
  year: number;
  bracket: 'small' | 'large';
  amount: Cents;
  payment: PaymentRequest;
};

export type LabourCourt = { name: string; address: string };

export type DecisionSubject = 'exemption' | 'surcharge-waiver';
export type DecisionOutcome = 'granted' | 'partly-granted' | 'refused';
export type DecisionReason =
  | 'conditions-met'
  | 'not-main-activity'
  | 'no-financial-difficulty'
  | 'request-late'
  | 'contributions-unpaid'
  | 'no-admissible-ground';

/** The grounds an affiliate gives for an exemption or a waiver (the request's `grounds`). */
export type DecisionGround = 'financial-difficulty' | 'force-majeure' | 'good-faith' | 'deserving-situation' | 'other';

/** INASTI's own decision the fund notifies: its date and reference, when INASTI gave them. */
export type AuthorityDecision = { decidedOn?: string; reference?: string };

export type DecisionData = LetterHeader & {
  subject: DecisionSubject;
  outcome: DecisionOutcome;
  requestDate: string;
  /** The quarters the request covered. */
  quarters: readonly QuarterLine[];
  /** The amount granted (exempted or waived); zero when refused. */
  grantedAmount: Cents;
  reasons: readonly DecisionReason[];
  /** A free sentence from the advisor, in the recipient's language. */
  note?: string;
  labourCourt: LabourCourt;
  /** The grounds the affiliate gave, and their own words. */
  grounds?: { code: DecisionGround; text?: string };
  authority?: AuthorityDecision;
};

/** The answer to a complaint about the fund's service, in the advisor's words. */
export type ComplaintAnswerData = LetterHeader & {
  complaintSubject: string;
  receivedOn: string;
  /** The answer, paragraphs separated by blank lines. */
  answer: string;
};

/** A payment received at the counter and how it was allocated (one line per contribution, surcharges, credit). */
export type PaymentReceiptData = LetterHeader & {
  paymentDate: string;
  amount: Cents;
  /** The structured communication typed at the counter, formatted; absent when none was given. */
  communication?: string;
  lines: readonly { label: string; amount: Cents }[];
  /** What the account still owes after this payment; negative is a credit. */
  balanceAfter: Cents;
};

/** Why an affiliation ended (shared/domain/situation): each reason has its own wording. */
export type CessationReason = 'cessation' | 'bankruptcy' | 'death' | 'departure-abroad';

export type CessationConfirmationData = LetterHeader & {
  reason: CessationReason;
  /** The date declared, and the last day of its quarter, when the affiliation ends. */
  cessationDate: string;
  endDate: string;
  /** Provisional quarters no longer claimed after the end. */
  cancelledQuarters: readonly { year: number; quarter: 1 | 2 | 3 | 4 }[];
};

/** What a right brings, as a letter prints it. */
export type RightsLetterAmount =
  | { kind: 'monthly-benefit'; monthly: Cents; months: number }
  | { kind: 'service-vouchers'; count: number; usableFrom: string; usableUntil: string }
  | { kind: 'quarterly-contribution'; quarterly: Cents }
  | { kind: 'assimilated-quarters'; quarters: readonly string[] };

/** The event a rights letter answers, and the legal sources of the rules the right was assessed with. */
type RightsLetterFacts = {
  right: RightKind;
  event: { kind: LifeEventKind; date: string } | null;
  amount: RightsLetterAmount | null;
  /** The citations of the rule lines, each once, in the order the assessment gave them. */
  sources: readonly string[];
};

/** After an event, the fund tells the person of a right: what it is, what to do, by when. */
export type RightsInformationData = LetterHeader & RightsLetterFacts & { deadline: string | null };

/** The fund's decision on an application, motivated, with the appeal route and (bridging right granted) the payments. */
export type RightsDecisionData = LetterHeader &
  RightsLetterFacts & {
    outcome: 'granted' | 'refused';
    filedOn: string;
    decidedOn: string;
    /** The advisor's own words, printed under the legal basis. */
    motivation: string;
    schedule: readonly { month: string; amount: Cents; payDate: string }[];
    labourCourt: LabourCourt;
  };

/** A deadline to apply for a right is about to pass. */
export type RightsDeadlineReminderData = LetterHeader & RightsLetterFacts & { deadline: string };

export type LetterDataByKind = {
  'due-notice': DueNoticeData;
  'regularisation-notice': RegularisationNoticeData;
  reminder: ReminderData;
  'account-statement': AccountStatementData;
  'formal-notice': FormalNoticeData;
  'payment-plan-proposal': PaymentPlanData;
  'payment-plan-agreement': PaymentPlanData;
  'affiliation-confirmation': AffiliationConfirmationData;
  'tax-certificate': TaxCertificateData;
  'company-contribution-notice': CompanyContributionNoticeData;
  decision: DecisionData;
  'affiliation-certificate': AffiliationCertificateData;
  'regularity-certificate': RegularityCertificateData;
  'payment-certificate': PaymentCertificateData;
  'complaint-answer': ComplaintAnswerData;
  'payment-receipt': PaymentReceiptData;
  'cessation-confirmation': CessationConfirmationData;
  'rights-information': RightsInformationData;
  'rights-decision': RightsDecisionData;
  'rights-deadline-reminder': RightsDeadlineReminderData;
};

/** One letter to issue: its kind, its data and the recipient's language. */
export type LetterInput = {
  [K in LetterKind]: { kind: K; language: Language; data: LetterDataByKind[K] };
}[LetterKind];

export function isLetterKind(value: string): value is LetterKind {
  return (letterKinds as readonly string[]).includes(value);
}

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}
