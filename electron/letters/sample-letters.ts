/**
 * Demo data for every kind, used by `letters sample`, the tests, the screenshots and the benchmark.
 * Deterministic: the same index always gives the same letter.
 */
import { municipalitiesFor } from '../../shared/domain/identifiers/postal-code';
import { taxDeductible } from '../../shared/domain/attestation/tax-deductible';
import { formatNiss, makeNiss } from '../../shared/domain/identifiers/niss';
import { labourCourtFor } from '../../shared/domain/letters/labour-court';
import { cents } from '../../shared/domain/money';
import { BRANCH_PHONES } from '../services/fund-settings';
import { boxWord } from './print-format';
import { languages, type Language, type LetterHeader, type LetterInput, type LetterKind } from './letter-data';
import { demoCertificate, sampleVerificationCode } from './sample-certificates';
import {
  SAMPLE_INPUTS,
  SAMPLE_TAX_YEAR,
  remainderAfter,
  sampleArrears,
  sampleQuarter,
  sampleSchedule,
  sampleStarterQuarter,
  sampleTaxYear,
  total,
} from './sample-figures';
import { formatQuarter } from './print-format';

/** Demo people: the sex is declared, and the NISS serial's parity agrees with it (odd men, even women). */
const people: readonly {
  name: Record<Language, string>;
  sex: 'M' | 'F';
  lastName: string;
  birthDate: string;
  street: string;
  box?: string;
  postalCode: string;
  city: string;
}[] = [
  {
    name: { fr: 'Madame Amélie Dubois-Lefèvre', nl: 'Mevrouw Amélie Dubois-Lefèvre', de: 'Frau Amélie Dubois-Lefèvre' },
    sex: 'F',
    lastName: 'Dubois-Lefèvre',
    birthDate: '1985-07-30',
    street: 'Rue de l’Église 12',
    box: '3',
    postalCode: '5000',
    city: 'Namur',
  },
  {
    name: { fr: 'Monsieur Jan Van den Berghe', nl: 'De heer Jan Van den Berghe', de: 'Herrn Jan Van den Berghe' },
    sex: 'M',
    lastName: 'Van den Berghe',
    birthDate: '1979-02-14',
    street: 'Kerkstraat 145',
    postalCode: '9000',
    city: 'Gent',
  },
  {
    name: { fr: 'Monsieur Jürgen Müller-Schön', nl: 'De heer Jürgen Müller-Schön', de: 'Herrn Jürgen Müller-Schön' },
    sex: 'M',
    lastName: 'Müller-Schön',
    birthDate: '1968-11-03',
    street: 'Aachener Straße 27',
    postalCode: '4700',
    city: 'Eupen',
  },
  {
    name: { fr: 'Madame Françoise Noël', nl: 'Mevrouw Françoise Noël', de: 'Frau Françoise Noël' },
    sex: 'F',
    lastName: 'Noël',
    birthDate: '2001-05-22',
    street: 'Avenue Louise 320',
    postalCode: '1050',
    city: 'Ixelles',
  },
];

/** What a sample may change: the addressee's domicile (a Belgian postcode), which also picks the labour court. */
export type SampleOptions = { postalCode?: string };

/** The place bpost names a postcode by, in the letter's language where it has its own name. */
function placeOf(postalCode: string, language: Language): string | undefined {
  const places = municipalitiesFor(postalCode);
  const place = places[places.length - 1];
  if (place === undefined) return undefined;
  if (language === 'de') return place.nameDe ?? place.nameFr ?? place.name;
  return language === 'nl' ? (place.nameNl ?? place.name) : (place.nameFr ?? place.name);
}

