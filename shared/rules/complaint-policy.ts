import type { RuleValue } from './types';

/**
 * How long the fund takes to answer a complaint. No text found sets a deadline for a complaint to a
 * social insurance fund as such, so the answer period is a fund setting with the nearest legal
 * deadline as its default; each fund may shorten it.
 */
export const COMPLAINT_POLICY_RULES = {
  answerDays: {
    value: 45,
    source:
      "Charte de l'assuré social (loi du 11 avril 1995), art. 3: information asked in writing is given within 45 days; the fund's service commitment (engagement de service, criterion 1) promises a quick answer to every complaint without a figure",
    confidence: 'derived',
    isConfirmed: false,
    note: 'Art. 3 governs information requests, not complaints; applied to complaints by analogy. Not confirmed: a deadline in the Ombudsman or INASTI complaint rules.',
  },
  nearDeadlineDays: {
    value: 7,
    source: 'Fund practice: the work queue flags a complaint this many days before its answer is due',
    confidence: 'fund',
    isConfirmed: true,
  },
} as const satisfies Record<string, RuleValue<number>>;

export type ComplaintPolicy = { answerDays: number; nearDeadlineDays: number };

/** The policy the fund applies unless its settings say otherwise. */
export const DEFAULT_COMPLAINT_POLICY: ComplaintPolicy = {
  answerDays: COMPLAINT_POLICY_RULES.answerDays.value,
  nearDeadlineDays: COMPLAINT_POLICY_RULES.nearDeadlineDays.value,
};
