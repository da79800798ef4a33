/**
 * The words of the overdue-tasks spreadsheet in the three languages: its column headers and the
 * names of the task kinds, the same as the dashboard screen shows (renderer/i18n/locales/dashboard).
 */
import type { Language } from '../../../shared/contract/app-contract';
import type { taskKinds } from '../../../shared/contract/channels/case-file-detail';

type TaskKind = (typeof taskKinds)[number];

export type OverdueTasksTexts = {
  sheet: string;
  headers: { dueDate: string; daysOverdue: string; kind: string; caseFile: string; assignee: string };
  unassigned: string;
  kinds: Record<TaskKind, string>;
};

export const overdueTasksTexts: Record<Language, OverdueTasksTexts> = {
  fr: {
    sheet: 'Tâches en retard',
    headers: {
      dueDate: 'Échéance',
      daysOverdue: 'Jours de retard',
      kind: 'Type',
      caseFile: 'Dossier',
      assignee: 'Conseiller',
    },
    unassigned: 'Non attribuée',
    kinds: {
      'follow-up': 'Suivi',
      'call-before-judicial-recovery': 'Appel avant recouvrement judiciaire',
      'check-documents': 'Vérifier les documents',
      'plan-lapsed': "Plan d'apurement caduc",
      'decision-expected': 'Décision attendue',
    },
  },
  nl: {
    sheet: 'Achterstallige taken',
    headers: {
      dueDate: 'Vervaldag',
      daysOverdue: 'Dagen achterstand',
      kind: 'Soort',
      caseFile: 'Dossier',
      assignee: 'Adviseur',
    },
    unassigned: 'Niet toegewezen',
    kinds: {
      'follow-up': 'Opvolging',
      'call-before-judicial-recovery': 'Bellen vóór gerechtelijke invordering',
      'check-documents': 'Documenten nakijken',
      'plan-lapsed': 'Afbetalingsplan vervallen',
      'decision-expected': 'Beslissing verwacht',
    },
  },
  de: {
    sheet: 'Überfällige Aufgaben',
    headers: {
      dueDate: 'Fälligkeit',
      daysOverdue: 'Tage überfällig',
      kind: 'Art',
      caseFile: 'Akte',
      assignee: 'Berater',
    },
    unassigned: 'Nicht zugewiesen',
    kinds: {
      'follow-up': 'Nachverfolgung',
      'call-before-judicial-recovery': 'Anruf vor gerichtlicher Beitreibung',
      'check-documents': 'Unterlagen prüfen',
      'plan-lapsed': 'Abzahlungsplan verfallen',
      'decision-expected': 'Entscheidung erwartet',
    },
  },
};

/** The kind's name, or its code for a kind a newer device wrote that this one does not know. */
export function taskKindText(texts: OverdueTasksTexts, kind: string): string {
  const names: Readonly<Record<string, string>> = texts.kinds;
  return names[kind] ?? kind;
}