export function demoHeader(index: number, language: Language, options: SampleOptions = {}): LetterHeader {
  const person = people[index % people.length] ?? people[0];
  if (person === undefined) throw new Error('no demo person');
  const postalCode = options.postalCode ?? person.postalCode;
  const city = options.postalCode === undefined ? person.city : placeOf(postalCode, language);
  if (city === undefined) throw new RangeError(`unknown Belgian postal code '${postalCode}'`);
  return {
    caseReference: `A-2026-${String(4512 + index).padStart(6, '0')}`,
    recipient: {
      name: person.name[language],
      address: {
        street: person.box === undefined ? person.street : `${person.street} ${boxWord[language]} ${person.box}`,
        postalCode,
        city,
        country: 'BE',
      },
    },
    identifier: formatNiss(makeNiss({ birthDate: person.birthDate, serial: sampleSerial(index, person.sex) })),
    issueDate: SAMPLE_INPUTS.issueDate,
    advisorName: 'Sophie Lambert',
    addressee: { sex: person.sex, lastName: person.lastName },
  };
}

/** A company is greeted neutrally: the person on the attention line is not the addressee. */
function withoutAddressee(header: LetterHeader): LetterHeader {
  const copy = { ...header };
  delete copy.addressee;
  return copy;
}

/** A daily serial whose parity gives the sex (odd men, even women), varied by index within 1..998. */
function sampleSerial(index: number, sex: 'M' | 'F'): number {
  const step = 16 + (index % 480) * 2;
  return sex === 'M' ? step + 1 : step;
}

function reference(index: number): string {
  return String(2026_00000 + index);
}

/** A sample wording per language: a record, so a language added to the list is a compile error here. */
function inLanguage(language: Language, texts: Readonly<Record<Language, string>>): string {
  return texts[language];
}

