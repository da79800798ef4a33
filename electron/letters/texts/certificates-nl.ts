/**
 * Dutch wording of the attestations. Affiliation: koninklijk besluit nr. 38 van 27 juli 1967;
 * vennootschapsbijdrage: wet van 30 december 1992, art. 88 tot 95. Tax certificate: WIB 92 art. 52,
 * 7°, and the funds' practice (shared/domain/attestation/tax-deductible.ts).
 */
import type { Cents } from '../../../shared/domain/money';
import { formatAmount, formatLongDate } from '../print-format';
import type { CertificateTexts } from './certificate-texts';

const euros = (value: Cents): string => formatAmount(value, 'nl');
const day = (iso: string): string => formatLongDate(iso, 'nl');

export const certificatesNl: CertificateTexts = {
  language: 'nl',
  labels: {
    from: 'Van',
    to: 'Tot',
    ongoing: 'lopend',
    category: 'Hoedanigheid',
    openAmount: 'Bijdragen en kosten',
    contributions: 'Sociale bijdragen',
    refunds: 'Terugbetaalde bijdragen (af te trekken)',
    deductible: 'Aftrekbaar bedrag',
    notDeductible: 'Betaald maar niet aftrekbaar',
    legalCosts: 'Gerechtskosten',
    unallocated: 'Niet toegewezen betalingen',
    verificationCode: 'Verificatiecode',
  },
  categories: {
    main: 'zelfstandige in hoofdberoep',
    complementary: 'zelfstandige in bijberoep',
    'helping-spouse': 'meewerkende echtgenoot',
    student: 'student-zelfstandige',
    'active-pensioner': 'actief gepensioneerde',
    company: 'vennootschap onderworpen aan de vennootschapsbijdrage',
  },
  verification: (code, phone) =>
    `Verificatiecode: ${code}. Wie dit attest voorgelegd krijgt, kan de echtheid ervan met deze code bij ons fonds nagaan (${phone}).`,
  previewWithoutCode: 'Voorbeeld: de verificatiecode wordt toegekend wanneer het attest wordt uitgereikt.',
  affiliationCertificate: {
    subject: () => 'Attest van aansluiting',
    body: (d) => [
      d.isCompany
        ? `Wij verklaren dat ${d.recipient.name}${d.identifier === undefined ? '' : `, ondernemingsnummer ${d.identifier},`} bij ons sociaal verzekeringsfonds aangesloten is als vennootschap onderworpen aan de jaarlijkse vennootschapsbijdrage (wet van 30 december 1992, art. 88 tot 95), voor de onderstaande periode.`
        : `Wij verklaren dat ${d.recipient.name}${d.identifier === undefined ? '' : `, INSZ ${d.identifier},`} bij ons sociaal verzekeringsfonds voor zelfstandigen aangesloten is (koninklijk besluit nr. 38 van 27 juli 1967), voor de periodes en in de hoedanigheid hieronder vermeld.`,
      `Toestand op ${day(d.asOf)}.`,
    ],
  },
  regularityCertificate: {
    subject: (d) => `Attest van regelmatige betaling van de bijdragen op ${day(d.asOf)}`,
    body: (d) =>
      d.open.length === 0
        ? [
            `Wij verklaren dat ${d.recipient.name}${d.identifier === undefined ? '' : ` (${d.identifier})`} op ${day(d.asOf)} in orde is met de betaling van de sociale bijdragen: alle op die datum vervallen bijdragen en kosten zijn betaald.`,
          ]
        : [
            `Wij verklaren dat ${d.recipient.name}${d.identifier === undefined ? '' : ` (${d.identifier})`} op ${day(d.asOf)} aan ons fonds nog de onderstaande bedragen verschuldigd is, in totaal ${euros(d.totalOpen)}.`,
          ],
  },
  paymentCertificate: {
    subject: (d) => `Betalingsattest van ${day(d.periodFrom)} tot ${day(d.periodTo)}`,
    body: (d) => [
      `Wij verklaren dat wij van ${d.recipient.name}${d.identifier === undefined ? '' : ` (${d.identifier})`} van ${day(d.periodFrom)} tot ${day(d.periodTo)} de onderstaande betalingen hebben ontvangen, voor een totaal van ${euros(d.total)}.`,
    ],
  },
  taxCertificate: {
    subject: (d) => `Fiscaal attest – sociale bijdragen betaald in ${d.year}`,
    body: (d) => [
      `Wij verklaren dat ${d.recipient.name} in de loop van ${d.year} de onderstaande bedragen aan ons fonds heeft betaald, voor een totaal van ${euros(d.total)}, waarvan ${euros(d.breakdown.deductible)} aftrekbaar.`,
      'De sociale bijdragen en beheerskosten die in de loop van het jaar zijn betaald, zijn aftrekbaar als beroepskosten (Wetboek van de inkomstenbelastingen 1992, art. 52, 7°), na aftrek van de bijdragen die u in hetzelfde jaar werden terugbetaald. Verhogingen en gerechtskosten zijn niet aftrekbaar. Dit attest wordt afgegeven voor uw belastingaangifte.',
    ],
  },
  closingFormula: ['Dit attest wordt op verzoek van de betrokkene afgegeven om te dienen als bewijs.'],
};
