/** Labels of the queue's kinds and titles: a task title may be a message key written by a service. */
import type { TFunction } from 'i18next';
import type { QueueEntryDto } from '../../../shared/contract/channels/work-queue';
import { taskTitleText } from '../../i18n/task-title';

export function queueKindLabel(t: TFunction, kind: QueueEntryDto['kind']): string {
  switch (kind) {
    case 'follow-up':
      return t('task.kind.followUp');
    case 'call-before-judicial-recovery':
      return t('task.kind.callBeforeJudicialRecovery');
    case 'check-documents':
      return t('task.kind.checkDocuments');
    case 'plan-lapsed':
      return t('task.kind.planLapsed');
    case 'decision-expected':
      return t('task.kind.decisionExpected');
    case 'complaint':
      return t('workQueue.kindComplaint');
  }
}

/** The title shown for an entry: a task title written as a message key is translated (i18n/task-title.ts). */
export function queueTitle(t: TFunction, exists: (key: string) => boolean, entry: QueueEntryDto): string {
  return taskTitleText(t, exists, entry.title, queueKindLabel(t, entry.kind));
}
