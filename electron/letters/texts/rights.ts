/**
 * The rights letters in the three languages, kept apart from fr.ts, nl.ts and de.ts: information
 * after an event (the fund acts by itself where the law asks it: maternity aid, AR du 17 janvier
 * 2006), the decision on an application (motivated: loi du 29 juillet 1991, art. 2 and 3; Charte de
 * l'assuré social, art. 13 and 14, the appeal route of the other decision letters), and the reminder
 * of a deadline to apply. The legal basis is named in the letter's language: the rule tables cite
 * their sources in one language only, and stay in the letter's recorded data.
 */
import type { LifeEventKind, RightKind } from '../../../shared/domain/rights/types';
import type {
  Language,
  RightsDecisionData,
  RightsDeadlineReminderData,
  RightsInformationData,
  RightsLetterAmount,
} from '../letter-data';
import { formatAmount, formatLongDate } from '../print-format';
import type { KindTexts, Paragraphs } from './letter-texts';

export type RightsTexts = {
  right: Record<RightKind, string>;
  event: Record<LifeEventKind, string>;
  amount: (amount: RightsLetterAmount) => string;
  /** The law each right rests on, in the letter's language (the rule tables cite their sources in one language only). */
  legalBasis: Record<RightKind, string>;
  /** The decision's own basis: the charter's mentions and the duty to motivate. */
  decisionBasis: string;
  titles: { facts: string; legalBasis: string; decision: string; motivation: string; schedule: string; next: string };
  scheduleHeaders: readonly [string, string, string];
  /** Printed when the schedule lists fewer months than granted: later amounts are not published yet. */
  scheduleLater: string;
  information: {
    subject: (d: RightsInformationData) => string;
    body: (d: RightsInformationData) => Paragraphs;
  };
  decision: {
    subject: (d: RightsDecisionData) => string;
    facts: (d: RightsDecisionData) => Paragraphs;
    outcome: (d: RightsDecisionData) => Paragraphs;
    next: (d: RightsDecisionData) => Paragraphs;
  };
  reminder: {
    subject: (d: RightsDeadlineReminderData) => string;
    body: (d: RightsDeadlineReminderData) => Paragraphs;
  };
};

const eventOn = (d: { event: { kind: LifeEventKind; date: string } | null }, texts: RightsTexts, language: Language) =>
  d.event === null ? '' : `${texts.event[d.event.kind]} (${formatLongDate(d.event.date, language)})`;

