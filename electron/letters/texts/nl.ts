/**
 * Dutch wording. Legal references: koninklijk besluit nr. 38 van 27 juli 1967 (sociaal statuut der
 * zelfstandigen); Handvest van de sociaal verzekerde (wet van 11 april 1995), art. 14 and art. 23
 * (three months to appeal); Gerechtelijk Wetboek art. 704, 728, 1017. See docs/letters.md.
 */
import { cents, type Cents } from '../../../shared/domain/money';
import { formatAmount as amount, formatLongDate as date, formatQuarter } from '../print-format';
import { decisionTexts } from './decision';
import { certificatesNl } from './certificates-nl';
import { cessationConfirmationTexts } from './cessation-confirmation';
import { rightsKindTexts } from './rights';
import type { LetterTexts } from './letter-texts';
import { paymentReceiptTexts } from './payment-receipt';

const quarter = (year: number, index: number): string => formatQuarter(year, index, 'nl');
const euros = (value: Cents): string => amount(value, 'nl');
const day = (iso: string): string => date(iso, 'nl');

export const nl: LetterTexts = {
  language: 'nl',
  page: (current, count) => `Pagina ${current}/${count}`,
  labels: {
    caseReference: 'Onze referentie',
    identifier: 'Identificatienummer',
    date: 'Datum',
    contact: 'Uw contactpersoon',
    subject: 'Betreft',
    amount: 'Bedrag',
    dueDate: 'Te betalen uiterlijk op',
    beneficiary: 'Begunstigde',
    iban: 'IBAN',
    bic: 'BIC',
    communication: 'Gestructureerde mededeling',
    scanToPay: 'Scan deze code met uw bankapp',
    toPay: 'Betaling',
    total: 'Totaal',
    period: 'Periode',
    contribution: 'Bijdrage',
    managementFees: 'Beheerskosten',
    surcharges: 'Verhogingen',
    costs: 'Kosten',
    description: 'Omschrijving',
    debit: 'Debet',
    credit: 'Credit',
    balance: 'Saldo',
    openingBalance: 'Saldo bij het begin van de periode',
    closingBalance: 'Te betalen saldo',
    instalment: 'Afbetaling',
    downPayment: 'Voorschot',
    paidProvisional: 'Betaalde voorlopige bijdragen',
    paidOn: 'Betaald op',
    reasons: 'Motivering van de beslissing',
    appeal: 'Beroepsmogelijkheden',
    commitment: 'Onze dienstverlening',
    signatureAffiliate: 'Gelezen en goedgekeurd, datum en handtekening van de aangeslotene',
    registeredMail: 'Aangetekende zending',
    forTheFund: 'Voor het fonds',
  },
  salutation: 'Geachte mevrouw, geachte heer,',
  closing: 'Met vriendelijke groeten',
  salutationTo: (a) => `Geachte ${a.sex === 'F' ? 'mevrouw' : 'heer'} ${a.lastName},`,
  closingTo: () => 'Met vriendelijke groeten',
  paymentIntro:
    'Gelieve te betalen met de onderstaande gegevens. Dankzij de gestructureerde mededeling kunnen wij uw betaling meteen boeken.',
  appeal: (court) => [
    `Als u het niet eens bent, kunt u beroep instellen bij de ${court.name}, ${court.address}, binnen drie maanden na de kennisgeving van deze brief, op straffe van verval (Handvest van de sociaal verzekerde, wet van 11 april 1995, art. 23).`,
    'Het beroep wordt ingesteld met een verzoekschrift dat u neerlegt op de griffie van de rechtbank of aangetekend opstuurt (Gerechtelijk Wetboek, art. 704).',
    'U kunt zelf verschijnen of u laten vertegenwoordigen door een advocaat, door een afgevaardigde van een representatieve organisatie van zelfstandigen, of door uw echtgenoot of een bloed- of aanverwant met een schriftelijke volmacht (Gerechtelijk Wetboek, art. 728).',
    'Behalve bij een roekeloos en tergend geding zijn de gerechtskosten ten laste van de instelling (Gerechtelijk Wetboek, art. 1017, tweede lid).',
  ],
  explanations: (phone, advisor) => `Voor uitleg over deze brief kunt u terecht bij ${advisor} op ${phone}.`,
  teams: {
    recovery: { label: 'Dienst invordering', inSentence: 'onze dienst invordering' },
    contributions: { label: 'Dienst bijdragen', inSentence: 'onze dienst bijdragen' },
    affiliation: { label: 'Dienst aansluitingen', inSentence: 'onze dienst aansluitingen' },
  },
  enterpriseNumber: 'Ondernemingsnummer',
  privacy: {
    title: 'Bescherming van uw persoonsgegevens',
    short: (p) =>
      `${p.controller} verwerkt uw persoonsgegevens volgens de AVG. Uw rechten en de contactgegevens van onze functionaris voor gegevensbescherming: ${p.noticeUrl}`,
    notice: (p) => [
      `Verwerkingsverantwoordelijke: ${p.controller}, ${p.address}. Wij verwerken uw persoonsgegevens om uw aansluiting te beheren, uw sociale bijdragen te berekenen en te innen en uw sociale rechten te openen, ter uitvoering van het koninklijk besluit nr. 38 van 27 juli 1967 (AVG, art. 6.1, c en e).`,
      'Uw gegevens worden via de Kruispuntbank van de Sociale Zekerheid meegedeeld aan het RSVZ en de socialezekerheidsinstellingen, binnen de grenzen van de wet, en bewaard zolang de regelgeving dat vereist.',
      `U kunt uw gegevens inzien en laten verbeteren en, in de gevallen waarin de AVG voorziet (art. 15 tot 22), de verwerking laten beperken of er bezwaar tegen maken. Neem contact op met onze functionaris voor gegevensbescherming: ${p.dpoEmail}. U kunt ook een klacht indienen bij de Gegevensbeschermingsautoriteit (www.gegevensbeschermingsautoriteit.be).`,
      `Onze volledige privacyverklaring: ${p.noticeUrl}.`,
    ],
  },
  reasons: {
    'conditions-met': 'De wettelijke voorwaarden zijn vervuld.',
    'not-main-activity': 'Zelfstandigen in bijberoep komen niet in aanmerking voor een vrijstelling.',
    'no-financial-difficulty':
      'De stukken van het dossier tonen geen tijdelijke financiële of economische moeilijkheden aan die u beletten uw bijdragen te betalen.',
    'request-late': 'De aanvraag werd meer dan twaalf maanden na het betrokken kwartaal ingediend.',
    'contributions-unpaid':
      'De bijdragen van het betrokken kwartaal waren op het ogenblik van de aanvraag niet volledig betaald.',
    'no-admissible-ground':
      'Er werd geen aanvaardbare reden aangetoond (overmacht, goede trouw of behartigenswaardige situatie).',
  },
  categories: {
    main: 'in hoofdberoep',
    complementary: 'in bijberoep',
    'helping-spouse': 'als meewerkende echtgenoot',
    student: 'als student-zelfstandige',
  },
  confirmationCategory: (category) =>
    ({
      main: 'als zelfstandige in hoofdberoep',
      complementary: 'als zelfstandige in bijberoep',
      'helping-spouse': 'als meewerkende echtgenoot (maxistatuut)',
      student: 'als student-zelfstandige',
    })[category],
  commitment: [
    'Een snelle en professionele behandeling van uw aansluiting, en een snel antwoord op elk van uw vragen.',
    'Correcte en duidelijke vervaldagberichten, tijdig verstuurd; uitleg over de berekening van uw bijdragen.',
    'Bij betalingsmoeilijkheden oplossingen op maat: afbetalingsplan, vrijstelling, vermindering van de bijdragen.',
    'Vóór elke gerechtelijke invordering herinneringen, rekeninguittreksels en een ingebrekestelling; een persoonlijk contact vóór de eerste gerechtelijke invordering.',
    'Elke weigering wordt gemotiveerd en vermeldt de beroepsmogelijkheden.',
    'Strikte vertrouwelijkheid van uw gegevens.',
  ],
  companyReminder: {
    subject: (d) => `Herinnering – jaarlijkse vennootschapsbijdrage ${d.company.year}`,
    body: (d) => [
      `Behoudens vergissing hebben wij de betaling van de jaarlijkse vennootschapsbijdrage ${d.company.year} van de vennootschap ${d.company.name} (ondernemingsnummer ${d.company.enterpriseNumber}) nog niet ontvangen. Op het onbetaalde bedrag is een verhoging van 1 % per kalendermaand vertraging verschuldigd.`,
      `Wij vragen u ${euros(d.payment.amount)} te betalen, uiterlijk op ${day(d.payment.dueDate)}. Hebt u intussen betaald, dan mag u deze herinnering als onbestaande beschouwen. De bestuurders van de vennootschap zijn hoofdelijk aansprakelijk voor de betaling.`,
      'Heeft de vennootschap betalingsmoeilijkheden, neem dan contact met ons op: samen zoeken wij de meest geschikte oplossing (afbetalingsplan).',
    ],
  },
  kinds: {
    dueNotice: {
      subject: (d) => `Vervaldagbericht – voorlopige sociale bijdrage ${quarter(d.year, d.quarter)}`,
      body: (d) => [
        `Uw voorlopige sociale bijdrage voor het ${quarter(d.year, d.quarter)} wordt berekend op een referentie-inkomen van ${euros(d.incomeBase)}, voor een activiteit ${nl.categories[d.category]} (koninklijk besluit nr. 38 van 27 juli 1967).`,
        `Het bedrag moet uiterlijk op ${day(d.payment.dueDate)} op onze rekening staan.`,
        'Betaalt u niet binnen die termijn, dan is een verhoging van 3 % verschuldigd op het onbetaalde deel aan het einde van het kwartaal, en daarna aan het einde van elk volgend kwartaal. Hebt u betalingsmoeilijkheden, neem dan meteen contact met ons op: een afbetalingsplan of een aanvraag tot vrijstelling is mogelijk.',
      ],
    },
    regularisationNotice: {
      subject: (d) => `Regularisatie van uw sociale bijdragen ${d.year}`,
      body: (d) => [
        `De belastingadministratie heeft ons uw definitieve beroepsinkomen van ${d.year} meegedeeld: ${euros(d.definitiveIncome)}. Op basis daarvan hebben wij de definitieve bijdragen van dat jaar herberekend; hieronder vergelijken wij ze met de betaalde voorlopige bijdragen.`,
        d.balance >= 0
          ? `U moet nog een supplement van ${euros(d.balance)} betalen, uiterlijk op ${day(d.payment?.dueDate ?? d.issueDate)}. Anders zijn de wettelijke verhogingen van 3 % per kwartaal verschuldigd op het onbetaalde deel.`
          : `U hebt ${euros(cents(-d.balance))} te veel betaald. Wij storten dat bedrag terug${d.refundIban === undefined ? '' : ` op rekening ${d.refundIban}`}, tenzij het dient om een andere bijdrageschuld aan te zuiveren.`,
      ],
    },
    reminder: {
      subject: () => 'Herinnering – onbetaalde sociale bijdragen',
      body: (d) => [
        'Behoudens vergissing hebben wij de betaling van de onderstaande bijdragen nog niet ontvangen. De wettelijke verhogingen worden berekend op het onbetaalde deel van de bijdragen.',
        `Wij vragen u ${euros(d.payment.amount)} te betalen, uiterlijk op ${day(d.payment.dueDate)}. Hebt u intussen betaald, dan mag u deze herinnering als onbestaande beschouwen.`,
        'Hebt u betalingsmoeilijkheden, neem dan contact met ons op: samen zoeken wij de meest geschikte oplossing (afbetalingsplan, aanvraag tot vrijstelling).',
      ],
    },
    accountStatement: {
      subject: (d) => `Rekeninguittreksel van uw bijdragen van ${day(d.periodFrom)} tot ${day(d.periodTo)}`,
      body: (d) => [
        'Hieronder vindt u de stand van uw rekening van sociale bijdragen voor de vermelde periode: de gevraagde bedragen, uw betalingen en het saldo.',
        d.closingBalance > 0
          ? `Het verschuldigde saldo bedraagt ${euros(d.closingBalance)}. Gelieve het uiterlijk op ${day(d.payment?.dueDate ?? d.periodTo)} te betalen.`
          : 'Uw rekening is aan het einde van de periode in orde. Dank u voor uw regelmatige betalingen.',
      ],
    },
    formalNotice: {
      subject: () => 'Ingebrekestelling vóór gerechtelijke invordering',
      body: (d) => [
        'Ondanks onze herinneringen blijven de onderstaande sociale bijdragen onbetaald. Zij zijn verschuldigd krachtens het koninklijk besluit nr. 38 van 27 juli 1967 houdende inrichting van het sociaal statuut der zelfstandigen; de verhogingen bedragen 3 % per kwartaal en 7 % op 1 januari op het onbetaalde deel van de bijdragen.',
        `Met deze aangetekende brief stellen wij u in gebreke en verzoeken wij u het bedrag van ${euros(d.payment.amount)} binnen ${d.graceDays} dagen, uiterlijk op ${day(d.payment.dueDate)}, te betalen.`,
        'Bij gebrek aan betaling gaan wij zonder verder bericht over tot de gerechtelijke invordering van onze schuldvordering, via dagvaarding voor de arbeidsrechtbank of via een dwangbevel betekend door een gerechtsdeurwaarder. De kosten van betekening en tenuitvoerlegging die de wet ten laste van de schuldenaar legt, komen dan bij uw schuld.',
        'De verhogingen blijven lopen op het onbetaalde deel van de bijdragen tot de volledige betaling: het bedrag hierboven is berekend op de datum van deze brief.',
        'Kunt u dit bedrag niet in één keer betalen, neem dan vóór die datum contact met ons op: samen bekijken wij een afbetalingsplan.',
        'Betwist u de schuld en stapt u naar de rechtbank, dan beslist die over de gerechtskosten (Gerechtelijk Wetboek, art. 1017).',
      ],
    },
    paymentPlanProposal: {
      subject: () => 'Voorstel van afbetalingsplan',
      body: (d) => [
        `Zoals afgesproken stellen wij u voor uw schuld van ${euros(d.debtTotal)} af te lossen volgens het onderstaande schema: een voorschot van ${euros(d.downPayment.amount)} uiterlijk op ${day(d.downPayment.dueDate)}, daarna ${d.instalments.length} maandelijkse afbetalingen.`,
        'De lopende bijdragen blijven op hun vervaldag verschuldigd, bovenop de afbetalingen. De wettelijke verhogingen blijven lopen tijdens het plan; u kunt de kwijtschelding ervan aanvragen zodra de bijdragen betaald zijn. Zolang het plan wordt nageleefd, starten wij geen gedwongen invordering. Wordt een afbetaling niet betaald, dan vervalt het plan en wordt de invordering hervat.',
        `Gaat u akkoord, stuur ons dan uiterlijk op ${day(d.answerBy ?? d.downPayment.dueDate)} een ondertekend exemplaar terug.`,
      ],
    },
    paymentPlanAgreement: {
      subject: () => 'Overeengekomen afbetalingsplan',
      body: (d) => [
        `Wij bevestigen het afbetalingsplan dat op ${day(d.agreedOn ?? d.issueDate)} werd overeengekomen voor uw schuld van ${euros(d.debtTotal)}, volgens het onderstaande schema.`,
        'De lopende bijdragen blijven op hun vervaldag verschuldigd, bovenop de afbetalingen. De wettelijke verhogingen blijven lopen tijdens het plan. Zolang het plan wordt nageleefd, starten wij geen gedwongen invordering. Wordt een afbetaling niet betaald, dan vervalt het plan en wordt de invordering hervat.',
        'Gebruik voor elke betaling de onderstaande gestructureerde mededeling.',
      ],
    },
    cessationConfirmation: cessationConfirmationTexts.nl,
    rightsInformation: rightsKindTexts('nl').rightsInformation,
    rightsDecision: rightsKindTexts('nl').rightsDecision,
    rightsDeadlineReminder: rightsKindTexts('nl').rightsDeadlineReminder,
    affiliationConfirmation: {
      subject: () => 'Bevestiging van uw aansluiting',
      body: (d) => [
        `Wij bevestigen graag uw aansluiting bij ons fonds vanaf ${day(d.startDate)}, ${nl.confirmationCategory(d.category, d.addressee?.sex)}.`,
        `Uw voorlopige bijdrage bedraagt ${euros(d.firstQuarterContribution)} per kwartaal, beheerskosten inbegrepen. Vóór elke kwartaalvervaldag ontvangt u een vervaldagbericht.`,
        `Uw contactkantoor: ${d.branchName} (${d.branchPhone}). Hieronder vindt u een samenvatting van onze dienstverlening.`,
      ],
    },
    taxCertificate: certificatesNl.taxCertificate,
    affiliationCertificate: certificatesNl.affiliationCertificate,
    regularityCertificate: certificatesNl.regularityCertificate,
    paymentCertificate: certificatesNl.paymentCertificate,
    companyContributionNotice: {
      subject: (d) => `Jaarlijkse vennootschapsbijdrage ${d.year}`,
      body: (d) => [
        `De vennootschap ${d.companyName} (ondernemingsnummer ${d.enterpriseNumber}) is de jaarlijkse vennootschapsbijdrage voor ${d.year} verschuldigd (wet van 30 december 1992, art. 88 tot 95). Het bedrag hangt af van het balanstotaal van het voorlaatste afgesloten boekjaar: ${d.bracket === 'small' ? 'basistarief' : 'verhoogd tarief'}.`,
        `Het bedrag van ${euros(d.amount)} moet uiterlijk op ${day(d.payment.dueDate)} betaald zijn. Bij laattijdige betaling is een verhoging van 1 % per kalendermaand vertraging verschuldigd. De bestuurders van de vennootschap zijn hoofdelijk aansprakelijk voor de betaling.`,
      ],
    },
    decision: decisionTexts.nl.kind,
    complaintAnswer: {
      subject: (d) => `Antwoord op uw klacht van ${day(d.receivedOn)}`,
      body: (d) => [
        `Op ${day(d.receivedOn)} diende u een klacht in over „${d.complaintSubject}”. Wij danken u om ons dat te melden en antwoorden u als volgt.`,
        `Bent u niet tevreden met dit antwoord of wilt u het bespreken, dan staat ${d.advisorName}, die uw dossier opvolgt, tot uw beschikking.`,
      ],
    },
    paymentReceipt: paymentReceiptTexts.nl,
  },
};
