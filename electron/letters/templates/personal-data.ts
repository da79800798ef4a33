/**
 * The person's own data as a PDF, for their access request (GDPR art. 15): pure, data and language
 * in, document definition out. One section per table that holds rows about them, each row as its
 * fields and values exactly as stored, so nothing held is left out or reworded.
 */
import type { Language } from '../../../shared/contract/schemas';
import type { Content, DocumentDefinition } from '../render/document-definition';
import { LETTER_FONT } from '../render/pdf';

export type PersonalDataDocument = {
  language: Language;
  exportedAt: string;
  person: Record<string, unknown>;
  tables: Record<string, Record<string, unknown>[]>;
};

type Texts = {
  title: string;
  intro: string;
  person: string;
  exportedAt: string;
  rows: (count: number) => string;
  sections: Record<string, string>;
};

const texts: Record<Language, Texts> = {
  fr: {
    title: 'Vos données à caractère personnel',
    intro:
      'Toutes les données que notre caisse détient à votre sujet sur ce poste, telles qu’elles sont enregistrées (RGPD, art. 15), y compris qui a consulté votre dossier.',
    person: 'Personne',
    exportedAt: 'Extrait le',
    rows: (count) => `${count} ligne(s)`,
    sections: {
      access_log: 'Consultations de votre dossier',
      addresses: 'Adresses',
      affiliations: 'Affiliations',
      affiliation_periods: 'Périodes d’affiliation',
      contributions: 'Cotisations',
      payments: 'Paiements',
      surcharges: 'Majorations',
      income_records: 'Revenus',
      payment_plans: 'Plans d’apurement',
      payment_plan_instalments: 'Échéances des plans',
      payment_plan_events: 'Suivi des plans',
      case_requests: 'Demandes et décisions',
      letter_queue: 'Lettres à imprimer',
      issued_letters: 'Lettres envoyées',
      interactions: 'Notes',
      situation_changes: 'Changements de situation',
      complaints: 'Plaintes',
      tasks: 'Tâches',
      mandates: 'Mandats',
      spouse_links: 'Conjoint aidant',
      case_file_advisors: 'Gestionnaires du dossier',
      judicial_files: 'Recouvrement',
      judicial_events: 'Étapes du recouvrement',
      life_events: 'Événements de vie',
      right_applications: 'Droits demandés et décisions',
    },
  },
  nl: {
    title: 'Uw persoonsgegevens',
    intro:
      'Alle gegevens die ons fonds op dit toestel over u bewaart, zoals ze zijn opgeslagen (AVG, art. 15), met inbegrip van wie uw dossier heeft geraadpleegd.',
    person: 'Persoon',
    exportedAt: 'Opgemaakt op',
    rows: (count) => `${count} regel(s)`,
    sections: {
      access_log: 'Raadplegingen van uw dossier',
      addresses: 'Adressen',
      affiliations: 'Aansluitingen',
      affiliation_periods: 'Aansluitingsperiodes',
      contributions: 'Bijdragen',
      payments: 'Betalingen',
      surcharges: 'Verhogingen',
      income_records: 'Inkomens',
      payment_plans: 'Afbetalingsplannen',
      payment_plan_instalments: 'Termijnen van de plannen',
      payment_plan_events: 'Opvolging van de plannen',
      case_requests: 'Aanvragen en beslissingen',
      letter_queue: 'Af te drukken brieven',
      issued_letters: 'Verstuurde brieven',
      interactions: 'Notities',
      situation_changes: 'Wijzigingen van situatie',
      complaints: 'Klachten',
      tasks: 'Taken',
      mandates: 'Mandaten',
      spouse_links: 'Meewerkende echtgenoot',
      case_file_advisors: 'Dossierbeheerders',
      judicial_files: 'Invordering',
      judicial_events: 'Stappen van de invordering',
      life_events: 'Levensgebeurtenissen',
      right_applications: 'Aangevraagde rechten en beslissingen',
    },
  },
  de: {
    title: 'Ihre personenbezogenen Daten',
    intro:
      'Alle Daten, die unsere Kasse auf diesem Gerät über Sie gespeichert hat, so wie sie gespeichert sind (DSGVO, Art. 15), einschließlich wer Ihre Akte eingesehen hat.',
    person: 'Person',
    exportedAt: 'Erstellt am',
    rows: (count) => `${count} Zeile(n)`,
    sections: {
      access_log: 'Einsichtnahmen in Ihre Akte',
      addresses: 'Adressen',
      affiliations: 'Anschlüsse',
      affiliation_periods: 'Anschlusszeiträume',
      contributions: 'Beiträge',
      payments: 'Zahlungen',
      surcharges: 'Erhöhungen',
      income_records: 'Einkommen',
      payment_plans: 'Abzahlungspläne',
      payment_plan_instalments: 'Raten der Pläne',
      payment_plan_events: 'Verlauf der Pläne',
      case_requests: 'Anträge und Entscheidungen',
      letter_queue: 'Zu druckende Briefe',
      issued_letters: 'Versandte Briefe',
      interactions: 'Notizen',
      situation_changes: 'Änderungen der Situation',
      complaints: 'Beschwerden',
      tasks: 'Aufgaben',
      mandates: 'Mandate',
      spouse_links: 'Mitarbeitender Ehepartner',
      case_file_advisors: 'Aktenbearbeiter',
      judicial_files: 'Beitreibung',
      judicial_events: 'Schritte der Beitreibung',
      life_events: 'Lebensereignisse',
      right_applications: 'Beantragte Rechte und Entscheidungen',
    },
  },
};

/** A stored value as text: JSON columns and objects as compact JSON, null as an em dash. */
function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function fieldsTable(row: Record<string, unknown>): Content {
  return {
    table: {
      widths: [150, '*'],
      body: Object.entries(row).map(([key, value]) => [{ text: key, color: '#555555' }, { text: valueText(value) }]),
      dontBreakRows: true,
    },
    layout: 'lightHorizontalLines',
    fontSize: 8,
    margin: [0, 0, 0, 8],
  };
}

/** The section title of a table: its translated name, or the table's own name for one added since. */
export function sectionTitle(language: Language, table: string): string {
  return texts[language].sections[table] ?? table;
}

export function personalDataDocument(data: PersonalDataDocument): DocumentDefinition {
  const t = texts[data.language];
  const name = [data.person['first_name'], data.person['last_name']].filter((part) => typeof part === 'string');
  const sections: Content[] = Object.entries(data.tables).flatMap(([table, rows]) => [
    {
      text: `${sectionTitle(data.language, table)} (${t.rows(rows.length)})`,
      bold: true,
      fontSize: 12,
      margin: [0, 12, 0, 4],
    },
    ...rows.map(fieldsTable),
  ]);
  return {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 50],
    info: {
      title: t.title,
      author: 'Guichet',
      creator: 'Guichet',
      producer: 'Guichet',
      creationDate: new Date(0),
      modDate: new Date(0),
    },
    defaultStyle: { font: LETTER_FONT, fontSize: 10 },
    content: [
      { text: t.title, bold: true, fontSize: 16, margin: [0, 0, 0, 6] },
      { text: name.join(' '), bold: true, fontSize: 12 },
      { text: `${t.exportedAt} ${data.exportedAt}`, margin: [0, 0, 0, 6] },
      { text: t.intro, margin: [0, 0, 0, 8] },
      { text: t.person, bold: true, fontSize: 12, margin: [0, 8, 0, 4] },
      fieldsTable(data.person),
      ...sections,
    ],
    footer: (page, count) => ({ text: `${page} / ${count}`, alignment: 'right', fontSize: 8, margin: [50, 10] }),
  };
}
