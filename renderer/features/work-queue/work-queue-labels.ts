/** Labels of the queue's kinds and titles: a task title may be a message key written by a service. */
import type { TFunction } from 'i18next';
import type { QueueEntryDto } from '../../../shared/contract/channels/work-queue';
import { isMessageKey } from '../../i18n/message-text';

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

/** Looks like a message key (`seed.task.callBeforeRecovery`) rather than an advisor's words. */
const keyShape = /^[a-z][a-zA-Z]*(\.[a-zA-Z]+)+$/;

/**
 * A service writes some task titles as message keys (`request.task.exemptionDecision`); advisors
 * write words. A key the catalogue lacks is never shown raw: the kind says what the task is.
 */
export function queueTitle(t: TFunction, exists: (key: string) => boolean, entry: QueueEntryDto): string {
  if (isMessageKey(exists, entry.title)) return t(entry.title);
  return keyShape.test(entry.title) ? queueKindLabel(t, entry.kind) : entry.title;
}
