/** Labels of the queue's kinds and titles: a task title may be a message key written by a service. */
import type { TFunction } from 'i18next';
import type { QueueEntryDto } from '../../../shared/contract/channels/work-queue';
import { taskTitleText } from '../../i18n/task-title';
import { taskKindLabel } from '../../ui/record-labels';

export function queueKindLabel(t: TFunction, kind: QueueEntryDto['kind']): string {
  return kind === 'complaint' ? t('workQueue.kindComplaint') : taskKindLabel(t, kind);
}

/** The title shown for an entry: a task title written as a message key is translated (i18n/task-title.ts). */
export function queueTitle(t: TFunction, exists: (key: string) => boolean, entry: QueueEntryDto): string {
  return taskTitleText(t, exists, entry.title, queueKindLabel(t, entry.kind));
}
