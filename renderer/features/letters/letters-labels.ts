/** Why a letter is waiting, from the record that queued it. */
import type { TFunction } from 'i18next';

export function reasonLabel(t: TFunction, reason: string): string {
  switch (reason) {
    case 'affiliation':
    case 'company':
      return t('letters.reason.affiliation');
    case 'paymentPlan':
      return t('letters.reason.paymentPlan');
    case 'request':
      return t('letters.reason.request');
    default:
      return t('letters.reason.other');
  }
}

/** "2 min 05 s" style durations for the time left of a batch. */
export function secondsParts(seconds: number): { minutes: number; seconds: number } {
  const whole = Math.max(0, Math.round(seconds));
  return { minutes: Math.floor(whole / 60), seconds: whole % 60 };
}
