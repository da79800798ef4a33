/**
 * The decision on an exemption or a surcharge waiver in the three languages, kept apart from fr.ts,
 * nl.ts and de.ts. A decision is motivated (loi du 29 juillet 1991, art. 2 and 3; Charte de l'assuré
 * social, art. 13 and 14): the facts of the request, the legal basis, INASTI's decision with its date
 * and reference, the reasons, the appeal (court, time limit, against whom) and what follows.
 * Legal basis: exemption, AR n° 38 of 27 July 1967, art. 17; surcharge waiver, AR of 19 December 1967,
 * art. 48 (docs/belgian-rules.md §4.2, §5.2). INASTI decides exemptions since 1 January 2019 (the
 * Commission des dispenses did before); it already decided waivers, so the date is stated for exemptions only.
 * Whether the labour court reviews a waiver refusal is not settled by a primary source we hold
 * (belgian-rules.md §4.2 cites third parties saying no appeal exists): the letter gives the appeal
 * route with its time limit, says the waiver is within INASTI's discretion, and leaves the extent of
 * the court's review to the court, so an affiliate is never told a right does not exist.
 */
import type { Cents } from '../../../shared/domain/money';
import type { DecisionData, DecisionGround, Language } from '../letter-data';
import { formatAmount, formatLongDate, formatQuarter } from '../print-format';
import type { KindTexts, Paragraphs } from './letter-texts';

export type DecisionTexts = {
  kind: KindTexts<DecisionData>;
  titles: { facts: string; decision: string; legalBasis: string; consequences: string };
  facts: (data: DecisionData, total: Cents) => Paragraphs;
  legalBasis: (data: DecisionData) => Paragraphs;
  /** INASTI's decision: who decided, when, under which reference; then the outcome. */
  decision: (data: DecisionData) => Paragraphs;
  /** Whom the appeal is brought against, and (waiver) the discretion it concerns. */
  appealAgainst: (data: DecisionData) => Paragraphs;
  consequences: (data: DecisionData) => Paragraphs;
  grounds: Readonly<Record<DecisionGround, string>>;
};

const quarters = (data: DecisionData, language: Language): string =>
  data.quarters.map((line) => formatQuarter(line.year, line.quarter, language)).join(', ');