const fr: RightsTexts = {
  right: {
    'bridging-right': 'droit passerelle',
    'maternity-aid': 'aide à la maternité (titres-services)',
    'illness-assimilation': 'assimilation de trimestres pour incapacité de travail',
    'continued-insurance': 'assurance continuée',
    'pension-information': 'information pension',
  },
  event: {
    birth: 'naissance',
    adoption: 'adoption',
    bankruptcy: 'faillite',
    cessation: 'cessation d’activité',
    incapacity: 'incapacité de travail',
    'incapacity-end': 'fin de l’incapacité de travail',
    'pension-age': 'âge de la pension',
  },
  amount: (a) =>
    a.kind === 'monthly-benefit'
      ? `${formatAmount(a.monthly, 'fr')} par mois pendant ${a.months} mois`
      : a.kind === 'service-vouchers'
        ? `${a.count} titres-services gratuits, à utiliser du ${formatLongDate(a.usableFrom, 'fr')} au ${formatLongDate(a.usableUntil, 'fr')}`
        : a.kind === 'quarterly-contribution'
          ? `une cotisation de ${formatAmount(a.quarterly, 'fr')} par trimestre`
          : `trimestres assimilés : ${a.quarters.join(', ')}`,
  legalBasis: {
    'bridging-right':
      'Loi du 22 décembre 2016 instaurant un droit passerelle en faveur des travailleurs indépendants, telle que modifiée à partir du 1er janvier 2023, et son arrêté royal d’exécution.',
    'maternity-aid':
      'Arrêté royal du 17 janvier 2006 instaurant un régime d’assurance maternité en faveur des travailleuses indépendantes.',
    'illness-assimilation':
      'Arrêté royal n° 38 du 27 juillet 1967 organisant le statut social des travailleurs indépendants et ses arrêtés d’exécution (assimilation des périodes d’incapacité de travail).',
    'continued-insurance':
      'Arrêté royal n° 38 du 27 juillet 1967 organisant le statut social des travailleurs indépendants et ses arrêtés d’exécution (assurance continuée).',
    'pension-information':
      'Arrêté royal n° 72 du 10 novembre 1967 relatif à la pension de retraite et de survie des travailleurs indépendants.',
  },
  decisionBasis:
    'Charte de l’assuré social (loi du 11 avril 1995), art. 13 et 14 ; loi du 29 juillet 1991 relative à la motivation formelle des actes administratifs.',
  titles: {
    facts: 'Votre situation',
    legalBasis: 'Base légale',
    decision: 'Décision de la caisse',
    motivation: 'Motivation',
    schedule: 'Calendrier des paiements',
    next: 'Et maintenant ?',
  },
  scheduleHeaders: ['Mois', 'Payé le', 'Montant'],
  scheduleLater:
    'Les mois suivants seront payés au montant en vigueur à ce moment, dès sa publication (les montants sont indexés).',
  information: {
    subject: (d) => `Vos droits – ${fr.right[d.right]}`,
    body: (d) => [
      `Nous avons appris la ${eventOn(d, fr, 'fr')}. Cet événement peut vous ouvrir un droit : ${fr.right[d.right]}.`,
      ...(d.amount === null ? [] : [`Selon les éléments de votre dossier : ${fr.amount(d.amount)}.`]),
      d.right === 'maternity-aid'
        ? 'La caisse agit d’elle-même : vous n’avez pas de demande à introduire. Vos titres-services vous seront envoyés ; contactez-nous si votre situation a changé.'
        : `Pour en bénéficier, introduisez votre demande auprès de votre bureau${d.deadline === null ? '' : ` au plus tard le ${formatLongDate(d.deadline, 'fr')}`}.`,
    ],
  },
  decision: {
    subject: (d) => `Décision – ${fr.right[d.right]}`,
    facts: (d) => [
      `Par votre demande du ${formatLongDate(d.filedOn, 'fr')}, vous avez sollicité le ${fr.right[d.right]}${d.event === null ? '' : ` à la suite de votre ${eventOn(d, fr, 'fr')}`}.`,
    ],
    outcome: (d) => [
      d.outcome === 'granted'
        ? `Le ${formatLongDate(d.decidedOn, 'fr')}, la caisse vous a accordé ce droit${d.amount === null ? '' : ` : ${fr.amount(d.amount)}`}.`
        : `Le ${formatLongDate(d.decidedOn, 'fr')}, la caisse a refusé votre demande.`,
    ],
    next: (d) =>
      d.outcome === 'granted'
        ? [
            'Prévenez-nous sans délai de toute reprise d’activité, professionnelle ou non, pendant la période accordée : elle met fin aux paiements.',
          ]
        : ['Si votre situation change, vous pouvez introduire une nouvelle demande.'],
  },
  reminder: {
    subject: (d) => `Rappel – ${fr.right[d.right]}`,
    body: (d) => [
      `À la suite de votre ${eventOn(d, fr, 'fr')}, vous pouvez demander le ${fr.right[d.right]}.`,
      `Le délai pour introduire votre demande expire le ${formatLongDate(d.deadline, 'fr')}. Passé cette date, le droit ne pourra plus vous être accordé.`,
    ],
  },
};

