/**
 * French wording. Legal references: arrêté royal n° 38 du 27 juillet 1967 (statut social) and its
 * arrêté d'exécution du 19 décembre 1967; Charte de l'assuré social (loi du 11 avril 1995), art. 14
 * (mentions of a decision) and art. 23 (three months to appeal); Code judiciaire art. 704, 728, 1017.
 * Figures and practice: docs/belgian-rules.md §3.4, §4, §5, §6 (see docs/letters.md).
 */
import { cents, type Cents } from '../../../shared/domain/money';
import { formatAmount as amount, formatLongDate as date, formatQuarter } from '../print-format';
import { decisionTexts } from './decision';
import { certificatesFr } from './certificates-fr';
import { cessationConfirmationTexts } from './cessation-confirmation';
import { rightsKindTexts } from './rights';
import type { LetterTexts } from './letter-texts';
import { paymentReceiptTexts } from './payment-receipt';

const quarter = (year: number, index: number): string => formatQuarter(year, index, 'fr');
const euros = (value: Cents): string => amount(value, 'fr');
const day = (iso: string): string => date(iso, 'fr');

export const fr: LetterTexts = {
  language: 'fr',
  page: (current, count) => `Page ${current}/${count}`,
  labels: {
    caseReference: 'Notre référence',
    identifier: 'Numéro d’identification',
    date: 'Date',
    contact: 'Votre contact',
    subject: 'Objet',
    amount: 'Montant',
    dueDate: 'À payer au plus tard le',
    beneficiary: 'Bénéficiaire',
    iban: 'IBAN',
    bic: 'BIC',
    communication: 'Communication structurée',
    scanToPay: 'Scannez ce code avec votre application bancaire',
    toPay: 'Paiement',
    total: 'Total',
    period: 'Période',
    contribution: 'Cotisation',
    managementFees: 'Frais de gestion',
    surcharges: 'Majorations',
    costs: 'Frais',
    description: 'Libellé',
    debit: 'Débit',
    credit: 'Crédit',
    balance: 'Solde',
    openingBalance: 'Solde au début de la période',
    closingBalance: 'Solde à payer',
    instalment: 'Échéance',
    downPayment: 'Acompte',
    paidProvisional: 'Cotisations provisoires payées',
    paidOn: 'Payé le',
    reasons: 'Motifs de la décision',
    appeal: 'Possibilités de recours',
    commitment: 'Notre engagement de service',
    signatureAffiliate: 'Lu et approuvé, date et signature de l’affilié',
    registeredMail: 'Envoi recommandé',
    forTheFund: 'Pour la caisse',
  },
  salutation: 'Madame, Monsieur,',
  closing: 'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.',
  salutationTo: (a) => (a.sex === 'F' ? 'Madame,' : 'Monsieur,'),
  closingTo: (a) =>
    `Nous vous prions d’agréer, ${a.sex === 'F' ? 'Madame' : 'Monsieur'}, l’expression de nos salutations distinguées.`,
  paymentIntro:
    'Merci d’effectuer votre paiement avec les données ci-dessous. La communication structurée nous permet d’affecter votre paiement sans délai.',
  appeal: (court) => [
    `Si vous n’êtes pas d’accord, vous pouvez introduire un recours auprès du ${court.name}, ${court.address}, dans les trois mois de la notification de la présente lettre, à peine de déchéance (Charte de l’assuré social, loi du 11 avril 1995, art. 23).`,
    'Le recours est introduit par une requête écrite déposée au greffe du tribunal ou envoyée par lettre recommandée (Code judiciaire, art. 704).',
    'Vous pouvez comparaître en personne ou vous faire représenter par un avocat, par un délégué d’une organisation représentative des travailleurs indépendants, ou par votre conjoint, un parent ou un allié porteur d’une procuration écrite (Code judiciaire, art. 728).',
    'Sauf recours téméraire et vexatoire, les dépens de la procédure sont à la charge de l’institution (Code judiciaire, art. 1017, alinéa 2).',
  ],
  explanations: (phone, advisor) =>
    `Pour toute explication sur ce courrier, ${advisor} est à votre disposition au ${phone}.`,
  teams: {
    recovery: { label: 'Service recouvrement', inSentence: 'notre service recouvrement' },
    contributions: { label: 'Service cotisations', inSentence: 'notre service cotisations' },
    affiliation: { label: 'Service affiliation', inSentence: 'notre service affiliation' },
  },
  enterpriseNumber: 'N° d’entreprise',
  privacy: {
    title: 'Protection de vos données personnelles',
    short: (p) =>
      `${p.controller} traite vos données personnelles conformément au RGPD. Vos droits et le contact de notre délégué à la protection des données : ${p.noticeUrl}`,
    notice: (p) => [
      `Responsable du traitement : ${p.controller}, ${p.address}. Nous traitons vos données personnelles pour gérer votre affiliation, calculer et percevoir vos cotisations sociales et ouvrir vos droits sociaux, en exécution de l’arrêté royal n° 38 du 27 juillet 1967 (RGPD, art. 6.1, c et e).`,
      'Vos données sont communiquées à l’INASTI et aux institutions de sécurité sociale par la Banque Carrefour de la sécurité sociale, dans les limites prévues par la loi, et conservées aussi longtemps que la réglementation l’exige.',
      `Vous pouvez consulter vos données, les faire rectifier et, dans les cas prévus par le RGPD (art. 15 à 22), en faire limiter le traitement ou vous y opposer. Contactez notre délégué à la protection des données : ${p.dpoEmail}. Vous pouvez aussi introduire une plainte auprès de l’Autorité de protection des données (www.autoriteprotectiondonnees.be).`,
      `Notre déclaration de confidentialité complète : ${p.noticeUrl}.`,
    ],
  },
  reasons: {
    'conditions-met': 'Les conditions légales sont remplies.',
    'not-main-activity': 'La dispense n’est pas accessible aux indépendants à titre complémentaire.',
    'no-financial-difficulty':
      'Les éléments du dossier ne démontrent pas de difficultés financières ou économiques temporaires vous empêchant de payer vos cotisations.',
    'request-late': 'La demande a été introduite plus de douze mois après le trimestre concerné.',
    'contributions-unpaid':
      'Les cotisations du trimestre concerné n’étaient pas entièrement payées au moment de la demande.',
    'no-admissible-ground':
      'Aucun motif admissible (force majeure, bonne foi ou situation digne d’intérêt) n’a été établi.',
  },
  categories: {
    main: 'à titre principal',
    complementary: 'à titre complémentaire',
    'helping-spouse': 'en qualité de conjoint aidant',
    student: 'en qualité d’étudiant-indépendant',
  },
  confirmationCategory: (category, sex) => {
    const worker = sex === 'F' ? 'travailleuse indépendante' : 'travailleur indépendant';
    if (category === 'main') return `en qualité de ${worker} à titre principal`;
    if (category === 'complementary') return `en qualité de ${worker} à titre complémentaire`;
    if (category === 'helping-spouse')
      return `en qualité de ${sex === 'F' ? 'conjointe aidante' : 'conjoint aidant'} (maxi-statut)`;
    return sex === 'F' ? 'en qualité d’étudiante-indépendante' : 'en qualité d’étudiant-indépendant';
  },
  commitment: [
    'Un traitement rapide et professionnel de votre affiliation, et une réponse rapide à chacune de vos questions.',
    'Des avis d’échéance corrects, clairs et envoyés à temps ; des informations sur le calcul de vos cotisations.',
    'En cas de difficultés de paiement, des solutions adaptées : plan d’apurement, dispense, réduction des cotisations.',
    'Avant tout recouvrement judiciaire, des rappels, des relevés de compte et une mise en demeure ; un contact personnel avant le premier recouvrement judiciaire.',
    'Toute décision de refus est motivée et indique les possibilités de recours.',
    'Le respect absolu de la confidentialité de vos données.',
  ],
  companyReminder: {
    subject: (d) => `Rappel – cotisation annuelle à charge des sociétés ${d.company.year}`,
    body: (d) => [
      `Sauf erreur de notre part, nous n’avons pas encore reçu le paiement de la cotisation annuelle à charge des sociétés ${d.company.year} due par la société ${d.company.name} (numéro d’entreprise ${d.company.enterpriseNumber}). Une majoration de 1 % est due par mois civil de retard sur le montant impayé.`,
      `Nous vous invitons à payer ${euros(d.payment.amount)} au plus tard le ${day(d.payment.dueDate)}. Si vous avez payé entre-temps, vous pouvez ignorer ce rappel. Les mandataires de la société sont solidairement responsables du paiement.`,
      'Si la société rencontre des difficultés de paiement, prenez contact avec nous : nous chercherons avec vous la solution la plus adaptée (plan d’apurement).',
    ],
  },
  kinds: {
    dueNotice: {
      subject: (d) => `Avis d’échéance – cotisation sociale provisoire du ${quarter(d.year, d.quarter)}`,
      body: (d) => [
        `Votre cotisation sociale provisoire du ${quarter(d.year, d.quarter)} est calculée sur un revenu de référence de ${euros(d.incomeBase)}, pour une activité ${fr.categories[d.category]} (arrêté royal n° 38 du 27 juillet 1967).`,
        `Le montant doit être crédité sur notre compte au plus tard le ${day(d.payment.dueDate)}.`,
        'À défaut de paiement dans ce délai, une majoration de 3 % est due sur la partie impayée à la fin du trimestre, puis à la fin de chaque trimestre suivant. Si vous rencontrez des difficultés de paiement, contactez-nous sans attendre : un plan d’apurement ou une demande de dispense peuvent être envisagés.',
      ],
    },
    regularisationNotice: {
      subject: (d) => `Régularisation de vos cotisations sociales de ${d.year}`,
      body: (d) => [
        `L’administration fiscale nous a communiqué vos revenus professionnels définitifs de ${d.year} : ${euros(d.definitiveIncome)}. Nous avons recalculé sur cette base les cotisations définitives de l’année, et les comparons ci-dessous aux cotisations provisoires payées.`,
        d.balance >= 0
          ? `Il en résulte un supplément de ${euros(d.balance)}, à payer au plus tard le ${day(d.payment?.dueDate ?? d.issueDate)}. À défaut, les majorations légales de 3 % par trimestre sont dues sur la partie impayée.`
          : `Vous avez payé ${euros(cents(-d.balance))} de trop. Nous vous remboursons ce montant${d.refundIban === undefined ? '' : ` sur le compte ${d.refundIban}`}, sauf s’il sert à apurer une autre dette de cotisations.`,
      ],
    },
    reminder: {
      subject: () => 'Rappel – cotisations sociales impayées',
      body: (d) => [
        'Sauf erreur de notre part, nous n’avons pas encore reçu le paiement des cotisations reprises ci-dessous. Les majorations légales sont calculées sur la partie impayée des cotisations.',
        `Nous vous invitons à payer ${euros(d.payment.amount)} au plus tard le ${day(d.payment.dueDate)}. Si vous avez payé entre-temps, vous pouvez ignorer ce rappel.`,
        'Si vous rencontrez des difficultés de paiement, prenez contact avec nous : nous chercherons avec vous la solution la plus adaptée (plan d’apurement, demande de dispense).',
      ],
    },
    accountStatement: {
      subject: (d) => `Relevé de votre compte de cotisations du ${day(d.periodFrom)} au ${day(d.periodTo)}`,
      body: (d) => [
        'Voici l’état de votre compte de cotisations sociales pour la période indiquée : les montants réclamés, vos paiements et le solde.',
        d.closingBalance > 0
          ? `Le solde dû s’élève à ${euros(d.closingBalance)}. Merci de le payer au plus tard le ${day(d.payment?.dueDate ?? d.periodTo)}.`
          : 'Votre compte est en ordre à la fin de la période. Merci pour vos paiements réguliers.',
      ],
    },
    formalNotice: {
      subject: () => 'Mise en demeure avant recouvrement judiciaire',
      body: (d) => [
        'Malgré nos rappels, les cotisations sociales reprises ci-dessous restent impayées. Elles sont dues en vertu de l’arrêté royal n° 38 du 27 juillet 1967 organisant le statut social des travailleurs indépendants ; les majorations sont calculées à raison de 3 % par trimestre et de 7 % au 1er janvier sur la partie impayée des cotisations.',
        `Par la présente lettre recommandée, nous vous mettons en demeure de payer la somme de ${euros(d.payment.amount)} dans les ${d.graceDays} jours, soit au plus tard le ${day(d.payment.dueDate)}.`,
        'À défaut, nous procéderons sans autre avis au recouvrement judiciaire de notre créance, par citation devant le tribunal du travail ou par contrainte signifiée par huissier de justice. Les frais de signification et d’exécution que la loi met à charge du débiteur s’ajouteront alors à votre dette.',
        'Les majorations continuent à courir sur la partie impayée des cotisations jusqu’au paiement complet : le montant ci-dessus est arrêté à la date de cette lettre.',
        'Si vous ne pouvez pas payer ce montant en une fois, contactez-nous avant cette date : nous examinerons avec vous un plan d’apurement.',
        'Si vous contestez la dette et saisissez le tribunal, celui-ci statue sur les dépens de la procédure (Code judiciaire, art. 1017).',
      ],
    },
    paymentPlanProposal: {
      subject: () => 'Proposition de plan d’apurement',
      body: (d) => [
        `Comme convenu, nous vous proposons d’apurer votre dette de ${euros(d.debtTotal)} selon l’échéancier ci-dessous : un acompte de ${euros(d.downPayment.amount)} au plus tard le ${day(d.downPayment.dueDate)}, puis ${d.instalments.length} mensualités.`,
        'Les cotisations courantes restent dues à leur échéance, en plus des mensualités. Les majorations légales continuent à courir pendant le plan ; vous pourrez en demander l’exonération lorsque les cotisations seront payées. Tant que le plan est respecté, aucune procédure de recouvrement forcé n’est engagée. Si une échéance n’est pas payée, le plan prend fin et le recouvrement reprend.',
        `Si vous acceptez cette proposition, renvoyez-nous un exemplaire signé au plus tard le ${day(d.answerBy ?? d.downPayment.dueDate)}.`,
      ],
    },
    paymentPlanAgreement: {
      subject: () => 'Plan d’apurement convenu',
      body: (d) => [
        `Nous confirmons le plan d’apurement convenu le ${day(d.agreedOn ?? d.issueDate)} pour votre dette de ${euros(d.debtTotal)}, selon l’échéancier ci-dessous.`,
        'Les cotisations courantes restent dues à leur échéance, en plus des mensualités. Les majorations légales continuent à courir pendant le plan. Tant que le plan est respecté, aucune procédure de recouvrement forcé n’est engagée. Si une échéance n’est pas payée, le plan prend fin et le recouvrement reprend.',
        'Utilisez pour chaque paiement la communication structurée ci-dessous.',
      ],
    },
    cessationConfirmation: cessationConfirmationTexts.fr,
    rightsInformation: rightsKindTexts('fr').rightsInformation,
    rightsDecision: rightsKindTexts('fr').rightsDecision,
    rightsDeadlineReminder: rightsKindTexts('fr').rightsDeadlineReminder,
    affiliationConfirmation: {
      subject: () => 'Confirmation de votre affiliation',
      body: (d) => [
        `Nous avons le plaisir de confirmer votre affiliation à notre caisse à partir du ${day(d.startDate)}, ${fr.confirmationCategory(d.category, d.addressee?.sex)}.`,
        `Votre cotisation provisoire s’élève à ${euros(d.firstQuarterContribution)} par trimestre, frais de gestion compris. Vous recevrez un avis d’échéance avant chaque échéance trimestrielle.`,
        `Votre bureau régional : ${d.branchName} (${d.branchPhone}). Vous trouverez ci-dessous un résumé de notre engagement de service.`,
      ],
    },
    taxCertificate: certificatesFr.taxCertificate,
    affiliationCertificate: certificatesFr.affiliationCertificate,
    regularityCertificate: certificatesFr.regularityCertificate,
    paymentCertificate: certificatesFr.paymentCertificate,
    companyContributionNotice: {
      subject: (d) => `Cotisation annuelle à charge des sociétés ${d.year}`,
      body: (d) => [
        `La société ${d.companyName} (numéro d’entreprise ${d.enterpriseNumber}) est redevable de la cotisation annuelle à charge des sociétés pour ${d.year} (loi du 30 décembre 1992, art. 88 à 95). Le montant dépend du total du bilan de l’avant-dernier exercice clôturé : ${d.bracket === 'small' ? 'taux de base' : 'taux majoré'}.`,
        `Le montant de ${euros(d.amount)} doit être payé au plus tard le ${day(d.payment.dueDate)}. En cas de retard, une majoration de 1 % est due par mois civil de retard. Les mandataires de la société sont solidairement responsables du paiement.`,
      ],
    },
    decision: decisionTexts.fr.kind,
    complaintAnswer: {
      subject: (d) => `Réponse à votre plainte du ${day(d.receivedOn)}`,
      body: (d) => [
        `Le ${day(d.receivedOn)}, vous nous avez fait part d’une plainte concernant « ${d.complaintSubject} ». Nous vous remercions de nous l’avoir signalé et vous apportons la réponse suivante.`,
        `Si cette réponse ne vous satisfait pas ou si vous souhaitez en parler, ${d.advisorName}, qui suit votre dossier, se tient à votre disposition.`,
      ],
    },
    paymentReceipt: paymentReceiptTexts.fr,
  },
};