const fr: DecisionTexts = {
  kind: {
    subject: (d) =>
      d.subject === 'exemption'
        ? 'Décision relative à votre demande de dispense de cotisations'
        : 'Décision relative à votre demande d’exonération des majorations',
    body: (d) => fr.decision(d),
  },
  titles: {
    facts: 'Votre demande',
    decision: 'Décision de l’INASTI',
    legalBasis: 'Base légale',
    consequences: 'Et maintenant ?',
  },
  facts: (d, total) => [
    `Par votre demande du ${formatLongDate(d.requestDate, 'fr')}, vous avez sollicité ${d.subject === 'exemption' ? 'une dispense des cotisations' : 'l’exonération des majorations'} des trimestres ${quarters(d, 'fr')}, soit ${formatAmount(total, 'fr')} au total.`,
    ...(d.grounds === undefined
      ? []
      : [
          `Motif invoqué : ${fr.grounds[d.grounds.code]}${d.grounds.text === undefined ? '' : ` (« ${d.grounds.text} »)`}.`,
        ]),
  ],
  legalBasis: (d) => [
    d.subject === 'exemption'
      ? 'Arrêté royal n° 38 du 27 juillet 1967 organisant le statut social des travailleurs indépendants, art. 17 (dispense de cotisations), et ses arrêtés d’exécution. Depuis le 1er janvier 2019, l’INASTI statue sur les demandes de dispense ; notre caisse instruit la demande et vous notifie la décision.'
      : 'Arrêté royal du 19 décembre 1967 portant règlement général en exécution de l’arrêté royal n° 38, art. 48 (exonération des majorations). L’INASTI statue sur ces demandes ; notre caisse instruit la demande et vous notifie sa décision.',
    'Charte de l’assuré social (loi du 11 avril 1995), art. 13 et 14 ; loi du 29 juillet 1991 relative à la motivation formelle des actes administratifs.',
  ],
  decision: (d) => [
    `L’INASTI a statué sur votre demande${d.authority?.decidedOn === undefined ? '' : ` le ${formatLongDate(d.authority.decidedOn, 'fr')}`}${d.authority?.reference === undefined ? '' : ` (référence ${d.authority.reference})`}.`,
    d.outcome === 'granted'
      ? `Votre demande est accordée pour un montant de ${formatAmount(d.grantedAmount, 'fr')}.`
      : d.outcome === 'partly-granted'
        ? `Votre demande est accordée partiellement, pour un montant de ${formatAmount(d.grantedAmount, 'fr')}. Elle est refusée pour le surplus.`
        : 'Votre demande est refusée.',
  ],
  appealAgainst: (d) => [
    'Le recours est dirigé contre l’INASTI (Institut national d’assurances sociales pour travailleurs indépendants, quai de Willebroeck 35, 1000 Bruxelles), auteur de la décision.',
    ...(d.subject === 'surcharge-waiver'
      ? [
          'L’exonération des majorations relève du pouvoir d’appréciation de l’INASTI ; il appartient au tribunal du travail de déterminer l’étendue du contrôle qu’il exerce sur cette décision.',
        ]
      : []),
  ],
  consequences: (d) =>
    d.subject === 'exemption'
      ? d.outcome === 'refused'
        ? [
            'Les cotisations des trimestres concernés restent dues. Tant qu’elles ne sont pas payées, les majorations légales continuent à courir (3 % par trimestre, 7 % au 1er janvier).',
            'Si vous ne pouvez pas payer en une fois, contactez-nous : un plan d’apurement est possible. Si votre situation change, vous pouvez introduire une nouvelle demande dans les douze mois qui suivent le trimestre concerné.',
          ]
        : [
            'Les trimestres dispensés ne comptent pas pour votre pension, sauf si vous payez les cotisations correspondantes dans les cinq ans.',
            ...(d.outcome === 'partly-granted'
              ? [
                  'Les cotisations non dispensées restent dues et les majorations légales continuent à courir sur la partie impayée. Un plan d’apurement est possible.',
                ]
              : []),
          ]
      : d.outcome === 'granted'
        ? ['Les majorations exonérées sont retirées de votre compte de cotisations.']
        : [
            'Les majorations non exonérées restent dues. Si vous ne pouvez pas les payer en une fois, contactez-nous : un plan d’apurement est possible.',
            'Vous pouvez introduire une nouvelle demande d’exonération si vous disposez d’éléments nouveaux.',
          ],
  grounds: {
    'financial-difficulty': 'difficultés financières ou économiques temporaires',
    'force-majeure': 'force majeure',
    'good-faith': 'bonne foi',
    'deserving-situation': 'situation digne d’intérêt',
    other: 'autre motif',
  },
};