const nl: RightsTexts = {
  right: {
    'bridging-right': 'overbruggingsrecht',
    'maternity-aid': 'moederschapshulp (dienstencheques)',
    'illness-assimilation': 'gelijkstelling van kwartalen wegens arbeidsongeschiktheid',
    'continued-insurance': 'voortgezette verzekering',
    'pension-information': 'pensioeninformatie',
  },
  event: {
    birth: 'geboorte',
    adoption: 'adoptie',
    bankruptcy: 'faillissement',
    cessation: 'stopzetting van de activiteit',
    incapacity: 'arbeidsongeschiktheid',
    'incapacity-end': 'einde van de arbeidsongeschiktheid',
    'pension-age': 'pensioenleeftijd',
  },
  amount: (a) =>
    a.kind === 'monthly-benefit'
      ? `${formatAmount(a.monthly, 'nl')} per maand gedurende ${a.months} maanden`
      : a.kind === 'service-vouchers'
        ? `${a.count} gratis dienstencheques, te gebruiken van ${formatLongDate(a.usableFrom, 'nl')} tot ${formatLongDate(a.usableUntil, 'nl')}`
        : a.kind === 'quarterly-contribution'
          ? `een bijdrage van ${formatAmount(a.quarterly, 'nl')} per kwartaal`
          : `gelijkgestelde kwartalen: ${a.quarters.join(', ')}`,
  legalBasis: {
    'bridging-right':
      'Wet van 22 december 2016 tot invoering van een overbruggingsrecht ten gunste van zelfstandigen, zoals gewijzigd vanaf 1 januari 2023, en het uitvoeringsbesluit ervan.',
    'maternity-aid':
      'Koninklijk besluit van 17 januari 2006 tot invoering van een regeling inzake moederschapshulp ten gunste van zelfstandige vrouwen.',
    'illness-assimilation':
      'Koninklijk besluit nr. 38 van 27 juli 1967 houdende inrichting van het sociaal statuut der zelfstandigen en de uitvoeringsbesluiten ervan (gelijkstelling van periodes van arbeidsongeschiktheid).',
    'continued-insurance':
      'Koninklijk besluit nr. 38 van 27 juli 1967 houdende inrichting van het sociaal statuut der zelfstandigen en de uitvoeringsbesluiten ervan (voortgezette verzekering).',
    'pension-information':
      'Koninklijk besluit nr. 72 van 10 november 1967 betreffende het rust- en overlevingspensioen der zelfstandigen.',
  },
  decisionBasis:
    'Handvest van de sociaal verzekerde (wet van 11 april 1995), art. 13 en 14; wet van 29 juli 1991 betreffende de uitdrukkelijke motivering van de bestuurshandelingen.',
  titles: {
    facts: 'Uw situatie',
    legalBasis: 'Rechtsgrond',
    decision: 'Beslissing van het fonds',
    motivation: 'Motivering',
    schedule: 'Betalingskalender',
    next: 'Wat nu?',
  },
  scheduleHeaders: ['Maand', 'Betaald op', 'Bedrag'],
  scheduleLater:
    'De volgende maanden worden betaald tegen het bedrag dat dan van kracht is, zodra het bekendgemaakt is (de bedragen worden geïndexeerd).',
  information: {
    subject: (d) => `Uw rechten – ${nl.right[d.right]}`,
    body: (d) => [
      `Wij vernamen de ${eventOn(d, nl, 'nl')}. Deze gebeurtenis kan u een recht openen: ${nl.right[d.right]}.`,
      ...(d.amount === null ? [] : [`Volgens de gegevens van uw dossier: ${nl.amount(d.amount)}.`]),
      d.right === 'maternity-aid'
        ? 'Het fonds handelt uit eigen beweging: u hoeft geen aanvraag in te dienen. Uw dienstencheques worden u toegestuurd; neem contact met ons op als uw situatie veranderd is.'
        : `Om het te krijgen, dient u uw aanvraag in bij uw kantoor${d.deadline === null ? '' : `, uiterlijk op ${formatLongDate(d.deadline, 'nl')}`}.`,
    ],
  },
  decision: {
    subject: (d) => `Beslissing – ${nl.right[d.right]}`,
    facts: (d) => [
      `Met uw aanvraag van ${formatLongDate(d.filedOn, 'nl')} hebt u het ${nl.right[d.right]} gevraagd${d.event === null ? '' : ` na uw ${eventOn(d, nl, 'nl')}`}.`,
    ],
    outcome: (d) => [
      d.outcome === 'granted'
        ? `Op ${formatLongDate(d.decidedOn, 'nl')} heeft het fonds u dit recht toegekend${d.amount === null ? '' : `: ${nl.amount(d.amount)}`}.`
        : `Op ${formatLongDate(d.decidedOn, 'nl')} heeft het fonds uw aanvraag geweigerd.`,
    ],
    next: (d) =>
      d.outcome === 'granted'
        ? [
            'Meld ons onmiddellijk elke hervatting van een activiteit, beroepsmatig of niet, tijdens de toegekende periode: de betalingen stoppen dan.',
          ]
        : ['Verandert uw situatie, dan kunt u een nieuwe aanvraag indienen.'],
  },
  reminder: {
    subject: (d) => `Herinnering – ${nl.right[d.right]}`,
    body: (d) => [
      `Na uw ${eventOn(d, nl, 'nl')} kunt u het ${nl.right[d.right]} aanvragen.`,
      `De termijn om uw aanvraag in te dienen verstrijkt op ${formatLongDate(d.deadline, 'nl')}. Daarna kan het recht u niet meer worden toegekend.`,
    ],
  },
};