/** A demo letter of `kind`; `index` varies the recipient and the amounts. */
export function demoLetter(kind: LetterKind, language: Language, index = 0, options: SampleOptions = {}): LetterInput {
  const header = demoHeader(index, language, options);
  const court = labourCourtFor(header.recipient.address, language);
  const labourCourt = { name: court.name, address: court.address };
  const payment = (amount: number, dueDate = '2026-12-31') => ({
    amount: cents(amount),
    dueDate,
    paymentReference: reference(index),
  });
  switch (kind) {
    case 'due-notice': {
      const fourth = sampleQuarter(index, 4);
      return {
        kind,
        language,
        data: {
          ...header,
          year: SAMPLE_INPUTS.year,
          quarter: 4,
          incomeBase: sampleSchedule(index).incomeBase,
          category: 'main',
          contribution: fourth.contribution,
          managementFees: fourth.fee,
          payment: payment(fourth.total, fourth.dueDate),
        },
      };
    }
    case 'regularisation-notice':
      return {
        kind,
        language,
        data: {
          ...header,
          year: 2024,
          definitiveIncome: cents(5_210_000),
          dueContributions: cents(1_068_050),
          paidProvisional: cents(980_000),
          managementFees: cents(3_478),
          balance: cents(91_528),
          payment: payment(91_528, '2027-03-31'),
        },
      };
    case 'reminder': {
      const arrears = sampleArrears(index);
      return {
        kind,
        language,
        data: {
          ...header,
          unpaid: arrears.unpaid,
          surcharges: arrears.surchargeTotal,
          payment: payment(total(arrears.principal, arrears.surchargeTotal), '2026-12-15'),
        },
      };
    }
    case 'account-statement':
      return { kind, language, data: { ...header, ...sampleStatement(index, language) } };
    case 'formal-notice': {
      const arrears = sampleArrears(index);
      return {
        kind,
        language,
        data: {
          ...header,
          unpaid: arrears.unpaid,
          surcharges: arrears.surchargeTotal,
          costs: REGISTERED_MAIL_COSTS,
          graceDays: 15,
          payment: payment(total(arrears.principal, arrears.surchargeTotal, REGISTERED_MAIL_COSTS), '2026-12-11'),
          labourCourt,
        },
      };
    }
    case 'payment-plan-proposal':
    case 'payment-plan-agreement':
      return {
        kind,
        language,
        data: {
          ...header,
          debtTotal: cents(240_000),
          downPayment: { dueDate: '2026-12-10', amount: cents(80_000) },
          instalments: [1, 2, 3, 4].map((month) => ({ dueDate: `2027-0${month}-10`, amount: cents(40_000) })),
          answerBy: '2026-12-06',
          agreedOn: '2026-11-20',
          payment: payment(80_000, '2026-12-10'),
        },
      };
    case 'affiliation-confirmation':
      return {
        kind,
        language,
        data: {
          ...header,
          startDate: SAMPLE_INPUTS.starterFrom,
          category: 'main',
          firstQuarterContribution: sampleStarterQuarter().total,
          branchName: inLanguage(language, { fr: 'Bureau de Namur', nl: 'Kantoor Gent', de: 'Büro Eupen' }),
          branchPhone: inLanguage(language, {
            fr: BRANCH_PHONES['NAM'] ?? '',
            nl: BRANCH_PHONES['GNT'] ?? '',
            de: BRANCH_PHONES['EUP'] ?? '',
          }),
        },
      };
    case 'tax-certificate': {
      const taxYear = sampleTaxYear();
      const breakdown = taxDeductible(taxYear.items, SAMPLE_TAX_YEAR.year);
      return {
        kind,
        language,
        data: {
          ...header,
          year: SAMPLE_TAX_YEAR.year,
          payments: taxYear.payments.map((paid) => ({
            date: paid.date,
            amount: paid.amount,
            period: `Q${paid.quarter} ${SAMPLE_TAX_YEAR.year}`,
          })),
          total: total(...taxYear.payments.map((paid) => paid.amount)),
          breakdown,
          verificationCode: sampleVerificationCode(kind, language, index),
        },
      };
    }
    case 'company-contribution-notice':
      return {
        kind,
        language,
        data: {
          ...withoutAddressee(header),
          recipient: { ...header.recipient, name: 'SRL Boulangerie Dubois', attention: header.recipient.name },
          identifier: '0403.170.701',
          companyName: 'SRL Boulangerie Dubois',
          enterpriseNumber: '0403.170.701',
          year: 2026,
          bracket: 'small',
          amount: cents(40_930),
          payment: payment(40_930, '2026-12-31'),
        },
      };
    case 'rights-information':
      return {
        kind,
        language,
        data: {
          ...header,
          right: 'maternity-aid',
          event: { kind: 'birth', date: '2026-11-02' },
          amount: { kind: 'service-vouchers', count: 105, usableFrom: '2026-11-02', usableUntil: '2027-07-31' },
          sources: [
            'AR du 17 janvier 2006 instaurant un régime d’assurance maternité en faveur des travailleuses indépendantes',
          ],
          deadline: null,
        },
      };
    case 'rights-decision':
      return {
        kind,
        language,
        data: {
          ...header,
          right: 'bridging-right',
          event: { kind: 'bankruptcy', date: '2026-10-15' },
          amount: { kind: 'monthly-benefit', monthly: cents(184_180), months: 3 },
          sources: ['Loi du 22 décembre 2016 instaurant un droit passerelle en faveur des travailleurs indépendants'],
          outcome: 'granted',
          filedOn: '2026-11-03',
          decidedOn: '2026-11-20',
          motivation: inLanguage(language, {
            fr: 'Faillite prononcée par le tribunal de l’entreprise ; conditions de carrière remplies.',
            nl: 'Faillissement uitgesproken door de ondernemingsrechtbank; loopbaanvoorwaarden vervuld.',
            de: 'Vom Unternehmensgericht eröffneter Konkurs; Laufbahnbedingungen erfüllt.',
          }),
          schedule: [
            { month: '2026-11', amount: cents(184_180), payDate: '2026-11-30' },
            { month: '2026-12', amount: cents(184_180), payDate: '2026-12-31' },
            { month: '2027-01', amount: cents(184_180), payDate: '2027-01-31' },
          ],
          labourCourt,
        },
      };
    case 'rights-deadline-reminder':
      return {
        kind,
        language,
        data: {
          ...header,
          right: 'bridging-right',
          event: { kind: 'cessation', date: '2026-06-30' },
          amount: null,
          sources: ['Loi du 22 décembre 2016 instaurant un droit passerelle en faveur des travailleurs indépendants'],
          deadline: '2026-12-31',
        },
      };
    case 'decision':
      return {
        kind,
        language,
        data: {
          ...header,
          subject: 'exemption',
          outcome: 'refused',
          requestDate: '2026-09-14',
          quarters: sampleArrears(index).unpaid,
          grantedAmount: cents(0),
          reasons: ['no-financial-difficulty'],
          labourCourt,
          grounds: { code: 'financial-difficulty' },
          authority: { decidedOn: '2026-11-18', reference: `DISP/2026/${String(71_204 + index).padStart(6, '0')}` },
        },
      };
    case 'affiliation-certificate':
    case 'regularity-certificate':
    case 'payment-certificate':
      return demoCertificate(kind, language, header, index);
    case 'complaint-answer':
      return {
        kind,
        language,
        data: {
          ...header,
          complaintSubject: 'Q3 2026',
          receivedOn: '2026-11-02',
          answer: 'Q3 2026 — 82,145.\n\nQ4 2026.',
        },
      };
    case 'payment-receipt':
      return {
        kind,
        language,
        data: {
          ...header,
          paymentDate: '2026-11-20',
          amount: RECEIPT_PAYMENT,
          communication: '+++090/9337/55493+++',
          lines: [{ label: formatQuarter(SAMPLE_INPUTS.year, 4, language), amount: RECEIPT_PAYMENT }],
          balanceAfter: remainderAfter(sampleQuarter(index, 4), RECEIPT_PAYMENT),
        },
      };
    case 'cessation-confirmation':
      return {
        kind,
        language,
        data: {
          ...header,
          reason: 'bankruptcy',
          cessationDate: '2026-05-15',
          endDate: '2026-06-30',
          cancelledQuarters: [
            { year: 2026, quarter: 3 },
            { year: 2026, quarter: 4 },
          ],
        },
      };
  }
}