const nl: DecisionTexts = {
  kind: {
    subject: (d) =>
      d.subject === 'exemption'
        ? 'Beslissing over uw aanvraag tot vrijstelling van bijdragen'
        : 'Beslissing over uw aanvraag tot kwijtschelding van de verhogingen',
    body: (d) => nl.decision(d),
  },
  titles: {
    facts: 'Uw aanvraag',
    decision: 'Beslissing van het RSVZ',
    legalBasis: 'Rechtsgrond',
    consequences: 'Wat nu?',
  },
  facts: (d, total) => [
    `Met uw aanvraag van ${formatLongDate(d.requestDate, 'nl')} hebt u ${d.subject === 'exemption' ? 'vrijstelling van de bijdragen' : 'kwijtschelding van de verhogingen'} gevraagd voor ${quarters(d, 'nl')}, samen ${formatAmount(total, 'nl')}.`,
    ...(d.grounds === undefined
      ? []
      : [
          `Ingeroepen reden: ${nl.grounds[d.grounds.code]}${d.grounds.text === undefined ? '' : ` (‘${d.grounds.text}’)`}.`,
        ]),
  ],
  legalBasis: (d) => [
    d.subject === 'exemption'
      ? 'Koninklijk besluit nr. 38 van 27 juli 1967 houdende inrichting van het sociaal statuut der zelfstandigen, art. 17 (vrijstelling van bijdragen), en de uitvoeringsbesluiten ervan. Sinds 1 januari 2019 beslist het RSVZ over aanvragen tot vrijstelling; ons fonds behandelt de aanvraag en deelt u de beslissing mee.'
      : 'Koninklijk besluit van 19 december 1967 houdende algemeen reglement in uitvoering van het koninklijk besluit nr. 38, art. 48 (kwijtschelding van de verhogingen). Het RSVZ beslist over deze aanvragen; ons fonds behandelt de aanvraag en deelt u zijn beslissing mee.',
    'Handvest van de sociaal verzekerde (wet van 11 april 1995), art. 13 en 14; wet van 29 juli 1991 betreffende de uitdrukkelijke motivering van de bestuurshandelingen.',
  ],
  decision: (d) => [
    `Het RSVZ heeft over uw aanvraag beslist${d.authority?.decidedOn === undefined ? '' : ` op ${formatLongDate(d.authority.decidedOn, 'nl')}`}${d.authority?.reference === undefined ? '' : ` (referentie ${d.authority.reference})`}.`,
    d.outcome === 'granted'
      ? `Uw aanvraag wordt toegekend voor een bedrag van ${formatAmount(d.grantedAmount, 'nl')}.`
      : d.outcome === 'partly-granted'
        ? `Uw aanvraag wordt gedeeltelijk toegekend, voor een bedrag van ${formatAmount(d.grantedAmount, 'nl')}. Voor het overige wordt ze geweigerd.`
        : 'Uw aanvraag wordt geweigerd.',
  ],
  appealAgainst: (d) => [
    'Het beroep wordt ingesteld tegen het RSVZ (Rijksinstituut voor de sociale verzekeringen der zelfstandigen, Willebroekkaai 35, 1000 Brussel), dat de beslissing heeft genomen.',
    ...(d.subject === 'surcharge-waiver'
      ? [
          'De kwijtschelding van verhogingen behoort tot de beoordelingsbevoegdheid van het RSVZ; de arbeidsrechtbank bepaalt zelf hoe ver haar toetsing van deze beslissing reikt.',
        ]
      : []),
  ],
  consequences: (d) =>
    d.subject === 'exemption'
      ? d.outcome === 'refused'
        ? [
            'De bijdragen van de betrokken kwartalen blijven verschuldigd. Zolang ze niet betaald zijn, lopen de wettelijke verhogingen verder (3 % per kwartaal, 7 % op 1 januari).',
            'Kunt u niet in één keer betalen, neem dan contact met ons op: een afbetalingsplan is mogelijk. Verandert uw situatie, dan kunt u een nieuwe aanvraag indienen binnen twaalf maanden na het betrokken kwartaal.',
          ]
        : [
            'De vrijgestelde kwartalen tellen niet mee voor uw pensioen, tenzij u de bijdragen binnen vijf jaar alsnog betaalt.',
            ...(d.outcome === 'partly-granted'
              ? [
                  'De niet vrijgestelde bijdragen blijven verschuldigd en de wettelijke verhogingen lopen verder op het onbetaalde deel. Een afbetalingsplan is mogelijk.',
                ]
              : []),
          ]
      : d.outcome === 'granted'
        ? ['De kwijtgescholden verhogingen worden van uw bijdragerekening geschrapt.']
        : [
            'De niet kwijtgescholden verhogingen blijven verschuldigd. Kunt u ze niet in één keer betalen, neem dan contact met ons op: een afbetalingsplan is mogelijk.',
            'U kunt een nieuwe aanvraag tot kwijtschelding indienen als u over nieuwe elementen beschikt.',
          ],
  grounds: {
    'financial-difficulty': 'tijdelijke financiële of economische moeilijkheden',
    'force-majeure': 'overmacht',
    'good-faith': 'goede trouw',
    'deserving-situation': 'behartigenswaardige situatie',
    other: 'andere reden',
  },
};

