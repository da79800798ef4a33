/**
 * A task's title as the screens show it. Services write their task titles as message keys
 * (`request.task.exemptionDecision`), advisors write words: a title the catalogue has is translated,
 * and a key-shaped title it lacks (written by a newer version, say) is never shown raw: the label
 * of the task's kind stands in.
 */
import type { TFunction } from 'i18next';
import { isMessageKey, type KeyExists } from './message-text';

/** Looks like a message key (`seed.task.callBeforeRecovery`, `request.task.surcharge-waiverDecision`). */
const keyShape = /^[a-z][a-zA-Z]*(\.[a-zA-Z-]+)+$/;

export function taskTitleText(t: TFunction, exists: KeyExists, title: string, kindLabel: string): string {
  if (isMessageKey(exists, title)) return t(title);
  return keyShape.test(title) ? kindLabel : title;
}
