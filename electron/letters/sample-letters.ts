/**
 * Demo data for every kind, used by `letters sample`, the tests, the screenshots and the benchmark.
 * Deterministic: the same index always gives the same letter.
 */
import { municipalitiesFor } from '../../shared/domain/identifiers/postal-code';
import { labourCourtFor } from '../../shared/domain/letters/labour-court';
import { cents, type Cents } from '../../shared/domain/money';
import { BRANCH_PHONES } from '../services/fund-settings';
import { boxWord } from './print-format';
import {
  languages,
  type Language,
  type LetterHeader,
  type LetterInput,
  type LetterKind,
  type QuarterLine,
} from './letter-data';
import { demoCertificate, sampleVerificationCode } from './sample-certificates';
import { formatQuarter } from './print-format';

const people: readonly {
  name: Record<Language, string>;
  street: string;
  box?: string;
  postalCode: string;
  city: string;
}[] = [
  {
    name: { fr: 'Madame Amélie Dubois-Lefèvre', nl: 'Mevrouw Amélie Dubois-Lefèvre', de: 'Frau Amélie Dubois-Lefèvre' },
    street: 'Rue de l’Église 12',
    box: '3',
    postalCode: '5000',
    city: 'Namur',
  },
  {
    name: { fr: 'Monsieur Jan Van den Berghe', nl: 'De heer Jan Van den Berghe', de: 'Herrn Jan Van den Berghe' },
    street: 'Kerkstraat 145',
    postalCode: '9000',
    city: 'Gent',
  },
  {
    name: { fr: 'Monsieur Jürgen Müller-Schön', nl: 'De heer Jürgen Müller-Schön', de: 'Herrn Jürgen Müller-Schön' },
    street: 'Aachener Straße 27',
    postalCode: '4700',
    city: 'Eupen',
  },
  {
    name: { fr: 'Madame Françoise Noël', nl: 'Mevrouw Françoise Noël', de: 'Frau Françoise Noël' },
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
    identifier: `85.07.30-${String(33 + (index % 900)).padStart(3, '0')}.61`,
    issueDate: '2026-11-26',
    advisorName: 'Sophie Lambert',
  };
}

function reference(index: number): string {
  return String(2026_00000 + index);
}

const quarters = (first: Cents, second: Cents): QuarterLine[] => [
  { year: 2026, quarter: 2, amount: first },
  { year: 2026, quarter: 3, amount: second },
];

/** A sample wording per language: a record, so a language added to the list is a compile error here. */
function inLanguage(language: Language, texts: Readonly<Record<Language, string>>): string {
  return texts[language];
}

