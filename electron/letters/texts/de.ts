/**
 * German wording (the German-speaking Community's usage). Legal references: Königlicher Erlass Nr. 38
 * vom 27. Juli 1967 (Sozialstatut der Selbständigen); Charta der Sozialversicherten (Gesetz vom
 * 11. April 1995), Art. 14 und Art. 23 (drei Monate für die Beschwerde); Gerichtsgesetzbuch Art. 704,
 * 728, 1017. See docs/letters.md.
 */
import { cents, type Cents } from '../../../shared/domain/money';
import { formatAmount as amount, formatLongDate as date, formatQuarter } from '../print-format';
import { decisionTexts } from './decision';
import { certificatesDe } from './certificates-de';
import { cessationConfirmationTexts } from './cessation-confirmation';
import { rightsKindTexts } from './rights';
import type { LetterTexts } from './letter-texts';
import { paymentReceiptTexts } from './payment-receipt';

const quarter = (year: number, index: number): string => formatQuarter(year, index, 'de');
const euros = (value: Cents): string => amount(value, 'de');
const day = (iso: string): string => date(iso, 'de');

export const de: LetterTexts = {
  language: 'de',
  page: (current, count) => `Seite ${current}/${count}`,
  labels: {
    caseReference: 'Unser Zeichen',
    identifier: 'Erkennungsnummer',
    date: 'Datum',
    contact: 'Ihr Ansprechpartner',
    subject: 'Betreff',
    amount: 'Betrag',
    dueDate: 'Zu zahlen spätestens am',
    beneficiary: 'Empfänger',
    iban: 'IBAN',
    bic: 'BIC',
    communication: 'Strukturierte Mitteilung',
    scanToPay: 'Scannen Sie diesen Code mit Ihrer Banking-App',
    toPay: 'Zahlung',
    total: 'Gesamt',
    period: 'Zeitraum',
    contribution: 'Beitrag',
    managementFees: 'Verwaltungskosten',
    surcharges: 'Erhöhungen',
    costs: 'Kosten',
    description: 'Bezeichnung',
    debit: 'Soll',
    credit: 'Haben',
    balance: 'Saldo',
    openingBalance: 'Saldo zu Beginn des Zeitraums',
    closingBalance: 'Zu zahlender Saldo',
    instalment: 'Rate',
    downPayment: 'Anzahlung',
    paidProvisional: 'Gezahlte vorläufige Beiträge',
    paidOn: 'Gezahlt am',
    reasons: 'Begründung der Entscheidung',
    appeal: 'Beschwerdemöglichkeiten',
    commitment: 'Unsere Dienstleistungsverpflichtung',
    signatureAffiliate: 'Gelesen und genehmigt, Datum und Unterschrift des Angeschlossenen',
    registeredMail: 'Einschreiben',
    forTheFund: 'Für die Kasse',
  },
  salutation: 'Sehr geehrte Damen und Herren,',
  closing: 'Mit freundlichen Grüßen',
  salutationTo: (a) => (a.sex === 'F' ? `Sehr geehrte Frau ${a.lastName},` : `Sehr geehrter Herr ${a.lastName},`),
  closingTo: () => 'Mit freundlichen Grüßen',
  paymentIntro:
    'Bitte zahlen Sie mit den nachstehenden Angaben. Dank der strukturierten Mitteilung können wir Ihre Zahlung sofort zuordnen.',
  appeal: (court) => [
    `Wenn Sie mit dieser Entscheidung nicht einverstanden sind, können Sie bei Strafe des Verfalls innerhalb von drei Monaten ab der Notifizierung dieses Schreibens beim ${court.name}, ${court.address}, Beschwerde einreichen (Charta der Sozialversicherten, Gesetz vom 11. April 1995, Art. 23).`,
    'Die Beschwerde wird durch einen schriftlichen Antrag eingereicht, den Sie bei der Kanzlei des Gerichts hinterlegen oder per Einschreiben senden (Gerichtsgesetzbuch, Art. 704).',
    'Sie können persönlich erscheinen oder sich durch einen Rechtsanwalt, durch einen Delegierten einer repräsentativen Organisation der Selbständigen oder durch Ihren Ehepartner, einen Verwandten oder einen Verschwägerten mit schriftlicher Vollmacht vertreten lassen (Gerichtsgesetzbuch, Art. 728).',
    'Außer bei leichtfertiger und schikanöser Beschwerde trägt die Einrichtung die Verfahrenskosten (Gerichtsgesetzbuch, Art. 1017 Absatz 2).',
  ],
  explanations: (phone, advisor) =>
    `Für Erläuterungen zu diesem Schreiben steht Ihnen ${advisor} unter ${phone} zur Verfügung.`,
  teams: {
    recovery: { label: 'Abteilung Beitreibung', inSentence: 'unsere Abteilung Beitreibung' },
    contributions: { label: 'Abteilung Beiträge', inSentence: 'unsere Abteilung Beiträge' },
    affiliation: { label: 'Abteilung Anschlüsse', inSentence: 'unsere Abteilung Anschlüsse' },
  },
  enterpriseNumber: 'Unternehmensnummer',
  privacy: {
    title: 'Schutz Ihrer personenbezogenen Daten',
    short: (p) =>
      `${p.controller} verarbeitet Ihre personenbezogenen Daten gemäß der DSGVO. Ihre Rechte und die Kontaktdaten unseres Datenschutzbeauftragten: ${p.noticeUrl}`,
    notice: (p) => [
      `Verantwortlicher: ${p.controller}, ${p.address}. Wir verarbeiten Ihre personenbezogenen Daten, um Ihren Anschluss zu verwalten, Ihre Sozialbeiträge zu berechnen und einzuziehen und Ihre sozialen Rechte zu eröffnen, in Ausführung des Königlichen Erlasses Nr. 38 vom 27. Juli 1967 (DSGVO, Art. 6 Abs. 1 Buchst. c und e).`,
      'Ihre Daten werden über die Zentrale Datenbank der sozialen Sicherheit dem LISVS und den Einrichtungen der sozialen Sicherheit in den gesetzlichen Grenzen übermittelt und so lange aufbewahrt, wie die Vorschriften es verlangen.',
      `Sie können Ihre Daten einsehen und berichtigen lassen und, in den von der DSGVO vorgesehenen Fällen (Art. 15 bis 22), ihre Verarbeitung einschränken lassen oder ihr widersprechen. Wenden Sie sich an unseren Datenschutzbeauftragten: ${p.dpoEmail}. Sie können auch bei der Datenschutzbehörde Beschwerde einreichen (www.datenschutzbehorde.be).`,
      `Unsere vollständige Datenschutzerklärung: ${p.noticeUrl}.`,
    ],
  },
  reasons: {
    'conditions-met': 'Die gesetzlichen Bedingungen sind erfüllt.',
    'not-main-activity': 'Selbständige im Nebenberuf können keine Befreiung erhalten.',
    'no-financial-difficulty':
      'Die Unterlagen belegen keine vorübergehenden finanziellen oder wirtschaftlichen Schwierigkeiten, die Sie an der Zahlung Ihrer Beiträge hindern.',
    'request-late': 'Der Antrag wurde mehr als zwölf Monate nach dem betreffenden Quartal gestellt.',
    'contributions-unpaid':
      'Die Beiträge des betreffenden Quartals waren zum Zeitpunkt des Antrags nicht vollständig gezahlt.',
    'no-admissible-ground':
      'Es wurde kein zulässiger Grund (höhere Gewalt, guter Glaube oder berücksichtigenswerte Lage) nachgewiesen.',
  },
  categories: {
    main: 'im Hauptberuf',
    complementary: 'im Nebenberuf',
    'helping-spouse': 'als mithelfender Ehepartner',
    student: 'als Student-Selbständiger',
  },
  // A noun phrase only where the status has one; "für eine selbständige Tätigkeit" avoids a masculine "Selbständiger".
  confirmationCategory: (category, sex) =>
    ({
      main: 'für eine selbständige Tätigkeit im Hauptberuf',
      complementary: 'für eine selbständige Tätigkeit im Nebenberuf',
      'helping-spouse':
        sex === 'F' ? 'als mithelfende Ehepartnerin (Maxistatut)' : 'als mithelfender Ehepartner (Maxistatut)',
      student: sex === 'F' ? 'als Student-Selbständige' : 'als Student-Selbständiger',
    })[category],
  commitment: [
    'Eine schnelle und professionelle Bearbeitung Ihres Anschlusses und eine rasche Antwort auf jede Ihrer Fragen.',
    'Korrekte, klare und rechtzeitig versandte Fälligkeitsmitteilungen; Erläuterungen zur Berechnung Ihrer Beiträge.',
    'Bei Zahlungsschwierigkeiten passende Lösungen: Abzahlungsplan, Befreiung, Reduzierung der vorläufigen Beiträge.',
    'Vor jeder gerichtlichen Beitreibung Zahlungserinnerungen, Kontoauszüge und eine Inverzugsetzung; ein persönlicher Kontakt vor der ersten gerichtlichen Beitreibung.',
    'Jede Ablehnung wird begründet und nennt die Beschwerdemöglichkeiten.',
    'Die strikte Vertraulichkeit Ihrer Daten.',
  ],
  companyReminder: {
    subject: (d) => `Zahlungserinnerung – Jahresbeitrag zu Lasten der Gesellschaften ${d.company.year}`,
    body: (d) => [
      `Sofern uns kein Fehler unterlaufen ist, haben wir die Zahlung des Jahresbeitrags zu Lasten der Gesellschaften ${d.company.year} der Gesellschaft ${d.company.name} (Unternehmensnummer ${d.company.enterpriseNumber}) noch nicht erhalten. Auf den unbezahlten Betrag ist eine Erhöhung von 1 % pro Kalendermonat Verzug geschuldet.`,
      `Wir bitten Sie, ${euros(d.payment.amount)} spätestens am ${day(d.payment.dueDate)} zu zahlen. Falls Sie inzwischen gezahlt haben, betrachten Sie diese Erinnerung bitte als gegenstandslos. Die Mandatsträger der Gesellschaft haften gesamtschuldnerisch für die Zahlung.`,
      'Hat die Gesellschaft Zahlungsschwierigkeiten, nehmen Sie bitte Kontakt mit uns auf: Gemeinsam suchen wir die passende Lösung (Abzahlungsplan).',
    ],
  },
  kinds: {
    dueNotice: {
      subject: (d) => `Fälligkeitsmitteilung – vorläufiger Sozialbeitrag ${quarter(d.year, d.quarter)}`,
      body: (d) => [
        `Ihr vorläufiger Sozialbeitrag für das ${quarter(d.year, d.quarter)} wird auf der Grundlage eines Referenzeinkommens von ${euros(d.incomeBase)} für eine Tätigkeit ${de.categories[d.category]} berechnet (Königlicher Erlass Nr. 38 vom 27. Juli 1967).`,
        `Der Betrag muss spätestens am ${day(d.payment.dueDate)} auf unserem Konto gutgeschrieben sein.`,
        'Wird nicht fristgerecht gezahlt, ist am Ende des Quartals und danach am Ende jedes folgenden Quartals eine Erhöhung von 3 % auf den unbezahlten Teil geschuldet. Haben Sie Zahlungsschwierigkeiten, wenden Sie sich bitte umgehend an uns: Ein Abzahlungsplan oder ein Antrag auf Befreiung ist möglich.',
      ],
    },
    regularisationNotice: {
      subject: (d) => `Regularisierung Ihrer Sozialbeiträge ${d.year}`,
      body: (d) => [
        `Die Steuerverwaltung hat uns Ihr endgültiges Berufseinkommen ${d.year} mitgeteilt: ${euros(d.definitiveIncome)}. Auf dieser Grundlage haben wir die endgültigen Beiträge des Jahres neu berechnet und stellen sie nachstehend den gezahlten vorläufigen Beiträgen gegenüber.`,
        d.balance >= 0
          ? `Daraus ergibt sich eine Nachzahlung von ${euros(d.balance)}, die spätestens am ${day(d.payment?.dueDate ?? d.issueDate)} zu zahlen ist. Andernfalls sind die gesetzlichen Erhöhungen von 3 % pro Quartal auf den unbezahlten Teil geschuldet.`
          : `Sie haben ${euros(cents(-d.balance))} zu viel gezahlt. Wir erstatten Ihnen diesen Betrag${d.refundIban === undefined ? '' : ` auf das Konto ${d.refundIban}`}, sofern er nicht zur Begleichung einer anderen Beitragsschuld dient.`,
      ],
    },
    reminder: {
      subject: () => 'Zahlungserinnerung – unbezahlte Sozialbeiträge',
      body: (d) => [
        'Sofern uns kein Fehler unterlaufen ist, haben wir die Zahlung der nachstehenden Beiträge noch nicht erhalten. Die gesetzlichen Erhöhungen werden auf den unbezahlten Teil der Beiträge berechnet.',
        `Wir bitten Sie, ${euros(d.payment.amount)} spätestens am ${day(d.payment.dueDate)} zu zahlen. Falls Sie inzwischen gezahlt haben, betrachten Sie diese Erinnerung bitte als gegenstandslos.`,
        'Haben Sie Zahlungsschwierigkeiten, nehmen Sie bitte Kontakt mit uns auf: Gemeinsam suchen wir die passende Lösung (Abzahlungsplan, Antrag auf Befreiung).',
      ],
    },
    accountStatement: {
      subject: (d) => `Auszug Ihres Beitragskontos vom ${day(d.periodFrom)} bis zum ${day(d.periodTo)}`,
      body: (d) => [
        'Nachstehend finden Sie den Stand Ihres Sozialbeitragskontos für den angegebenen Zeitraum: die angeforderten Beträge, Ihre Zahlungen und den Saldo.',
        d.closingBalance > 0
          ? `Der geschuldete Saldo beträgt ${euros(d.closingBalance)}. Bitte zahlen Sie ihn spätestens am ${day(d.payment?.dueDate ?? d.periodTo)}.`
          : 'Ihr Konto ist am Ende des Zeitraums ausgeglichen. Vielen Dank für Ihre regelmäßigen Zahlungen.',
      ],
    },
    formalNotice: {
      subject: () => 'Inverzugsetzung vor gerichtlicher Beitreibung',
      body: (d) => [
        'Trotz unserer Zahlungserinnerungen sind die nachstehenden Sozialbeiträge weiterhin unbezahlt. Sie sind aufgrund des Königlichen Erlasses Nr. 38 vom 27. Juli 1967 zur Einführung des Sozialstatuts der Selbständigen geschuldet; die Erhöhungen betragen 3 % pro Quartal und 7 % am 1. Januar auf den unbezahlten Teil der Beiträge.',
        `Mit diesem Einschreiben setzen wir Sie in Verzug und fordern Sie auf, den Betrag von ${euros(d.payment.amount)} innerhalb von ${d.graceDays} Tagen, also spätestens am ${day(d.payment.dueDate)}, zu zahlen.`,
        'Andernfalls leiten wir ohne weitere Ankündigung die gerichtliche Beitreibung unserer Forderung ein, durch Ladung vor das Arbeitsgericht oder durch einen von einem Gerichtsvollzieher zugestellten Zwangsbefehl. Die Zustellungs- und Vollstreckungskosten, die das Gesetz dem Schuldner auferlegt, kommen dann zu Ihrer Schuld hinzu.',
        'Die Erhöhungen laufen auf dem unbezahlten Teil der Beiträge bis zur vollständigen Zahlung weiter: Der obige Betrag ist zum Datum dieses Schreibens berechnet.',
        'Können Sie diesen Betrag nicht auf einmal zahlen, wenden Sie sich bitte vor diesem Datum an uns: Gemeinsam prüfen wir einen Abzahlungsplan.',
        'Bestreiten Sie die Schuld und rufen Sie das Gericht an, entscheidet dieses über die Verfahrenskosten (Gerichtsgesetzbuch, Art. 1017).',
      ],
    },
    paymentPlanProposal: {
      subject: () => 'Vorschlag eines Abzahlungsplans',
      body: (d) => [
        `Wie besprochen schlagen wir Ihnen vor, Ihre Schuld von ${euros(d.debtTotal)} nach dem nachstehenden Plan zu begleichen: eine Anzahlung von ${euros(d.downPayment.amount)} spätestens am ${day(d.downPayment.dueDate)}, danach ${d.instalments.length} Monatsraten.`,
        'Die laufenden Beiträge bleiben zusätzlich zu den Raten an ihrem Fälligkeitsdatum geschuldet. Die gesetzlichen Erhöhungen laufen während des Plans weiter; deren Erlass können Sie beantragen, sobald die Beiträge gezahlt sind. Solange der Plan eingehalten wird, leiten wir keine Zwangsbeitreibung ein. Wird eine Rate nicht gezahlt, endet der Plan und die Beitreibung wird fortgesetzt.',
        `Wenn Sie einverstanden sind, senden Sie uns bitte spätestens am ${day(d.answerBy ?? d.downPayment.dueDate)} ein unterschriebenes Exemplar zurück.`,
      ],
    },
    paymentPlanAgreement: {
      subject: () => 'Vereinbarter Abzahlungsplan',
      body: (d) => [
        `Wir bestätigen den am ${day(d.agreedOn ?? d.issueDate)} vereinbarten Abzahlungsplan für Ihre Schuld von ${euros(d.debtTotal)} nach dem nachstehenden Plan.`,
        'Die laufenden Beiträge bleiben zusätzlich zu den Raten an ihrem Fälligkeitsdatum geschuldet. Die gesetzlichen Erhöhungen laufen während des Plans weiter. Solange der Plan eingehalten wird, leiten wir keine Zwangsbeitreibung ein. Wird eine Rate nicht gezahlt, endet der Plan und die Beitreibung wird fortgesetzt.',
        'Verwenden Sie bitte für jede Zahlung die nachstehende strukturierte Mitteilung.',
      ],
    },
    cessationConfirmation: cessationConfirmationTexts.de,
    rightsInformation: rightsKindTexts('de').rightsInformation,
    rightsDecision: rightsKindTexts('de').rightsDecision,
    rightsDeadlineReminder: rightsKindTexts('de').rightsDeadlineReminder,
    affiliationConfirmation: {
      subject: () => 'Bestätigung Ihres Anschlusses',
      body: (d) => [
        `Wir freuen uns, Ihren Anschluss bei unserer Kasse ab dem ${day(d.startDate)} ${de.confirmationCategory(d.category, d.addressee?.sex)} zu bestätigen.`,
        `Ihr vorläufiger Beitrag beträgt ${euros(d.firstQuarterContribution)} pro Quartal, Verwaltungskosten inbegriffen. Vor jeder Quartalsfälligkeit erhalten Sie eine Fälligkeitsmitteilung.`,
        `Ihre zuständige Geschäftsstelle: ${d.branchName} (${d.branchPhone}). Nachstehend finden Sie eine Zusammenfassung unserer Dienstleistungsverpflichtung.`,
      ],
    },
    taxCertificate: certificatesDe.taxCertificate,
    affiliationCertificate: certificatesDe.affiliationCertificate,
    regularityCertificate: certificatesDe.regularityCertificate,
    paymentCertificate: certificatesDe.paymentCertificate,
    companyContributionNotice: {
      subject: (d) => `Jahresbeitrag zu Lasten der Gesellschaften ${d.year}`,
      body: (d) => [
        `Die Gesellschaft ${d.companyName} (Unternehmensnummer ${d.enterpriseNumber}) schuldet den Jahresbeitrag zu Lasten der Gesellschaften für ${d.year} (Gesetz vom 30. Dezember 1992, Art. 88 bis 95). Der Betrag hängt von der Bilanzsumme des vorletzten abgeschlossenen Geschäftsjahres ab: ${d.bracket === 'small' ? 'Grundbetrag' : 'erhöhter Betrag'}.`,
        `Der Betrag von ${euros(d.amount)} ist spätestens am ${day(d.payment.dueDate)} zu zahlen. Bei verspäteter Zahlung ist eine Erhöhung von 1 % pro Kalendermonat Verzug geschuldet. Die Mandatsträger der Gesellschaft haften gesamtschuldnerisch für die Zahlung.`,
      ],
    },
    decision: decisionTexts.de.kind,
    complaintAnswer: {
      subject: (d) => `Antwort auf Ihre Beschwerde vom ${day(d.receivedOn)}`,
      body: (d) => [
        `Am ${day(d.receivedOn)} haben Sie sich über „${d.complaintSubject}“ beschwert. Wir danken Ihnen für Ihren Hinweis und antworten Ihnen wie folgt.`,
        `Sind Sie mit dieser Antwort nicht zufrieden oder möchten Sie darüber sprechen, steht Ihnen ${d.advisorName}, zuständig für Ihre Akte, gerne zur Verfügung.`,
      ],
    },
    paymentReceipt: paymentReceiptTexts.de,
  },
};
