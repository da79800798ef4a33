/**
 * German wording of the attestations. Affiliation: Königlicher Erlass Nr. 38 vom 27. Juli 1967;
 * Gesellschaftsbeitrag: Gesetz vom 30. Dezember 1992, Art. 88 bis 95. Tax certificate: EStGB 92
 * Art. 52 Nr. 7, and the funds' practice (shared/domain/attestation/tax-deductible.ts).
 */
import type { Cents } from '../../../shared/domain/money';
import { formatAmount, formatLongDate } from '../print-format';
import type { CertificateTexts } from './certificate-texts';

const euros = (value: Cents): string => formatAmount(value, 'de');
const day = (iso: string): string => formatLongDate(iso, 'de');

export const certificatesDe: CertificateTexts = {
  language: 'de',
  labels: {
    from: 'Vom',
    to: 'Bis zum',
    ongoing: 'laufend',
    category: 'Eigenschaft',
    openAmount: 'Beiträge und Kosten',
    contributions: 'Sozialbeiträge',
    refunds: 'Erstattete Beiträge (abzuziehen)',
    deductible: 'Abzugsfähiger Betrag',
    notDeductible: 'Gezahlt, aber nicht abzugsfähig',
    legalCosts: 'Gerichtskosten',
    unallocated: 'Nicht zugeordnete Zahlungen',
    verificationCode: 'Prüfcode',
  },
  categories: {
    main: 'Selbständiger im Hauptberuf',
    complementary: 'Selbständiger im Nebenberuf',
    'helping-spouse': 'mithelfender Ehepartner',
    student: 'Student-Selbständiger',
    'active-pensioner': 'pensionierter Selbständiger',
    company: 'dem Gesellschaftsbeitrag unterliegende Gesellschaft',
  },
  verification: (code, phone) =>
    `Prüfcode: ${code}. Wem diese Bescheinigung vorgelegt wird, kann ihre Echtheit mit diesem Code bei unserer Kasse überprüfen (${phone}).`,
  previewWithoutCode: 'Vorschau: Der Prüfcode wird bei der Ausstellung der Bescheinigung vergeben.',
  affiliationCertificate: {
    subject: () => 'Anschlussbescheinigung',
    body: (d) => [
      d.isCompany
        ? `Wir bescheinigen, dass ${d.recipient.name}${d.identifier === undefined ? '' : `, Unternehmensnummer ${d.identifier},`} unserer Sozialversicherungskasse als Gesellschaft angeschlossen ist, die dem jährlichen Gesellschaftsbeitrag unterliegt (Gesetz vom 30. Dezember 1992, Art. 88 bis 95), für den nachstehenden Zeitraum.`
        : `Wir bescheinigen, dass ${d.recipient.name}${d.identifier === undefined ? '' : `, ENSS ${d.identifier},`} unserer Sozialversicherungskasse für Selbständige angeschlossen ist (Königlicher Erlass Nr. 38 vom 27. Juli 1967), für die Zeiträume und in der Eigenschaft, die nachstehend angegeben sind.`,
      `Stand am ${day(d.asOf)}.`,
    ],
  },
  regularityCertificate: {
    subject: (d) => `Bescheinigung über die ordnungsgemäße Beitragszahlung am ${day(d.asOf)}`,
    body: (d) =>
      d.open.length === 0
        ? [
            `Wir bescheinigen, dass ${d.recipient.name}${d.identifier === undefined ? '' : ` (${d.identifier})`} am ${day(d.asOf)} mit der Zahlung der Sozialbeiträge in Ordnung ist: Alle zu diesem Datum fälligen Beiträge und Kosten sind bezahlt.`,
          ]
        : [
            `Wir bescheinigen, dass ${d.recipient.name}${d.identifier === undefined ? '' : ` (${d.identifier})`} unserer Kasse am ${day(d.asOf)} noch die nachstehenden Beträge schuldet, insgesamt ${euros(d.totalOpen)}.`,
          ],
  },
  paymentCertificate: {
    subject: (d) => `Zahlungsbescheinigung vom ${day(d.periodFrom)} bis zum ${day(d.periodTo)}`,
    body: (d) => [
      `Wir bescheinigen, von ${d.recipient.name}${d.identifier === undefined ? '' : ` (${d.identifier})`} vom ${day(d.periodFrom)} bis zum ${day(d.periodTo)} die nachstehenden Zahlungen erhalten zu haben, insgesamt ${euros(d.total)}.`,
    ],
  },
  taxCertificate: {
    subject: (d) => `Steuerbescheinigung – im Jahr ${d.year} gezahlte Sozialbeiträge`,
    body: (d) => [
      `Wir bescheinigen, dass ${d.recipient.name} im Laufe des Jahres ${d.year} die nachstehenden Beträge an unsere Kasse gezahlt hat, insgesamt ${euros(d.total)}, davon ${euros(d.breakdown.deductible)} abzugsfähig.`,
      'Die im Laufe des Jahres gezahlten Sozialbeiträge und Verwaltungskosten sind als Berufskosten abzugsfähig (Einkommensteuergesetzbuch 1992, Art. 52 Nr. 7), abzüglich der Beiträge, die Ihnen im selben Jahr erstattet wurden. Beitragszuschläge und Gerichtskosten sind nicht abzugsfähig. Diese Bescheinigung wird für Ihre Steuererklärung ausgestellt.',
    ],
  },
  closingFormula: ['Diese Bescheinigung wird auf Antrag des Betroffenen zur Vorlage bei Dritten ausgestellt.'],
};