const de: DecisionTexts = {
  kind: {
    subject: (d) =>
      d.subject === 'exemption'
        ? 'Entscheidung über Ihren Antrag auf Befreiung von Beiträgen'
        : 'Entscheidung über Ihren Antrag auf Erlass der Beitragserhöhungen',
    body: (d) => de.decision(d),
  },
  titles: {
    facts: 'Ihr Antrag',
    decision: 'Entscheidung des LISVS',
    legalBasis: 'Rechtsgrundlage',
    consequences: 'Wie geht es weiter?',
  },
  facts: (d, total) => [
    `Mit Ihrem Antrag vom ${formatLongDate(d.requestDate, 'de')} haben Sie ${d.subject === 'exemption' ? 'die Befreiung von den Beiträgen' : 'den Erlass der Erhöhungen'} für ${quarters(d, 'de')} beantragt, insgesamt ${formatAmount(total, 'de')}.`,
    ...(d.grounds === undefined
      ? []
      : [
          `Angeführter Grund: ${de.grounds[d.grounds.code]}${d.grounds.text === undefined ? '' : ` („${d.grounds.text}“)`}.`,
        ]),
  ],
  legalBasis: (d) => [
    d.subject === 'exemption'
      ? 'Königlicher Erlass Nr. 38 vom 27. Juli 1967 zur Einführung des Sozialstatuts der Selbständigen, Art. 17 (Befreiung von Beiträgen), und seine Ausführungserlasse. Seit dem 1. Januar 2019 entscheidet das LISVS über Befreiungsanträge; unsere Kasse bearbeitet den Antrag und stellt Ihnen die Entscheidung zu.'
      : 'Königlicher Erlass vom 19. Dezember 1967 zur Einführung einer allgemeinen Regelung in Ausführung des Königlichen Erlasses Nr. 38, Art. 48 (Erlass der Erhöhungen). Das LISVS entscheidet über diese Anträge; unsere Kasse bearbeitet den Antrag und teilt Ihnen seine Entscheidung mit.',
    'Charta der Sozialversicherten (Gesetz vom 11. April 1995), Art. 13 und 14; Gesetz vom 29. Juli 1991 über die ausdrückliche Begründung der Verwaltungsakte.',
  ],
  decision: (d) => [
    `Das LISVS hat über Ihren Antrag entschieden${d.authority?.decidedOn === undefined ? '' : `, am ${formatLongDate(d.authority.decidedOn, 'de')}`}${d.authority?.reference === undefined ? '' : ` (Aktenzeichen ${d.authority.reference})`}.`,
    d.outcome === 'granted'
      ? `Ihrem Antrag wird in Höhe von ${formatAmount(d.grantedAmount, 'de')} stattgegeben.`
      : d.outcome === 'partly-granted'
        ? `Ihrem Antrag wird teilweise stattgegeben, in Höhe von ${formatAmount(d.grantedAmount, 'de')}. Im Übrigen wird er abgelehnt.`
        : 'Ihr Antrag wird abgelehnt.',
  ],
  appealAgainst: (d) => [
    'Die Klage ist gegen das LISVS (Landesinstitut der Sozialversicherungen für Selbständige, Willebroekkai 35, 1000 Brüssel) zu richten, das die Entscheidung getroffen hat.',
    ...(d.subject === 'surcharge-waiver'
      ? [
          'Der Erlass der Erhöhungen liegt im Ermessen des LISVS; das Arbeitsgericht bestimmt selbst, wie weit es diese Entscheidung überprüft.',
        ]
      : []),
  ],
  consequences: (d) =>
    d.subject === 'exemption'
      ? d.outcome === 'refused'
        ? [
            'Die Beiträge der betreffenden Quartale bleiben geschuldet. Solange sie nicht gezahlt sind, laufen die gesetzlichen Erhöhungen weiter (3 % pro Quartal, 7 % am 1. Januar).',
            'Können Sie nicht in einem Betrag zahlen, wenden Sie sich an uns: Ein Abzahlungsplan ist möglich. Ändert sich Ihre Lage, können Sie innerhalb von zwölf Monaten nach dem betreffenden Quartal einen neuen Antrag stellen.',
          ]
        : [
            'Die befreiten Quartale zählen nicht für Ihre Pension, es sei denn, Sie zahlen die entsprechenden Beiträge innerhalb von fünf Jahren nach.',
            ...(d.outcome === 'partly-granted'
              ? [
                  'Die nicht befreiten Beiträge bleiben geschuldet, und die gesetzlichen Erhöhungen laufen auf dem unbezahlten Teil weiter. Ein Abzahlungsplan ist möglich.',
                ]
              : []),
          ]
      : d.outcome === 'granted'
        ? ['Die erlassenen Erhöhungen werden von Ihrem Beitragskonto gestrichen.']
        : [
            'Die nicht erlassenen Erhöhungen bleiben geschuldet. Können Sie sie nicht in einem Betrag zahlen, wenden Sie sich an uns: Ein Abzahlungsplan ist möglich.',
            'Sie können einen neuen Antrag auf Erlass stellen, wenn Sie über neue Elemente verfügen.',
          ],
  grounds: {
    'financial-difficulty': 'vorübergehende finanzielle oder wirtschaftliche Schwierigkeiten',
    'force-majeure': 'höhere Gewalt',
    'good-faith': 'guter Glaube',
    'deserving-situation': 'berücksichtigenswerte Lage',
    other: 'sonstiger Grund',
  },
};

export const decisionTexts: Readonly<Record<Language, DecisionTexts>> = { fr, nl, de };