/** The registered letter's postage the formal notice charges: a fund cost, not a figure of the rules. */
const REGISTERED_MAIL_COSTS = cents(1_250);
/** A partial payment of the fourth quarter at the counter, before it falls due. */
const RECEIPT_PAYMENT = cents(100_000);

/** The year's account: Q1 paid, Q2 and Q3 open with the surcharges the engine charged on them by the issue date. */
function sampleStatement(index: number, language: Language) {
  const first = sampleQuarter(index, 1);
  const arrears = sampleArrears(index);
  const surchargeWord = inLanguage(language, { fr: 'Majoration 3 %', nl: 'Verhoging 3 %', de: 'Zuschlag 3 %' });
  const lines = [
    {
      date: first.dueDate,
      label: formatQuarter(SAMPLE_INPUTS.year, 1, language),
      debit: first.total,
      credit: cents(0),
    },
    {
      date: '2026-03-20',
      label: inLanguage(language, { fr: 'Paiement', nl: 'Betaling', de: 'Zahlung' }),
      debit: cents(0),
      credit: first.total,
    },
    ...arrears.claims.map((claim, position) => ({
      date: claim.dueDate,
      label: formatQuarter(SAMPLE_INPUTS.year, SAMPLE_INPUTS.unpaidQuarters[position] ?? 0, language),
      debit: claim.principal,
      credit: cents(0),
    })),
    ...arrears.surcharges.map((surcharge) => ({
      date: surcharge.date,
      label: surchargeWord,
      debit: surcharge.amount,
      credit: cents(0),
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const closingBalance = total(arrears.principal, arrears.surchargeTotal);
  return {
    periodFrom: '2026-01-01',
    periodTo: SAMPLE_INPUTS.issueDate,
    openingBalance: cents(0),
    lines,
    closingBalance,
    payment: { amount: closingBalance, dueDate: '2026-12-15', paymentReference: reference(index) },
  };
}

/** `count` reminders with varied recipients and amounts (batch and benchmark input). */
export function demoReminders(count: number, language: Language | 'mixed' = 'mixed'): LetterInput[] {
  return Array.from({ length: count }, (_, index) =>
    demoLetter('reminder', language === 'mixed' ? (languages[index % languages.length] ?? 'fr') : language, index),
  );
}
