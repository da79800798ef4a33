/**
 * The cessation confirmation in the three languages, kept apart from fr.ts, nl.ts and de.ts. Legal
 * basis: AR n° 38 of 27 July 1967, art. 11 (quarters indivisible: the quarter of the cessation is due
 * in full); for a bankruptcy, the suspension of individual enforcement (Code de droit économique,
 * livre XX); for a death, the heirs receive the letter.
 */
import type { CessationConfirmationData, CessationReason, Language } from '../letter-data';
import { formatLongDate, formatQuarter } from '../print-format';
import type { KindTexts, Paragraphs } from './letter-texts';

/** Subjects use a dash, as the other kinds do: a colon in the bold subject line upsets the shared font subset of the letters' render thread. */
type Wording = {
  subject: Record<CessationReason, string>;
  ended: (date: string, end: string) => string;
  cancelled: (quarters: string) => string;
  nothingCancelled: string;
  reason: Record<CessationReason, string>;
};

const wording: Record<Language, Wording> = {
  fr: {
    subject: {
      cessation: 'Confirmation de la cessation de votre activité indépendante',
      bankruptcy: 'Faillite – fin de votre affiliation',
      death: 'Décès – fin de l’affiliation',
      'departure-abroad': 'Départ à l’étranger – fin de votre affiliation',
    },
    ended: (date, end) =>
      `Nous avons enregistré la fin de l’activité au ${date}. L’affiliation à notre caisse prend fin le ${end}, dernier jour du trimestre : un trimestre commencé reste dû en entier (arrêté royal n° 38 du 27 juillet 1967, art. 11).`,
    cancelled: (quarters) => `Les cotisations provisoires des trimestres suivants sont annulées : ${quarters}.`,
    nothingCancelled: 'Aucune cotisation provisoire postérieure n’avait été réclamée.',
    reason: {
      cessation:
        'Si vous reprenez une activité indépendante, prévenez-nous avant son début : une nouvelle affiliation sera ouverte.',
      bankruptcy:
        'Les cotisations dues avant la faillite seront déclarées au curateur ; leur recouvrement individuel est suspendu pendant la faillite. Un droit passerelle peut vous être ouvert : votre bureau vous renseigne.',
      death:
        'Nous présentons nos sincères condoléances à la famille. Aucune cotisation ne sera plus réclamée après ce trimestre ; les ayants droit peuvent nous contacter pour le solde du dossier.',
      'departure-abroad':
        'Si vous exercez une activité indépendante à l’étranger, la législation du pays d’activité s’applique ; conservez ce courrier pour l’institution étrangère.',
    },
  },
  nl: {
    subject: {
      cessation: 'Bevestiging van de stopzetting van uw zelfstandige activiteit',
      bankruptcy: 'Faillissement – einde van uw aansluiting',
      death: 'Overlijden – einde van de aansluiting',
      'departure-abroad': 'Vertrek naar het buitenland – einde van uw aansluiting',
    },
    ended: (date, end) =>
      `Wij hebben de stopzetting van de activiteit op ${date} geregistreerd. De aansluiting bij ons fonds eindigt op ${end}, de laatste dag van het kwartaal: een begonnen kwartaal blijft volledig verschuldigd (koninklijk besluit nr. 38 van 27 juli 1967, art. 11).`,
    cancelled: (quarters) => `De voorlopige bijdragen van de volgende kwartalen worden geannuleerd: ${quarters}.`,
    nothingCancelled: 'Er waren geen latere voorlopige bijdragen gevraagd.',
    reason: {
      cessation:
        'Als u opnieuw een zelfstandige activiteit begint, verwittig ons dan vóór de start: er wordt een nieuwe aansluiting geopend.',
      bankruptcy:
        'De bijdragen die vóór het faillissement verschuldigd waren, worden bij de curator aangegeven; de individuele invordering is tijdens het faillissement geschorst. Misschien hebt u recht op het overbruggingsrecht: uw kantoor informeert u.',
      death:
        'Wij bieden de familie onze oprechte deelneming aan. Na dit kwartaal worden geen bijdragen meer gevraagd; de rechthebbenden kunnen ons contacteren over het saldo van het dossier.',
      'departure-abroad':
        'Als u in het buitenland een zelfstandige activiteit uitoefent, geldt de wetgeving van dat land; bewaar deze brief voor de buitenlandse instelling.',
    },
  },
  de: {
    subject: {
      cessation: 'Bestätigung der Einstellung Ihrer selbständigen Tätigkeit',
      bankruptcy: 'Konkurs – Ende Ihres Anschlusses',
      death: 'Todesfall – Ende des Anschlusses',
      'departure-abroad': 'Wegzug ins Ausland – Ende Ihres Anschlusses',
    },
    ended: (date, end) =>
      `Wir haben die Einstellung der Tätigkeit zum ${date} registriert. Der Anschluss bei unserer Kasse endet am ${end}, dem letzten Tag des Quartals: Ein begonnenes Quartal bleibt vollständig geschuldet (Königlicher Erlass Nr. 38 vom 27. Juli 1967, Art. 11).`,
    cancelled: (quarters) => `Die vorläufigen Beiträge der folgenden Quartale werden annulliert: ${quarters}.`,
    nothingCancelled: 'Spätere vorläufige Beiträge waren nicht angefordert worden.',
    reason: {
      cessation:
        'Wenn Sie wieder eine selbständige Tätigkeit aufnehmen, melden Sie sich bitte vor deren Beginn: Es wird ein neuer Anschluss eröffnet.',
      bankruptcy:
        'Die vor dem Konkurs geschuldeten Beiträge werden beim Konkursverwalter angemeldet; die Einzelbeitreibung ist während des Konkurses ausgesetzt. Möglicherweise haben Sie Anspruch auf das Überbrückungsrecht: Ihr Büro berät Sie.',
      death:
        'Wir sprechen der Familie unser aufrichtiges Beileid aus. Nach diesem Quartal werden keine Beiträge mehr angefordert; die Rechtsnachfolger können sich wegen des Saldos der Akte an uns wenden.',
      'departure-abroad':
        'Wenn Sie im Ausland selbständig tätig sind, gelten die Rechtsvorschriften dieses Landes; bewahren Sie dieses Schreiben für die ausländische Einrichtung auf.',
    },
  },
};

function textsIn(language: Language): KindTexts<CessationConfirmationData> {
  const words = wording[language];
  return {
    subject: (data) => words.subject[data.reason],
    body: (data): Paragraphs => {
      const quarters = data.cancelledQuarters.map((row) => formatQuarter(row.year, row.quarter, language)).join(', ');
      return [
        words.ended(formatLongDate(data.cessationDate, language), formatLongDate(data.endDate, language)),
        quarters === '' ? words.nothingCancelled : words.cancelled(quarters),
        words.reason[data.reason],
      ];
    },
  };
}

export const cessationConfirmationTexts: Record<Language, KindTexts<CessationConfirmationData>> = {
  fr: textsIn('fr'),
  nl: textsIn('nl'),
  de: textsIn('de'),
};