const de: RightsTexts = {
  right: {
    'bridging-right': 'Überbrückungsrecht',
    'maternity-aid': 'Mutterschaftshilfe (Dienstleistungsschecks)',
    'illness-assimilation': 'Gleichstellung von Quartalen wegen Arbeitsunfähigkeit',
    'continued-insurance': 'fortgesetzte Versicherung',
    'pension-information': 'Pensionsinformation',
  },
  event: {
    birth: 'Geburt',
    adoption: 'Adoption',
    bankruptcy: 'Konkurs',
    cessation: 'Einstellung der Tätigkeit',
    incapacity: 'Arbeitsunfähigkeit',
    'incapacity-end': 'Ende der Arbeitsunfähigkeit',
    'pension-age': 'Pensionsalter',
  },
  amount: (a) =>
    a.kind === 'monthly-benefit'
      ? `${formatAmount(a.monthly, 'de')} pro Monat während ${a.months} Monaten`
      : a.kind === 'service-vouchers'
        ? `${a.count} kostenlose Dienstleistungsschecks, zu verwenden vom ${formatLongDate(a.usableFrom, 'de')} bis zum ${formatLongDate(a.usableUntil, 'de')}`
        : a.kind === 'quarterly-contribution'
          ? `ein Beitrag von ${formatAmount(a.quarterly, 'de')} pro Quartal`
          : `gleichgestellte Quartale: ${a.quarters.join(', ')}`,
  legalBasis: {
    'bridging-right':
      'Gesetz vom 22. Dezember 2016 zur Einführung eines Überbrückungsrechts zugunsten der Selbständigen, in der ab dem 1. Januar 2023 geltenden Fassung, und sein Ausführungserlass.',
    'maternity-aid':
      'Königlicher Erlass vom 17. Januar 2006 zur Einführung einer Mutterschaftshilfe zugunsten selbständiger Frauen.',
    'illness-assimilation':
      'Königlicher Erlass Nr. 38 vom 27. Juli 1967 zur Einführung des Sozialstatuts der Selbständigen und seine Ausführungserlasse (Gleichstellung von Zeiten der Arbeitsunfähigkeit).',
    'continued-insurance':
      'Königlicher Erlass Nr. 38 vom 27. Juli 1967 zur Einführung des Sozialstatuts der Selbständigen und seine Ausführungserlasse (fortgesetzte Versicherung).',
    'pension-information':
      'Königlicher Erlass Nr. 72 vom 10. November 1967 über die Ruhestands- und Hinterbliebenenpension der Selbständigen.',
  },
  decisionBasis:
    'Charta der Sozialversicherten (Gesetz vom 11. April 1995), Art. 13 und 14; Gesetz vom 29. Juli 1991 über die ausdrückliche Begründung der Verwaltungsakte.',
  titles: {
    facts: 'Ihre Lage',
    legalBasis: 'Rechtsgrundlage',
    decision: 'Entscheidung der Kasse',
    motivation: 'Begründung',
    schedule: 'Zahlungsplan',
    next: 'Wie geht es weiter?',
  },
  scheduleHeaders: ['Monat', 'Gezahlt am', 'Betrag'],
  scheduleLater:
    'Die folgenden Monate werden zum dann geltenden Betrag gezahlt, sobald er veröffentlicht ist (die Beträge werden indexiert).',
  information: {
    subject: (d) => `Ihre Rechte – ${de.right[d.right]}`,
    body: (d) => [
      `Wir haben von folgendem Ereignis erfahren: ${eventOn(d, de, 'de')}. Es kann Ihnen ein Recht eröffnen: ${de.right[d.right]}.`,
      ...(d.amount === null ? [] : [`Nach den Angaben Ihrer Akte: ${de.amount(d.amount)}.`]),
      d.right === 'maternity-aid'
        ? 'Die Kasse handelt von sich aus: Sie müssen keinen Antrag stellen. Ihre Dienstleistungsschecks werden Ihnen zugesandt; wenden Sie sich an uns, wenn sich Ihre Lage geändert hat.'
        : `Um es zu erhalten, stellen Sie Ihren Antrag bei Ihrem Büro${d.deadline === null ? '' : ` spätestens am ${formatLongDate(d.deadline, 'de')}`}.`,
    ],
  },
  decision: {
    subject: (d) => `Entscheidung – ${de.right[d.right]}`,
    facts: (d) => [
      `Mit Ihrem Antrag vom ${formatLongDate(d.filedOn, 'de')} haben Sie das ${de.right[d.right]} beantragt${d.event === null ? '' : ` (Ereignis: ${eventOn(d, de, 'de')})`}.`,
    ],
    outcome: (d) => [
      d.outcome === 'granted'
        ? `Am ${formatLongDate(d.decidedOn, 'de')} hat die Kasse Ihnen dieses Recht gewährt${d.amount === null ? '' : `: ${de.amount(d.amount)}`}.`
        : `Am ${formatLongDate(d.decidedOn, 'de')} hat die Kasse Ihren Antrag abgelehnt.`,
    ],
    next: (d) =>
      d.outcome === 'granted'
        ? [
            'Teilen Sie uns unverzüglich jede Wiederaufnahme einer Tätigkeit, beruflich oder nicht, während des gewährten Zeitraums mit: Sie beendet die Zahlungen.',
          ]
        : ['Ändert sich Ihre Lage, können Sie einen neuen Antrag stellen.'],
  },
  reminder: {
    subject: (d) => `Erinnerung – ${de.right[d.right]}`,
    body: (d) => [
      `Nach folgendem Ereignis können Sie das ${de.right[d.right]} beantragen: ${eventOn(d, de, 'de')}.`,
      `Die Frist für Ihren Antrag läuft am ${formatLongDate(d.deadline, 'de')} ab. Danach kann das Recht nicht mehr gewährt werden.`,
    ],
  },
};

export const rightsTexts: Readonly<Record<Language, RightsTexts>> = { fr, nl, de };

/** The kinds' subject and main body, as the shared letter texts list every kind. */
export function rightsKindTexts(language: Language): {
  rightsInformation: KindTexts<RightsInformationData>;
  rightsDecision: KindTexts<RightsDecisionData>;
  rightsDeadlineReminder: KindTexts<RightsDeadlineReminderData>;
} {
  const texts = rightsTexts[language];
  return {
    rightsInformation: texts.information,
    rightsDecision: { subject: texts.decision.subject, body: texts.decision.outcome },
    rightsDeadlineReminder: texts.reminder,
  };
}
