/**
 * The wording of every letter, one implementation per language (fr.ts, nl.ts, de.ts). Templates
 * only arrange these sentences; a sentence that depends on the data is a function of it.
 */
import type {
  Addressee,
  CompanyReminderFacts,
  ContactTeam,
  DecisionReason,
  DueNoticeData,
  Language,
  LetterDataByKind,
  LetterKind,
  ReminderData,
} from '../letter-data';

/** `payment-plan-proposal` → `paymentPlanProposal`: the texts' keys follow the kind names. */
type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : Name;

export type Paragraphs = readonly string[];

export type KindTexts<D> = { subject: (data: D) => string; body: (data: D) => Paragraphs };

/** What the privacy notice names: the controller, its address, the data protection officer and the full notice. */
export type PrivacyFacts = { controller: string; address: string; dpoEmail: string; noticeUrl: string };

export type LetterTexts = {
  language: Language;
  page: (current: number, count: number) => string;
  labels: {
    caseReference: string;
    identifier: string;
    date: string;
    contact: string;
    subject: string;
    amount: string;
    dueDate: string;
    beneficiary: string;
    iban: string;
    bic: string;
    communication: string;
    scanToPay: string;
    toPay: string;
    total: string;
    period: string;
    contribution: string;
    managementFees: string;
    surcharges: string;
    costs: string;
    description: string;
    debit: string;
    credit: string;
    balance: string;
    openingBalance: string;
    closingBalance: string;
    instalment: string;
    downPayment: string;
    paidProvisional: string;
    paidOn: string;
    reasons: string;
    appeal: string;
    commitment: string;
    signatureAffiliate: string;
    forTheFund: string;
    /** The mention on a letter sent by registered mail (the formal notice). */
    registeredMail: string;
  };
  /** The neutral salutation and closing, for a company or a person whose sex is unknown. */
  salutation: string;
  closing: string;
  /** A person's salutation and closing with the right title ("Sehr geehrte Frau Noël,"). */
  salutationTo: (addressee: Addressee) => string;
  closingTo: (addressee: Addressee) => string;
  paymentIntro: string;
  /** Art. 14 of the Charte de l’assuré social: court, address, time limit, how, art. 728, and last the costs (art. 1017 C. jud.). */
  appeal: (court: { name: string; address: string }) => Paragraphs;
  /** Art. 14, 6°: where to get explanations. */
  explanations: (phone: string, advisor: string) => string;
  /** The team named as contact, as a label ("Service recouvrement") and inside a sentence ("notre service recouvrement"). */
  teams: Readonly<Record<ContactTeam, { label: string; inSentence: string }>>;
  /** The fund's identity line: enterprise number label (Code des sociétés et des associations art. 2:20). */
  enterpriseNumber: string;
  /** GDPR art. 13: a short mention with the link on every letter, the full notice on confirmations and decisions. */
  privacy: { title: string; short: (facts: PrivacyFacts) => string; notice: (facts: PrivacyFacts) => Paragraphs };
  reasons: Readonly<Record<DecisionReason, string>>;
  categories: Readonly<Record<DueNoticeData['category'], string>>;
  /**
   * The affiliation confirmation's own status phrase: `categories` starts with "en qualité de / als" for some
   * statuses, so reusing it after "travailleur indépendant" doubled the phrase; a helping spouse is no self-employed.
   */
  confirmationCategory: (category: DueNoticeData['category'], sex: 'M' | 'F' | undefined) => string;
  /** The fund's service commitment, summarised for the affiliation confirmation. */
  commitment: Paragraphs;
  /** One entry per letter kind, so a kind added to the contract's list is a compile error here until worded. */
  kinds: { readonly [K in LetterKind as CamelCase<K>]: KindTexts<LetterDataByKind[K]> };
  /**
   * The reminder of a company's yearly contribution: the same amount table and payment block as a
   * person's reminder, but its own law (surcharge per calendar month, the directors' joint liability).
   */
  companyReminder: KindTexts<ReminderData & { company: CompanyReminderFacts }>;
};
