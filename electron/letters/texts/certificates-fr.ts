/**
 * French wording of the attestations. Affiliation: arrêté royal n° 38 du 27 juillet 1967; company
 * contribution: loi du 30 décembre 1992, art. 88 à 95. Tax certificate: CIR 92 art. 52, 7°, and the
 * funds' practice on fees, refunds, surcharges and legal costs (shared/domain/attestation/tax-deductible.ts).
 */
import type { Cents } from '../../../shared/domain/money';
import { formatAmount, formatLongDate } from '../print-format';
import type { CertificateTexts } from './certificate-texts';

const euros = (value: Cents): string => formatAmount(value, 'fr');
const day = (iso: string): string => formatLongDate(iso, 'fr');

export const certificatesFr: CertificateTexts = {
  language: 'fr',
  labels: {
    from: 'Du',
    to: 'Au',
    ongoing: 'en cours',
    category: 'Qualité',
    openAmount: 'Cotisations et frais',
    contributions: 'Cotisations sociales',
    refunds: 'Cotisations remboursées (à déduire)',
    deductible: 'Montant déductible',
    notDeductible: 'Payé mais non déductible',
    legalCosts: 'Frais de justice',
    unallocated: 'Paiements non imputés',
    verificationCode: 'Code de vérification',
  },
  categories: {
    main: 'travailleur indépendant à titre principal',
    complementary: 'travailleur indépendant à titre complémentaire',
    'helping-spouse': 'conjoint aidant',
    student: 'étudiant-indépendant',
    'active-pensioner': 'pensionné actif',
    company: 'société assujettie à la cotisation des sociétés',
  },
  verification: (code, phone) =>
    `Code de vérification : ${code}. Toute personne à qui cette attestation est présentée peut en vérifier l’authenticité auprès de notre caisse (${phone}) au moyen de ce code.`,
  previewWithoutCode: 'Aperçu : le code de vérification est attribué lors de l’émission de l’attestation.',
  affiliationCertificate: {
    subject: () => 'Attestation d’affiliation',
    body: (d) => [
      d.isCompany
        ? `Nous attestons que ${d.recipient.name}${d.identifier === undefined ? '' : `, numéro d’entreprise ${d.identifier},`} est affiliée à notre caisse d’assurances sociales comme société assujettie à la cotisation annuelle des sociétés (loi du 30 décembre 1992, art. 88 à 95), pour la période reprise ci-dessous.`
        : `Nous attestons l’affiliation de ${d.recipient.name}${d.identifier === undefined ? '' : `, NISS ${d.identifier},`} à notre caisse d’assurances sociales pour travailleurs indépendants (arrêté royal n° 38 du 27 juillet 1967), pour les périodes et en la qualité reprises ci-dessous.`,
      `Situation au ${day(d.asOf)}.`,
    ],
  },
  regularityCertificate: {
    subject: (d) => `Attestation de régularité de cotisations au ${day(d.asOf)}`,
    body: (d) =>
      d.open.length === 0
        ? [
            `Nous attestons que ${d.recipient.name}${d.identifier === undefined ? '' : ` (${d.identifier})`} est en ordre de cotisations sociales au ${day(d.asOf)} : toutes les cotisations et frais échus à cette date ont été payés.`,
          ]
        : [
            `Nous attestons qu’au ${day(d.asOf)}, ${d.recipient.name}${d.identifier === undefined ? '' : ` (${d.identifier})`} reste redevable envers notre caisse des montants repris ci-dessous, soit ${euros(d.totalOpen)} au total.`,
          ],
  },
  paymentCertificate: {
    subject: (d) => `Attestation de paiement du ${day(d.periodFrom)} au ${day(d.periodTo)}`,
    body: (d) => [
      `Nous attestons avoir reçu de ${d.recipient.name}${d.identifier === undefined ? '' : ` (${d.identifier})`}, du ${day(d.periodFrom)} au ${day(d.periodTo)}, les paiements repris ci-dessous, pour un total de ${euros(d.total)}.`,
    ],
  },
  taxCertificate: {
    subject: (d) => `Attestation fiscale – cotisations sociales payées en ${d.year}`,
    body: (d) => [
      `Nous attestons que ${d.recipient.name} a payé à notre caisse, au cours de l’année ${d.year}, les montants repris ci-dessous, pour un total de ${euros(d.total)}, dont ${euros(d.breakdown.deductible)} déductibles.`,
      'Les cotisations sociales et les frais de gestion payés au cours de l’année sont déductibles à titre de frais professionnels (Code des impôts sur les revenus 1992, art. 52, 7°), sous déduction des cotisations qui vous ont été remboursées au cours de la même année. Les majorations et les frais de justice ne sont pas déductibles. Cette attestation est délivrée pour votre déclaration fiscale.',
    ],
  },
  closingFormula: ['Attestation délivrée à la demande de l’intéressé, pour servir et valoir ce que de droit.'],
};
