/** How an unmatched entry's reason and communication read on screen. */
import type { TFunction } from 'i18next';
import { unmatchedReasons, type UnmatchedEntry } from '../../../shared/contract/statement-protocol';
import { formatStructuredCommunication } from '../../../shared/domain/identifiers/structured-communication';

type Reason = (typeof unmatchedReasons)[number];

export function reasonLabel(t: TFunction, reason: string): string {
  return (unmatchedReasons as readonly string[]).includes(reason)
    ? t(`unmatchedPayments.reason.${reason as Reason}`)
    : reason;
}

/** The structured communication in its usual +++…+++ form, else the free text as the bank gave it. */
export function communicationOf(entry: UnmatchedEntry): string {
  if (entry.structuredCommunication !== null) return formatStructuredCommunication(entry.structuredCommunication);
  return entry.freeCommunication ?? '';
}