/** A demo letter of `kind`; `index` varies the recipient and the amounts. */
export function demoLetter(kind: LetterKind, language: Language, index = 0, options: SampleOptions = {}): LetterInput {
  const header = demoHeader(index, language, options);
  const court = labourCourtFor(header.recipient.address, language);
  const labourCourt = { name: court.name, address: court.address };
  const bump = (index % 97) * 13;
  const payment = (amount: number, dueDate = '2026-12-31') => ({
    amount: cents(amount),
    dueDate,
    paymentReference: reference(index),
  });
  switch (kind) {
    case 'due-notice':
      return {
        kind,
        language,
        data: {
          ...header,
          year: 2026,
          quarter: 4,
          incomeBase: cents(3_845_000),
          category: 'main',
          contribution: cents(788_225 + bump),
          managementFees: cents(31_135),
          payment: payment(819_360 + bump),
        },
      };
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
    case 'reminder':
      return {
        kind,
        language,
        data: {
          ...header,
          unpaid: quarters(cents(82_145 + bump), cents(82_145)),
          surcharges: cents(4_928),
          payment: payment(169_218 + bump, '2026-12-15'),
        },
      };
    case 'account-statement':
      return {
        kind,
        language,
        data: {
          ...header,
          periodFrom: '2026-01-01',
          periodTo: '2026-11-26',
          openingBalance: cents(0),
          lines: [
            { date: '2026-01-05', label: 'Q1 2026', debit: cents(82_145), credit: cents(0) },
            {
              date: '2026-03-20',
              label: inLanguage(language, { fr: 'Paiement', nl: 'Betaling', de: 'Zahlung' }),
              debit: cents(0),
              credit: cents(82_145),
            },
            { date: '2026-04-03', label: 'Q2 2026', debit: cents(82_145), credit: cents(0) },
            { date: '2026-07-02', label: 'Q3 2026', debit: cents(82_145), credit: cents(0) },
            {
              date: '2026-10-01',
              label: inLanguage(language, { fr: 'Majoration 3 %', nl: 'Verhoging 3 %', de: 'Zuschlag 3 %' }),
              debit: cents(4_928),
              credit: cents(0),
            },
          ],
          closingBalance: cents(169_218),
          payment: payment(169_218, '2026-12-15'),
        },
      };
    case 'formal-notice':
      return {
        kind,
        language,
        data: {
          ...header,
          unpaid: quarters(cents(82_145), cents(82_145)),
          surcharges: cents(9_857),
          costs: cents(1_250),
          graceDays: 15,
          payment: payment(175_397, '2026-12-11'),
          labourCourt,
        },
      };
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
          startDate: '2026-10-01',
          category: 'main',
          firstQuarterContribution: cents(85_390),
          branchName: inLanguage(language, { fr: 'Bureau de Namur', nl: 'Kantoor Gent', de: 'Büro Eupen' }),
          branchPhone: inLanguage(language, {
            fr: BRANCH_PHONES['NAM'] ?? '',
            nl: BRANCH_PHONES['GNT'] ?? '',
            de: BRANCH_PHONES['EUP'] ?? '',
          }),
        },
      };
    case 'tax-certificate':
      return {
        kind,
        language,
        data: {
          ...header,
          year: 2025,
          payments: [
            { date: '2025-03-20', amount: cents(82_145), period: 'Q1 2025' },
            { date: '2025-06-18', amount: cents(82_145), period: 'Q2 2025' },
            { date: '2025-09-22', amount: cents(82_145), period: 'Q3 2025' },
            { date: '2025-12-19', amount: cents(82_145), period: 'Q4 2025' },
            { date: '2025-12-19', amount: cents(2_465), period: 'Q2 2025' },
          ],
          total: cents(331_045),
          // 4 × (790.23 + 31.22) paid, a 24.65 € surcharge paid, 123.45 € refunded: 3,160.92 + 124.88 − 123.45.
          breakdown: {
            contributions: cents(316_092),
            managementFees: cents(12_488),
            refunds: cents(12_345),
            deductible: cents(316_235),
            surcharges: cents(2_465),
            legalCosts: cents(0),
            unallocated: cents(0),
          },
          verificationCode: sampleVerificationCode(kind, language, index),
        },
      };
    case 'company-contribution-notice':
      return {
        kind,
        language,
        data: {
          ...header,
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
    case 'decision':
      return {
        kind,
        language,
        data: {
          ...header,
          subject: 'exemption',
          outcome: 'refused',
          requestDate: '2026-09-14',
          quarters: quarters(cents(82_145), cents(82_145)),
          grantedAmount: cents(0),
          reasons: ['no-financial-difficulty'],
          labourCourt,
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
          amount: cents(100_000),
          communication: '+++090/9337/55493+++',
          lines: [
            { label: formatQuarter(2026, 3, language), amount: cents(82_145) },
            { label: formatQuarter(2026, 4, language), amount: cents(17_855) },
          ],
          balanceAfter: cents(64_290),
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

/** `count` reminders with varied recipients and amounts (batch and benchmark input). */
export function demoReminders(count: number, language: Language | 'mixed' = 'mixed'): LetterInput[] {
  return Array.from({ length: count }, (_, index) =>
    demoLetter('reminder', language === 'mixed' ? (languages[index % languages.length] ?? 'fr') : language, index),
  );
}
